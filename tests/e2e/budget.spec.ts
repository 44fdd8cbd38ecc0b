import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { builtPages, DIST, distFile } from './site-pages';
import { measurePage, pageType } from '../../scripts/page-weight.ts';

/**
 * Page-weight budgets, in bytes (gzip) of what a first visit downloads, computed from the built
 * files: no timing, so no flakiness (times come from `npm run bench`).
 * - A page without an island ships no React.
 * - A text page (home, catalogue, module, booklet, help) without a quiz: 20 KB in all.
 * - A page with a quiz: the text budget plus 80 KB for the quiz.
 */
const TEXT_PAGE_BUDGET = 20 * 1024;
const QUIZ_ALLOWANCE = 80 * 1024;
const TEXT_PAGE_TYPES = new Set(['home', 'catalogue', 'module', 'booklet', 'booklet index', 'help']);

for (const page of builtPages()) {
  test(`budget ${page}`, () => {
    const weight = measurePage(DIST, page);
    const detail = `${page}: ${weight.total} B gzip (html ${weight.html}, css ${weight.css}, js ${weight.js})`;
    if (!weight.hasIsland) expect(weight.shipsReact, `${page} has no island but loads React`).toBe(false);
    if (!TEXT_PAGE_TYPES.has(pageType(page))) return;
    const hasQuiz = /<section class="quiz"/.test(fs.readFileSync(distFile(page), 'utf8'));
    expect(weight.total, detail).toBeLessThanOrEqual(TEXT_PAGE_BUDGET + (hasQuiz ? QUIZ_ALLOWANCE : 0));
  });
}
