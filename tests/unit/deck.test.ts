import { describe, expect, it } from 'vitest';
import { DECK_KEYMAP, helpRows, intentForKey, keyLabel } from '../../src/lib/deck-keymap';
import { deckReducer, formatElapsed, hashForSlide, initialDeckState, sharedStateChanged, slideFromHash, type DeckShape } from '../../src/lib/deck-state';

describe('deck keymap', () => {
  it('maps arrows, space and clicker keys to next and previous', () => {
    for (const key of ['ArrowRight', 'ArrowDown', ' ', 'PageDown']) expect(intentForKey({ key })).toEqual({ kind: 'command', command: 'next' });
    for (const key of ['ArrowLeft', 'ArrowUp', 'PageUp']) expect(intentForKey({ key })).toEqual({ kind: 'command', command: 'prev' });
    expect(intentForKey({ key: ' ', shiftKey: true })).toEqual({ kind: 'command', command: 'prev' });
  });
  it('matches letters in either case and maps every documented letter', () => {
    const expected = { o: 'overview', f: 'fullscreen', b: 'black', s: 'presenter', l: 'language', d: 'dual' } as const;
    for (const [key, command] of Object.entries(expected)) {
      expect(intentForKey({ key })).toEqual({ kind: 'command', command });
      expect(intentForKey({ key: key.toUpperCase(), shiftKey: true })).toEqual({ kind: 'command', command });
    }
    expect(intentForKey({ key: '?', shiftKey: true })).toEqual({ kind: 'command', command: 'help' });
    expect(intentForKey({ key: 'Home' })).toEqual({ kind: 'command', command: 'first' });
    expect(intentForKey({ key: 'End' })).toEqual({ kind: 'command', command: 'last' });
  });
  it('turns digits and Enter into a jump, and leaves browser shortcuts alone', () => {
    expect(intentForKey({ key: '7' })).toEqual({ kind: 'digit', digit: '7' });
    expect(intentForKey({ key: 'Enter' })).toEqual({ kind: 'commit' });
    expect(intentForKey({ key: 'p', ctrlKey: true })).toBeUndefined();
    expect(intentForKey({ key: 'ArrowLeft', altKey: true })).toBeUndefined();
    expect(intentForKey({ key: 'f', metaKey: true })).toBeUndefined();
    expect(intentForKey({ key: 'x' })).toBeUndefined();
  });
  it('binds each key to one command only', () => {
    const keys = DECK_KEYMAP.flatMap((b) => b.keys);
    expect(new Set(keys).size).toBe(keys.length);
  });
  it('writes keys readably for the help list', () => {
    expect(keyLabel('ArrowRight')).toBe('→');
    expect(keyLabel(' ')).toBe('Space');
    expect(keyLabel('o')).toBe('O');
    expect(helpRows().find((r) => r.command === 'next')?.keys).toContain('PgDn');
  });
});

describe('deck state', () => {
  // Slides: title, two sections, a question, sources.
  const shape: DeckShape = { count: 5, revealable: [false, false, false, true, false], languages: ['en', 'zh-CN'] };
  const run = (...actions: Parameters<typeof deckReducer>[1][]) => actions.reduce((s, a) => deckReducer(s, a, shape), initialDeckState());

  it('moves forward and back within the deck', () => {
    expect(run({ type: 'next' }, { type: 'next' }).index).toBe(2);
    expect(run({ type: 'prev' }).index).toBe(0);
    expect(run({ type: 'last' }, { type: 'next' }).index).toBe(4);
    expect(run({ type: 'last' }, { type: 'first' }).index).toBe(0);
  });
  it('reveals a question’s answer before leaving it, and hides it again on the way back', () => {
    const atQuestion = run({ type: 'goto', index: 3 });
    const revealed = deckReducer(atQuestion, { type: 'next' }, shape);
    expect(revealed).toMatchObject({ index: 3, revealed: true });
    expect(deckReducer(revealed, { type: 'next' }, shape)).toMatchObject({ index: 4, revealed: false });
    expect(deckReducer(revealed, { type: 'prev' }, shape)).toMatchObject({ index: 3, revealed: false });
  });
  it('jumps to a typed slide number on Enter, clamped to the deck', () => {
    expect(run({ type: 'digit', digit: '4' }, { type: 'commit' })).toMatchObject({ index: 3, digits: '' });
    expect(run({ type: 'digit', digit: '9' }, { type: 'digit', digit: '9' }, { type: 'commit' }).index).toBe(4);
    expect(run({ type: 'digit', digit: '0' }, { type: 'commit' }).index).toBe(0);
    expect(run({ type: 'digit', digit: '3' }, { type: 'next' }).digits).toBe('');
  });
  it('toggles overview, black screen and help; Escape closes them; moving ends a black screen', () => {
    expect(run({ type: 'overview' }).overview).toBe(true);
    expect(run({ type: 'overview' }, { type: 'commit' }).overview).toBe(false);
    expect(run({ type: 'black' }).black).toBe(true);
    expect(run({ type: 'black' }, { type: 'next' }).black).toBe(false);
    expect(run({ type: 'help' }, { type: 'close' }).help).toBe(false);
    expect(run({ type: 'overview' }, { type: 'goto', index: 2 })).toMatchObject({ overview: false, index: 2 });
  });
  it('turns both languages on and off, and switches the audience’s language in place', () => {
    expect(run().dual).toBe(false);
    expect(run({ type: 'dual' }).dual).toBe(true);
    expect(run({ type: 'dual' }, { type: 'dual' }).dual).toBe(false);
    expect(run({ type: 'dual', on: true }, { type: 'dual', on: true }).dual).toBe(true);
    expect(run({ type: 'language' }).language).toBe('zh-CN');
    expect(run({ type: 'language' }, { type: 'language' }).language).toBe('en');
    expect(run({ type: 'language', language: 'zh-CN' }, { type: 'language', language: 'zh-CN' }).language).toBe('zh-CN');
    // Switching the language keeps the place, the answer, the dual view.
    const live = run({ type: 'goto', index: 3 }, { type: 'next' }, { type: 'dual' }, { type: 'language' });
    expect(live).toMatchObject({ index: 3, revealed: true, dual: true, language: 'zh-CN' });
    // A language the slides do not carry changes nothing.
    expect(run({ type: 'language', language: 'fr' as never }).language).toBe('en');
  });
  it('takes the view from the other window only when it sends one', () => {
    const dualZh = run({ type: 'dual' }, { type: 'language' });
    expect(deckReducer(dualZh, { type: 'sync', index: 1, revealed: false, black: false }, shape)).toMatchObject({ index: 1, dual: true, language: 'zh-CN' });
    expect(deckReducer(dualZh, { type: 'sync', index: 1, revealed: false, black: false, view: { language: 'en', dual: false } }, shape)).toMatchObject({ dual: false, language: 'en' });
  });
  it('applies state from the other window, clamped and only revealing what can be revealed', () => {
    expect(run({ type: 'sync', index: 3, revealed: true, black: false })).toMatchObject({ index: 3, revealed: true });
    expect(run({ type: 'sync', index: 1, revealed: true, black: true })).toMatchObject({ index: 1, revealed: false, black: true });
    expect(run({ type: 'sync', index: 50, revealed: false, black: false }).index).toBe(4);
  });
  it('reads and writes the slide number in the URL hash, counted from 1', () => {
    expect(slideFromHash('#/3', 5)).toBe(2);
    expect(slideFromHash('#/99', 5)).toBe(4);
    expect(slideFromHash('#/0', 5)).toBe(0);
    expect(slideFromHash('', 5)).toBeUndefined();
    expect(slideFromHash('#source-c029', 5)).toBeUndefined();
    expect(hashForSlide(2)).toBe('#/3');
  });
  it('formats elapsed time', () => {
    expect(formatElapsed(0)).toBe('0:00');
    expect(formatElapsed(65_000)).toBe('1:05');
    expect(formatElapsed(3_725_000)).toBe('1:02:05');
  });
});

describe('deck state: what the other window is told, and the modes', () => {
  const shape: DeckShape = { count: 5, revealable: [false, false, true, false, false], languages: ['en', 'zh-CN'] };
  const start = initialDeckState(0, { language: 'en', dual: false });
  const run = (...actions: Parameters<typeof deckReducer>[1][]) => actions.reduce((s, a) => deckReducer(s, a, shape), start);

  it('tells the other window of a change of place, answer, black screen, language or dual view, and of nothing else', () => {
    const base = run({ type: 'goto', index: 2 });
    expect(sharedStateChanged(base, base)).toBe(false);
    for (const change of [{ index: 3 }, { revealed: true }, { black: true }, { language: 'zh-CN' as const }, { dual: true }])
      expect(sharedStateChanged(base, { ...base, ...change }), JSON.stringify(change)).toBe(true);
    for (const local of [{ overview: true }, { help: true }, { digits: '12' }])
      expect(sharedStateChanged(base, { ...base, ...local }), JSON.stringify(local)).toBe(false);
  });
  it('jumps by typed digits (the last three count), and Enter with none only leaves the overview', () => {
    expect(run({ type: 'digit', digit: '4' }, { type: 'commit' }).index).toBe(3);
    expect(run({ type: 'digit', digit: '9' }, { type: 'digit', digit: '0' }, { type: 'digit', digit: '0' }, { type: 'digit', digit: '2' }).digits).toBe('002');
    expect(run({ type: 'digit', digit: '9' }, { type: 'digit', digit: '9' }, { type: 'commit' }).index).toBe(4); // clamped to the last slide
    expect(run({ type: 'overview' }, { type: 'commit' })).toEqual(start);
    expect(run({ type: 'commit' })).toEqual(start);
    expect(run({ type: 'overview' }, { type: 'digit', digit: '2' }, { type: 'commit' })).toMatchObject({ index: 1, overview: false, digits: '' });
  });
  it('keeps overview, help and black screen apart, and Escape closes them all', () => {
    expect(run({ type: 'help' }, { type: 'overview' })).toMatchObject({ overview: true, help: false });
    expect(run({ type: 'overview' }, { type: 'help' })).toMatchObject({ overview: false, help: true });
    expect(run({ type: 'black' }).black).toBe(true);
    expect(run({ type: 'black' }, { type: 'black' }).black).toBe(false);
    expect(run({ type: 'black' }, { type: 'next' }).black).toBe(false);
    expect(run({ type: 'overview' }, { type: 'black' }, { type: 'close' })).toMatchObject({ overview: false, help: false, black: false });
    expect(run({ type: 'digit', digit: '3' }, { type: 'black' }).digits).toBe('');
  });
  it('in the overview, next and previous move between slides without revealing answers', () => {
    expect(run({ type: 'goto', index: 2 }, { type: 'overview' }, { type: 'next' })).toMatchObject({ index: 3, revealed: false });
    expect(run({ type: 'goto', index: 2 }, { type: 'next' }, { type: 'overview' }, { type: 'prev' })).toMatchObject({ index: 1, revealed: false });
    expect(run({ type: 'goto', index: 2 }, { type: 'next' }, { type: 'prev' })).toMatchObject({ index: 2, revealed: false });
  });
  it('switches between the two languages the slides carry, and refuses any other', () => {
    expect(run({ type: 'language' }).language).toBe('zh-CN');
    expect(run({ type: 'language' }, { type: 'language' }).language).toBe('en');
    expect(run({ type: 'language', language: 'en' }).language).toBe('en');
    expect(run({ type: 'language', language: 'fr' as never }).language).toBe('en');
    expect(run({ type: 'dual' }, { type: 'dual' }).dual).toBe(false);
    expect(run({ type: 'dual', on: true }, { type: 'dual', on: true }).dual).toBe(true);
  });
  it('takes the other window’s state within the deck: a slide in range, an answer only where there is one', () => {
    expect(run({ type: 'sync', index: 99, revealed: true, black: false })).toMatchObject({ index: 4, revealed: false });
    expect(run({ type: 'sync', index: 2, revealed: true, black: true })).toMatchObject({ index: 2, revealed: true, black: true });
    expect(run({ type: 'sync', index: -3, revealed: false, black: false }).index).toBe(0);
    expect(run({ type: 'sync', index: 1, revealed: false, black: false, view: { language: 'zh-CN', dual: true } })).toMatchObject({ language: 'zh-CN', dual: true });
    expect(run({ type: 'language', language: 'zh-CN' }, { type: 'sync', index: 1, revealed: false, black: false })).toMatchObject({ language: 'zh-CN' });
  });
});
