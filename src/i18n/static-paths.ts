import { LOCALES, type LocaleCode } from './locales';

/** getStaticPaths for pages under /[lang]/: one page per locale, with its code as a prop. */
export function localeStaticPaths() {
  return LOCALES.map((l) => ({ params: { lang: l.path }, props: { locale: l.code as LocaleCode } }));
}
