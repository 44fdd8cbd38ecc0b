import { z } from 'zod';
import { IdSchema, LocalizedTextSchema } from './localized';

export const INSTRUMENT_KINDS = [
  'ilo-convention',
  'ilo-protocol',
  'ilo-recommendation',
  'ilo-declaration',
  'ilo-guidance',
  'ilo-report',
  'un-treaty',
  'china-law',
  'china-regulation',
  'china-policy',
  'other',
] as const;

/** A document cited as a whole (a convention, a law, a report). */
export const InstrumentSchema = z.strictObject({
  title: LocalizedTextSchema,
  short: LocalizedTextSchema,
  kind: z.enum(INSTRUMENT_KINDS),
  year: z.number().int().min(1900).max(2100).optional(),
  url: z.url().optional(),
  /** Says what is uncertain about the title (e.g. no official Chinese title exists). */
  titleNote: LocalizedTextSchema.optional(),
  /** For maintainers, not shown: where the facts cited from it were checked, and what to re-check. */
  provenance: z.string().optional(),
});
export type Instrument = z.infer<typeof InstrumentSchema>;

/** A pinpoint inside an instrument: an article, a paragraph, a page. */
export const PinpointSchema = z.strictObject({
  instrument: IdSchema,
  pinpoint: LocalizedTextSchema,
  url: z.url().optional(),
});
export type Pinpoint = z.infer<typeof PinpointSchema>;

/** One file of content/citations/. Either part may be absent. */
export const CitationFileSchema = z.strictObject({
  instruments: z.record(IdSchema, InstrumentSchema).optional(),
  citations: z.record(IdSchema, PinpointSchema).optional(),
});
export type CitationFile = z.infer<typeof CitationFileSchema>;
