// A scene's validateEvent checks its own event types by hand before zod (the ingest hot path); it
// must accept exactly what the schemas alone accept. This drives that comparison for any scene:
// well-formed events of its types, mangled one field at a time with odd values, and anything.
import { expect } from 'vitest';
import fc from 'fast-check';

const oddNumber = fc.constantFrom(0, -0, -1, 0.5, 1.5, Number.NaN, Number.POSITIVE_INFINITY, Number.MAX_SAFE_INTEGER + 2, 1e308);
const oddValue = fc.oneof(oddNumber, fc.anything(), fc.array(fc.double(), { maxLength: 4 }));

/** Directions whose lengths 0.98..1.02 straddle the 0.01 unit-vector tolerance on both sides. */
export const nearlyUnit = fc
  .tuple(fc.double({ min: -1, max: 1, noNaN: true }), fc.double({ min: -1, max: 1, noNaN: true }), fc.double({ min: 0.98, max: 1.02, noNaN: true }))
  .map(([x, z, scale]) => {
    const length = Math.hypot(x, 1, z);
    return [(x / length) * scale, (-1 / length) * scale, (z / length) * scale];
  });
export const finite = fc.double({ noNaN: true, noDefaultInfinity: true });
/** seq and t of a well-formed event. */
export const envelope = { seq: fc.integer({ min: 1, max: 1e9 }), t: fc.double({ min: 0, max: 1e7, noNaN: true }) };

type Mangle = (event: Record<string, unknown>, value: unknown) => unknown;
const mangles: Mangle[] = [
  (e) => e,
  (e, v) => ({ ...e, seq: v }),
  (e, v) => ({ ...e, t: v }),
  (e, v) => ({ ...e, type: v }),
  (e, v) => ({ ...e, type: typeof v === 'string' ? v : 'grab' }),
  (e, v) => ({ ...e, data: v }),
  (e, v) => ({ ...e, extra: v }),
  (e) => {
    const { data: _data, ...rest } = e;
    return rest;
  },
  (e, v) => {
    const data = { ...(e.data as Record<string, unknown>) };
    const keys = Object.keys(data);
    data[keys[0]!] = v;
    return { ...e, data };
  },
  (e, v) => {
    const data = { ...(e.data as Record<string, unknown>) };
    data[Object.keys(data).at(-1)!] = v;
    return { ...e, data };
  },
  (e, v) => {
    const data = { ...(e.data as Record<string, unknown>) };
    const first = Object.keys(data)[0]!;
    if (Array.isArray(data[first])) data[first] = [...(data[first] as unknown[]).slice(0, 2), v];
    return { ...e, data };
  },
  (e) => {
    const data = { ...(e.data as Record<string, unknown>) };
    delete data[Object.keys(data)[1]!];
    return { ...e, data };
  },
  (e, v) => ({ ...e, data: { ...(e.data as Record<string, unknown>), extra: v } }),
];

type Validate = (event: unknown) => string | undefined;

/** The fast path and the schemas agree on every candidate; both answers come up often. */
export function expectFastPathMatchesSchemas(validate: Validate, schemaOnly: Validate, wellFormed: fc.Arbitrary<Record<string, unknown>>): void {
  const candidate = fc.oneof(
    { weight: 8, arbitrary: fc.tuple(wellFormed, fc.nat(mangles.length - 1), oddValue).map(([e, i, v]) => mangles[i]!(e, v)) },
    { weight: 1, arbitrary: fc.anything() },
  );
  let accepted = 0;
  fc.assert(
    fc.property(candidate, (event) => {
      const expected = schemaOnly(event) === undefined;
      if (expected) accepted += 1;
      expect(validate(event) === undefined).toBe(expected);
    }),
    { numRuns: 4000 },
  );
  // The test means something only if both answers come up often.
  expect(accepted).toBeGreaterThan(400);
  expect(accepted).toBeLessThan(3600);
}
