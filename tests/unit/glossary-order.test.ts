import { describe, expect, it } from 'vitest';
import { groupByIndexLetter, indexLetter } from '../../src/lib/glossary-order';

describe('glossary order', () => {
  it('files Chinese terms under their pinyin initial', () => {
    const cases: [string, string][] = [
      ['阿', 'A'], ['剥削', 'B'], ['采购方', 'C'], ['德尔菲法', 'D'], ['儿童', 'E'], ['领事保护', 'L'],
      ['马', 'M'], ['他', 'T'], ['强迫劳动', 'Q'], ['债务奴役', 'Z'], ['西', 'X'], ['压', 'Y'],
    ];
    for (const [term, letter] of cases) expect(indexLetter(term, 'zh-CN'), term).toBe(letter);
  });

  it('files English terms under their first letter, whatever the case', () => {
    expect(indexLetter('Delphi method', 'en')).toBe('D');
    expect(indexLetter('employers’ organisation', 'en')).toBe('E');
    expect(indexLetter('“quoted”', 'en')).toBe('#');
  });

  it('sorts in pinyin order for Chinese and alphabetically for English, one group per letter', () => {
    const zh = ['债务奴役', '强迫劳动罪', '剥削', '强迫劳动', '滥用脆弱境况', '采购方'];
    expect(groupByIndexLetter(zh, (t) => t, 'zh-CN')).toEqual([
      { letter: 'B', items: ['剥削'] },
      { letter: 'C', items: ['采购方'] },
      { letter: 'L', items: ['滥用脆弱境况'] },
      { letter: 'Q', items: ['强迫劳动', '强迫劳动罪'] },
      { letter: 'Z', items: ['债务奴役'] },
    ]);
    const en = ['referral', 'Delphi method', 'debt bondage', 'buyer'];
    expect(groupByIndexLetter(en, (t) => t, 'en').map((g) => [g.letter, g.items])).toEqual([
      ['B', ['buyer']],
      ['D', ['debt bondage', 'Delphi method']],
      ['R', ['referral']],
    ]);
  });
});
