// Query strings of the review endpoints that scenes/protocol/review.ts does not define.
import { z } from 'zod';
import { csvLanguageSchema } from '../../scenes/protocol/review';

/** GET /api/classes/:id/learners */
export const classLearnersQuerySchema = z.strictObject({
  scene: z.string().trim().min(1).max(64).optional(),
  format: z.enum(['json', 'csv']).prefault('json'),
  lang: csvLanguageSchema,
});
