/**
 * Quick exit. The link works without JavaScript; with it, the page is blanked at once (on a slow
 * connection the neutral page may take seconds to arrive, and the booklet must not stay on screen
 * meanwhile) and replaced with location.replace, so this page leaves no entry for Back.
 *
 * Shortcut: Escape pressed twice within a second. Escape is the key people reach for without
 * looking, on every keyboard and in every language; asking for it twice means that Escape used
 * once to close a menu or stop a page loading never exits by accident. (A letter such as Shift+Q
 * depends on the keyboard layout and input method, which for a Chinese reader is often a pinyin IME.)
 */
import { createDoublePress } from '../lib/reading-aids';

export function initQuickExit(): void {
  const link = document.querySelector<HTMLAnchorElement>('a[data-quick-exit]');
  if (!link) return;
  const leave = () => {
    window.speechSynthesis?.cancel();
    document.title = '\u200b';
    document.body.hidden = true;
    location.replace(link.href);
  };
  link.addEventListener('click', (event) => {
    event.preventDefault();
    leave();
  });
  const escapeTwice = createDoublePress('Escape');
  document.addEventListener('keydown', (event) => {
    if (escapeTwice(event)) leave();
  });
}
