import { z } from 'zod';
import { LOCALE_CODES, type LocaleCode } from '../../i18n/locales';

/**
 * A text given once per locale: `{ en: "…", zh-CN: "…" }`. Built from the locales table, so a
 * file that misses a language (or adds an unknown one) fails validation, naming the key.
 */
export function localized<T extends z.ZodType>(inner: T) {
  const shape = Object.fromEntries(LOCALE_CODES.map((code) => [code, inner])) as Record<LocaleCode, T>;
  return z.strictObject(shape);
}

export const LocalizedTextSchema = localized(z.string().trim().min(1, 'must not be empty'));
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

/** Lower-case words joined by hyphens: the form of every id and slug in content/. */
export const IdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case letters and digits joined by hyphens');
