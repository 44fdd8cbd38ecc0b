import { describe, expect, it } from 'vitest';
import { findKeyParityProblems, findSlugParityProblems, findStructureProblems } from '../../src/lib/parity';

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

  it('compares placeholders as sets: order does not matter, a dotted name counts whole', () => {
    expect(findKeyParityProblems({ en: { 'a.b': '{{n}} of {{total}}' }, 'zh-CN': { 'a.b': '共{{ total }}项中的{{n}}项' } })).toEqual([]);
    expect(findKeyParityProblems({ en: { 'a.b': '{{count.min}}' }, 'zh-CN': { 'a.b': '{{count.max}}' } })).toEqual([
      'key "a.b" has placeholders {count.min} in en but {count.max} in zh-CN',
    ]);
    expect(findKeyParityProblems({ en: { 'a.b': '{{a}}{{b}}' }, 'zh-CN': { 'a.b': '{{ab}}' } })).toHaveLength(1);
  });

  it('reports keys in alphabetical order, whichever language lacks them', () => {
    expect(findKeyParityProblems({ en: { 'b.x': '1', 'a.x': '2' }, 'zh-CN': { 'c.x': '3' } })).toEqual([
      'key "a.x" is missing in zh-CN',
      'key "b.x" is missing in zh-CN',
      'key "c.x" is missing in en',
    ]);
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

describe('with a third language', () => {
  it('lists every language a key or slug is missing in, and every file it exists as', () => {
    expect(findKeyParityProblems({ en: { 'a.b': 'x' }, de: {}, fr: {} })).toEqual(['key "a.b" is missing in de, fr']);
    const files = [
      { locale: 'en', slug: 'b', file: 'en/b.mdx' },
      { locale: 'de', slug: 'b', file: 'de/b.mdx' },
      { locale: 'en', slug: 'a', file: 'en/a.mdx' },
    ];
    expect(findSlugParityProblems(files, ['en', 'de', 'fr'])).toEqual([
      '"a" exists as en/a.mdx but not in de, fr',
      '"b" exists as en/b.mdx, de/b.mdx but not in fr',
    ]);
  });
});

describe('module structure parity', () => {
  it('has nothing to compare without a module', () => {
    expect(findStructureProblems([])).toEqual([]);
  });

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
