import type { LocaleCode } from '../i18n/locales';
import { localizedPath } from './urls';

/**
 * Fixed places the booklet pages link to, named once.
 */

/**
 * The job-offer self-check: its route, and the booklet that explains its warning signs (both show
 * the signs of content/self-check.yaml, written once).
 */
export const SELF_CHECK = {
  route: 'booklets/check-a-job-offer/',
  sourceBooklet: 'is-this-job-real',
} as const;

/**
 * The self-check's result for the signs ticked. It never reassures and never sends the reader
 * back to the recruiter: one stop sign, or MANY_WARNINGS warning signs, means "do not go"; fewer
 * warnings mean "check it yourself first"; nothing ticked means "this list cannot prove a job is
 * safe". The page shows the result with CSS alone (it must work without JavaScript), so
 * src/styles/self-check.css spells the same rule out in selectors; tests/unit/self-check.test.ts
 * checks that the two agree, and the end-to-end test walks every result with JavaScript on and off.
 */
export const MANY_WARNINGS = 3;

export const SELF_CHECK_RESULTS = ['none', 'warnings', 'many', 'stop'] as const;
export type SelfCheckResult = (typeof SELF_CHECK_RESULTS)[number];

export function selfCheckResult(ticked: readonly { weight: 'stop' | 'warning' }[]): SelfCheckResult {
  if (ticked.some((s) => s.weight === 'stop')) return 'stop';
  if (ticked.length >= MANY_WARNINGS) return 'many';
  return ticked.length ? 'warnings' : 'none';
}

/**
 * `url` when it is a deployed address, or undefined when the site was built for this machine (no
 * SITE_URL: localhost, 127.0.0.1), with a warning once per build: a QR code or a printed address
 * that opens localhost sends a reader nowhere.
 */
let warned = false;
export function deployedUrl(url: string): string | undefined {
  const host = new URL(url).hostname;
  if (host !== 'localhost' && !/^127\./.test(host) && host !== '[::1]') return url;
  if (!warned) console.warn('[help] no SITE_URL: QR codes are left out of the help pages and wallet cards (set SITE_URL to the deployed address)');
  warned = true;
  return undefined;
}

/** The help card's absolute address, for the QR code and the printed wallet card. */
export function helpCardUrl(locale: LocaleCode, site: URL | undefined): string {
  return new URL(localizedPath(locale, 'help/'), site).href;
}
