import { LOCALES, localeByCode, localeFromPathname, type LocaleCode } from '../i18n/locales';

/**
 * Every localized page has a route path that is the same in all languages ("modules/ilo-standards/"),
 * and a URL per language ("/zh-cn/modules/ilo-standards/"). The language switcher and the hreflang
 * alternates are built from the route path, so they always land on the counterpart page.
 */
export function localizedPath(locale: LocaleCode, routePath = ''): string {
  const clean = routePath.replace(/^\/+/, '');
  return `/${localeByCode(locale).path}/${clean}`;
}

/** The route path of a localized URL ("/zh-cn/modules/" → "modules/"), or undefined outside a locale. */
export function routePathOf(pathname: string): string | undefined {
  const locale = localeFromPathname(pathname);
  if (!locale) return undefined;
  return pathname.replace(new RegExp(`^/${locale.path}/?`), '');
}

/** The counterpart URLs of a route path in every language. */
export function alternates(routePath: string): { locale: LocaleCode; href: string }[] {
  return LOCALES.map((l) => ({ locale: l.code, href: localizedPath(l.code, routePath) }));
}
