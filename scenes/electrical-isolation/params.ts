// The electrical-isolation scene has no server-drawn variants: one installation, one fault.
import { z } from 'zod';

export type ElectricalParams = Record<string, never>;

export const electricalParamsSchema: z.ZodType<ElectricalParams> = z.strictObject({});
