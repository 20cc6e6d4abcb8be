// The colours of chart series, shared by the class analytics and the learner's trend charts.
/** Colour-blind-safe series colours (Okabe–Ito, the yellow left out: too pale on white). */
export const seriesColours = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#56B4E9', '#E69F00', '#000000', '#7F3C8D'] as const;

export function seriesColour(index: number): string {
  return seriesColours[index % seriesColours.length]!;
}
