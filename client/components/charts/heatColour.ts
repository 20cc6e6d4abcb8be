// The weakness map's colour scale: red (0) -> amber -> green (1), light tints so the number
// printed in the cell keeps a strong contrast (dark ink on every tint, WCAG AA and more).
export type HeatBand = 'poor' | 'fair' | 'good';

type Rgb = readonly [number, number, number];
/** Score stops and their tints: the bands match the result page's bars (< 0.5, < 0.8, >= 0.8). */
const stops: readonly { at: number; rgb: Rgb }[] = [
  { at: 0, rgb: [253, 162, 155] },
  { at: 0.5, rgb: [254, 200, 75] },
  { at: 0.8, rgb: [166, 226, 140] },
  { at: 1, rgb: [117, 224, 167] },
];

export function heatBand(score: number): HeatBand {
  return score >= 0.8 ? 'good' : score >= 0.5 ? 'fair' : 'poor';
}

/** The cell's background for a 0..1 score (clamped), as `rgb(r g b)`; undefined for no score. */
export function heatColour(score: number | null | undefined): string | undefined {
  if (score === null || score === undefined || Number.isNaN(score)) return undefined;
  const x = Math.min(1, Math.max(0, score));
  let upper = stops.findIndex((stop) => stop.at >= x);
  if (upper <= 0) upper = x <= 0 ? 0 : stops.length - 1;
  const hi = stops[upper]!;
  const lo = stops[Math.max(0, upper - 1)]!;
  const f = hi.at === lo.at ? 1 : (x - lo.at) / (hi.at - lo.at);
  const channel = (i: 0 | 1 | 2) => Math.round(lo.rgb[i] + (hi.rgb[i] - lo.rgb[i]) * f);
  return `rgb(${channel(0)} ${channel(1)} ${channel(2)})`;
}

/** Legend entries: a few sample scores with their colours. */
export const heatLegend: readonly number[] = [0, 0.25, 0.5, 0.65, 0.8, 1];
