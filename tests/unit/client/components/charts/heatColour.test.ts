// The weakness map's colours: red at 0, amber in the middle, green at 1, nothing for no score.
import { describe, expect, it } from 'vitest';
import { heatBand, heatColour } from '../../../../../client/components/charts/heatColour';

function rgb(colour: string | undefined): [number, number, number] {
  const match = /^rgb\((\d+) (\d+) (\d+)\)$/.exec(colour ?? '');
  expect(match, colour).not.toBeNull();
  return [Number(match![1]), Number(match![2]), Number(match![3])];
}

/** Relative luminance (WCAG 2) of an sRGB colour. */
function luminance([r, g, b]: [number, number, number]): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

describe('heat colour', () => {
  it('is empty for no score', () => {
    expect(heatColour(null)).toBeUndefined();
    expect(heatColour(undefined)).toBeUndefined();
    expect(heatColour(Number.NaN)).toBeUndefined();
  });

  it('goes from red through amber to green', () => {
    const [r0, g0] = rgb(heatColour(0));
    const [r1, g1] = rgb(heatColour(1));
    const [rm, gm, bm] = rgb(heatColour(0.5));
    expect(r0).toBeGreaterThan(g0);
    expect(g1).toBeGreaterThan(r1);
    expect(rm).toBeGreaterThan(bm);
    expect(gm).toBeGreaterThan(bm);
  });

  it('clamps scores outside 0..1', () => {
    expect(heatColour(-0.3)).toBe(heatColour(0));
    expect(heatColour(1.4)).toBe(heatColour(1));
  });

  it('turns greener as the score rises', () => {
    let previous = -Infinity;
    for (let s = 0; s <= 1; s += 0.05) {
      const [r, g] = rgb(heatColour(s));
      expect(g - r).toBeGreaterThanOrEqual(previous);
      previous = g - r;
    }
  });

  it('keeps dark ink readable on every tint (contrast at least 7:1)', () => {
    const ink = luminance([20, 33, 43]);
    for (let s = 0; s <= 1; s += 0.05) {
      const contrast = (luminance(rgb(heatColour(s))) + 0.05) / (ink + 0.05);
      expect(contrast, `score ${s}`).toBeGreaterThanOrEqual(7);
    }
  });

  it('bands like the result page', () => {
    expect([0.49, 0.5, 0.79, 0.8].map(heatBand)).toEqual(['poor', 'fair', 'fair', 'good']);
  });
});
