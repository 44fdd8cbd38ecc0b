/**
 * The one table of locales. Everything else (routes, content folders, <html lang>, i18next,
 * Pagefind's per-language index, and every behaviour that depends on the writing system) derives
 * from it, so adding a language starts here. No other file tests for a locale code.
 *
 * - `code` is the BCP 47 tag used in code, i18next and `<html lang>`; `path` is the URL segment
 *   and the content folder name (lower case, as URLs conventionally are).
 * - `script` (ISO 15924) is the writing system, and what follows from it (WRITING_SYSTEMS below):
 *   'Hani' counts a sentence in characters and also ends it at ；, 'Latn' counts words.
 * - `collation`, if set, is the order of an index in that language (Unicode collation type:
 *   'pinyin' files 强迫劳动 under Q, as a Chinese dictionary does, with pinyin index letters).
 * - `pairedWith` is the language shown next to this one in the dual-language slides.
 */
export const LOCALES = [
  { code: 'en', path: 'en', name: 'English', ogLocale: 'en_GB', script: 'Latn', collation: undefined, pairedWith: 'zh-CN' },
  { code: 'zh-CN', path: 'zh-cn', name: '简体中文', ogLocale: 'zh_CN', script: 'Hani', collation: 'pinyin', pairedWith: 'en' },
] as const;

export type LocaleCode = (typeof LOCALES)[number]['code'];
export type LocalePath = (typeof LOCALES)[number]['path'];
export type Locale = (typeof LOCALES)[number];
export type Script = Locale['script'];

/** What a writing system changes in the code (sentences are found by Intl.Segmenter in every script). */
export interface WritingSystem {
  /**
   * Marks that end a sentence for the plain-language count although Unicode's sentence rules do
   * not break there: the Chinese semicolon ； joins two sentences a reader takes one at a time.
   */
  extraSentenceEnd?: RegExp;
  /** What the length of a sentence counts: Chinese has no spaces, so characters. */
  lengthUnit: 'characters' | 'words';
  /** The font for images drawn at build time (tools/make-images.ts), where no page picks one. */
  imageFont: string;
}

export const WRITING_SYSTEMS: Record<Script, WritingSystem> = {
  Latn: { lengthUnit: 'words', imageFont: "system-ui, 'DejaVu Sans', sans-serif" },
  Hani: { extraSentenceEnd: /；[”’」』）)]*/g, lengthUnit: 'characters', imageFont: "'Noto Sans CJK SC', sans-serif" },
};

/** The writing system of a locale. */
export function writingSystem(code: LocaleCode): WritingSystem {
  return WRITING_SYSTEMS[localeByCode(code).script];
}

/** A collator for sorting in a locale: its own order (pinyin for Chinese) where the table sets one. */
export function localeCollator(code: LocaleCode): Intl.Collator {
  const { collation } = localeByCode(code);
  return new Intl.Collator(code, collation ? { collation } : {});
}

/** The language of the dual-language slides next to `code`. */
export function pairedLocale(code: LocaleCode): Locale {
  return localeByCode(localeByCode(code).pairedWith);
}

export const LOCALE_CODES = LOCALES.map((l) => l.code) as [LocaleCode, ...LocaleCode[]];
export const DEFAULT_LOCALE: LocaleCode = 'en';

export function localeByPath(path: string): Locale | undefined {
  return LOCALES.find((l) => l.path === path);
}

export function localeByCode(code: LocaleCode): Locale {
  const found = LOCALES.find((l) => l.code === code);
  if (!found) throw new Error(`Unknown locale code "${code}"`);
  return found;
}

/** The locale a site path belongs to (`/zh-cn/modules/` → zh-CN), or undefined outside a locale. */
export function localeFromPathname(pathname: string): Locale | undefined {
  const first = pathname.split('/').filter(Boolean)[0] ?? '';
  return localeByPath(first);
}

/** The locales other than `code`, in table order (for switchers and alternates). */
export function otherLocales(code: LocaleCode): Locale[] {
  return LOCALES.filter((l) => l.code !== code);
}

/**
 * Picks the best locale for a list of browser languages (navigator.languages), or undefined.
 * Any Chinese tag suggests zh-CN: it is the only Chinese the site has, and a Traditional-Chinese
 * reader is still better served by it than by English.
 */
export function suggestLocale(browserLanguages: readonly string[]): LocaleCode | undefined {
  for (const tag of browserLanguages) {
    const lower = tag.toLowerCase();
    const exact = LOCALES.find((l) => l.code.toLowerCase() === lower);
    if (exact) return exact.code;
    const primary = lower.split('-')[0];
    const byPrimary = LOCALES.find((l) => l.code.toLowerCase().split('-')[0] === primary);
    if (byPrimary) return byPrimary.code;
  }
  return undefined;
}
