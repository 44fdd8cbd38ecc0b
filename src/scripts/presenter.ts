/**
 * The presenter window's controller: the same reducer as the deck, shown as current slide, next
 * slide and notes, with a timer. It both drives and follows the audience window.
 */
import { deckReducer, formatElapsed, hashForSlide, initialDeckState, slideFromHash, type DeckAction, type DeckState } from '../lib/deck-state';
import { openPresenterLink, type PresenterLink } from '../lib/presenter-channel';
import { counterText, listenForButtons, listenForKeys, shapeOf, showSlide, slidesIn } from './deck-dom';

export function startPresenter(root: HTMLElement): void {
  const current = slidesIn(root.querySelector('[data-current]')!);
  const next = slidesIn(root.querySelector('[data-next]')!);
  const notes = [...root.querySelectorAll<HTMLElement>('[data-notes-for]')];
  const shape = shapeOf(current);
  const minutes = current.map((s) => Number(s.dataset.minutes ?? 0));
  const $ = (selector: string) => root.querySelector<HTMLElement>(selector)!;
  let state: DeckState = initialDeckState(slideFromHash(location.hash, shape.count) ?? 0);
  let link: PresenterLink | undefined;

  // Timer: total time since the session started (pausable), and time on the current slide.
  let started = Date.now();
  let pausedAt: number | undefined;
  let slideSince = Date.now();
  const now = () => pausedAt ?? Date.now();
  const tick = () => {
    $('[data-elapsed]').textContent = formatElapsed(now() - started);
    const onSlide = now() - slideSince;
    $('[data-slide-elapsed]').textContent = formatElapsed(onSlide);
    const planned = minutes[state.index] ?? 0;
    root.classList.toggle('presenter--over', planned > 0 && onSlide > planned * 60_000);
  };

  const render = (previous?: DeckState) => {
    showSlide(current, state.index, state.revealed);
    showSlide(next, state.index + 1, false);
    $('[data-end]').hidden = state.index + 1 < shape.count;
    notes.forEach((n) => (n.hidden = Number(n.dataset.notesFor) !== state.index));
    $('[data-help]').hidden = !state.help;
    root.classList.toggle('presenter--black', state.black);
    $('[data-command="black"]').setAttribute('aria-pressed', String(state.black));
    $('.presenter__controls [data-command="help"]').setAttribute('aria-pressed', String(state.help));
    $('[data-counter-text]').textContent = counterText(root.dataset.counter ?? '{n} / {total}', state.index, shape.count) + (state.digits ? ` → ${state.digits}` : '');
    const planned = minutes[state.index] ?? 0;
    $('[data-planned]').textContent = planned ? `/ ${(root.dataset.minutesLabel ?? '{m}').replace('{m}', String(planned))}` : '';
    const hash = hashForSlide(state.index);
    for (const a of root.querySelectorAll<HTMLAnchorElement>('a[data-keep-slide]')) a.hash = state.index > 0 ? hash : '';
    if (previous && previous.index !== state.index) {
      slideSince = now();
      if (location.hash !== hash) history.replaceState(null, '', hash);
    }
    tick();
  };

  const dispatch = (action: DeckAction, fromOtherWindow = false) => {
    const previous = state;
    // The overview and dual-language view belong to the audience window.
    if (action.type === 'overview' || action.type === 'dual') return;
    state = deckReducer(state, action, shape);
    render(previous);
    const moved = previous.index !== state.index || previous.revealed !== state.revealed || previous.black !== state.black;
    if (moved && !fromOtherWindow) link?.sendState(state);
  };

  link = openPresenterLink({
    deck: root.dataset.deck!,
    onState: (s) => dispatch({ type: 'sync', ...s }, true),
    onHello: () => link?.sendState(state),
  });
  listenForKeys(dispatch, () => undefined);
  listenForButtons(root, dispatch, () => undefined);
  $('[data-open-deck]').addEventListener('click', (event) => {
    event.preventDefault();
    window.open(($('[data-open-deck]') as HTMLAnchorElement).href, `deck-${root.dataset.deck}`);
  });
  $('[data-timer="pause"]').addEventListener('click', (event) => {
    const button = event.currentTarget as HTMLElement;
    if (pausedAt === undefined) pausedAt = Date.now();
    else {
      const paused = Date.now() - pausedAt;
      started += paused;
      slideSince += paused;
      pausedAt = undefined;
    }
    button.setAttribute('aria-pressed', String(pausedAt !== undefined));
    tick();
  });
  $('[data-timer="reset"]').addEventListener('click', () => {
    started = slideSince = Date.now();
    if (pausedAt !== undefined) pausedAt = started;
    tick();
  });
  setInterval(tick, 1000);
  root.classList.add('presenter--live');
  render();
}
