import { describe, expect, it } from 'vitest';
import { findKeyParityProblems, findSlugParityProblems, findStructureProblems } from '../../src/lib/parity';
import { UI_STRINGS } from '../../src/i18n';

describe('UI string parity', () => {
  it('reports a key missing in one language, and mismatched placeholders', () => {
    const problems = findKeyParityProblems({
      en: { 'a.b': 'x', 'a.c': '{{n}} min' },
      'zh-CN': { 'a.c': '{{m}}分钟' },
    });
    expect(problems).toEqual([
      'key "a.b" is missing in zh-CN',
      'key "a.c" has placeholders {n} in en but {m} in zh-CN',
    ]);
  });

  it('treats plural forms as one key: each language has the forms its plural rules use', () => {
    const ok = { en: { 'a.n_one': '{{count}} page', 'a.n_other': '{{count}} pages' }, 'zh-CN': { 'a.n_other': '{{count}}页' } };
    expect(findKeyParityProblems(ok)).toEqual([]);
    expect(findKeyParityProblems({ en: { 'a.n_other': '{{count}} pages' }, 'zh-CN': { 'a.n_other': '{{count}}页' } })).toEqual([
      'key "a.n" needs the plural forms _one in en',
    ]);
    expect(findKeyParityProblems({ en: ok.en, 'zh-CN': { 'a.n_one': '{{count}}页', 'a.n_other': '{{count}}页' } })).toEqual([
      'key "a.n" has _one in zh-CN, which zh-CN does not use',
    ]);
    expect(findKeyParityProblems({ en: ok.en, 'zh-CN': { 'a.n': '{{count}}页' } })).toEqual([
      'key "a.n" needs the plural forms _other in zh-CN',
      'key "a.n" has "a.n" without a plural suffix in zh-CN, which zh-CN does not use',
    ]);
    // i18next's _zero is refused: the browser translator does not read it.
    expect(findKeyParityProblems({ en: { ...ok.en, 'a.n_zero': 'no page' }, 'zh-CN': ok['zh-CN'] })[0]).toBe('key "a.n" has _zero in en, which en does not use');
    expect(findKeyParityProblems({ en: { 'a.n_one': 'one page', 'a.n_other': '{{count}} pages' }, 'zh-CN': ok['zh-CN'] })).toEqual([
      'key "a.n" has placeholders {} in en (_one) but {count} in en (_other)',
      'key "a.n" has placeholders {} in en (_one) but {count} in zh-CN (_other)',
    ]);
  });

  it('passes for the shipped string tables', () => {
    expect(findKeyParityProblems(UI_STRINGS)).toEqual([]);
    expect(Object.keys(UI_STRINGS.en).length).toBeGreaterThan(50);
  });
});

describe('content slug parity', () => {
  it('names the file that has no counterpart', () => {
    const problems = findSlugParityProblems(
      [
        { locale: 'en', slug: 'a', file: 'content/modules/en/a.mdx' },
        { locale: 'zh-CN', slug: 'a', file: 'content/modules/zh-cn/a.mdx' },
        { locale: 'en', slug: 'b', file: 'content/modules/en/b.mdx' },
      ],
      ['en', 'zh-CN'],
    );
    expect(problems).toEqual(['"b" exists as content/modules/en/b.mdx but not in zh-CN']);
  });
});

describe('module structure parity', () => {
  const section = (heading: string, keyPoints = 3, minutes = 10) => ({ heading, keyPoints, minutes, figures: 0, cases: 0, questions: 1 });
  it('accepts the same shape and reports differences with both files', () => {
    expect(findStructureProblems([{ file: 'en', sections: [section('A')] }, { file: 'zh', sections: [section('甲')] }])).toEqual([]);
    expect(findStructureProblems([{ file: 'en', sections: [section('A')] }, { file: 'zh', sections: [] }])).toEqual([
      'en has 1 sections but zh has 0',
    ]);
    expect(
      findStructureProblems([{ file: 'en', sections: [section('A', 3, 10)] }, { file: 'zh', sections: [section('甲', 4, 12)] }]),
    ).toEqual([
      'section 1 ("A" / "甲"): keyPoints is 3 in en but 4 in zh',
      'section 1 ("A" / "甲"): minutes is 10 in en but 12 in zh',
    ]);
  });
});
