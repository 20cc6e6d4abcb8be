// The welding workshop's events: `ppe` (helmet, gloves on and off) and `torch` samples. Any
// other type (grab, release, ui) is accepted and ignored by scoring.
import { z } from 'zod';
import { createEventSchema, createEventValidator } from '../rubric/events';

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

export const validateWeldingBeadEvent = createEventValidator(weldingBeadEventSchema);
