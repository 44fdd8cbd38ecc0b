import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/i18n/locales';

/**
 * The UI string files are flat JSON objects, one key a line. JSON.parse keeps the last of two
 * equal keys without a word, so a key added twice (two branches merged) would silently show the
 * older text: this test reads the files as text and refuses any key that appears twice.
 */
describe.each(LOCALES.map((l) => l.code))('src/i18n/ui/%s.json', (code) => {
  const text = fs.readFileSync(`src/i18n/ui/${code}.json`, 'utf8');
  it('defines each key once', () => {
    const keys = [...text.matchAll(/^\s*"([^"]+)"\s*:/gm)].map((m) => m[1]!);
    const twice = keys.filter((k, i) => keys.indexOf(k) !== i);
    expect(twice).toEqual([]);
    expect(keys.length).toBe(Object.keys(JSON.parse(text)).length);
  });
});
