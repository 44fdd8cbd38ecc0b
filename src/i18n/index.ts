import en from './ui/en.json';
import zhCN from './ui/zh-CN.json';
import { UiStringsSchema } from '../content-layer/schemas/ui-strings';
import { findKeyParityProblems, pluralBase } from '../lib/parity';
import { ContentError, parseContent } from '../lib/content-error';
import { createTranslator, type Strings, type Translate } from './translator';
import { LOCALES, type LocaleCode } from './locales';
import type { UiKey } from './keys';

/** The UI string tables, checked when the site is built: same keys and placeholders in every language. */
export const UI_STRINGS: Record<LocaleCode, Strings> = {
  en: parseContent(UiStringsSchema, en, 'src/i18n/ui/en.json'),
  'zh-CN': parseContent(UiStringsSchema, zhCN, 'src/i18n/ui/zh-CN.json'),
};

const problems = findKeyParityProblems(UI_STRINGS);
if (problems.length) throw new ContentError('src/i18n/ui/*.json', problems);

const translators = new Map<LocaleCode, Translate>(
  LOCALES.map((l) => [l.code, createTranslator(l.code, UI_STRINGS[l.code])]),
);

/** t() for a locale, for Astro components. */
export function useTranslations(locale: LocaleCode): Translate {
  return translators.get(locale)!;
}

/**
 * The one way to hand UI strings to a browser script: the strings of `keys` (each with its plural
 * forms) as JSON, for a `data-strings` attribute on the element the script works in. The script
 * reads them with translatorFrom(element) (src/i18n/translate-lite.ts), which speaks as t() does
 * here. Only the keys a script needs travel: the reader pages have a byte budget. An unknown key
 * fails the build.
 */
export function browserStrings(locale: LocaleCode, keys: readonly UiKey[]): string {
  const table = UI_STRINGS[locale];
  const picked = Object.entries(table).filter(([key]) => (keys as readonly string[]).includes(pluralBase(key).base));
  const unknown = keys.filter((key) => !picked.some(([k]) => pluralBase(k).base === key));
  if (unknown.length) throw new Error(`browserStrings: no UI string ${unknown.join(', ')} in ${locale}`);
  return JSON.stringify(Object.fromEntries(picked));
}

export * from './locales';
export type { UiKey } from './keys';
export { pickStrings } from './translator';
