import { z } from 'zod';
import { LOCALE_CODES, type LocaleCode } from '../../i18n/locales';
import { IdSchema } from './localized';

const TermSchema = z.strictObject({
  term: z.string().trim().min(1),
  definition: z.string().trim().min(5),
});

export const GlossaryEntrySchema = z.strictObject({
  id: IdSchema,
  ...(Object.fromEntries(LOCALE_CODES.map((c) => [c, TermSchema])) as Record<LocaleCode, typeof TermSchema>),
  /** True when the Chinese term is taken from an official Chinese text. */
  official: z.boolean().default(false),
  source: IdSchema,
  modules: z.array(IdSchema).default([]),
});
export type GlossaryEntry = z.infer<typeof GlossaryEntrySchema>;

/** One file of content/glossary/: a list of entries. */
export const GlossaryFileSchema = z.array(GlossaryEntrySchema).min(1);
