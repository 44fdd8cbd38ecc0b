import type { LocaleCode } from '../i18n/locales';
import { localizedPath } from './urls';

/**
 * Fixed places the booklet pages link to, named once.
 */

/**
 * The neutral page the quick exit opens: on this site (no request to another origin, and it is
 * saved with the booklets for offline use), without the site's name, header or colours.
 */
export const NEUTRAL_PAGE = '/exit/';

/**
 * The job-offer self-check: its route, and the booklet and section its checklist is read from,
 * so the warning signs are written once, in the booklet.
 */
export const SELF_CHECK = {
  route: 'booklets/check-a-job-offer/',
  sourceBooklet: 'is-this-job-real',
} as const;

/**
 * How many ticked warning signs give which result. The self-check shows the result with CSS alone
 * (it must work without JavaScript), so src/styles/booklet.css repeats these two numbers in its
 * selectors; the unit test of this module checks that they agree.
 */
export const SELF_CHECK_BANDS = { some: 1, many: 3 } as const;

export type SelfCheckBand = 'none' | 'some' | 'many';

export function selfCheckBand(ticked: number): SelfCheckBand {
  if (ticked >= SELF_CHECK_BANDS.many) return 'many';
  if (ticked >= SELF_CHECK_BANDS.some) return 'some';
  return 'none';
}

/** The help card's absolute address, for the QR code and the printed wallet card. */
export function helpCardUrl(locale: LocaleCode, site: URL | undefined): string {
  return new URL(localizedPath(locale, 'help/'), site).href;
}
