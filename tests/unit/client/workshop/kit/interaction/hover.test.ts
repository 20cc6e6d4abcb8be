import { describe, expect, it } from 'vitest';
import { releaseHover } from '../../../../../../client/workshop/kit/interaction/hover';

describe('releaseHover', () => {
  it('takes the latest entry off when a pointer leaves, and says whether any is left', () => {
    const hovered = ['rack:foam', 'pin', 'rack:foam'];
    expect(releaseHover(hovered, 'rack:foam')).toBe(false);
    expect(hovered).toEqual(['rack:foam', 'pin']);
    expect(releaseHover(hovered, 'absent')).toBe(false);
    expect(hovered).toEqual(['rack:foam', 'pin']);
  });

  it('takes every entry of a target that unmounts while hovered (the pulled pin), leaving none stale', () => {
    const hovered = ['pin', 'fire', 'pin'];
    expect(releaseHover(hovered, 'pin', true)).toBe(false);
    expect(hovered).toEqual(['fire']);
    expect(releaseHover(hovered, 'fire', true)).toBe(true);
    expect(hovered).toEqual([]);
  });
});
