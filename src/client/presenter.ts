/**
 * The presenter window's controller: the same reducer as the deck, shown as current slide, next
 * slide and notes, with a timer. It both drives and follows the audience window.
 */
import { deckReducer, formatElapsed, hashForSlide, initialDeckState, sharedStateChanged, slideFromHash, type DeckAction, type DeckState } from '../lib/deck-state';
import { openPresenterLink, type PresenterLink } from '../lib/presenter-channel';
import { loadTimer, saveTimer } from '../lib/seminar-session';
import { translatorFrom } from '../i18n/translate-lite';
import { counterText, listenForButtons, listenForKeys, shapeOf, showSlide, showView, showViewControls, slidesIn, viewOf } from './deck-dom';

export function startPresenter(root: HTMLElement): void {
  const current = slidesIn(root.querySelector('[data-current]')!);
  const next = slidesIn(root.querySelector('[data-next]')!);
  const notes = [...root.querySelectorAll<HTMLElement>('[data-notes-for]')];
  const shape = shapeOf(current, root);
  const deck = root.dataset.deck!;
  const t = translatorFrom(root);
  const minutes = current.map((s) => Number(s.dataset.minutes ?? 0));
  const $ = (selector: string) => root.querySelector<HTMLElement>(selector)!;
  let state: DeckState = initialDeckState(slideFromHash(location.hash, shape.count) ?? 0, { language: shape.languages[0], dual: false });
  let link: PresenterLink | undefined;
  // The audience's view is the deck's: until a deck has told us (or the presenter sets it), this
  // window sends none, so opening or reloading it never switches the room's language.
  let viewKnown = false;

  // Timer: total time since the session started (pausable), and time on the current slide. It
  // lives in sessionStorage, so that switching this window's language (a new page) keeps it.
  const saved = loadTimer(deck);
  let started = saved?.started ?? Date.now();
  let pausedAt = saved?.pausedAt;
  let slideSince = saved && saved.slide === state.index ? saved.slideSince : (pausedAt ?? Date.now());
  const remember = () => saveTimer(deck, { started, slideSince, slide: state.index, ...(pausedAt !== undefined && { pausedAt }) });
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
    // The previews show what the audience sees: its language, one or both.
    showView(root, 'presenter', state, shape);
    showViewControls(root, state, t);
    $('[data-command="black"]').setAttribute('aria-pressed', String(state.black));
    $('.presenter__controls [data-command="help"]').setAttribute('aria-pressed', String(state.help));
    $('[data-counter-text]').textContent = counterText(t, state, shape.count);
    const planned = minutes[state.index] ?? 0;
    $('[data-planned]').textContent = planned ? `/ ${t('seminar.minutes', { minutes: planned })}` : '';
    const hash = hashForSlide(state.index);
    for (const a of root.querySelectorAll<HTMLAnchorElement>('a[data-keep-slide]')) a.hash = state.index > 0 ? hash : '';
    if (previous && previous.index !== state.index) {
      slideSince = now();
      if (location.hash !== hash) history.replaceState(null, '', hash);
    }
    remember();
    tick();
  };

  const dispatch = (action: DeckAction, fromOtherWindow = false) => {
    const previous = state;
    // The overview belongs to the audience window.
    if (action.type === 'overview') return;
    if (action.type === 'dual' || action.type === 'language' || (action.type === 'sync' && action.view)) viewKnown = true;
    state = deckReducer(state, action, shape);
    render(previous);
    if (sharedStateChanged(previous, state) && !fromOtherWindow) link?.sendState({ ...state, view: viewKnown ? viewOf(state) : undefined });
  };

  link = openPresenterLink({
    deck,
    onState: (s) => dispatch({ type: 'sync', ...s }, true),
    onHello: () => link?.sendState({ ...state, view: viewKnown ? viewOf(state) : undefined }),
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
    remember();
    tick();
  });
  $('[data-timer="reset"]').addEventListener('click', () => {
    started = slideSince = Date.now();
    if (pausedAt !== undefined) pausedAt = started;
    remember();
    tick();
  });
  $('[data-timer="pause"]').setAttribute('aria-pressed', String(pausedAt !== undefined));
  setInterval(tick, 1000);
  root.classList.add('presenter--live');
  render();
}
