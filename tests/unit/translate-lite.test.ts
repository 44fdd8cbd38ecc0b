import { describe, expect, it } from 'vitest';
import { createLiteTranslator } from '../../src/i18n/translate-lite';
import { createTranslator } from '../../src/i18n/translator';
import { LOCALES } from '../../src/i18n/locales';
import { UI_STRINGS } from '../../src/i18n';

describe('the browser translator matches i18next', () => {
  for (const { code } of LOCALES) {
    it(`renders every ${code} UI string as i18next does`, () => {
      const strings = UI_STRINGS[code];
      const full = createTranslator(code, strings);
      const lite = createLiteTranslator(strings);
      const values = new Proxy({}, { get: (_t, name) => `<${String(name)}>`, has: () => true }) as Record<string, unknown>;
      for (const key of Object.keys(strings)) {
        const names = [...strings[key]!.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1]!);
        const sample = Object.fromEntries(names.map((n) => [n, values[n]]));
        expect(lite(key, sample), key).toBe(full(key, sample));
      }
    });
  }

  it('falls back to the key, like i18next, for a key that does not exist', () => {
    expect(createLiteTranslator({})('nav.nothing')).toBe('nav.nothing');
  });
});
