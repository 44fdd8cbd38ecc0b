/**
 * Quick exit. The button is a plain link to a page on another site (src/lib/quick-exit.ts), so it
 * works without JavaScript, though Back then brings the page back (the note under it says so). With
 * this script:
 * - the page is blanked at once (on a slow connection the neutral page may take seconds to arrive,
 *   and this page must not stay on screen meanwhile), then replaced with location.replace;
 * - every move to another page of this site from a page with the button also replaces the current
 *   history entry, so the visit holds a single place in the Back history and the quick exit takes
 *   that place: Back then goes to wherever the reader was before this site. (Opening the neutral
 *   page in a new tab would not help: in the browsers inside chat apps window.open loads in the same
 *   view, and on Android Back in the new tab returns to this one.)
 * - the note under the button is switched to the wording that is true with the script running.
 *
 * Shortcut: Escape pressed twice within a second. Escape is the key people reach for without
 * looking, on every keyboard and in every language; asking for it twice means that Escape used
 * once to close a menu or stop a page loading never exits by accident. (A letter such as Shift+Q
 * depends on the keyboard layout and input method, which for a Chinese reader is often a pinyin IME.)
 */
import { createDoublePress } from '../lib/double-press';
import { refuseFraming } from './frame-guard';

export function initQuickExit(): void {
  refuseFraming();
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
  document.addEventListener('click', replaceOnSameSiteLinks);
  for (const note of document.querySelectorAll<HTMLElement>('[data-quick-exit-does]')) note.textContent = note.dataset.quickExitDoes ?? '';
}

/** A plain click on a link to this site replaces the current history entry instead of adding one. */
function replaceOnSameSiteLinks(event: MouseEvent): void {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[href]');
  if (!link || (link.target && link.target !== '_self') || link.hasAttribute('download')) return;
  const url = new URL(link.href);
  if (url.origin !== location.origin) return;
  event.preventDefault();
  location.replace(url.href);
}
