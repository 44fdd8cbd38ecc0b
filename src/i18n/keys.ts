import type en from './ui/en.json';

/**
 * The UI string keys, typed from src/i18n/ui/en.json (the parity check makes every language have
 * the same keys), so that t('no.such.key') fails `astro check`. A key with plural forms is called
 * by its base: t('search.count', { count }) finds "search.count_one" or "search.count_other".
 */
type PluralForm = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
type WithoutPluralForm<K extends string> = K extends `${infer Base}_${PluralForm}` ? Base : K;

export type UiKey = WithoutPluralForm<keyof typeof en & string>;

/** t(): a UI string in one language, with {{name}} values and, given `count`, its plural form. */
export type TranslateKey = (key: UiKey, values?: Record<string, unknown>) => string;
