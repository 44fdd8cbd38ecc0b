import type { DeckView } from './deck-state';
import { isIntegerIn, isNumberIn, parseDeckView, strictFields } from './guards';
import { SITE_KEY_PREFIX } from './erase-site-data';

/**
 * What a seminar window remembers for the length of its browser tab (sessionStorage): the deck's
 * audience view, so a reload keeps the language and the dual view, and the presenter's timer, so
 * that switching the presenter window's own language (a navigation) or reloading it does not reset
 * the session clock. Nothing here is learner data, and it goes when the tab closes. Values are
 * validated when read back, and a browser that refuses storage simply starts afresh.
 */

export interface PresenterTimer {
  /** When the session started (epoch ms; moved forward by pauses). */
  started: number;
  /** When the current slide was reached. */
  slideSince: number;
  /** When the clock was paused, while it is. */
  pausedAt?: number;
  /** The slide the clock was timing, so a slide change while away restarts the slide time. */
  slide: number;
}

/** Epoch milliseconds: the range of a JavaScript Date. */
const isTime = (value: unknown): value is number => isNumberIn(value, 0, 8.64e15);

function parseTimer(value: unknown): PresenterTimer | undefined {
  const t = strictFields(value, ['started', 'slideSince', 'slide'], ['pausedAt']);
  if (!t || !isTime(t.started) || !isTime(t.slideSince) || !isIntegerIn(t.slide, 0, Number.MAX_SAFE_INTEGER)) return undefined;
  if (t.pausedAt !== undefined && !isTime(t.pausedAt)) return undefined;
  return { started: t.started, slideSince: t.slideSince, slide: t.slide, ...(t.pausedAt !== undefined && { pausedAt: t.pausedAt }) };
}

export interface SessionBackend {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

function defaultBackend(): SessionBackend | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.sessionStorage;
  } catch {
    return undefined;
  }
}

function read<T>(key: string, parse: (value: unknown) => T | undefined, backend: SessionBackend | undefined): T | undefined {
  try {
    const raw = backend?.getItem(key);
    return raw ? parse(JSON.parse(raw)) : undefined;
  } catch {
    return undefined;
  }
}

function write(key: string, value: unknown, backend: SessionBackend | undefined): void {
  try {
    backend?.setItem(key, JSON.stringify(value));
  } catch {
    // Storage refused (private mode, quota): the window works, it just forgets on reload.
  }
}

const timerKey = (deck: string) => `${SITE_KEY_PREFIX}presenter-timer:${deck}`;
const viewKey = (deck: string) => `${SITE_KEY_PREFIX}deck-view:${deck}`;

export const loadTimer = (deck: string, backend = defaultBackend()) => read(timerKey(deck), parseTimer, backend);
export const saveTimer = (deck: string, timer: PresenterTimer, backend = defaultBackend()) => write(timerKey(deck), timer, backend);
export const loadView = (deck: string, backend = defaultBackend()) => read(viewKey(deck), parseDeckView, backend);
export const saveView = (deck: string, view: DeckView, backend = defaultBackend()) => write(viewKey(deck), view, backend);
