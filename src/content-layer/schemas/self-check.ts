import { z } from 'zod';
import { IdSchema, LocalizedTextSchema } from './localized';

/**
 * A warning sign of a job offer abroad (content/self-check.yaml). `stop`: on its own a reason not
 * to go; `warning`: often part of a trap, and several together are a reason not to go.
 */
export const SIGN_WEIGHTS = ['stop', 'warning'] as const;
export const WarningSignSchema = z.strictObject({
  id: IdSchema,
  weight: z.enum(SIGN_WEIGHTS),
  text: LocalizedTextSchema,
  /** The rule the sign breaks, when it breaks one. */
  cite: IdSchema.optional(),
});
export type WarningSign = z.infer<typeof WarningSignSchema>;
