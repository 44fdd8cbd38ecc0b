import type { LocaleCode } from '../i18n/locales';
import type { TextBlock } from '../content-layer/pipeline/mdx-text';

/**
 * Plain language, checked by numbers: the average sentence length of a booklet, in Chinese
 * characters (Chinese) or words (English). The limits are the aims in content/AUTHORING.md; the
 * README says why these numbers.
 */
export const PLAIN_LANGUAGE_LIMITS: Record<LocaleCode, { max: number; unit: 'characters' | 'words' }> = {
  en: { max: 18, unit: 'words' },
  'zh-CN': { max: 30, unit: 'characters' },
};

// A sentence ends at a full stop, question or exclamation mark (either width), or a Chinese
// semicolon, optionally followed by closing quotes or brackets. An English full stop only ends a
// sentence before a space or the end, so "cs.mfa.gov.cn" and "1.5" stay whole.
const ZH_END = /[。！？；!?]+[”’」』）)]*/g;
const EN_END = /[.!?]+["'”’)\]]*(?=\s|$)/g;

function splitAt(text: string, pattern: RegExp): string[] {
  const out: string[] = [];
  let last = 0;
  for (const m of text.matchAll(pattern)) {
    const end = m.index + m[0].length;
    out.push(text.slice(last, end));
    last = end;
  }
  out.push(text.slice(last));
  return out.map((s) => s.trim()).filter((s) => /[\p{L}\p{N}]/u.test(s));
}

/** The sentences of one block of text. A block (paragraph, list item) always ends a sentence. */
export function splitSentences(text: string, locale: LocaleCode): string[] {
  return splitAt(text, locale === 'zh-CN' ? ZH_END : EN_END);
}

const HAN = /\p{Script=Han}/gu;
const LATIN_RUN = /[\p{Script=Latin}\p{N}]+(?:[.,'’\-][\p{Script=Latin}\p{N}]+)*/gu;

/**
 * The length of a sentence: in Chinese, Han characters plus one for each run of Latin letters or
 * digits ("12308", "C029" read as one unit), punctuation not counted; in English, words.
 */
export function sentenceLength(sentence: string, locale: LocaleCode): number {
  if (locale === 'zh-CN') {
    const han = sentence.match(HAN)?.length ?? 0;
    const runs = sentence.replace(HAN, ' ').match(LATIN_RUN)?.length ?? 0;
    return han + runs;
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
  const { max, unit } = PLAIN_LANGUAGE_LIMITS[locale];
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
