import { writingSystem, type LocaleCode } from '../i18n/locales';
import { countHan, replaceHan } from './cjk';
import type { TextBlock } from '../content-layer/pipeline/mdx-text';

/**
 * Plain language, checked by numbers: the average sentence length of a booklet, in characters
 * (Chinese) or words (English), as the locale's writing system counts. The limits are the aims
 * in content/AUTHORING.md; the README says why these numbers.
 */
export const PLAIN_LANGUAGE_LIMITS: Record<LocaleCode, number> = {
  en: 18,
  'zh-CN': 30,
};

function splitAt(text: string, pattern: RegExp): string[] {
  const out: string[] = [];
  let last = 0;
  for (const m of text.matchAll(pattern)) {
    const end = m.index + m[0].length;
    out.push(text.slice(last, end));
    last = end;
  }
  out.push(text.slice(last));
  return out;
}

/**
 * The sentences of one block of text. A block (paragraph, list item) always ends a sentence.
 * Unicode's sentence rules (Intl.Segmenter) know that "cs.mfa.gov.cn" and "1.5" go on, and that
 * a question mark inside 《…？》 does not end the sentence; the writing system may add ends of its
 * own (the Chinese semicolon). Fragments without a letter or digit ("…") are dropped.
 */
export function splitSentences(text: string, locale: LocaleCode): string[] {
  const { extraSentenceEnd } = writingSystem(locale);
  const segments = [...new Intl.Segmenter(locale, { granularity: 'sentence' }).segment(text)].map((s) => s.segment);
  return segments
    .flatMap((s) => (extraSentenceEnd ? splitAt(s, extraSentenceEnd) : [s]))
    .map((s) => s.trim())
    .filter((s) => /[\p{L}\p{N}]/u.test(s));
}

const LATIN_RUN = /[\p{Script=Latin}\p{N}]+(?:[.,'’\-][\p{Script=Latin}\p{N}]+)*/gu;

/**
 * The length of a sentence: counted in characters (Chinese), Han characters plus one for each run
 * of Latin letters or digits ("12308", "C029" read as one unit), punctuation not counted; counted
 * in words (English), the words.
 */
export function sentenceLength(sentence: string, locale: LocaleCode): number {
  if (writingSystem(locale).lengthUnit === 'characters') {
    const runs = replaceHan(sentence, ' ').match(LATIN_RUN)?.length ?? 0;
    return countHan(sentence) + runs;
  }
  return sentence.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

export interface PlainLanguageReport {
  sentences: number;
  /** Average length, rounded to one decimal. */
  average: number;
  max: number;
  unit: 'characters' | 'words';
  ok: boolean;
  /** The longest sentence, to show an author where to start. */
  longest: { text: string; length: number } | undefined;
}

/**
 * Measures the running text of a booklet. Headings are left out: they are labels, not sentences,
 * and their shortness would flatter the average.
 */
export function measurePlainLanguage(blocks: readonly TextBlock[], locale: LocaleCode): PlainLanguageReport {
  const max = PLAIN_LANGUAGE_LIMITS[locale];
  const unit = writingSystem(locale).lengthUnit;
  const sentences = blocks.filter((b) => b.kind !== 'heading').flatMap((b) => splitSentences(b.text, locale));
  const lengths = sentences.map((s) => sentenceLength(s, locale));
  const total = lengths.reduce((a, b) => a + b, 0);
  const average = sentences.length ? Math.round((total / sentences.length) * 10) / 10 : 0;
  let longest: PlainLanguageReport['longest'];
  lengths.forEach((length, i) => {
    if (!longest || length > longest.length) longest = { text: sentences[i]!, length };
  });
  return { sentences: sentences.length, average, max, unit, ok: average <= max, longest };
}
