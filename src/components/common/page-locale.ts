import type { AstroGlobal } from 'astro';
import { DEFAULT_LOCALE, localeFromPathname, type LocaleCode } from '../../i18n/locales';
import { useTranslations } from '../../i18n';

/**
 * The locale of the page being rendered, from its URL. MDX components (Cite, KeyPoints …) are
 * placed by authors without props, so they learn the page's language this way.
 */
export function pageLocale(astro: Pick<AstroGlobal, 'url'>): LocaleCode {
  return localeFromPathname(astro.url.pathname)?.code ?? DEFAULT_LOCALE;
}

export function pageContext(astro: Pick<AstroGlobal, 'url'>) {
  const locale = pageLocale(astro);
  return { locale, t: useTranslations(locale) };
}
