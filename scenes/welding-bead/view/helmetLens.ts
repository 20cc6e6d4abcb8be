// The auto-darkening filter of the welding helmet, as numbers: its DIN shade (light state until
// the arc burns, dark state from the frame it does: real filters switch in well under a
// millisecond, i.e. the next frame here), the light it lets through, and how the screen shows it.
//
// A screen cannot show the arc's 10^4..10^5 : 1 contrast with the room, so the view is drawn in
// perceived brightness: the renderer's exposure (before tone mapping, so nothing clips first)
// becomes τ^(1/3) (Stevens' power law for brightness, exponent ≈ 1/3) and the arc's own light is
// raised by the inverse, so the weld pool and fresh bead, lit by the arc, keep their brightness
// while the rest of the booth falls dark — what a welder sees through a shade 11 lens. A quad
// in front of the eyes then multiplies the picture by the filter's green tint.

/** Light (arc off) state of common auto-darkening filters: DIN 3–4. */
export const lightStateShade = 3.5;
/** Dark state: DIN 11, the usual choice for short-circuit GMAW at 60–160 A (EN 169 / ANSI Z49.1 guides). */
export const darkStateShade = 11;
/** The green tint of the filter (linear RGB, luminance ≈ 0.89): multiplied into the view. */
export const lensTint: readonly [number, number, number] = [0.62, 1, 0.55];
/** The arc light is never raised more than this: bounded, whatever the shade. */
const maximumArcExposure = 40;

/** Render order of the lens quad: after everything in the room. */
export const helmetLensRenderOrder = 9000;
/** Head-locked panels (the safety warning) come after the lens: untinted, readable. */
export const headsUpRenderOrder = helmetLensRenderOrder + 1;

/**
 * Luminous transmittance τ of a filter of DIN shade S (EN 169 / ISO 4850):
 * S = 1 + (7/3)·log10(1/τ), so τ = 10^(−3(S−1)/7).
 */
export function luminousTransmittance(shade: number): number {
  return 10 ** ((-3 * (shade - 1)) / 7);
}

export interface HelmetLensView {
  /** the helmet is worn (lowered): the view is through its lens */
  worn: boolean;
  /** DIN shade now; null without the helmet */
  shade: number | null;
  /** luminous transmittance now (1 without the helmet) */
  transmittance: number;
  /** the renderer's exposure: perceived brightness through the lens, τ^(1/3); 1 without */
  viewGain: number;
  /** factor on the arc's own light, so what it lights keeps its brightness through the lens */
  arcExposure: number;
}

const bare: HelmetLensView = { worn: false, shade: null, transmittance: 1, viewGain: 1, arcExposure: 1 };

export function helmetLens(worn: boolean, arcBurning: boolean): HelmetLensView {
  if (!worn) return bare;
  const shade = arcBurning ? darkStateShade : lightStateShade;
  const transmittance = luminousTransmittance(shade);
  const viewGain = Math.cbrt(transmittance);
  return { worn, shade, transmittance, viewGain, arcExposure: Math.min(maximumArcExposure, 1 / viewGain) };
}
