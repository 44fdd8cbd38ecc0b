import { localeByCode, localeCollator, type LocaleCode } from '../i18n/locales';
import { hasHan } from './cjk';

/*
 * The order of the glossary page in each language is the locale's collation (localeCollator):
 * alphabetical for English, pinyin for Chinese (a Chinese reader looks 强迫劳动 up under Q, as in a
 * dictionary), with index letters as group headings.
 */

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
/**
 * CLDR's pinyin collation places an index boundary, U+FDD0 followed by the letter, just before the
 * first character read with that initial (the same marks ICU's alphabetic index uses). Comparing a
 * character with them gives its pinyin initial without a pinyin dictionary. No syllable starts
 * with I, U or V, so they have no boundary.
 */
const PINYIN_BOUNDARIES = [...'ABCDEFGHJKLMNOPQRSTWXYZ'].map((letter) => ({ letter, mark: `\uFDD0${letter}` }));

/** The index letter a term is filed under: its first Latin letter, or its first character's pinyin initial; "#" otherwise. */
export function indexLetter(term: string, locale: LocaleCode, collator = localeCollator(locale)): string {
  const first = [...term.trim()][0] ?? '';
  const latin = first.normalize('NFD').charAt(0).toUpperCase();
  if (LETTERS.includes(latin) && latin !== '') return latin;
  if (localeByCode(locale).collation === 'pinyin' && hasHan(first)) {
    let letter = '#';
    for (const b of PINYIN_BOUNDARIES) if (collator.compare(b.mark, first) <= 0) letter = b.letter;
    return letter;
  }
  return '#';
}

export interface LetterGroup<T> {
  letter: string;
  items: T[];
}

/** Items sorted by their term in the page's language, grouped by index letter (in that order). */
export function groupByIndexLetter<T>(items: readonly T[], termOf: (item: T) => string, locale: LocaleCode): LetterGroup<T>[] {
  const collator = localeCollator(locale);
  const sorted = [...items].sort((a, b) => collator.compare(termOf(a), termOf(b)));
  // A Map, so a letter is one group even if the collation interleaves (Latin inside Chinese, say).
  const groups = new Map<string, T[]>();
  for (const item of sorted) {
    const letter = indexLetter(termOf(item), locale, collator);
    groups.set(letter, [...(groups.get(letter) ?? []), item]);
  }
  return [...groups].map(([letter, items]) => ({ letter, items }));
}
