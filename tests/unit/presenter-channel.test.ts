import { afterEach, describe, expect, it, vi } from 'vitest';
import { channelName, newSenderId, openPresenterLink, parsePresenterMessage, type ChannelLike, type PresenterLink } from '../../src/lib/presenter-channel';

describe('presenter channel messages', () => {
  const state = { type: 'state', sender: 'abcdefgh12', deck: 'ilo-standards', index: 3, revealed: false, black: false };

  it('accepts well-formed state and hello messages', () => {
    expect(parsePresenterMessage(state)).toEqual(state);
    expect(parsePresenterMessage({ type: 'hello', sender: 'abcdefgh12', deck: 'ilo-standards' })).toBeDefined();
    const withView = { ...state, view: { language: 'zh-CN', dual: true } };
    expect(parsePresenterMessage(withView)).toEqual(withView);
  });
  it('rejects anything else', () => {
    expect(parsePresenterMessage(null)).toBeUndefined();
    expect(parsePresenterMessage('next')).toBeUndefined();
    expect(parsePresenterMessage({ ...state, index: -1 })).toBeUndefined();
    expect(parsePresenterMessage({ ...state, index: 1.5 })).toBeUndefined();
    expect(parsePresenterMessage({ ...state, sender: '' })).toBeUndefined();
    expect(parsePresenterMessage({ ...state, deck: '../x' })).toBeUndefined();
    expect(parsePresenterMessage({ ...state, extra: 1 })).toBeUndefined();
    expect(parsePresenterMessage({ ...state, type: 'goto' })).toBeUndefined();
    expect(parsePresenterMessage({ ...state, view: { language: 'fr', dual: false } })).toBeUndefined();
    expect(parsePresenterMessage({ ...state, view: { language: 'en', dual: 'yes' } })).toBeUndefined();
    expect(parsePresenterMessage({ ...state, view: { language: 'en', dual: true, url: '/x' } })).toBeUndefined();
  });
  it('makes sender ids that pass its own validation', () => {
    const id = newSenderId();
    expect(parsePresenterMessage({ ...state, sender: id })).toBeDefined();
    expect(newSenderId()).not.toBe(id);
  });
});

describe('presenter link', () => {
  const links: PresenterLink[] = [];
  afterEach(() => links.splice(0).forEach((l) => l.close()));
  const tick = () => new Promise((r) => setTimeout(r, 20));

  /** A fake channel that records what is posted and lets a test deliver messages. */
  function fakeChannel() {
    const posted: unknown[] = [];
    const channel: ChannelLike = { postMessage: (m) => posted.push(m), close: () => undefined, onmessage: null };
    return { channel, posted, deliver: (data: unknown) => channel.onmessage?.({ data }) };
  }

  it('says hello when it opens and ignores its own messages and other decks', () => {
    const { channel, posted, deliver } = fakeChannel();
    const onState = vi.fn();
    const link = openPresenterLink({ deck: 'ilo-standards', onState, onHello: vi.fn(), channel, sender: 'selfself01' })!;
    expect(posted).toEqual([{ type: 'hello', sender: 'selfself01', deck: 'ilo-standards' }]);
    link.sendState({ index: 2, revealed: false, black: false });
    deliver(posted[1]);
    deliver({ type: 'state', sender: 'otherother', deck: 'supply-chains', index: 1, revealed: false, black: false });
    deliver({ type: 'state', sender: 'otherother', deck: 'ilo-standards', index: 'x' });
    expect(onState).not.toHaveBeenCalled();
    deliver({ type: 'state', sender: 'otherother', deck: 'ilo-standards', index: 4, revealed: true, black: false });
    expect(onState).toHaveBeenCalledWith({ index: 4, revealed: true, black: false });
    deliver({ type: 'state', sender: 'otherother', deck: 'ilo-standards', index: 4, revealed: false, black: false, view: { language: 'zh-CN', dual: true } });
    expect(onState).toHaveBeenLastCalledWith({ index: 4, revealed: false, black: false, view: { language: 'zh-CN', dual: true } });
    link.sendState({ index: 1, revealed: false, black: false, view: { language: 'en', dual: false } });
    expect(posted.at(-1)).toEqual({ type: 'state', sender: 'selfself01', deck: 'ilo-standards', index: 1, revealed: false, black: false, view: { language: 'en', dual: false } });
  });

  it('keeps two windows in step over a real BroadcastChannel without echo', async () => {
    const deckStates: unknown[] = [];
    const presenterStates: unknown[] = [];
    let deckHellos = 0;
    const deck = openPresenterLink({ deck: 'unit-test', onState: (s) => deckStates.push(s), onHello: () => deckHellos++ })!;
    const presenter = openPresenterLink({ deck: 'unit-test', onState: (s) => presenterStates.push(s), onHello: vi.fn() })!;
    links.push(deck, presenter);
    await tick();
    expect(deckHellos).toBe(1); // the presenter's hello reached the deck, which would answer with its state
    presenter.sendState({ index: 5, revealed: false, black: false });
    await tick();
    expect(deckStates).toEqual([{ index: 5, revealed: false, black: false }]);
    expect(presenterStates).toEqual([]);
    expect(channelName('unit-test')).toContain('unit-test');
  });
});
