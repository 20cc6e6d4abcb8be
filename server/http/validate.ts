// zod at the HTTP edge: parse or answer 400 `invalid` with the first problem, named by field.
import type { z } from 'zod';
import { ApiError } from './errors';

export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
  throw new ApiError('invalid', `${where}${issue?.message ?? 'invalid input'}`);
}
