import { expect, test } from '@playwright/test';
import { builtPages, DIST } from '../../tools/lib/built-pages.ts';
import { measurePage, pageType } from '../../tools/lib/page-weight.ts';

/**
 * Page-weight budgets, in bytes (gzip) of what a first visit downloads, computed from the built
 * files: no timing, so no flakiness (times come from `npm run bench`).
 * - A page without an island ships no React.
 * - A text page (home, catalogue, module, booklet, help) without a quiz: 20 KB in all.
 * - A booklet: 14 KB of HTML and CSS (readers on slow, metered phones).
 * - A page with a quiz: its JavaScript at most 84 KB (React, the island, the store, reading by
 *   section on a phone and the completion state; React's runtime alone is 69 KB of it); the text
 *   around the quiz (HTML outside the island, and CSS) at most 32 KB, a guard for long modules.
 *   (It was 24 KB until the December content review added the law the modules were missing; the
 *   longest module, on forced criminality, is now about 28 KB in Chinese. Reading a module section
 *   by section on a phone is the answer to length, not cutting the law.)
 * - The deck and the presenter window: their JavaScript at most 8 KB (the controller and the
 *   window link; it was 19.8 KB while a schema library rode along to check two message shapes).
 */
const KB = 1024;
const TEXT_PAGE_BUDGET = 20 * KB;
const BOOKLET_BUDGET = 14 * KB;
// 80 KB until the walkthrough's reading paths (section by section, completion you can see) added 2.7 KB.
const QUIZ_JS_BUDGET = 84 * KB;
const MODULE_TEXT_GUARD = 32 * KB;
const DECK_JS_BUDGET = 8 * KB;
const DECK_PAGE_TYPES = new Set(['module slides', 'module presenter']);
// Pages for people going abroad (booklets, the self-check, the help card): their script included.
const READER_PAGE_TYPES = new Set(['booklet', 'help']);
const TEXT_PAGE_TYPES = new Set(['home', 'catalogue', 'module', 'booklet', 'booklet index', 'help']);

for (const page of builtPages()) {
  test(`budget ${page}`, () => {
    const w = measurePage(DIST, page);
    const detail = `${page}: ${w.total} B gzip (html ${w.html}, of which islands ${w.islandHtml}; css ${w.css}; js ${w.js})`;
    if (!w.hasIsland) expect(w.shipsReact, `${page} has no island but loads React`).toBe(false);
    const type = pageType(page);
    if (type === 'booklet') expect(w.html + w.css, detail).toBeLessThanOrEqual(BOOKLET_BUDGET);
    if (READER_PAGE_TYPES.has(type)) expect(w.total, detail).toBeLessThanOrEqual(BOOKLET_BUDGET);
    if (DECK_PAGE_TYPES.has(type)) expect(w.js, detail).toBeLessThanOrEqual(DECK_JS_BUDGET);
    if (!TEXT_PAGE_TYPES.has(type)) return;
    const hasQuiz = w.scripts.some((s) => s.includes('QuizIsland'));
    if (!hasQuiz) {
      expect(w.total, detail).toBeLessThanOrEqual(TEXT_PAGE_BUDGET);
      return;
    }
    expect(w.js, detail).toBeLessThanOrEqual(QUIZ_JS_BUDGET);
    expect(w.html - w.islandHtml + w.css, detail).toBeLessThanOrEqual(MODULE_TEXT_GUARD);
  });
}
