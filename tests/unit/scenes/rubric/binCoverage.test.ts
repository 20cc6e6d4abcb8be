import { describe, expect, it } from 'vitest';
import { BinCoverage } from '../../../../scenes/rubric/criteria/binCoverage';

describe('BinCoverage', () => {
  it('includes min and excludes max', () => {
    const coverage = new BinCoverage(-0.1, 0.1, 200);
    expect(coverage.binOf(-0.1)).toBe(0);
    expect(coverage.binOf(0.1)).toBe(-1);
    expect(coverage.binOf(-0.1000001)).toBe(-1);
    expect(coverage.binOf(0.0999)).toBe(199);
    expect(coverage.binOf(0.1 - Number.EPSILON)).toBe(199);
    expect(coverage.binOf(0)).toBe(100);
    expect(coverage.binOf(Number.NaN)).toBe(-1);
  });

  it('counts a bin once however often it is hit', () => {
    const coverage = new BinCoverage(0, 1, 4);
    coverage.mark(0.1);
    coverage.mark(0.2);
    coverage.mark(0.9);
    coverage.mark(1);
    coverage.mark(-0.5);
    expect(coverage.coveredBins).toBe(2);
    expect(coverage.isCovered(0)).toBe(true);
    expect(coverage.isCovered(1)).toBe(false);
    expect(coverage.score()).toBe(0.5);
  });

  it('refuses an empty segment', () => {
    expect(() => new BinCoverage(1, 1, 10)).toThrow(RangeError);
    expect(() => new BinCoverage(0, 1, 0)).toThrow(RangeError);
  });
});
