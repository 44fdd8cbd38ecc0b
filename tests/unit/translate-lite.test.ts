import { describe, expect, it } from 'vitest';
import { createLiteTranslator } from '../../src/i18n/translate-lite';
import { createTranslator } from '../../src/i18n/translator';
import { LOCALES } from '../../src/i18n/locales';
import { UI_STRINGS } from '../../src/i18n';
import { pluralBase } from '../../src/lib/parity';
import type { UiKey } from '../../src/i18n/keys';

describe('the browser translator matches i18next', () => {
  for (const { code } of LOCALES) {
    it(`renders every ${code} UI string as i18next does, plurals at 0, 1, 2 and 5`, () => {
      const strings = UI_STRINGS[code];
      const full = createTranslator(code, strings);
      const lite = createLiteTranslator(strings, code);
      const values = new Proxy({}, { get: (_t, name) => `<${String(name)}>`, has: () => true }) as Record<string, unknown>;
      // Keys as code calls them: "search.count", not "search.count_one".
      const keys = [...new Set(Object.keys(strings).map((k) => pluralBase(k).base as UiKey))];
      expect(Object.keys(strings).some((k) => pluralBase(k).form)).toBe(true); // there are plural keys to test
      for (const key of keys) {
        const texts = Object.entries(strings).filter(([k]) => pluralBase(k).base === key).map(([, v]) => v);
        const names = texts.flatMap((text) => [...text.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1]!));
        const sample = Object.fromEntries(names.map((n) => [n, values[n]]));
        expect(lite(key, sample), key).toBe(full(key, sample));
        for (const count of [0, 1, 2, 5]) expect(lite(key, { ...sample, count }), `${key} (${count})`).toBe(full(key, { ...sample, count }));
      }
    });
  }

  it('speaks English plurals: 1 page found, 2 pages found', () => {
    for (const t of [createTranslator('en', UI_STRINGS.en), createLiteTranslator(UI_STRINGS.en, 'en')]) {
      expect(t('search.count', { count: 1, query: 'visa' })).toBe('1 page found for “visa”.');
      expect(t('search.count', { count: 2, query: 'visa' })).toBe('2 pages found for “visa”.');
      expect(t('seminar.sectionCount', { count: 1 })).toBe('1 section');
      expect(t('seminar.sectionCount', { count: 4 })).toBe('4 sections');
    }
  });

  it('has one form in Chinese', () => {
    const t = createLiteTranslator(UI_STRINGS['zh-CN'], 'zh-CN');
    expect(t('seminar.sectionCount', { count: 1 })).toBe('1 个部分');
    expect(t('seminar.sectionCount', { count: 3 })).toBe('3 个部分');
  });

  it('falls back to the key, like i18next, for a key that does not exist', () => {
    const missing = 'nav.nothing' as UiKey; // as a key would be that one language's table lacks
    expect(createLiteTranslator({}, 'en')(missing)).toBe('nav.nothing');
    expect(createLiteTranslator({}, 'en')(missing, { count: 1 })).toBe('nav.nothing');
  });
});
