import { describe, expect, it } from 'vitest';
import { browserStrings, type UiKey } from '../../src/i18n';
import { createLiteTranslator } from '../../src/i18n/translate-lite';

describe('strings handed to a browser script', () => {
  it('carries exactly the keys asked for, each with its plural forms, in the page language', () => {
    const en = JSON.parse(browserStrings('en', ['search.count', 'search.ready'])) as Record<string, string>;
    expect(Object.keys(en).sort()).toEqual(['search.count_one', 'search.count_other', 'search.ready']);
    const zh = JSON.parse(browserStrings('zh-CN', ['search.count'])) as Record<string, string>;
    expect(Object.keys(zh)).toEqual(['search.count_other']);
    // What the script then says.
    expect(createLiteTranslator(en, 'en')('search.count', { count: 1, query: 'visa' })).toBe('1 page found for “visa”.');
  });

  it('fails the build on a key that does not exist', () => {
    expect(() => browserStrings('en', ['search.nothing' as UiKey])).toThrow(/search\.nothing/);
  });
});
