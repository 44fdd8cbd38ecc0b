import type { DeckView } from './deck-state';
import { isIntegerIn, isMatch, parseDeckView, strictFields } from './guards';

/**
 * The link between a deck (the audience window) and its presenter window: BroadcastChannel, which
 * needs no server and works between windows of one origin, a static host or a copy opened from
 * disk alike. Either window can drive the other. Every message carries the sender's id, so a
 * window ignores its own messages and nothing echoes; messages are validated, so a stray message
 * on the channel cannot put a window in a broken state.
 *
 * The channel is per module, not per language: the sections and questions are the same in both
 * languages, so a Chinese presenter window can drive an English deck. The audience's language and
 * the dual-language view travel as `view`, with the language as a locale code, so each window reads
 * it the same way whichever page it was opened from. A window that does not yet know the view (a
 * presenter window that has heard from no deck) leaves it out, so it never overrides the deck's.
 */

export type PresenterMessage =
  /** Where the sender is now. */
  | { type: 'state'; sender: string; deck: string; index: number; revealed: boolean; black: boolean; view?: DeckView }
  /** A window has opened and asks the others where they are. */
  | { type: 'hello'; sender: string; deck: string };
export type SyncState = Pick<Extract<PresenterMessage, { type: 'state' }>, 'index' | 'revealed' | 'black' | 'view'>;

const SENDER = /^[a-z0-9]{8,32}$/;
const DECK_ID = /^[a-z0-9-]{1,80}$/;
const MAX_SLIDE = 9999;

/** A message from the channel, as a new object, or undefined when it is not one of the two shapes exactly. */
export function parsePresenterMessage(data: unknown): PresenterMessage | undefined {
  const type = typeof data === 'object' && data !== null ? (data as { type?: unknown }).type : undefined;
  if (type === 'hello') {
    const m = strictFields(data, ['type', 'sender', 'deck']);
    return m && isMatch(m.sender, SENDER) && isMatch(m.deck, DECK_ID) ? { type, sender: m.sender, deck: m.deck } : undefined;
  }
  if (type !== 'state') return undefined;
  const m = strictFields(data, ['type', 'sender', 'deck', 'index', 'revealed', 'black'], ['view']);
  if (!m || !isMatch(m.sender, SENDER) || !isMatch(m.deck, DECK_ID) || !isIntegerIn(m.index, 0, MAX_SLIDE)) return undefined;
  if (typeof m.revealed !== 'boolean' || typeof m.black !== 'boolean') return undefined;
  const view = m.view === undefined ? undefined : parseDeckView(m.view);
  if (m.view !== undefined && !view) return undefined;
  return { type, sender: m.sender, deck: m.deck, index: m.index, revealed: m.revealed, black: m.black, ...(view && { view }) };
}

export function channelName(deck: string): string {
  return `fair-work-guide:deck:${deck}`;
}

/** A random id for this window. getRandomValues, unlike randomUUID, also works on plain http. */
export function newSenderId(random: (bytes: Uint8Array) => Uint8Array = (b) => crypto.getRandomValues(b)): string {
  return [...random(new Uint8Array(8))].map((b) => b.toString(36).padStart(2, '0')).join('').slice(0, 16);
}

/** What the link needs from BroadcastChannel (tests may pass their own). */
export interface ChannelLike {
  postMessage(message: unknown): void;
  close(): void;
  onmessage: ((event: { data: unknown }) => void) | null;
}

export interface PresenterLink {
  readonly sender: string;
  sendState(state: SyncState): void;
  close(): void;
}

export function openPresenterLink(options: {
  deck: string;
  /** Another window moved. */
  onState: (state: SyncState) => void;
  /** Another window opened: answer with sendState so it catches up. */
  onHello: () => void;
  channel?: ChannelLike;
  sender?: string;
}): PresenterLink | undefined {
  const { deck, onState, onHello } = options;
  const channel = options.channel ?? (typeof BroadcastChannel === 'function' ? (new BroadcastChannel(channelName(deck)) as unknown as ChannelLike) : undefined);
  if (!channel) return undefined;
  const sender = options.sender ?? newSenderId();
  channel.onmessage = (event) => {
    const message = parsePresenterMessage(event.data);
    if (!message || message.sender === sender || message.deck !== deck) return;
    if (message.type === 'hello') onHello();
    else onState({ index: message.index, revealed: message.revealed, black: message.black, ...(message.view && { view: message.view }) });
  };
  const post = (message: PresenterMessage) => channel.postMessage(message);
  post({ type: 'hello', sender, deck });
  return {
    sender,
    sendState: (state) =>
      post({
        type: 'state',
        sender,
        deck,
        index: state.index,
        revealed: state.revealed,
        black: state.black,
        ...(state.view && { view: { language: state.view.language, dual: state.view.dual } }),
      }),
    close: () => channel.close(),
  };
}
