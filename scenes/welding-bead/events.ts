// The welding workshop's events: `ppe` (helmet, gloves on and off) and `torch` samples. Any
// other type (grab, release, ui) is accepted and ignored by scoring.
import { z } from 'zod';
import { createEventSchema, createEventValidator, hasValidEnvelope } from '../rubric/events';

/**
 * How far |d| may be from 1. Headset poses are float32 quaternions turned into vectors, so a
 * client's "unit" vector is off by ~1e-7; 1% leaves room for any honest rounding and still
 * rejects a position sent where a direction belongs. d is scored as sent, not renormalised.
 */
export const unitVectorTolerance = 0.01;

// zod 4 numbers are finite: NaN and Infinity fail here.
const vec3Schema = z.tuple([z.number(), z.number(), z.number()]);

const unitVec3Schema = vec3Schema.refine(
  ([x, y, z]) => Math.abs(Math.hypot(x, y, z) - 1) <= unitVectorTolerance,
  `must be a unit vector (length within ${unitVectorTolerance} of 1)`,
);

export const ppeItems = ['helmet', 'gloves'] as const;
export type PpeItem = (typeof ppeItems)[number];

export const ppeDataSchema = z.strictObject({ item: z.enum(ppeItems), worn: z.boolean() });
export type PpeData = z.infer<typeof ppeDataSchema>;

/** p: contact-tip position (m); d: nozzle axis, tip towards the work; arc: trigger pulled. */
export const torchDataSchema = z.strictObject({ p: vec3Schema, d: unitVec3Schema, arc: z.boolean() });
export type TorchData = z.infer<typeof torchDataSchema>;

export const weldingBeadEventSchema = createEventSchema({ ppe: ppeDataSchema, torch: torchDataSchema });

function isFiniteVec3(value: unknown): value is [number, number, number] {
  return (
    Array.isArray(value) && value.length === 3 &&
    typeof value[0] === 'number' && Number.isFinite(value[0]) &&
    typeof value[1] === 'number' && Number.isFinite(value[1]) &&
    typeof value[2] === 'number' && Number.isFinite(value[2])
  );
}

function hasExactlyKeys(data: object, count: number): boolean {
  let keys = 0;
  for (const key in data) if (Object.hasOwn(data, key)) keys += 1;
  return keys === count;
}

/**
 * Says yes, without zod, to a well-formed torch or ppe event (60 a second per learner); anything
 * else, well-formed or not, goes to the schemas. A property test holds it to the schemas.
 */
function acceptWellFormedWeldingEvent(event: unknown): boolean {
  if (!hasValidEnvelope(event)) return false;
  const data = event.data;
  if (event.type === 'torch') {
    const { p, d, arc } = data;
    return (
      typeof arc === 'boolean' && isFiniteVec3(p) && isFiniteVec3(d) && hasExactlyKeys(data, 3) &&
      Math.abs(Math.hypot(d[0], d[1], d[2]) - 1) <= unitVectorTolerance
    );
  }
  if (event.type === 'ppe') {
    const { item, worn } = data;
    return typeof worn === 'boolean' && (item === 'helmet' || item === 'gloves') && hasExactlyKeys(data, 2);
  }
  return false;
}

export const validateWeldingBeadEvent = createEventValidator(weldingBeadEventSchema, acceptWellFormedWeldingEvent);
