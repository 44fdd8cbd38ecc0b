/**
 * The one table of locales. Everything else (routes, content folders, <html lang>, i18next,
 * Pagefind's per-language index) derives from it, so adding a language starts here.
 *
 * `code` is the BCP 47 tag used in code, i18next and `<html lang>`; `path` is the URL segment
 * and the content folder name (lower case, as URLs conventionally are).
 */
export const LOCALES = [
  { code: 'en', path: 'en', name: 'English', ogLocale: 'en_GB' },
  { code: 'zh-CN', path: 'zh-cn', name: '简体中文', ogLocale: 'zh_CN' },
] as const;

export type LocaleCode = (typeof LOCALES)[number]['code'];
export type LocalePath = (typeof LOCALES)[number]['path'];
export type Locale = (typeof LOCALES)[number];

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
