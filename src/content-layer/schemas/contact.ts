import { z } from 'zod';
import { IdSchema, LocalizedTextSchema } from './localized';

export const ContactSchema = z.strictObject({
  id: IdSchema,
  number: z.string().trim().min(2),
  tel: z.string().regex(/^\+?[0-9]{2,15}$/, 'must be digits, optionally starting with +, for a tel: link'),
  name: LocalizedTextSchema,
  hours: LocalizedTextSchema,
  /** What to call about. */
  for: LocalizedTextSchema,
  /** What the reader should know or check before relying on the number (for `partly` entries). */
  note: LocalizedTextSchema.optional(),
  /** A short name for the printed wallet card, where the full name does not fit. */
  short: LocalizedTextSchema.optional(),
  source: IdSchema,
  checked: z.coerce.date(),
  certainty: z.enum(['verified', 'partly']),
}).refine((c) => c.certainty !== 'partly' || c.note, {
  message: 'a `partly` verified contact needs a `note` saying what the reader should check',
  path: ['note'],
});
export type Contact = z.infer<typeof ContactSchema>;
