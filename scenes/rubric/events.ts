// The attempt event of docs/protocol.md §3 and the checks one event passes before it is stored or
// scored: the envelope (seq, t, type, data) here, each scene's `data` shapes by type.
import { z } from 'zod';

export interface AttemptEvent {
  seq: number;
  t: number;
  type: string;
  data: Record<string, unknown>;
}

/** The `{type, data}` part of an event, as a scene's event schema sees it. */
export interface SceneEventShape {
  type: string;
  data: Record<string, unknown>;
}

/** A JSON object (not an array, not null). */
export const plainObjectSchema = z.record(z.string(), z.unknown());

/** Longest accepted `type`: event types are short names such as `torch` or `ppe`. */
export const maxEventTypeLength = 64;

const eventTypeSchema = z.string().min(1, 'must not be empty').max(maxEventTypeLength);

/** The envelope every event shares, whatever its type. Extra envelope keys are ignored. */
export const attemptEventEnvelopeSchema = z.object({
  seq: z.number().int().min(1),
  t: z.number().min(0),
  type: eventTypeSchema,
  data: plainObjectSchema,
});

/**
 * A scene's schema for one event's `{type, data}`: a known type's data must match its schema
 * exactly; any other type is allowed (scoring ignores it) as long as its data is a plain object.
 */
export function createEventSchema(
  dataSchemas: Readonly<Record<string, z.ZodType>>,
): z.ZodType<SceneEventShape> {
  return z.object({ type: eventTypeSchema, data: plainObjectSchema }).superRefine((event, ctx) => {
    // hasOwn: a type named `constructor` or `toString` is an unknown type, not a prototype key.
    if (!Object.hasOwn(dataSchemas, event.type)) return;
    const result = dataSchemas[event.type]!.safeParse(event.data);
    if (result.success) return;
    for (const issue of result.error.issues) {
      ctx.addIssue({ code: 'custom', message: issue.message, path: ['data', ...issue.path] });
    }
  });
}

/** True for a plain JSON object: `{...}`, not an array, null, a Date or a class instance. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** The envelope checks of attemptEventEnvelopeSchema, by hand, for fast paths. */
export function hasValidEnvelope(event: unknown): event is AttemptEvent {
  if (!isPlainObject(event)) return false;
  const { seq, t, type, data } = event;
  return (
    typeof seq === 'number' && Number.isSafeInteger(seq) && seq >= 1 &&
    typeof t === 'number' && Number.isFinite(t) && t >= 0 &&
    typeof type === 'string' && type.length >= 1 && type.length <= maxEventTypeLength &&
    isPlainObject(data)
  );
}

/** `data.p[1]` from `['data', 'p', 1]`. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else text += text === '' ? String(key) : `.${String(key)}`;
  }
  return text === '' ? 'event' : text;
}

function firstIssueMessage(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'event: invalid';
  return `${formatIssuePath(issue.path)}: ${issue.message}`;
}

/**
 * Checks a whole event (envelope, then the scene's `{type, data}` schema). Returns undefined
 * when the event is acceptable, else one human message that names the offending field.
 * `fastAccept`, when given, may say yes early (and must only for events the schemas accept).
 */
export function createEventValidator(
  eventSchema: z.ZodType<SceneEventShape>,
  fastAccept?: (event: unknown) => boolean,
): (event: unknown) => string | undefined {
  return (event) => {
    // Ingest checks every event of every learner; a scene may accept its common, well-formed
    // events by hand first. It must never accept what the schema refuses; zod decides the rest.
    if (fastAccept?.(event)) return undefined;
    const envelope = attemptEventEnvelopeSchema.safeParse(event);
    if (!envelope.success) return firstIssueMessage(envelope.error);
    const shaped = eventSchema.safeParse({ type: envelope.data.type, data: envelope.data.data });
    if (!shaped.success) return `${envelope.data.type} event ${firstIssueMessage(shaped.error)}`;
    return undefined;
  };
}
