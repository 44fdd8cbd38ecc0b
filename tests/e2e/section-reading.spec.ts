import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/**
 * A module one section at a time on a phone (src/client/section-reader.ts): one section shown,
 * previous/next that move focus, every kind of link opens the section that holds its target, the
 * whole-page choice is remembered; a desktop, print and no JavaScript keep the whole page.
 */

const PHONE = { width: 390, height: 844 };
const SLUG = 'trafficking-chinese-law';
const LOCALES = [
  { lang: 'en', counter: (n: number, total: number) => `Section ${n} of ${total}`, toPage: 'Show the whole module', toSections: 'Read one section at a time', laterHeading: 'the-exposure-of-the-people-recruited', laterQuery: 'exposure recruited' },
  { lang: 'zh-cn', counter: (n: number, total: number) => `第${n}节，共${total}节`, toPage: '显示全文', toSections: '逐节阅读', laterHeading: '被招募者自身面临的法律风险', laterQuery: '被招募者' },
] as const;

const sections = (page: Page) => page.locator('article.module-body > section.content-section');
const shownSections = (page: Page) => page.locator('article.module-body > section.content-section:visible');
const pager = (page: Page) => page.locator('[data-section-pager]');
const previousLink = (page: Page) => page.locator('[data-section-pager] a.section-pager__link:not(.section-pager__link--next)');
/** The index (data-section) of the one section shown. */
const shownIndex = async (page: Page) => {
  await expect(shownSections(page)).toHaveCount(1);
  return Number(await shownSections(page).getAttribute('data-section'));
};

for (const { lang, counter, toPage, toSections, laterHeading, laterQuery } of LOCALES) {
  const url = `/${lang}/modules/${SLUG}/`;

  test.describe(`${lang} at 390×844`, () => {
    test.use({ viewport: PHONE });

    test(`${lang}: one section at a time; next and previous move focus to the heading and are announced; Back returns`, async ({ page }) => {
      await page.goto(url);
      const total = await sections(page).count();
      expect(total).toBeGreaterThanOrEqual(3);
      await expect.poll(() => shownIndex(page)).toBe(0);
      const intro = page.locator('article.module-body > p').first();
      await expect(intro).toBeVisible(); // the module's introduction comes with the first section
      // The section opens with its key points.
      await expect(shownSections(page).locator(':scope > h2 + .key-points')).toHaveCount(1);
      await expect(pager(page)).toBeVisible();
      await expect(pager(page).locator('[data-section-counter]')).toHaveText(counter(1, total));
      await expect(previousLink(page)).toBeHidden();
      const secondTitle = (await sections(page).nth(1).locator('h2').textContent())!.trim();
      const next = pager(page).locator('a.section-pager__link--next');
      await expect(next).toContainText(secondTitle);

      await next.click();
      await expect.poll(() => shownIndex(page)).toBe(1);
      await expect(intro).toBeHidden();
      const second = sections(page).nth(1).locator('h2');
      await expect(second).toBeFocused();
      await expect(page).toHaveURL(new RegExp(`#${encodeURIComponent((await second.getAttribute('id'))!)}$`));
      // The bar's counter is a polite status line.
      await expect(page.locator('[data-section-mode]').getByRole('status')).toHaveText(counter(2, total));

      await next.click();
      await expect.poll(() => shownIndex(page)).toBe(2);
      // The browser shows the section on `beforematch` and only then fires `hashchange`, which brings the
      // heading on screen and focuses it: clicking before that lands where the pager was a moment ago.
      await expect(sections(page).nth(2).locator('h2')).toBeFocused();
      await previousLink(page).click();
      await expect.poll(() => shownIndex(page)).toBe(1);
      await expect(second).toBeFocused();

      // Back goes through the sections visited, to the first one.
      await page.goBack();
      await expect.poll(() => shownIndex(page)).toBe(2);
      await page.goBack();
      await expect.poll(() => shownIndex(page)).toBe(1);
      await page.goBack();
      await expect.poll(() => shownIndex(page)).toBe(0);
      // … at the place it was left: the end of the section, where "next" was pressed.
      await expect(next).toBeInViewport();

      // After the last section comes the quiz, then nothing further.
      await page.goto(`${url}#${await sections(page).nth(total - 1).locator('h2').getAttribute('id')}`);
      await expect.poll(() => shownIndex(page)).toBe(total - 1);
      await expect(sections(page).nth(total - 1).locator('h2')).toBeFocused();
      await expect(page.locator('.quiz')).toBeHidden();
      await next.click();
      await expect(shownSections(page)).toHaveCount(0);
      await expect(page.locator('#quiz-title')).toBeVisible();
      await expect(page.locator('#quiz-title')).toBeFocused();
      await expect(next).toBeHidden();
      await expect(previousLink(page)).toBeVisible();
    });

    test(`${lang}: a table-of-contents link, a glossary link to a term's first use and a search-result link open the section that holds their target`, async ({ page }) => {
      await page.goto(url);
      const fifth = sections(page).nth(4).locator('h2');
      await page.locator(`.toc a[href="#${await fifth.getAttribute('id')}"]`).click();
      await expect.poll(() => shownIndex(page)).toBe(4);
      await expect(fifth).toBeFocused();
      await expect(fifth).toBeInViewport();

      // The glossary links to the first use of a term, far down the module.
      await page.goto(`/${lang}/glossary/`);
      await page.locator(`a[href="/${lang}/modules/${SLUG}/#term-use-economic-compensation"]`).click();
      await expect(page.locator('#term-use-economic-compensation')).toBeInViewport();
      const holding = Number(await page.locator('#term-use-economic-compensation').evaluate((el) => el.closest<HTMLElement>('section.content-section')!.dataset.section));
      expect(holding).toBeGreaterThanOrEqual(5);
      await expect.poll(() => shownIndex(page)).toBe(holding);

      // A search result pointing into a later section: the URL Pagefind gives for the heading inside it (percent-encoded in Chinese).
      await page.goto(`/${lang}/search/`);
      const resultUrl = await page.evaluate(
        async ({ query, pageUrl, heading }) => {
          type Found = { url: string; sub_results: { url: string }[] };
          const script = '/pagefind/pagefind.js'; // served by the site, not a module of the tests
          const pagefind = await import(/* @vite-ignore */ script);
          await pagefind.init();
          const { results } = (await pagefind.search(query)) as { results: { data: () => Promise<Found> }[] };
          const pages = await Promise.all(results.map((r) => r.data()));
          return pages.find((p) => p.url === pageUrl)?.sub_results.map((s) => s.url).find((u) => decodeURIComponent(u.split('#')[1] ?? '') === heading);
        },
        { query: laterQuery, pageUrl: url, heading: laterHeading },
      );
      expect(resultUrl).toBeTruthy();
      await page.goto(resultUrl!);
      const target = page.locator(`[id="${laterHeading}"]`);
      await expect(target).toBeInViewport();
      expect(await shownIndex(page)).toBe(Number(await target.evaluate((el) => el.closest<HTMLElement>('section.content-section')!.dataset.section)));
      expect(await shownIndex(page)).toBeGreaterThan(0);
    });

    test(`${lang}: switching to the whole page works, is remembered, and can be switched back`, async ({ page }) => {
      await page.goto(url);
      const total = await sections(page).count();
      await pager(page).getByRole('button', { name: toPage }).click();
      await expect(shownSections(page)).toHaveCount(total);
      await expect(pager(page)).toBeHidden();
      await page.reload();
      await expect(shownSections(page)).toHaveCount(total);
      const toggle = page.locator('[data-section-mode] [data-reading-mode-toggle]');
      await expect(toggle).toHaveText(toSections, { useInnerText: true });
      await toggle.click();
      await expect.poll(() => shownIndex(page)).toBe(0);
      await expect(toggle).toHaveText(toPage, { useInnerText: true });
      await page.reload();
      await expect.poll(() => shownIndex(page)).toBe(0);
    });

    test(`${lang}: a section shown alone and read to its end counts as read; the hidden ones do not`, async ({ page }) => {
      await page.goto(url);
      const read = () => page.evaluate((slug) => JSON.parse(localStorage.getItem('fwg-progress') ?? '{}').state?.modules?.[slug]?.sectionsRead ?? [], SLUG);
      const fourth = sections(page).nth(3);
      await page.locator(`.toc a[href="#${await fourth.locator('h2').getAttribute('id')}"]`).click();
      await expect.poll(() => shownIndex(page)).toBe(3);
      await expect(fourth.locator('h2')).toBeFocused(); // opened: on screen at its top
      await page.waitForTimeout(300);
      expect(await read()).not.toContain(3);
      await fourth.locator(':scope > :not(.facilitator-notes)').last().scrollIntoViewIfNeeded();
      await expect.poll(read).toContain(3);
      // Sections 2 and 3 were skipped (hidden), so they are not read.
      expect(await read()).not.toContain(1);
      expect(await read()).not.toContain(2);
    });

    test(`${lang}: while a section is shown the quiz part stays hidden, also once the section is recorded as read, and the pager stays where it is`, async ({ page }) => {
      // Regression: the completion box under the quiz is a child of the article; its script un-hid it
      // on every change of progress, so it showed below each section and pushed the pager down
      // just as the end of the section (the place of "next") came on screen.
      await page.goto(url);
      await expect.poll(() => shownIndex(page)).toBe(0);
      const endPart = page.locator('article.module-body > section.content-section ~ :not(.content-section):not(script)');
      expect(await endPart.count()).toBeGreaterThan(0);
      const noneShown = async () => {
        for (const el of await endPart.all()) await expect(el).toBeHidden();
      };
      await noneShown();
      const next = pager(page).locator('a.section-pager__link--next');
      await next.scrollIntoViewIfNeeded();
      const before = await next.evaluate((a) => a.getBoundingClientRect().top);
      await expect.poll(() => page.evaluate((slug) => JSON.parse(localStorage.getItem('fwg-progress') ?? '{}').state?.modules?.[slug]?.sectionsRead ?? [], SLUG)).toContain(0);
      await noneShown();
      // (scroll anchoring may round the content above by a fraction of a pixel)
      expect(await next.evaluate((a) => a.getBoundingClientRect().top)).toBeCloseTo(before, 0);
    });

    test(`${lang}: axe finds nothing in section mode`, async ({ page }) => {
      await page.goto(`${url}#${encodeURIComponent(laterHeading)}`);
      await expect(pager(page)).toBeVisible();
      const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(axe.violations, JSON.stringify(axe.violations.map((v) => [v.id, v.nodes.map((n) => n.target)]), null, 1)).toEqual([]);
    });

    test(`${lang}: print shows every section`, async ({ page }) => {
      await page.goto(url);
      await expect.poll(() => shownIndex(page)).toBe(0);
      await page.emulateMedia({ media: 'print' });
      await expect(shownSections(page)).toHaveCount(await sections(page).count());
      await expect(page.locator('.quiz')).toBeVisible();
      await expect(page.locator('article.module-body > p').first()).toBeVisible(); // the introduction
      for (const script of await page.locator('article.module-body > script').all()) await expect(script).toBeHidden();
      await expect(pager(page)).toBeHidden();
      await expect(page.locator('[data-section-mode]')).toBeHidden();
    });
  });

  test(`${lang}: at 1280 wide every section shows and no section controls`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(url);
    await expect(shownSections(page)).toHaveCount(await sections(page).count());
    await expect(pager(page)).toBeHidden();
    await expect(page.locator('[data-section-mode]')).toBeHidden();
  });

  test(`${lang}: without JavaScript every section shows on a phone`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE });
    const page = await context.newPage();
    await page.goto(`${url}#${encodeURIComponent(laterHeading)}`);
    await expect(shownSections(page)).toHaveCount(await sections(page).count());
    await expect(pager(page)).toBeHidden();
    await expect(page.locator('[data-section-mode]')).toBeHidden();
    await context.close();
  });
}
