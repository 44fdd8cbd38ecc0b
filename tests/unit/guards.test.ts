import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as z from 'zod/mini';
import { LOCALE_CODES } from '../../src/i18n/locales';
import { parseDeckView, strictFields } from '../../src/lib/guards';
import { parsePresenterMessage } from '../../src/lib/presenter-channel';
import { loadTimer, type SessionBackend } from '../../src/lib/seminar-session';

/**
 * The deck's hand-written guards (src/lib/guards.ts) accept exactly what the zod schemas they
 * replaced accepted: these schemas are the ones the deck shipped until the guards took over, kept
 * here as the specification. Values are generated around the valid shapes (a field changed, added
 * or removed, a wrong type, out of range) so that most of them sit near an edge.
 */
const Sender = z.string().check(z.regex(/^[a-z0-9]{8,32}$/));
const DeckId = z.string().check(z.regex(/^[a-z0-9-]{1,80}$/));
const View = z.strictObject({ language: z.enum(LOCALE_CODES), dual: z.boolean() });
const Message = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('state'),
    sender: Sender,
    deck: DeckId,
    index: z.int().check(z.minimum(0), z.maximum(9999)),
    revealed: z.boolean(),
    black: z.boolean(),
    view: z.optional(View),
  }),
  z.strictObject({ type: z.literal('hello'), sender: Sender, deck: DeckId }),
]);
const Time = z.number().check(z.minimum(0), z.maximum(8.64e15));
const Timer = z.strictObject({ started: Time, slideSince: Time, pausedAt: z.optional(Time), slide: z.int().check(z.minimum(0)) });

const anyValue = fc.oneof(
  fc.constantFrom(undefined, null, true, false, 0, -1, 1.5, 9999, 10000, NaN, Infinity, -0, Number.MAX_SAFE_INTEGER + 2, '', 'en', 'zh-CN', 'fr', 'abcdefgh12', 'ilo-standards', '../x', 'state', 'hello', [], {}),
  fc.anything(),
);
/** A record made from `valid` with some fields replaced, some dropped and perhaps one added. */
const near = (valid: fc.Arbitrary<Record<string, unknown>>) =>
  fc.tuple(valid, fc.array(fc.tuple(fc.nat(9), anyValue), { maxLength: 2 }), fc.array(fc.nat(9), { maxLength: 1 }), fc.option(fc.tuple(fc.constantFrom('extra', 'view', 'pausedAt', 'type', '__proto__'), anyValue))).map(
    ([record, changes, drops, added]) => {
      const out: Record<string, unknown> = { ...record };
      const keys = Object.keys(record);
      for (const [i, v] of changes) if (keys.length) out[keys[i % keys.length]!] = v;
      for (const i of drops) if (keys.length) delete out[keys[i % keys.length]!];
      if (added) Object.defineProperty(out, added[0], { value: added[1], enumerable: true, writable: true, configurable: true });
      return out;
    },
  );

/** Mostly a valid value, sometimes an edge case just outside, sometimes anything of its kind. */
const mostly = <T,>(valid: fc.Arbitrary<T>, edges: unknown[], other: fc.Arbitrary<unknown>) =>
  fc.oneof({ arbitrary: valid, weight: 12 }, { arbitrary: fc.constantFrom(...edges), weight: 2 }, { arbitrary: other, weight: 1 });

const view = fc.record({
  language: mostly(fc.constantFrom(...LOCALE_CODES), ['fr', 'EN', 'zh-cn', ''], fc.string()),
  dual: mostly(fc.boolean(), ['yes', 0, 1, null], anyValue),
});
const sender = mostly(fc.stringMatching(/^[a-z0-9]{8,32}$/), ['', 'abcdefg', 'a'.repeat(33), 'ABCDEFGH12', 'abcdefgh12\n'], fc.string());
const deck = mostly(fc.stringMatching(/^[a-z0-9-]{1,80}$/), ['', '../x', 'a'.repeat(81), 'Ilo', 'ilo standards'], fc.string());
const type = (valid: string) => mostly(fc.constant(valid), ['goto', 'State', '', valid === 'state' ? 'hello' : 'state'], fc.string());
const state = fc.record(
  {
    type: type('state'),
    sender,
    deck,
    index: mostly(fc.integer({ min: 0, max: 9999 }), [-1, -0, 9999, 10000, 1.5, NaN, Infinity, '3'], fc.double()),
    revealed: mostly(fc.boolean(), ['true', 0], anyValue),
    black: mostly(fc.boolean(), ['false', 1], anyValue),
    view: fc.oneof({ arbitrary: view, weight: 3 }, { arbitrary: near(view), weight: 1 }, { arbitrary: fc.constant(undefined), weight: 1 }),
  },
  { requiredKeys: ['type', 'sender', 'deck', 'index', 'revealed', 'black'] },
);
const hello = fc.record({ type: type('hello'), sender, deck });
const message = fc.oneof(state, hello);
const time = mostly(fc.integer({ min: 0, max: 2e12 }), [0, -1, 8.64e15, 8.64e15 + 2, 1.5, NaN], fc.double());
const timer = fc.record(
  {
    started: time,
    slideSince: time,
    pausedAt: fc.oneof(time, fc.constant(undefined)),
    slide: mostly(fc.nat(40), [-1, 2.5, Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER + 2, '1'], anyValue),
  },
  { requiredKeys: ['started', 'slideSince', 'slide'] },
);

/** Runs `check` over `values` and asserts that both outcomes occurred, so that the comparison means something. */
function compareOver(values: fc.Arbitrary<unknown>, check: (value: unknown) => boolean, numRuns = 3000): void {
  let accepted = 0;
  let rejected = 0;
  fc.assert(
    fc.property(values, (value) => {
      if (check(value)) accepted++;
      else rejected++;
    }),
    { numRuns },
  );
  expect(accepted).toBeGreaterThan(numRuns / 10);
  expect(rejected).toBeGreaterThan(numRuns / 10);
}

describe('the deck’s guards match the zod schemas they replaced', () => {
  it('presenter channel messages', () => {
    compareOver(fc.oneof({ arbitrary: message, weight: 4 }, { arbitrary: near(message), weight: 2 }, { arbitrary: anyValue, weight: 1 }), (data) => {
      const expected = Message.safeParse(data);
      const got = parsePresenterMessage(data);
      expect(got !== undefined, JSON.stringify(data)).toBe(expected.success);
      if (expected.success) expect(got).toEqual(expected.data);
      return expected.success;
    });
  });
  it('the audience view', () => {
    compareOver(fc.oneof({ arbitrary: view, weight: 4 }, { arbitrary: near(view), weight: 2 }, { arbitrary: anyValue, weight: 1 }), (data) => {
      const expected = View.safeParse(data);
      expect(parseDeckView(data) !== undefined, JSON.stringify(data)).toBe(expected.success);
      if (expected.success) expect(parseDeckView(data)).toEqual(expected.data);
      return expected.success;
    });
  });
  it('the presenter timer, as read back from storage', () => {
    compareOver(fc.oneof({ arbitrary: timer, weight: 4 }, { arbitrary: near(timer), weight: 2 }, { arbitrary: anyValue, weight: 1 }), (data) => {
      const text = JSON.stringify(data);
      if (text === undefined) return false;
      const backend: SessionBackend = { getItem: () => text, setItem: () => undefined };
      const expected = Timer.safeParse(JSON.parse(text));
      const got = loadTimer('x', backend);
      expect(got !== undefined, text).toBe(expected.success);
      if (expected.success) expect(got).toEqual(expected.data);
      return expected.success;
    });
  });
  it('a strict record refuses arrays, null and unknown keys', () => {
    expect(strictFields([], [])).toBeUndefined();
    expect(strictFields(null, [])).toBeUndefined();
    expect(strictFields({ a: 1, b: 2 }, ['a'])).toBeUndefined();
    expect(strictFields({ a: 1, b: 2 }, ['a'], ['b'])).toEqual({ a: 1, b: 2 });
    expect(strictFields({ b: 2 }, ['a'], ['b'])).toBeUndefined();
  });
});
