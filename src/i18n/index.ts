import en from './ui/en.json';
import zhCN from './ui/zh-CN.json';
import { UiStringsSchema } from '../content-layer/schemas/ui-strings';
import { findKeyParityProblems } from '../lib/parity';
import { ContentError, parseContent } from '../lib/content-error';
import { createTranslator, type Strings, type Translate } from './translator';
import { LOCALES, type LocaleCode } from './locales';

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

export * from './locales';
export { pickStrings } from './translator';
