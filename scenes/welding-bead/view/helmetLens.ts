// The auto-darkening filter of the welding helmet, as numbers: its DIN shade (light state until
// the arc burns, dark state from the frame it does: real filters switch in well under a
// millisecond, i.e. the next frame here), the light it lets through, and how the screen shows it.
//
// The view through it: the renderer's exposure (applied before tone mapping, so bright parts are
// not clipped first) follows the lens, and a quad in front of the eyes multiplies the picture by
// the filter's green tint. A real arc outshines the booth 10^4..10^5 times, the rendered one
// ~10^2..10^3 times (all a display spans), so the lens's optical density is halved on screen:
// exposure = √τ. Without the helmet the arc's light burns the coupon white around the pool
// (glare); through the dark state only what the arc lights is left — the weld pool and the fresh
// bead, in detail — while the rest of the booth falls dark, as a welder sees it.

/** Light (arc off) state of common auto-darkening filters: DIN 3–4. */
export const lightStateShade = 3;
/** Dark state: DIN 11, the usual choice for short-circuit GMAW at 60–160 A (EN 169 / ANSI Z49.1 guides). */
export const darkStateShade = 11;
/** The green tint of the filter (linear RGB, luminance ≈ 0.89): multiplied into the view. */
export const lensTint: readonly [number, number, number] = [0.62, 1, 0.55];

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
  /** the renderer's exposure through the lens: √τ (the density halved for the screen); 1 without */
  exposure: number;
}

const bare: HelmetLensView = { worn: false, shade: null, transmittance: 1, exposure: 1 };

export function helmetLens(worn: boolean, arcBurning: boolean): HelmetLensView {
  if (!worn) return bare;
  const shade = arcBurning ? darkStateShade : lightStateShade;
  const transmittance = luminousTransmittance(shade);
  return { worn, shade, transmittance, exposure: Math.sqrt(transmittance) };
}
