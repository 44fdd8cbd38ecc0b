import type { LocaleCode } from '../i18n/locales';
import type { Contact } from '../content-layer/schemas/contact';

/**
 * How the help card and the printed wallet card show the contacts of content/contacts.yaml.
 */

/** Non-breaking hyphens and spaces keep a number on one line ("+86‑10‑12308"), so it is never split when read. */
export function displayNumber(number: string): string {
  return number.replace(/-/g, '\u2011').replace(/ /g, '\u00a0');
}

/**
 * The name printed beside a number on the wallet card. The card is carried and used away from
 * the site, where the help card's notes are not: a number only partly verified carries the
 * `checkMark` ("(check)") on the card itself.
 */
export function walletLabel(contact: Contact, locale: LocaleCode, checkMark: string): string {
  const name = (contact.short ?? contact.name)[locale];
  return contact.certainty === 'partly' ? `${name} ${checkMark}` : name;
}

/** The date the card as a whole can claim: the oldest check of any of its numbers. */
export function oldestCheck(contacts: readonly { checked: Date }[]): Date {
  return new Date(Math.min(...contacts.map((c) => c.checked.getTime())));
}
