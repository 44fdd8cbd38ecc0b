/**
 * The deck's state and how commands change it, as a pure reducer: the deck and the presenter
 * window run the same logic, and tests run it without a browser. The slide number lives in the
 * URL hash (#/3, counted from 1), so a reload or a shared link keeps the place.
 */

/** Both languages on each slide: off, the page's language first, or the other language first. */
export const DUAL_MODES = ['off', 'page-first', 'other-first'] as const;
export type DualMode = (typeof DUAL_MODES)[number];

export interface DeckState {
  /** The current slide, from 0. */
  index: number;
  /** An audience question's answer is showing. */
  revealed: boolean;
  black: boolean;
  overview: boolean;
  help: boolean;
  dual: DualMode;
  /** Digits typed towards "go to slide n" (committed by Enter). */
  digits: string;
}

export interface DeckShape {
  count: number;
  /** Per slide: whether it has an answer to reveal before moving on. */
  revealable: readonly boolean[];
}

export type DeckAction =
  | { type: 'next' }
  | { type: 'prev' }
  | { type: 'first' }
  | { type: 'last' }
  | { type: 'goto'; index: number }
  | { type: 'digit'; digit: string }
  | { type: 'commit' }
  | { type: 'overview' }
  | { type: 'black' }
  | { type: 'help' }
  | { type: 'dual' }
  | { type: 'close' }
  /** State received from the other window (presenter or audience). */
  | { type: 'sync'; index: number; revealed: boolean; black: boolean };

export function initialDeckState(index = 0): DeckState {
  return { index, revealed: false, black: false, overview: false, help: false, dual: 'off', digits: '' };
}

const clamp = (index: number, shape: DeckShape) => Math.min(Math.max(0, Math.trunc(index) || 0), Math.max(0, shape.count - 1));
const MAX_DIGITS = 3;

/** Moves to a slide; leaving a slide hides its answer, and moving ends a black screen. */
function moveTo(state: DeckState, index: number, shape: DeckShape): DeckState {
  const target = clamp(index, shape);
  return { ...state, index: target, revealed: false, black: false, digits: '' };
}

export function deckReducer(state: DeckState, action: DeckAction, shape: DeckShape): DeckState {
  switch (action.type) {
    case 'next': {
      // A question slide first reveals its answer, so a clicker's one button runs the whole deck.
      if (!state.overview && shape.revealable[state.index] && !state.revealed) return { ...state, revealed: true, black: false, digits: '' };
      return moveTo(state, state.index + 1, shape);
    }
    case 'prev':
      if (!state.overview && state.revealed) return { ...state, revealed: false, black: false, digits: '' };
      return moveTo(state, state.index - 1, shape);
    case 'first':
      return moveTo(state, 0, shape);
    case 'last':
      return moveTo(state, shape.count - 1, shape);
    case 'goto':
      return { ...moveTo(state, action.index, shape), overview: false };
    case 'digit':
      return { ...state, digits: (state.digits + action.digit).slice(-MAX_DIGITS) };
    case 'commit':
      if (!state.digits) return state.overview ? { ...state, overview: false } : state;
      return { ...moveTo(state, Number(state.digits) - 1, shape), overview: false };
    case 'overview':
      return { ...state, overview: !state.overview, help: false, digits: '' };
    case 'black':
      return { ...state, black: !state.black, digits: '' };
    case 'help':
      return { ...state, help: !state.help, overview: false, digits: '' };
    case 'dual':
      return { ...state, dual: DUAL_MODES[(DUAL_MODES.indexOf(state.dual) + 1) % DUAL_MODES.length]!, digits: '' };
    case 'close':
      return { ...state, help: false, overview: false, black: false, digits: '' };
    case 'sync': {
      const index = clamp(action.index, shape);
      return { ...state, index, revealed: action.revealed && !!shape.revealable[index], black: action.black, digits: '' };
    }
  }
}

/** The slide index (from 0) in a hash such as "#/3", or undefined when the hash names no slide. */
export function slideFromHash(hash: string, count: number): number | undefined {
  const match = /^#\/(\d{1,4})$/.exec(hash);
  if (!match || count < 1) return undefined;
  return Math.min(Math.max(1, Number(match[1])), count) - 1;
}

export function hashForSlide(index: number): string {
  return `#/${index + 1}`;
}

/** Elapsed time as m:ss, or h:mm:ss from an hour on. */
export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}
