import { expect, test } from '@playwright/test';

test('the language chooser suggests the browser language and does not redirect', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page).toHaveURL(/\/$/);
  await expect(page.locator('[data-suggested="zh-CN"]')).toBeVisible();
  await expect(page.locator('[data-suggested="en"]')).toBeHidden();
  await context.close();
});

test('search counts its results in the singular and the plural', async ({ page }) => {
  await page.goto('/en/search/?q=Dubai'); // named on one page only, the help for the United Arab Emirates
  await expect(page.getByRole('status')).toHaveText('1 page found for “Dubai”.');
  await expect(page.locator('[data-search-results] li')).toHaveCount(1);
  await page.goto('/en/search/?q=passport');
  await expect(page.getByRole('status')).toHaveText(/^\d+ pages found for “passport”\.$/);
});

test('search finds a module once, and leads to the section that holds the words', async ({ page }) => {
  // The printed views (handout, plan, checklist) repeat a module's text: they stay out of the index,
  // or one search found the module three times with facilitator notes in the snippets.
  for (const [lang, query] of [['en', 'Kunming'], ['zh-cn', '昆明']] as const) {
    await page.goto(`/${lang}/search/?q=${encodeURIComponent(query)}`);
    const links = page.locator('[data-search-results] li > a');
    await expect(links.first()).toBeVisible();
    const hrefs = await links.evaluateAll((all) => all.map((a) => (a as HTMLAnchorElement).getAttribute('href') ?? ''));
    const pages = hrefs.map((h) => h.split('#')[0]);
    expect(pages.filter((p) => /\/(handout|plan|checklist)\//.test(p!)), lang).toEqual([]);
    expect(new Set(pages).size, `${lang}: ${hrefs.join(' ')}`).toBe(pages.length);
    const inModule = hrefs.find((h) => h.includes('/modules/ilo-standards/'));
    expect(inModule, lang).toMatch(/#./);
    await expect(page.locator('[data-search-results] li').filter({ has: page.locator(`a[href="${inModule}"]`) }).locator('.search-result__section')).not.toBeEmpty();
  }
});

test('search finds Chinese text in the Chinese index and English text in the English one', async ({ page }) => {
  await page.goto('/zh-cn/search/');
  await page.getByRole('searchbox').fill('强迫劳动');
  await page.getByRole('button', { name: '搜索' }).click();
  await expect(page.locator('[data-search-results] li').first()).toBeVisible();
  await expect(page.locator('[data-search-results] a').first()).toHaveAttribute('href', /^\/zh-cn\//);

  await page.goto('/en/search/?q=passport');
  await expect(page.locator('[data-search-results] li').first()).toBeVisible();
  await expect(page.locator('[data-search-results] a').first()).toHaveAttribute('href', /^\/en\//);
});

test('an unknown address gets the bilingual 404 page', async ({ page }) => {
  const response = await page.goto('/en/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('section[lang="zh-CN"] h1')).toHaveText('找不到页面');
  await expect(page.locator('section[lang="en"] h1')).toHaveText('Page not found');
});

test('a citation links to its entry in the source list', async ({ page }) => {
  await page.goto('/zh-cn/modules/ilo-standards/');
  const cite = page.locator('a.cite').first();
  const target = await cite.getAttribute('href');
  expect(target).toMatch(/^#source-/);
  await expect(page.locator(target!)).toHaveCount(1);
});
