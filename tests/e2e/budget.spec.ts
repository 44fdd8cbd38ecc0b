import { expect, test } from '@playwright/test';
import { builtPages, DIST } from './site-pages';
import { measurePage, pageType } from '../../scripts/page-weight.ts';

/**
 * Page-weight budgets, in bytes (gzip), from the built files: no timing, so no flakiness. Times
 * are measured by `npm run bench`, not here.
 */
const TEXT_PAGE_BUDGET = 20 * 1024;
const TEXT_PAGE_TYPES = new Set(['home', 'catalogue', 'module', 'booklet', 'booklet index', 'help']);

for (const page of builtPages()) {
  test(`budget ${page}`, () => {
    const weight = measurePage(DIST, page);
    if (!weight.hasIsland) expect(weight.shipsReact, `${page} has no island but loads React`).toBe(false);
    if (TEXT_PAGE_TYPES.has(pageType(page)) && !weight.hasIsland) {
      expect(weight.total, `${page}: ${weight.total} B gzip (html ${weight.html}, css ${weight.css}, js ${weight.js})`).toBeLessThanOrEqual(TEXT_PAGE_BUDGET);
    }
  });
}
