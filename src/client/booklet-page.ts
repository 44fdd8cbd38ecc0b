/**
 * The script of the booklet, self-check and help pages (the quick exit brings its own). Everything
 * it adds is a convenience: each page reads without it.
 */
import { initReadAloud } from './read-aloud';
import { initShare } from './share';

initReadAloud();
initShare();
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-print]')) {
  button.hidden = false;
  button.addEventListener('click', () => window.print());
}
