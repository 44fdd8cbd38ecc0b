/**
 * The deck's state and how commands change it, as a pure reducer: the deck and the presenter
 * window run the same logic, and tests run it without a browser. The slide number lives in the
 * URL hash (#/3, counted from 1), so a reload or a shared link keeps the place.
 */
import type { LocaleCode } from '../i18n/locales';

export interface DeckState {
  /** The current slide, from 0. */
  index: number;
  /** An audience question's answer is showing. */
  revealed: boolean;
  black: boolean;
  overview: boolean;
  help: boolean;
  /**
   * The audience's language: a locale code, whichever page the window was opened from. Every
   * slide carries both languages' faces, so switching is done in place: the deck window never
   * navigates, and full screen (which a navigation always ends) survives the switch.
   */
  language: LocaleCode;
  /** Both languages on each slide, the audience's language on top. */
  dual: boolean;
  /** Digits typed towards "go to slide n" (committed by Enter). */
  digits: string;
}

export interface DeckShape {
  count: number;
  /** Per slide: whether it has an answer to reveal before moving on. */
  revealable: readonly boolean[];
  /** The languages the slides carry: the page's first, then the other. */
  languages: readonly [LocaleCode, LocaleCode];
}

/** What the audience sees besides the slide: its language and whether both are shown. */
export type DeckView = Pick<DeckState, 'language' | 'dual'>;

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
  /** Both languages on or off (`on` given: set; otherwise toggle). */
  | { type: 'dual'; on?: boolean }
  /** The audience's language (`language` given: set; otherwise the other of the two). */
  | { type: 'language'; language?: LocaleCode }
  | { type: 'close' }
  /** State received from the other window (presenter or audience); `view` when the sender knows it. */
  | { type: 'sync'; index: number; revealed: boolean; black: boolean; view?: DeckView };

export function initialDeckState(index = 0, view: DeckView = { language: 'en', dual: false }): DeckState {
  return { index, revealed: false, black: false, overview: false, help: false, digits: '', ...view };
}

/** A view is only taken in a language the slides carry; anything else leaves the view as it is. */
function withView(state: DeckState, view: Partial<DeckView>, shape: DeckShape): DeckState {
  const language = view.language !== undefined && shape.languages.includes(view.language) ? view.language : state.language;
  return { ...state, language, dual: view.dual ?? state.dual };
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
      return { ...state, dual: action.on ?? !state.dual, digits: '' };
    case 'language': {
      const [page, other] = shape.languages;
      const language = action.language ?? (state.language === other ? page : other);
      return { ...withView(state, { language }, shape), digits: '' };
    }
    case 'close':
      return { ...state, help: false, overview: false, black: false, digits: '' };
    case 'sync': {
      const index = clamp(action.index, shape);
      const moved = { ...state, index, revealed: action.revealed && !!shape.revealable[index], black: action.black, digits: '' };
      return action.view ? withView(moved, action.view, shape) : moved;
    }
  }
}

/** The slide index (from 0) in a hash such as "#/3", or undefined when the hash names no slide. */
export function slideFromHash(hash: string, count: number): number | undefined {
  const match = /^#\/(\d{1,4})$/.exec(hash);
  if (!match || count < 1) return undefined;
  return Math.min(Math.max(1, Number(match[1])), count) - 1;
}

/** Whether two states differ in what the other window shows: the place, the answer, black, the view. */
export function sharedStateChanged(a: DeckState, b: DeckState): boolean {
  return a.index !== b.index || a.revealed !== b.revealed || a.black !== b.black || a.language !== b.language || a.dual !== b.dual;
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
