/**
 * A type test, run by `astro check` (tsconfig includes tests/): if the UI keys stopped being typed,
 * the @ts-expect-error lines would be unused and the check would fail.
 */
import { browserStrings, useTranslations } from '../../src/i18n';
import { createLiteTranslator } from '../../src/i18n/translate-lite';

const t = useTranslations('en');
t('nav.modules');
t('search.count', { count: 1, query: 'visa' }); // a plural key, by its base
// @ts-expect-error an unknown key
t('no.such.key');
// @ts-expect-error a plural form is not called by name: i18next picks it from the count
t('search.count_one');

const lite = createLiteTranslator({}, 'en');
const status = 'full' as 'full' | 'readonly';
lite(`storage.${status}`); // a key built from a union of known parts
// @ts-expect-error a key built from any string
lite(`storage.${String(status)}x`);

browserStrings('en', ['search.ready']);
// @ts-expect-error the browser gets only known keys
browserStrings('en', ['search.nothing']);
