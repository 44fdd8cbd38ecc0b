/**
 * What the deck and the presenter window share in the browser: showing one slide of a list,
 * reading the deck's shape from the markup, and turning key presses into actions.
 */
import { intentForKey, type DeckCommand } from '../lib/deck-keymap';
import type { LocaleCode } from '../i18n/locales';
import type { LiteTranslate } from '../i18n/translate-lite';
import type { DeckAction, DeckShape, DeckState, DeckView } from '../lib/deck-state';

export function slidesIn(container: ParentNode): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>(':scope > .slide')];
}

/** The deck's shape; `root` carries the page's and the other language (data-page-locale, data-other-locale). */
export function shapeOf(slides: HTMLElement[], root: HTMLElement): DeckShape {
  return {
    count: slides.length,
    revealable: slides.map((s) => s.hasAttribute('data-revealable')),
    languages: [root.dataset.pageLocale as LocaleCode, root.dataset.otherLocale as LocaleCode],
  };
}

/**
 * Shows the audience's view on a window's root (`prefix` is its block class, deck or presenter):
 * both faces when dual, and the other language's face first, or alone, when it is the audience's.
 */
export function showView(root: HTMLElement, prefix: string, state: DeckView, shape: DeckShape): void {
  root.classList.toggle(`${prefix}--dual`, state.dual);
  root.classList.toggle(`${prefix}--other-main`, state.language === shape.languages[1]);
}

/**
 * The audience view controls, in the deck's bar and the presenter window: the language buttons
 * (data-view-language="<locale>") say which is on with aria-pressed; the dual toggle says it with
 * aria-pressed and with its visible text (seminar.dualOn / seminar.dualOff).
 */
export function showViewControls(root: ParentNode, state: DeckView, t: LiteTranslate): void {
  for (const b of root.querySelectorAll<HTMLElement>('button[data-view-language]')) b.setAttribute('aria-pressed', String(b.dataset.viewLanguage === state.language));
  for (const b of root.querySelectorAll<HTMLElement>('button[data-command="dual"]')) {
    b.setAttribute('aria-pressed', String(state.dual));
    const label = b.querySelector<HTMLElement>('[data-dual-state]');
    if (label) label.textContent = t(state.dual ? 'seminar.dualOn' : 'seminar.dualOff');
  }
}

/** The view to send to the other window. */
export const viewOf = (state: DeckState): DeckView => ({ language: state.language, dual: state.dual });

/** Shows slide `index` (none when out of range), with its answer when `revealed`. */
export function showSlide(slides: HTMLElement[], index: number, revealed: boolean): void {
  slides.forEach((slide, i) => {
    slide.classList.toggle('is-current', i === index);
    slide.classList.toggle('is-revealed', i === index && revealed);
  });
}

/** Commands that the reducer handles; the others (fullscreen, presenter) are the window's. */
const REDUCER_COMMANDS = new Set<DeckCommand>(['next', 'prev', 'first', 'last', 'overview', 'black', 'help', 'dual', 'language', 'close']);

/**
 * Listens for keys and calls `onAction` for state changes and `onCommand` for the rest. Keys typed
 * into a form field, or Enter and Space on a focused button or link, are left to the browser.
 */
export function listenForKeys(onAction: (a: DeckAction) => void, onCommand: (c: DeckCommand) => void): void {
  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement | null;
    if (target?.closest('input, textarea, select, [contenteditable]')) return;
    if ((event.key === 'Enter' || event.key === ' ') && target?.closest('button, a, summary')) return;
    const intent = intentForKey(event);
    if (!intent) return;
    event.preventDefault();
    if (intent.kind === 'digit') onAction({ type: 'digit', digit: intent.digit });
    else if (intent.kind === 'commit') onAction({ type: 'commit' });
    else if (REDUCER_COMMANDS.has(intent.command)) onAction({ type: intent.command } as DeckAction);
    else onCommand(intent.command);
  });
}

/**
 * Buttons marked data-command="…" run that command when clicked; data-view-language="<locale>"
 * sets the audience's language (a link to the other language's page without JavaScript).
 */
export function listenForButtons(root: ParentNode, onAction: (a: DeckAction) => void, onCommand: (c: DeckCommand) => void): void {
  root.addEventListener('click', (event) => {
    const language = (event.target as HTMLElement).closest<HTMLElement>('[data-view-language]');
    if (language) {
      event.preventDefault();
      // The reducer takes only a language the slides carry.
      onAction({ type: 'language', language: language.dataset.viewLanguage as LocaleCode });
      return;
    }
    const button = (event.target as HTMLElement).closest<HTMLElement>('button[data-command]');
    if (!button) return;
    const command = button.dataset.command as DeckCommand;
    if (REDUCER_COMMANDS.has(command)) onAction({ type: command } as DeckAction);
    else onCommand(command);
  });
}

export function toggleFullscreen(): void {
  const done = document.fullscreenElement ? document.exitFullscreen() : document.documentElement.requestFullscreen?.();
  void done?.catch(() => undefined);
}

/** "Slide 3 of 12", and the digits typed so far to jump to a slide ("→ 1"). */
export function counterText(t: LiteTranslate, state: DeckState, total: number): string {
  return t('seminar.counter', { n: state.index + 1, total }) + (state.digits ? ` → ${state.digits}` : '');
}
