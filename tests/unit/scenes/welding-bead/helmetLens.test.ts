// The auto-darkening helmet lens: DIN shade by arc state, EN 169 transmittance, and the view's
// exposure that keeps the weld pool, glaring white without it, visible through the dark state.
import { describe, expect, it } from 'vitest';
import { darkStateShade, helmetLens, lightStateShade, luminousTransmittance } from '../../../../scenes/welding-bead/view/helmetLens';

describe('the helmet lens', () => {
  it('follows EN 169: shade S lets through 10^(-3(S-1)/7) of the light', () => {
    expect(luminousTransmittance(1)).toBe(1);
    expect(luminousTransmittance(3)).toBeCloseTo(0.139, 3);
    expect(luminousTransmittance(11)).toBeCloseTo(5.18e-5, 7);
    // Every 7/3 of a shade is a factor of ten.
    expect(luminousTransmittance(10) / luminousTransmittance(10 + 7 / 3)).toBeCloseTo(10, 9);
  });

  it('changes nothing without the helmet, arc or not', () => {
    for (const burning of [false, true]) {
      expect(helmetLens(false, burning)).toEqual({ worn: false, shade: null, transmittance: 1, exposure: 1 });
    }
  });

  it('is in its light state (DIN 3-4) while the arc is off, and dark (DIN 10-13) the frame it burns', () => {
    const light = helmetLens(true, false);
    const dark = helmetLens(true, true);
    expect(light.shade).toBe(lightStateShade);
    expect(light.shade).toBeGreaterThanOrEqual(3);
    expect(light.shade).toBeLessThanOrEqual(4);
    expect(dark.shade).toBe(darkStateShade);
    expect(dark.shade).toBeGreaterThanOrEqual(10);
    expect(dark.shade).toBeLessThanOrEqual(13);
    expect(dark.transmittance).toBeLessThan(light.transmittance / 1000);
  });

  it('exposes the view by the light let through, the optical density halved for the screen', () => {
    const light = helmetLens(true, false);
    const dark = helmetLens(true, true);
    expect(light.exposure).toBeCloseTo(Math.sqrt(light.transmittance), 12);
    expect(dark.exposure).toBeCloseTo(Math.sqrt(dark.transmittance), 12);
    // The booth stays usable through the light state: dimmed, not dark.
    expect(light.exposure).toBeGreaterThan(0.3);
    expect(light.exposure).toBeLessThan(0.5);
    // The dark state leaves under 1 %: only what the arc lights is seen.
    expect(dark.exposure).toBeLessThan(0.01);
  });
});
