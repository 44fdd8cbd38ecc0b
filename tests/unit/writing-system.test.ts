import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES, localeCollator, pairedLocale, WRITING_SYSTEMS, writingSystem } from '../../src/i18n/locales';
import { countHan, hasHan, isWide, joinCjkLines, textWidth } from '../../src/lib/cjk';
import { measurePlainLanguage, splitSentences } from '../../src/lib/plain-language';
import { indexLetter } from '../../src/lib/glossary-order';

/** Every source file under a folder (TypeScript, Astro, scripts). */
function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx|astro|mjs)$/.test(e.name) ? [full] : [];
  });
}

describe('the locales table drives the writing system', () => {
  it('gives every locale a script with a writing system, and a paired locale that is another locale of the table', () => {
    for (const l of LOCALES) {
      expect(WRITING_SYSTEMS[l.script], l.code).toBeDefined();
      expect(pairedLocale(l.code).code, l.code).not.toBe(l.code);
    }
  });

  it('counts in characters and ends sentences at ； for a Han locale, counts words for a Latin one', () => {
    const han = LOCALES.filter((l) => l.script === 'Hani');
    const latin = LOCALES.filter((l) => l.script === 'Latn');
    expect(han.length && latin.length).toBeTruthy();
    for (const l of han) {
      expect(writingSystem(l.code).lengthUnit).toBe('characters');
      expect(splitSentences('先停下来；再打电话。', l.code)).toEqual(['先停下来；', '再打电话。']);
      expect(measurePlainLanguage([{ kind: 'paragraph', text: '先停下来。' }], l.code).average).toBe(4);
    }
    for (const l of latin) expect(measurePlainLanguage([{ kind: 'paragraph', text: 'Stop here first.' }], l.code).average).toBe(3);
  });

  it('sorts and files an index by the locale collation: pinyin for Chinese, alphabet for English', () => {
    expect(['张三', '阿姨', '李四'].sort(localeCollator('zh-CN').compare)).toEqual(['阿姨', '李四', '张三']);
    expect(indexLetter('强迫劳动', 'zh-CN')).toBe('Q');
    expect(indexLetter('强迫劳动', 'en')).toBe('#'); // no pinyin index in an English list
    expect(['b', 'a', 'C'].sort(localeCollator('en').compare)).toEqual(['a', 'b', 'C']);
  });

  it('leaves no behaviour that tests for a locale code or a locale path outside the table', () => {
    const tests = [
      /[!=]==?\s*['"]zh-cn['"]/i, // locale === 'zh-CN'
      /['"]zh-cn['"]\s*[!=]==?/i, // 'zh-CN' === locale
      /startsWith\(\s*['"]zh/i,
      /\\\/zh-cn\\\//i, // /\/zh-cn\// in a regular expression
      /otherLocales\([^)]*\)\[0\]/, // "the other language", which assumes two
      /zh-CN-u-co-/,
    ];
    const found = [...sourceFiles('src'), ...sourceFiles('tools')]
      .filter((f) => !f.endsWith(path.join('i18n', 'locales.ts')))
      .flatMap((f) => fs.readFileSync(f, 'utf8').split('\n').map((line, i) => ({ f, line, i })))
      .filter(({ line }) => tests.some((t) => t.test(line)))
      .map(({ f, i, line }) => `${f}:${i + 1}: ${line.trim()}`);
    expect(found).toEqual([]);
  });
});

describe('CJK text', () => {
  it('joins a line break between Chinese characters, also after CRLF, and keeps it next to Latin text', () => {
    expect(joinCjkLines('能多挣钱。\n走之前')).toBe('能多挣钱。走之前');
    expect(joinCjkLines('能多挣钱。\r\n走之前')).toBe('能多挣钱。走之前');
    expect(joinCjkLines('C029\n公约')).toBe('C029\n公约');
  });

  it('tells Han letters from wide punctuation', () => {
    expect(countHan('打12308，或者拨。')).toBe(4);
    expect(hasHan('，。')).toBe(false);
    expect(isWide('，')).toBe(true);
    expect(isWide('a')).toBe(false);
  });

  it('estimates widths in em, or in the caller unit', () => {
    expect(textWidth('强迫', 20)).toBe(40);
    expect(textWidth('ab', 10)).toBeCloseTo(11.2);
    expect(textWidth('强a', 1, (ch) => (isWide(ch) ? 2 : 1))).toBe(3);
  });
});
