import type { Strings } from './translator';
import type { TranslateKey } from './keys';

/**
 * t() for code that runs in the browser (islands, page scripts). It does what our UI strings use
 * of i18next — flat keys, {{name}} interpolation, plurals by `count` (`key_one`, `key_other`, and
 * `key_zero` for 0, chosen by Intl.PluralRules as i18next chooses them), falling back to the key —
 * in a few lines instead of i18next's 15 KB gzip, which would push a quiz page past its 80 KB
 * budget. A unit test renders every UI string with both, plurals at several counts, and requires
 * the same output, so the two cannot drift.
 */
export type LiteTranslate = TranslateKey;

export function createLiteTranslator(strings: Strings, locale: string): LiteTranslate {
  const plural = new Intl.PluralRules(locale);
  return (key, values) => {
    const count = values?.count;
    let template = strings[key];
    if (count !== undefined && typeof count !== 'string') {
      template = strings[`${key}_${plural.select(Number(count))}`] ?? template;
      if (count === 0) template = strings[`${key}_zero`] ?? template;
    }
    if (template === undefined) return key;
    return template.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (whole, name: string) => (values && name in values ? String(values[name]) : whole));
  };
}

/**
 * The translator of a browser script: the strings its element carries in `data-strings` (written
 * by browserStrings on the server), in the element's language.
 */
export function translatorFrom(element: HTMLElement): LiteTranslate {
  const lang = element.closest('[lang]')?.getAttribute('lang') ?? 'en';
  return createLiteTranslator(JSON.parse(element.dataset.strings ?? '{}') as Strings, lang);
}
