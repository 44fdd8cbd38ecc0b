import { describe, expect, it } from 'vitest';
import { measurePlainLanguage, sentenceLength, splitSentences, PLAIN_LANGUAGE_LIMITS } from '../../src/lib/plain-language';

describe('splitting sentences', () => {
  it('splits Chinese at 。！？； and keeps closing quotes with their sentence', () => {
    expect(splitSentences('先停下来。不交钱！真的吗？他说：“不行。”好', 'zh-CN')).toEqual(['先停下来。', '不交钱！', '真的吗？', '他说：“不行。”', '好']);
  });
  it('splits English at . ! ? before a space, not inside addresses or numbers', () => {
    expect(splitSentences('Check cs.mfa.gov.cn first. It costs 1.5 yuan! Why? Ask.', 'en')).toEqual([
      'Check cs.mfa.gov.cn first.', 'It costs 1.5 yuan!', 'Why?', 'Ask.',
    ]);
  });
  it('does not end a sentence at a question mark inside a title', () => {
    expect(splitSentences('请看《高薪招聘，不要经验？》。然后再决定。', 'zh-CN')).toEqual(['请看《高薪招聘，不要经验？》。', '然后再决定。']);
  });
  it('drops fragments that hold no word', () => {
    expect(splitSentences('Stop. …', 'en')).toEqual(['Stop.']);
  });
});

describe('sentence length', () => {
  it('counts Han characters and each Latin or digit run once, not punctuation', () => {
    expect(sentenceLength('打12308，或者拨+86-10-12308。', 'zh-CN')).toBe(4 + 2); // a phone number is one unit
    expect(sentenceLength('看《C029公约》', 'zh-CN')).toBe(1 + 1 + 2);
  });
  it('counts English words, not lone punctuation', () => {
    expect(sentenceLength('Do not pay – ask first.', 'en')).toBe(5);
  });
});

describe('measuring a booklet', () => {
  const blocks = [
    { kind: 'heading' as const, text: 'A very long heading that is not counted at all in any way whatsoever here' },
    { kind: 'paragraph' as const, text: 'One two three. Four five.' },
    { kind: 'listItem' as const, text: 'Six seven eight nine' },
  ];
  it('averages over sentences, leaving headings out', () => {
    const report = measurePlainLanguage(blocks, 'en');
    expect(report.sentences).toBe(3);
    expect(report.average).toBe(3);
    expect(report.longest).toEqual({ text: 'Six seven eight nine', length: 4 });
    expect(report.ok).toBe(true);
  });
  it('fails above the limit', () => {
    const long = Array.from({ length: PLAIN_LANGUAGE_LIMITS.en + 1 }, (_, i) => `w${i}`).join(' ') + '.';
    expect(measurePlainLanguage([{ kind: 'paragraph', text: long }], 'en').ok).toBe(false);
    expect(measurePlainLanguage([{ kind: 'paragraph', text: '字'.repeat(31) + '。' }], 'zh-CN').ok).toBe(false);
    expect(measurePlainLanguage([{ kind: 'paragraph', text: '字'.repeat(30) + '。' }], 'zh-CN').ok).toBe(true);
  });
});
