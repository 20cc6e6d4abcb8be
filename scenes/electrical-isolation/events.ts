// The electrical-isolation scene's events: every learner action is `{type: 'action', data: {name, ...}}`
// with `name` choosing the data's shape; any other type is accepted and ignored by scoring.
import { z } from 'zod';
import { createEventSchema, createEventValidator } from '../rubric/events';

export const circuitIds = ['main', 'C1', 'C2', 'C3', 'C4', 'C5', 'C6'] as const;
export const conductorIds = ['L', 'N', 'PE'] as const;
export const terminalIds = ['L', 'N', 'E'] as const;
export const testPairs = ['L-N', 'L-E', 'N-E'] as const;
export const ppeItems = ['gloves', 'glasses'] as const;
export const touchParts = ['L', 'N', 'PE', 'terminal'] as const;

/** Highest torque a client may report (N·m): far above any screwdriver's scale, below nonsense. */
export const maxTorqueNm = 20;

const circuit = z.enum(circuitIds);
const conductor = z.enum(conductorIds);
const terminal = z.enum(terminalIds);

export const actionDataSchema = z.discriminatedUnion('name', [
  z.strictObject({ name: z.literal('ppe'), item: z.enum(ppeItems), worn: z.boolean() }),
  z.strictObject({ name: z.literal('breaker'), circuit, on: z.boolean() }),
  z.strictObject({ name: z.literal('lock'), circuit, applied: z.boolean() }),
  z.strictObject({ name: z.literal('prove') }),
  z.strictObject({ name: z.literal('test-dead'), pair: z.enum(testPairs) }),
  z.strictObject({ name: z.literal('faceplate'), removed: z.boolean() }),
  z.strictObject({ name: z.literal('touch'), part: z.enum(touchParts) }),
  z.strictObject({ name: z.literal('connect'), conductor, terminal }),
  z.strictObject({ name: z.literal('disconnect'), conductor }),
  z.strictObject({ name: z.literal('torque'), terminal, nm: z.number().min(0).max(maxTorqueNm) }),
  z.strictObject({ name: z.literal('socket-test') }),
]);

/** One learner action, as the standard's event table defines it. */
export type ActionData = z.infer<typeof actionDataSchema>;
export type ActionName = ActionData['name'];

export const actionNames: readonly ActionName[] = actionDataSchema.options.map((option) => option.shape.name.value);

export const electricalIsolationEventSchema = createEventSchema({ action: actionDataSchema });

export const validateElectricalIsolationEvent = createEventValidator(electricalIsolationEventSchema);

/** The action an event carries, or undefined for another type or a malformed action. */
export function readAction(event: { type: string; data: Record<string, unknown> }): ActionData | undefined {
  if (event.type !== 'action') return undefined;
  const parsed = actionDataSchema.safeParse(event.data);
  return parsed.success ? parsed.data : undefined;
}
