import { z } from 'zod';
import { IdSchema, LocalizedTextSchema } from './localized';

export const ContactSchema = z.strictObject({
  id: IdSchema,
  number: z.string().trim().min(2),
  tel: z.string().regex(/^\+?[0-9]{2,15}$/, 'must be digits, optionally starting with +, for a tel: link'),
  name: LocalizedTextSchema,
  hours: LocalizedTextSchema,
  for: LocalizedTextSchema,
  source: IdSchema,
  checked: z.coerce.date(),
  certainty: z.enum(['verified', 'partly']),
});
export type Contact = z.infer<typeof ContactSchema>;
