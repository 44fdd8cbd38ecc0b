import { z } from 'zod';
import { IdSchema, LocalizedTextSchema } from './localized';

export const DESTINATION_REGIONS = ['southeast-asia', 'east-asia', 'middle-east', 'europe', 'africa'] as const;
export const NUMBER_KINDS = ['emergency', 'police', 'trafficking', 'labour', 'advice', 'embassy'] as const;

/** One verified number in a destination country (content/destinations.yaml). */
export const DestinationNumberSchema = z.strictObject({
  kind: z.enum(NUMBER_KINDS),
  /** As printed locally. */
  number: z.string().trim().min(3),
  /** What to dial from a phone in that country: digits, or + and the country code. */
  tel: z.string().regex(/^\+?[0-9]{3,15}$/, 'must be digits, optionally starting with +, for a tel: link'),
  what: LocalizedTextSchema,
  /** Where the number was verified: a named official page or reproduction. A number without one is not published. */
  source: z.string().trim().min(3),
  checked: z.coerce.date(),
});

/** The help page for one country: only verified numbers, and what was not verified. */
export const DestinationSchema = z.strictObject({
  id: IdSchema,
  /** As listed ("Philippines"). */
  name: LocalizedTextSchema,
  /** As it reads in a sentence ("Help in the Philippines"), when that differs from `name`. */
  inSentence: LocalizedTextSchema.optional(),
  region: z.enum(DESTINATION_REGIONS),
  numbers: z.array(DestinationNumberSchema),
  /** What a reader cannot find here (a number not verified), so the page never looks complete when it is not. */
  missing: LocalizedTextSchema.optional(),
  notes: z.array(LocalizedTextSchema).optional(),
}).refine((d) => d.numbers.length > 0 || d.missing, { message: 'a country with no verified number must say so in `missing`', path: ['missing'] });
export type Destination = z.infer<typeof DestinationSchema>;
export type DestinationNumber = z.infer<typeof DestinationNumberSchema>;
