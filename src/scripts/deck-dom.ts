/**
 * What the deck and the presenter window share in the browser: showing one slide of a list,
 * reading the deck's shape from the markup, and turning key presses into actions.
 */
import { intentForKey, type DeckCommand } from '../lib/deck-keymap';
import type { DeckAction, DeckShape } from '../lib/deck-state';

export function slidesIn(container: ParentNode): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>(':scope > .slide')];
}

export function shapeOf(slides: HTMLElement[]): DeckShape {
  return { count: slides.length, revealable: slides.map((s) => s.hasAttribute('data-revealable')) };
}

/** Shows slide `index` (none when out of range), with its answer when `revealed`. */
export function showSlide(slides: HTMLElement[], index: number, revealed: boolean): void {
  slides.forEach((slide, i) => {
    slide.classList.toggle('is-current', i === index);
    slide.classList.toggle('is-revealed', i === index && revealed);
  });
}

/** Commands that the reducer handles; the others (fullscreen, presenter, language) are the window's. */
const REDUCER_COMMANDS = new Set<DeckCommand>(['next', 'prev', 'first', 'last', 'overview', 'black', 'help', 'dual', 'close']);

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

/** Buttons marked data-command="…" run that command when clicked. */
export function listenForButtons(root: ParentNode, onAction: (a: DeckAction) => void, onCommand: (c: DeckCommand) => void): void {
  root.addEventListener('click', (event) => {
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

export function counterText(template: string, index: number, total: number): string {
  return template.replace('{n}', String(index + 1)).replace('{total}', String(total));
}
