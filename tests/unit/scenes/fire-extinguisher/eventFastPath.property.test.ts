// validateEvent accepts well-formed alarm, pick, pin and nozzle events by hand before zod; it must accept
// exactly what the schemas alone accept, for well-formed and mangled events alike.
import { describe, it } from 'vitest';
import fc from 'fast-check';
import { createEventValidator } from '../../../../scenes/rubric/events';
import { fireExtinguisherEventSchema, validateFireExtinguisherEvent } from '../../../../scenes/fire-extinguisher/events';
import { envelope, expectFastPathMatchesSchemas, finite, nearlyUnit } from '../support/eventFastPath';

const nozzle = fc.record({
  ...envelope,
  type: fc.constant('nozzle'),
  data: fc.record({ p: fc.tuple(finite, finite, finite), d: nearlyUnit, squeeze: fc.boolean() }),
});
const pick = fc.record({
  ...envelope,
  type: fc.constant('pick'),
  data: fc.record({ agent: fc.constantFrom('water', 'foam', 'co2', 'powder', 'sand') }),
});
const empty = fc.record({ ...envelope, type: fc.constantFrom('alarm', 'pin'), data: fc.constant({}) });

describe('fire-extinguisher validateEvent fast path', () => {
  it('accepts exactly what the schemas accept', () => {
    expectFastPathMatchesSchemas(validateFireExtinguisherEvent, createEventValidator(fireExtinguisherEventSchema), fc.oneof(nozzle, nozzle, pick, empty));
  });
});
