/**
 * Chinese (CJK) text, once for the whole code base: which characters are "wide", joining the lines
 * an author broke inside Chinese text, and how wide a text is when no browser lays it out (SVG
 * figures, fitting a question on a slide). Which locale writes which way is the `script` field of
 * the locales table (src/i18n/locales.ts); this module works on characters, so it also handles a
 * Chinese term inside English text.
 *
 * Two classes, on purpose:
 * - `HAN` (Unicode's Han script) is the *letters* of Chinese writing, not its punctuation: what a
 *   sentence's length counts, what makes a glossary term Chinese, what has a pinyin initial;
 * - the *wide* characters (`CJK_IDEOGRAPHIC` + `CJK_FULLWIDTH`) are everything set one em wide
 *   with no space between: Han, CJK punctuation (。、「」), kana, and full-width forms (，：（）).
 */

/** CJK radicals, symbols and punctuation, kana, ideographs (U+2E80–U+9FFF) and compatibility ideographs (U+F900–U+FAFF): a regexp class body. */
export const CJK_IDEOGRAPHIC = '\\u2e80-\\u9fff\\uf900-\\ufaff';
/** Half-width and full-width forms (U+FF00–U+FFEF): ，：；？！（）, full-width letters and digits. */
export const CJK_FULLWIDTH = '\\uff00-\\uffef';
/** Every wide character, as a regexp class body (`[${CJK}]`). */
export const CJK = CJK_IDEOGRAPHIC + CJK_FULLWIDTH;

const WIDE = new RegExp(`[${CJK}]`);
const HAN = /\p{Script=Han}/u;
const HAN_ALL = /\p{Script=Han}/gu;

/** Whether a character is set one em wide (CJK). */
export function isWide(ch: string): boolean {
  return WIDE.test(ch);
}

/** Whether a text holds a Han character (a Chinese term, a Chinese index entry). */
export function hasHan(text: string): boolean {
  return HAN.test(text);
}

/** The number of Han characters in a text (punctuation not counted). */
export function countHan(text: string): number {
  return text.match(HAN_ALL)?.length ?? 0;
}

/** The text with every Han character replaced (to find what else a Chinese sentence holds). */
export function replaceHan(text: string, replacement: string): string {
  return text.replace(HAN_ALL, replacement);
}

// Spaces or tabs, one line break (LF or CRLF), spaces or tabs, between two wide characters.
const BREAK_BETWEEN_CJK = new RegExp(`([${CJK}])[ \\t]*\\r?\\n[ \\t]*(?=[${CJK}])`, 'g');

/**
 * Removes a line break between two wide characters. Authors write one Chinese sentence per line;
 * Markdown turns each break into a space, which Chinese text must not have ("长见识。 走之前").
 */
export function joinCjkLines(text: string): string {
  return text.replace(BREAK_BETWEEN_CJK, '$1');
}

/**
 * The width of a character in em, estimated for a sans-serif system font: a wide character is one
 * em, Latin letters about half an em. The estimate errs wide, so laid-out text never overflows.
 */
export function charWidth(ch: string): number {
  if (isWide(ch)) return 1;
  if (ch === ' ') return 0.3;
  if (/[A-Z0-9]/.test(ch)) return 0.68;
  if (/[mwMW]/.test(ch)) return 0.85;
  return 0.56;
}

/**
 * The width of a text: the sum of its characters' widths, times `fontSize`. By default in em from
 * `charWidth` (multiply by a font size in px to get px); a caller with its own unit passes its own
 * per-character width (the slide budget of src/lib/seminar-plan.ts counts characters).
 */
export function textWidth(text: string, fontSize = 1, widthOf: (ch: string) => number = charWidth): number {
  let width = 0;
  for (const ch of text) width += widthOf(ch);
  return width * fontSize;
}
