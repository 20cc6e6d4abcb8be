import { describe, expect, it } from 'vitest';
import { weldingBeadRules } from '../../../../scenes/welding-bead';

const validate = (type: string, data: unknown) => weldingBeadRules.validateEvent({ seq: 1, t: 0, type, data });
const goodTorch = { p: [0, 0.961, -0.45], d: [0, -1, 0], arc: true };

describe('welding-bead events', () => {
  it('accept well-formed torch and ppe events', () => {
    expect(validate('torch', goodTorch)).toBeUndefined();
    expect(validate('ppe', { item: 'helmet', worn: true })).toBeUndefined();
    expect(validate('ppe', { item: 'gloves', worn: false })).toBeUndefined();
  });

  it('accept d within 0.01 of unit length, and refuse it beyond', () => {
    expect(validate('torch', { ...goodTorch, d: [0, -1.0099, 0] })).toBeUndefined();
    expect(validate('torch', { ...goodTorch, d: [0, -0.9901, 0] })).toBeUndefined();
    expect(validate('torch', { ...goodTorch, d: [0, -1.011, 0] })).toMatch(/^torch event data\.d: must be a unit vector/);
    expect(validate('torch', { ...goodTorch, d: [0, 0, 0] })).toMatch(/data\.d: must be a unit vector/);
  });

  it('name the field of a malformed torch sample', () => {
    expect(validate('torch', { ...goodTorch, p: [0, 'x', 0] })).toMatch(/^torch event data\.p\[1\]: /);
    expect(validate('torch', { ...goodTorch, p: [0, 1] })).toMatch(/^torch event data\.p: /);
    expect(validate('torch', { ...goodTorch, p: [0, 1, 2, 3] })).toMatch(/^torch event data\.p: /);
    expect(validate('torch', { ...goodTorch, p: [0, Number.NaN, 0] })).toMatch(/^torch event data\.p\[1\]: /);
    expect(validate('torch', { ...goodTorch, d: [0, Number.NEGATIVE_INFINITY, 0] })).toMatch(/data\.d\[1\]/);
    expect(validate('torch', { p: goodTorch.p, d: goodTorch.d })).toMatch(/^torch event data\.arc: /);
    expect(validate('torch', { ...goodTorch, arc: 'yes' })).toMatch(/^torch event data\.arc: /);
    expect(validate('torch', { ...goodTorch, speed: 6 })).toMatch(/^torch event data: .*speed/);
  });

  it('name the field of a malformed ppe event', () => {
    expect(validate('ppe', { item: 'boots', worn: true })).toMatch(/^ppe event data\.item: /);
    expect(validate('ppe', { item: 'helmet' })).toMatch(/^ppe event data\.worn: /);
  });

  it('accept other types with plain-object data, and nothing else', () => {
    expect(validate('grab', { tool: 'torch' })).toBeUndefined();
    expect(validate('ui', {})).toBeUndefined();
    expect(validate('grab', ['torch'])).toMatch(/^data: /);
    expect(weldingBeadRules.eventSchema.safeParse({ type: 'release', data: {} }).success).toBe(true);
    expect(weldingBeadRules.eventSchema.safeParse({ type: 'torch', data: {} }).success).toBe(false);
  });
});
