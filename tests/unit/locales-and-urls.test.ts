import { describe, expect, it } from 'vitest';
import { DEFAULT_LOCALE, LOCALES, localeByPath, localeFromPathname, suggestLocale } from '../../src/i18n/locales';
import { alternates, localizedPath, routePathOf } from '../../src/lib/urls';

describe('locales', () => {
  it('keeps URL paths lower case and codes and paths unique, with the default locale in the table', () => {
    for (const l of LOCALES) {
      expect(l.path).toBe(l.path.toLowerCase());
      expect(localeByPath(l.path)).toBe(l);
    }
    expect(new Set(LOCALES.map((l) => l.code)).size).toBe(LOCALES.length);
    expect(new Set(LOCALES.map((l) => l.path)).size).toBe(LOCALES.length);
    expect(LOCALES.some((l) => l.code === DEFAULT_LOCALE)).toBe(true);
  });

  it('suggests a locale from browser languages without needing an exact match', () => {
    expect(suggestLocale(['zh-CN', 'en'])).toBe('zh-CN');
    expect(suggestLocale(['zh-TW'])).toBe('zh-CN');
    expect(suggestLocale(['fr-FR', 'en-US'])).toBe('en');
    expect(suggestLocale(['de'])).toBeUndefined();
    expect(suggestLocale([])).toBeUndefined();
  });

  it('finds the locale of a site path', () => {
    expect(localeFromPathname('/zh-cn/modules/')?.code).toBe('zh-CN');
    expect(localeFromPathname('/en/')?.code).toBe('en');
    expect(localeFromPathname('/')).toBeUndefined();
    expect(localeFromPathname('/pagefind/x.js')).toBeUndefined();
  });
});

describe('urls', () => {
  it('builds localized paths and reads route paths back', () => {
    expect(localizedPath('zh-CN', 'modules/ilo-standards/')).toBe('/zh-cn/modules/ilo-standards/');
    expect(localizedPath('en')).toBe('/en/');
    expect(routePathOf('/zh-cn/modules/ilo-standards/')).toBe('modules/ilo-standards/');
    expect(routePathOf('/en/')).toBe('');
    expect(routePathOf('/404.html')).toBeUndefined();
  });

  it('gives one alternate per locale for the same route', () => {
    expect(alternates('help/')).toEqual([
      { locale: 'en', href: '/en/help/' },
      { locale: 'zh-CN', href: '/zh-cn/help/' },
    ]);
  });
});
