/**
 * The audience window's controller: keys, buttons, swipes and the presenter link drive one pure
 * reducer (src/lib/deck-state.ts); this file only applies its state to the page.
 */
import { deckReducer, hashForSlide, initialDeckState, sharedStateChanged, slideFromHash, type DeckAction, type DeckState } from '../lib/deck-state';
import { openPresenterLink, type PresenterLink } from '../lib/presenter-channel';
import { loadView, saveView } from '../lib/seminar-session';
import type { DeckCommand } from '../lib/deck-keymap';
import { translatorFrom } from '../i18n/translate-lite';
import { counterText, listenForButtons, listenForKeys, shapeOf, showSlide, showView, showViewControls, slidesIn, toggleFullscreen, viewOf } from './deck-dom';

const IDLE_MS = 2500;
const SWIPE_PX = 50;

export function startDeck(root: HTMLElement): void {
  const container = root.querySelector<HTMLElement>('.deck__slides')!;
  const slides = slidesIn(container);
  const shape = shapeOf(slides, root);
  const deck = root.dataset.deck!;
  const t = translatorFrom(root);
  const counter = root.querySelector<HTMLElement>('[data-counter-text]')!;
  const help = root.querySelector<HTMLElement>('[data-help]')!;
  const black = root.querySelector<HTMLElement>('[data-black]')!;
  // A reload keeps the audience's language and the dual view (the slide is in the hash).
  let state: DeckState = initialDeckState(slideFromHash(location.hash, shape.count) ?? 0, loadView(deck) ?? { language: shape.languages[0], dual: false });
  const names = JSON.parse(root.dataset.languageNames ?? '{}') as Record<string, string>;
  const languageLink = root.querySelector<HTMLAnchorElement>('[data-lang-switch]');
  // With the script the link switches the slides in place rather than going anywhere: a button.
  languageLink?.setAttribute('role', 'button');
  languageLink?.addEventListener('keydown', (event) => {
    if (event.key !== ' ') return;
    event.preventDefault(); // a button answers Space as well as Enter
    languageLink.click();
  });
  let link: PresenterLink | undefined;

  const render = (previous?: DeckState) => {
    showSlide(slides, state.index, state.revealed);
    root.classList.toggle('deck--overview', state.overview);
    showView(root, 'deck', state, shape);
    showViewControls(root, state, t);
    black.hidden = !state.black;
    help.hidden = !state.help;
    counter.textContent = counterText(t, state, shape.count);
    root.querySelector('[data-command="overview"]')?.setAttribute('aria-pressed', String(state.overview));
    root.querySelector('.deck__bar [data-command="help"]')?.setAttribute('aria-pressed', String(state.help));
    // The language link offers the language that is not showing.
    if (languageLink) {
      const offered = state.language === shape.languages[0] ? shape.languages[1] : shape.languages[0];
      languageLink.dataset.viewLanguage = offered;
      languageLink.lang = languageLink.hreflang = offered;
      languageLink.textContent = names[offered] ?? offered;
    }
    const hash = hashForSlide(state.index);
    // Links to the other language and the presenter window keep the place.
    for (const a of root.querySelectorAll<HTMLAnchorElement>('a[data-keep-slide]')) a.hash = state.index > 0 ? hash : '';
    if (previous && previous.index !== state.index && location.hash !== hash) history.replaceState(null, '', hash);
    if (state.overview && previous && !previous.overview) slides[state.index]?.scrollIntoView({ block: 'nearest' });
  };

  const dispatch = (action: DeckAction, fromOtherWindow = false) => {
    const previous = state;
    state = deckReducer(state, action, shape);
    render(previous);
    if (previous.language !== state.language || previous.dual !== state.dual) saveView(deck, viewOf(state));
    if (sharedStateChanged(previous, state) && !fromOtherWindow) link?.sendState({ ...state, view: viewOf(state) });
  };

  const openPresenter = () => {
    const url = new URL(root.dataset.presenterUrl!, location.href);
    url.hash = hashForSlide(state.index);
    window.open(url.href, `presenter-${root.dataset.deck}`, 'popup,width=1280,height=800');
  };

  const command = (c: DeckCommand) => {
    if (c === 'fullscreen') toggleFullscreen();
    else if (c === 'presenter') openPresenter();
  };

  link = openPresenterLink({
    deck,
    onState: (s) => dispatch({ type: 'sync', ...s }, true),
    // The deck always knows its view, and a window that opens later takes it from here.
    onHello: () => link?.sendState({ ...state, view: viewOf(state) }),
  });

  listenForKeys(dispatch, command);
  listenForButtons(root, dispatch, command);
  root.querySelector('[data-command-link="presenter"]')?.addEventListener('click', (event) => {
    event.preventDefault();
    openPresenter();
  });
  // In the overview, a click on a slide goes there.
  container.addEventListener('click', (event) => {
    if (!state.overview) return;
    const slide = (event.target as HTMLElement).closest<HTMLElement>('.slide');
    if (slide) dispatch({ type: 'goto', index: slides.indexOf(slide) });
  });
  window.addEventListener('hashchange', () => {
    const index = slideFromHash(location.hash, shape.count);
    if (index !== undefined && index !== state.index) dispatch({ type: 'goto', index });
  });

  let touch: { x: number; y: number } | undefined;
  container.addEventListener('touchstart', (e) => (touch = { x: e.touches[0]!.clientX, y: e.touches[0]!.clientY }), { passive: true });
  container.addEventListener('touchend', (e) => {
    if (!touch || state.overview) return;
    const dx = e.changedTouches[0]!.clientX - touch.x;
    const dy = e.changedTouches[0]!.clientY - touch.y;
    touch = undefined;
    if (Math.abs(dx) > SWIPE_PX && Math.abs(dx) > Math.abs(dy)) dispatch({ type: dx < 0 ? 'next' : 'prev' });
  });

  // The control bar hides while the mouse rests, so that it does not sit on the slide.
  let idle: ReturnType<typeof setTimeout> | undefined;
  const wake = () => {
    root.classList.remove('deck--idle');
    clearTimeout(idle);
    idle = setTimeout(() => root.classList.add('deck--idle'), IDLE_MS);
  };
  document.addEventListener('pointermove', wake);
  wake();

  root.classList.add('deck--live');
  render();
}
