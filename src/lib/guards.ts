/**
 * Strict checks for the few small shapes the deck and presenter windows read from outside
 * themselves (a BroadcastChannel message, sessionStorage). Written by hand rather than with zod:
 * in the browser zod's core came to 15.5 KB gzip of the 19.8 KB the deck shipped, for three
 * shapes of a few fields. Strict as zod's strictObject was: a plain object with no unknown keys,
 * numbers finite, integers safe (tests/unit/guards.test.ts checks them against zod schemas).
 */
import { LOCALE_CODES, type LocaleCode } from '../i18n/locales';
import type { DeckView } from './deck-state';

export type Fields = Record<string, unknown>;

/**
 * `value` if it is a plain object (not null, not an array) that has every `required` key and no
 * key outside `required` and `optional`; otherwise undefined. The values are the caller's to check.
 */
export function strictFields(value: unknown, required: readonly string[], optional: readonly string[] = []): Fields | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const fields = value as Fields;
  if (Object.keys(fields).some((key) => !required.includes(key) && !optional.includes(key))) return undefined;
  return required.every((key) => key in fields) ? fields : undefined;
}

export const isNumberIn = (value: unknown, min: number, max: number): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max;

export const isIntegerIn = (value: unknown, min: number, max: number): value is number =>
  Number.isSafeInteger(value) && isNumberIn(value, min, max);

export const isMatch = (value: unknown, pattern: RegExp): value is string => typeof value === 'string' && pattern.test(value);

export const isLocaleCode = (value: unknown): value is LocaleCode => (LOCALE_CODES as readonly unknown[]).includes(value);

/** The audience's view (language, dual), as a new object, or undefined when `value` is not one. */
export function parseDeckView(value: unknown): DeckView | undefined {
  const view = strictFields(value, ['language', 'dual']);
  if (!view || !isLocaleCode(view.language) || typeof view.dual !== 'boolean') return undefined;
  return { language: view.language, dual: view.dual };
}
