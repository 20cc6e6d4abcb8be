import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createEventSchema, createEventValidator, formatIssuePath } from '../../../../scenes/rubric/events';

const schema = createEventSchema({ move: z.strictObject({ p: z.tuple([z.number(), z.number()]) }) });
const validate = createEventValidator(schema);
const event = (type: string, data: unknown, extra: object = {}) => ({ seq: 1, t: 0, type, data, ...extra });

describe('event validation', () => {
  it('accepts a known type whose data matches exactly', () => {
    expect(validate(event('move', { p: [1, 2] }))).toBeUndefined();
    expect(schema.safeParse({ type: 'move', data: { p: [1, 2] } }).success).toBe(true);
  });

  it('names the offending field of a known type', () => {
    expect(validate(event('move', { p: [1, 'x'] }))).toMatch(/^move event data\.p\[1\]: .*number/);
    expect(validate(event('move', { p: [1, 2], extra: true }))).toMatch(/^move event data: .*extra/);
    expect(validate(event('move', { p: [1, Number.NaN] }))).toMatch(/data\.p\[1\]/);
  });

  it('accepts unknown types with any plain-object data, but not other data', () => {
    expect(validate(event('grab', { anything: [1, { deep: true }] }))).toBeUndefined();
    expect(validate(event('constructor', {}))).toBeUndefined();
    expect(validate(event('grab', [1, 2]))).toMatch(/^data: /);
    expect(validate(event('grab', null))).toMatch(/^data: /);
    expect(validate(event('grab', 'text'))).toMatch(/^data: /);
  });

  it('checks the envelope: seq, t and type', () => {
    expect(validate(event('grab', {}, { seq: 0 }))).toMatch(/^seq: /);
    expect(validate(event('grab', {}, { seq: 1.5 }))).toMatch(/^seq: /);
    expect(validate(event('grab', {}, { t: -1 }))).toMatch(/^t: /);
    expect(validate(event('grab', {}, { t: Number.POSITIVE_INFINITY }))).toMatch(/^t: /);
    expect(validate(event('', {}))).toMatch(/^type: /);
    expect(validate(event('x'.repeat(65), {}))).toMatch(/^type: /);
    expect(validate({ seq: 1, t: 0, type: 'grab' })).toMatch(/^data: /);
    expect(validate('not an event')).toMatch(/^event: /);
  });

  it('formats issue paths', () => {
    expect(formatIssuePath(['data', 'p', 1])).toBe('data.p[1]');
    expect(formatIssuePath([])).toBe('event');
  });
});
