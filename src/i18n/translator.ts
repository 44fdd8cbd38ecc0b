import i18next from 'i18next';
import type { LocaleCode } from './locales';
import type { TranslateKey } from './keys';

export type Strings = Record<string, string>;
export type Translate = TranslateKey;

/**
 * A t() for one locale over a flat table of strings. Used on the server (Astro components) with
 * the whole table and in islands with the few strings the island was handed, so both speak
 * through i18next the same way. Keys are flat ("nav.modules"), hence keySeparator: false.
 */
export function createTranslator(locale: LocaleCode, strings: Strings): Translate {
  const instance = i18next.createInstance();
  void instance.init({
    lng: locale,
    resources: { [locale]: { translation: strings } },
    keySeparator: false,
    nsSeparator: false,
    interpolation: { escapeValue: false }, // React and Astro escape on output
    initAsync: false,
  });
  return (key, values) => instance.t(key, values);
}

/** The strings whose keys start with one of `prefixes`, to hand to an island as a prop. */
export function pickStrings(strings: Strings, prefixes: readonly string[]): Strings {
  return Object.fromEntries(Object.entries(strings).filter(([key]) => prefixes.some((p) => key.startsWith(p))));
}
