import { describe, expect, it } from 'vitest';
import type { ToleranceBand } from '../../../../scenes/rubric/tolerance';
import { amberMargin, cueForBand, cueLimits, isWithinTolerance } from '../../../../scenes/rubric/tolerance';

const twoSided: ToleranceBand = { min: 8, max: 14, ideal: 11, unit: 'mm' };
const upperOnly: ToleranceBand = { min: null, max: 10, ideal: 0, unit: 'deg' };
const lowerOnly: ToleranceBand = { min: 4, max: null, ideal: 6, unit: 'x' };

describe('tolerance bands', () => {
  it('are inclusive, with slack for floating-point rounding only', () => {
    expect(isWithinTolerance(twoSided, 8)).toBe(true);
    expect(isWithinTolerance(twoSided, 7.999999999999999)).toBe(true);
    expect(isWithinTolerance(twoSided, 7.9999)).toBe(false);
    expect(isWithinTolerance(twoSided, 14)).toBe(true);
    expect(isWithinTolerance(upperOnly, -50)).toBe(true);
    expect(isWithinTolerance(upperOnly, Number.NaN)).toBe(false);
  });

  it('colour a two-sided band: amber out to half the width on either side', () => {
    expect(amberMargin(twoSided)).toBe(3);
    expect(cueForBand(twoSided, 11)).toBe('green');
    expect(cueForBand(twoSided, 5)).toBe('amber');
    expect(cueForBand(twoSided, 4.99)).toBe('red');
    expect(cueForBand(twoSided, 17)).toBe('amber');
    expect(cueForBand(twoSided, 17.01)).toBe('red');
    expect(cueLimits(twoSided)).toEqual({ amberMin: 5, amberMax: 17 });
  });

  it('colour a one-sided band: amber out to half the limit', () => {
    expect(cueForBand(upperOnly, 10)).toBe('green');
    expect(cueForBand(upperOnly, 15)).toBe('amber');
    expect(cueForBand(upperOnly, 15.01)).toBe('red');
    expect(cueLimits(upperOnly)).toEqual({ amberMin: null, amberMax: 15 });
    expect(cueForBand(lowerOnly, 2)).toBe('amber');
    expect(cueForBand(lowerOnly, 1.99)).toBe('red');
  });

  it('colour a non-finite value red', () => {
    expect(cueForBand(twoSided, Number.NaN)).toBe('red');
    expect(cueForBand(twoSided, Number.POSITIVE_INFINITY)).toBe('red');
  });
});
