// The fire-extinguisher scene's events: `alarm`, `pick`, `pin` and `nozzle` samples (30–90 Hz
// while an extinguisher is held). Any other type is accepted and ignored by scoring — including
// one that claims a fire class: the class is the server's `params.fireClass`, never the client's.
import { z } from 'zod';
import { createEventSchema, createEventValidator, hasValidEnvelope } from '../rubric/events';

export const agents = ['water', 'foam', 'co2', 'powder'] as const;
export type Agent = (typeof agents)[number];

export const fireClasses = ['A', 'B', 'electrical'] as const;
export type FireClass = (typeof fireClasses)[number];

export type Vec3 = readonly [number, number, number];

/**
 * How far |d| may be from 1: a controller's direction is a float32 quaternion turned into a
 * vector, so "unit" is off by ~1e-7; 1% leaves room for honest rounding and still refuses a
 * position sent where a direction belongs. d is used as sent, not renormalised.
 */
export const unitVectorTolerance = 0.01;

// zod 4 numbers are finite: NaN and Infinity fail here.
const vec3Schema = z.tuple([z.number(), z.number(), z.number()]);
const unitVec3Schema = vec3Schema.refine(
  ([x, y, zz]) => Math.abs(Math.hypot(x, y, zz) - 1) <= unitVectorTolerance,
  `must be a unit vector (length within ${unitVectorTolerance} of 1)`,
);

export const alarmDataSchema = z.strictObject({});
export const pickDataSchema = z.strictObject({ agent: z.enum(agents) });
export const pinDataSchema = z.strictObject({});
/** p: nozzle tip (m, world); d: unit direction of discharge; squeeze: handle squeezed. */
export const nozzleDataSchema = z.strictObject({ p: vec3Schema, d: unitVec3Schema, squeeze: z.boolean() });

export type PickData = z.infer<typeof pickDataSchema>;
export interface NozzleData {
  p: Vec3;
  d: Vec3;
  squeeze: boolean;
}

export const fireExtinguisherEventSchema = createEventSchema({
  alarm: alarmDataSchema,
  pick: pickDataSchema,
  pin: pinDataSchema,
  nozzle: nozzleDataSchema,
});

function isFiniteVec3(value: unknown): value is Vec3 {
  return (
    Array.isArray(value) && value.length === 3 &&
    typeof value[0] === 'number' && Number.isFinite(value[0]) &&
    typeof value[1] === 'number' && Number.isFinite(value[1]) &&
    typeof value[2] === 'number' && Number.isFinite(value[2])
  );
}

function ownKeyCount(data: object): number {
  let keys = 0;
  for (const key in data) if (Object.hasOwn(data, key)) keys += 1;
  return keys;
}

export function isAgent(value: unknown): value is Agent {
  return value === 'water' || value === 'foam' || value === 'co2' || value === 'powder';
}

export function isFireClass(value: unknown): value is FireClass {
  return value === 'A' || value === 'B' || value === 'electrical';
}

/** A nozzle sample's data exactly as nozzleDataSchema accepts it, checked by hand; else undefined. */
export function readNozzle(data: Record<string, unknown>): NozzleData | undefined {
  const { p, d, squeeze } = data;
  if (typeof squeeze !== 'boolean' || !isFiniteVec3(p) || !isFiniteVec3(d) || ownKeyCount(data) !== 3) return undefined;
  if (!(Math.abs(Math.hypot(d[0], d[1], d[2]) - 1) <= unitVectorTolerance)) return undefined;
  return { p, d, squeeze };
}

/** The agent of a well-formed pick's data, else undefined. */
export function readPick(data: Record<string, unknown>): Agent | undefined {
  const { agent } = data;
  return isAgent(agent) && ownKeyCount(data) === 1 ? agent : undefined;
}

/** True for the `{}` that alarm and pin carry. */
export function isEmptyData(data: Record<string, unknown>): boolean {
  return ownKeyCount(data) === 0;
}

/**
 * Says yes, without zod, to a well-formed event of the scene's four types (nozzle samples come
 * up to 90 a second per learner); anything else goes to the schemas. A property test holds it
 * to the schemas.
 */
function acceptWellFormedFireEvent(event: unknown): boolean {
  if (!hasValidEnvelope(event)) return false;
  const data = event.data;
  switch (event.type) {
    case 'nozzle':
      return readNozzle(data) !== undefined;
    case 'pick':
      return readPick(data) !== undefined;
    case 'alarm':
    case 'pin':
      return isEmptyData(data);
    default:
      return false;
  }
}

export const validateFireExtinguisherEvent = createEventValidator(fireExtinguisherEventSchema, acceptWellFormedFireEvent);
