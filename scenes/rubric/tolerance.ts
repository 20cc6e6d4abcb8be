// Tolerance bands of a measured parameter, the within-tolerance test scoring uses, and the
// practice-mode cue colour (green / amber / red) the live view shows for a value.

export interface ToleranceBand {
  /** Lowest value within tolerance; null for a band bounded only above (e.g. "<= 10 degrees"). */
  readonly min: number | null;
  /** Highest value within tolerance; null for a band bounded only below. */
  readonly max: number | null;
  /** The value a coach aims for: the ghost guide's pose, the centre line of plots. */
  readonly ideal: number;
  /** Unit of the value, as shown on plots (deg, mm, mm/s). */
  readonly unit: string;
}

export type Cue = 'green' | 'amber' | 'red';

/**
 * Bounds are inclusive, with this much slack for floating-point rounding: a CTWD computed as
 * 7.999999999999999 mm from a torch held at exactly 8 mm is within an 8..14 mm band.
 */
export const toleranceSlack = 1e-9;

export function isWithinTolerance(band: ToleranceBand, value: number): boolean {
  return (band.min === null || value >= band.min - toleranceSlack) && (band.max === null || value <= band.max + toleranceSlack);
}

/**
 * How far outside the band a value may stray and still be amber: half the band's width for a
 * two-sided band, half the limit for a one-sided one.
 */
export function amberMargin(band: ToleranceBand): number {
  if (band.min !== null && band.max !== null) return (band.max - band.min) / 2;
  const limit = band.max ?? band.min ?? 0;
  return Math.abs(limit) / 2;
}

/** The value range of each colour, for plots: green inside [min, max], amber out to the margins. */
export function cueLimits(band: ToleranceBand): { amberMin: number | null; amberMax: number | null } {
  const margin = amberMargin(band);
  return {
    amberMin: band.min === null ? null : band.min - margin,
    amberMax: band.max === null ? null : band.max + margin,
  };
}

/** The live cue for a value; a non-finite value is red. */
export function cueForBand(band: ToleranceBand, value: number): Cue {
  if (!Number.isFinite(value)) return 'red';
  if (isWithinTolerance(band, value)) return 'green';
  const outsideBy = band.min !== null && value < band.min ? band.min - value : value - (band.max ?? value);
  return outsideBy <= amberMargin(band) + toleranceSlack ? 'amber' : 'red';
}
