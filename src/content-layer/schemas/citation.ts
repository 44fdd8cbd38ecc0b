import { z } from 'zod';
import { IdSchema, LocalizedTextSchema } from './localized';
import { LOCALE_CODES, type LocaleCode } from '../../i18n/locales';

/** A calendar date, YYYY-MM-DD, that exists (no 2026-02-31) and is not in the future. */
export const CalendarDateSchema = z.iso.date().refine((s) => {
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d && date.getTime() <= Date.now() + 86_400_000;
}, 'must be a real calendar date, not in the future');

/** When a citation was last checked against the text it cites, and against which copy of it. */
export const CheckedSchema = z.strictObject({
  on: CalendarDateSchema,
  /** The copy of the text checked: an official database, a named reproduction, a PDF and its page. */
  against: z.string().trim().min(3),
});
export type Checked = z.infer<typeof CheckedSchema>;

/** A quote's text in one language, and where that wording comes from (an authentic or official text). */
const QuoteTextSchema = z.strictObject({
  text: z.string().trim().min(1, 'must not be empty'),
  source: z.string().trim().min(3),
});

/**
 * The words of a pinpoint, in each language in which an authentic or official text exists (a
 * Chinese statute only in Chinese; an ILO convention in English and in its Chinese translation).
 * <LegalQuote> renders it from here, so a quote's wording lives in one place.
 */
export const QuoteSchema = z
  .strictObject(Object.fromEntries(LOCALE_CODES.map((code) => [code, QuoteTextSchema.optional()])) as Record<LocaleCode, z.ZodOptional<typeof QuoteTextSchema>>)
  .refine((q) => LOCALE_CODES.some((code) => q[code]), 'a quote needs its text in at least one language');
export type Quote = z.infer<typeof QuoteSchema>;

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
  /** The last check of the whole instrument (title, date, URL); a pinpoint's own check takes precedence. */
  checked: CheckedSchema.optional(),
});
export type Instrument = z.infer<typeof InstrumentSchema>;

/** A pinpoint inside an instrument: an article, a paragraph, a page. */
export const PinpointSchema = z.strictObject({
  instrument: IdSchema,
  pinpoint: LocalizedTextSchema,
  url: z.url().optional(),
  /** The words of the pinpoint, for <LegalQuote>. */
  quote: QuoteSchema.optional(),
  /** The last check of this pinpoint against the text. */
  checked: CheckedSchema.optional(),
});
export type Pinpoint = z.infer<typeof PinpointSchema>;

/** One file of content/citations/. Either part may be absent. */
export const CitationFileSchema = z.strictObject({
  instruments: z.record(IdSchema, InstrumentSchema).optional(),
  citations: z.record(IdSchema, PinpointSchema).optional(),
});
export type CitationFile = z.infer<typeof CitationFileSchema>;
