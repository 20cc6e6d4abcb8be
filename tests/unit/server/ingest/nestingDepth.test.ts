import { describe, expect, it } from 'vitest';
import { nestsDeeperThan } from '../../../../server/ingest/nestingDepth';

const nested = (levels: number): unknown => {
  let value: unknown = 1;
  for (let i = 0; i < levels; i++) value = i % 2 === 0 ? [value] : { a: value };
  return value;
};

describe('nestsDeeperThan', () => {
  it('counts arrays and objects, not scalars', () => {
    expect(nestsDeeperThan(1, 0)).toBe(false);
    expect(nestsDeeperThan('text', 0)).toBe(false);
    expect(nestsDeeperThan(null, 0)).toBe(false);
    expect(nestsDeeperThan({}, 0)).toBe(true);
    expect(nestsDeeperThan({}, 1)).toBe(false);
    expect(nestsDeeperThan({ p: [0, 1, 2], arc: true }, 2)).toBe(false);
    expect(nestsDeeperThan({ p: [0, 1, 2], arc: true }, 1)).toBe(true);
  });

  it('finds the deepest branch, wherever it is', () => {
    expect(nestsDeeperThan({ a: 1, b: [1, { c: [[]] }], d: {} }, 4)).toBe(true);
    expect(nestsDeeperThan({ a: 1, b: [1, { c: [[]] }], d: {} }, 5)).toBe(false);
  });

  it('measures a value 500,000 levels deep without overflowing the stack', () => {
    const deep = JSON.parse(`${'['.repeat(500_000)}${']'.repeat(500_000)}`) as unknown;
    expect(nestsDeeperThan(deep, 16)).toBe(true);
    expect(nestsDeeperThan(nested(16), 16)).toBe(false);
    expect(nestsDeeperThan(nested(17), 16)).toBe(true);
  });
});
