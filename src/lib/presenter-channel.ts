import './zod-browser';
// zod/mini: the same validation in a few KB, where the full zod would triple the deck's script.
import * as z from 'zod/mini';
import { LOCALE_CODES } from '../i18n/locales';

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


const SenderSchema = z.string().check(z.regex(/^[a-z0-9]{8,32}$/));
const DeckIdSchema = z.string().check(z.regex(/^[a-z0-9-]{1,80}$/));
const ViewSchema = z.strictObject({ language: z.enum(LOCALE_CODES), dual: z.boolean() });

export const PresenterMessageSchema = z.discriminatedUnion('type', [
  /** Where the sender is now. */
  z.strictObject({
    type: z.literal('state'),
    sender: SenderSchema,
    deck: DeckIdSchema,
    index: z.int().check(z.minimum(0), z.maximum(9999)),
    revealed: z.boolean(),
    black: z.boolean(),
    view: z.optional(ViewSchema),
  }),
  /** A window has opened and asks the others where they are. */
  z.strictObject({ type: z.literal('hello'), sender: SenderSchema, deck: DeckIdSchema }),
]);
export type PresenterMessage = z.infer<typeof PresenterMessageSchema>;
export type SyncState = Pick<Extract<PresenterMessage, { type: 'state' }>, 'index' | 'revealed' | 'black' | 'view'>;

export function parsePresenterMessage(data: unknown): PresenterMessage | undefined {
  const result = PresenterMessageSchema.safeParse(data);
  return result.success ? result.data : undefined;
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
