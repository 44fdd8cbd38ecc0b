/**
 * The one script of the booklet, self-check and help pages. Everything it adds is a convenience:
 * each page reads, and the quick exit works, without it.
 */
import { initQuickExit } from './quick-exit';
import { initReadAloud } from './read-aloud';
import { initShare } from './share';

initQuickExit();
initReadAloud();
initShare();
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-print]')) {
  button.hidden = false;
  button.addEventListener('click', () => window.print());
}
