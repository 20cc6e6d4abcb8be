// Shared look of the teacher and progress charts (uPlot options pieces): the app's ink and
// grid colours, a categorical x axis, a 0..100 % y axis.
import uPlot from 'uplot';

export const axisInk = '#52606d';
const grid = { stroke: '#e4e9ef', width: 1 };
const font = '12px system-ui, sans-serif';

/**
 * x = 0..n-1, one tick per item, labelled by `label(i)`; on a narrow chart uPlot keeps every
 * 2nd, 3rd… tick so labels at least `space` px wide never overlap (the tables have them all).
 */
export function categoryAxis(label: (index: number) => string, size = 50, space = 40): uPlot.Axis {
  return {
    stroke: axisInk,
    font,
    size,
    grid: { show: false },
    incrs: [1, 2, 3, 5, 7, 10, 14, 20, 30, 50, 100],
    space,
    values: (_u, splits) => splits.map((i) => (Number.isInteger(i) ? label(i) : '')),
  };
}

export function percentAxis(): uPlot.Axis {
  return { stroke: axisInk, font, grid, values: (_u, splits) => splits.map((v) => `${v}%`) };
}

export function countAxis(): uPlot.Axis {
  return { stroke: axisInk, font, grid, incrs: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000] };
}

/** A categorical x scale with half a slot of room either side, so edge bars are whole. */
export function categoryScale(count: number): uPlot.Scale {
  return { time: false, range: () => [-0.5, Math.max(0.5, count - 0.5)] };
}

/** One of a pair of bars side by side on each x: `side` -1 left of the tick, 1 right of it. */
export function pairedBars(side: -1 | 1): uPlot.Series.PathBuilder {
  return uPlot.paths.bars!({ size: [0.36, 48], align: side, gap: 2 });
}

export function hexWithAlpha(hex: string, alpha: number): string {
  return `${hex}${Math.round(alpha * 255)
    .toString(16)
    .padStart(2, '0')}`;
}
