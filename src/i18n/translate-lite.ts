import type { Strings } from './translator';
import type { TranslateKey } from './keys';

/**
 * t() for code that runs in the browser (islands, page scripts). It does what our UI strings use
 * of i18next — flat keys, {{name}} interpolation, plurals by a numeric `count` (`key_one`,
 * `key_other`, chosen by Intl.PluralRules as i18next chooses them; the parity check refuses the
 * `_zero` forms this does not read), falling back to the key — in a few lines instead of
 * i18next's 15 KB gzip, which would push a quiz page past its 80 KB budget and a booklet past its
 * 14 KB. A unit test renders every UI string with both, plurals at several counts, and requires
 * the same output, so the two cannot drift.
 */
export type LiteTranslate = TranslateKey;

export function createLiteTranslator(strings: Strings, locale: string): LiteTranslate {
  const plural = new Intl.PluralRules(locale);
  return (key, values = {}) => {
    const { count } = values;
    const template = (typeof count === 'number' ? strings[`${key}_${plural.select(count)}`] : undefined) ?? strings[key];
    return template === undefined ? key : template.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
  };
}

/**
 * The translator of a browser script: the strings its element carries in `data-strings` (written
 * by browserStrings on the server, in the page's language).
 */
export function translatorFrom(element: HTMLElement): LiteTranslate {
  return createLiteTranslator(JSON.parse(element.dataset.strings!) as Strings, document.documentElement.lang);
}
