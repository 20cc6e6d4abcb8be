// validateEvent accepts well-formed torch and ppe events by hand before zod; it must accept
// exactly what the schemas alone accept, for well-formed and mangled events alike.
import { describe, it } from 'vitest';
import fc from 'fast-check';
import { createEventValidator } from '../../../../scenes/rubric/events';
import { validateWeldingBeadEvent, weldingBeadEventSchema } from '../../../../scenes/welding-bead/events';
import { envelope, expectFastPathMatchesSchemas, finite, nearlyUnit } from '../support/eventFastPath';

const torch = fc.record({
  ...envelope,
  type: fc.constant('torch'),
  data: fc.record({ p: fc.tuple(finite, finite, finite), d: nearlyUnit, arc: fc.boolean() }),
});
const ppe = fc.record({
  ...envelope,
  type: fc.constant('ppe'),
  data: fc.record({ item: fc.constantFrom('helmet', 'gloves'), worn: fc.boolean() }),
});

describe('welding-bead validateEvent fast path', () => {
  it('accepts exactly what the schemas accept', () => {
    expectFastPathMatchesSchemas(validateWeldingBeadEvent, createEventValidator(weldingBeadEventSchema), fc.oneof(torch, ppe));
  });
});
