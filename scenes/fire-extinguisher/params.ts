// The fire-extinguisher scene's server-drawn variant: which class of fire burns. The server draws
// it at session:start, stores it and scores with its own copy; the client only shows it.
import { z } from 'zod';
import type { FireClass } from './events';
import { fireClasses } from './events';

export interface FireParams {
  fireClass: FireClass;
}

export const fireParamsSchema: z.ZodType<FireParams> = z.strictObject({ fireClass: z.enum(fireClasses) });

/** One of the three classes, each with probability 1/3, from `random` in [0, 1). */
export function drawFireParams(random: () => number): FireParams {
  const index = Math.min(fireClasses.length - 1, Math.max(0, Math.floor(random() * fireClasses.length)));
  return { fireClass: fireClasses[index]! };
}
