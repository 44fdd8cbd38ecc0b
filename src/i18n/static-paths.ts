import { LOCALES, localeByCode, type LocaleCode } from './locales';

/** getStaticPaths for pages under /[lang]/: one page per locale, with its code as a prop. */
export function localeStaticPaths() {
  return LOCALES.map((l) => ({ params: { lang: l.path }, props: { locale: l.code as LocaleCode } }));
}

/**
 * getStaticPaths for pages under /[lang]/…/[slug]/: one page per item (a module or booklet in one
 * language), the item passed as the prop `key` ("module", "booklet").
 */
export function localizedItemPaths<T extends { locale: LocaleCode; slug: string }, K extends string>(items: readonly T[], key: K) {
  return items.map((item) => ({ params: { lang: localeByCode(item.locale).path, slug: item.slug }, props: { [key]: item } as Record<K, T> }));
}
