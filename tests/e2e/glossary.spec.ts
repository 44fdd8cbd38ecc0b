import { expect, test } from '@playwright/test';

test('the glossary filter hides terms that do not match, announces the count, and shows all when cleared', async ({ page }) => {
  await page.goto('/en/glossary/');
  const entries = page.locator('[data-glossary-entry]');
  const total = await entries.count();
  expect(total).toBeGreaterThanOrEqual(60);
  const status = page.getByRole('status');

  await page.getByLabel('Filter the terms').fill('debt bondage');
  await expect(page.locator('[data-glossary-entry]:visible')).toHaveCount(1);
  await expect(page.locator('#term-debt-bondage')).toBeVisible();
  await expect(page.locator('#term-forced-labour')).toBeHidden();
  await expect(status).toHaveText(`1 of ${total} terms shown.`);
  // Groups left empty hide with their letter.
  await expect(page.getByRole('heading', { level: 2, name: 'A', exact: true })).toBeHidden();

  // The other language's term works too.
  await page.getByLabel('Filter the terms').fill('债务奴役');
  await expect(page.locator('[data-glossary-entry]:visible')).toHaveCount(1);

  await page.getByLabel('Filter the terms').fill('no such term');
  await expect(page.locator('[data-glossary-entry]:visible')).toHaveCount(0);
  await expect(status).toContainText('No term matches');

  await page.getByLabel('Filter the terms').fill('');
  await expect(page.locator('[data-glossary-entry]:visible')).toHaveCount(total);
  await expect(status).toHaveText(`All ${total} terms shown.`);
});

test('without JavaScript every term shows and the filter is not offered', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/zh-cn/glossary/');
  await expect(page.locator('[data-glossary-filter]')).toBeHidden();
  const entries = page.locator('[data-glossary-entry]');
  await expect(page.locator('[data-glossary-entry]:visible')).toHaveCount(await entries.count());
  await context.close();
});

test('the Chinese glossary is in pinyin order, under pinyin initials', async ({ page }) => {
  await page.goto('/zh-cn/glossary/');
  const letters = await page.locator('.glossary-group__letter').allTextContents();
  expect(['A', 'B']).toContain(letters[0]);
  expect(letters).toEqual([...letters].sort());
  // The first entries start with an a or b syllable (剥 bō, 不 bù …), and 强迫劳动 is filed under Q.
  const first = await page.locator('[data-glossary-entry] h3').first().textContent();
  expect(first).toMatch(/^[阿安暗按八白百办帮包保报被本必边标表别并波剥不部]/);
  await expect(page.locator('#letter-Q + .glossary-list #term-forced-labour')).toHaveCount(1);
  // The English term beside it says it is English.
  await expect(page.locator('#term-forced-labour [lang="en"]')).toHaveText('forced labour');
});

test('a term in a module links to its entry and shows its definition on focus, without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/en/modules/ilo-standards/');
  const link = page.locator('a.glossary-term__link[href="/en/glossary/#term-forced-labour"]');
  await expect(link).toHaveCount(1); // the first use only
  const tip = page.locator('#term-tip-forced-labour');
  await expect(tip).toBeHidden();
  await expect(link).toHaveAccessibleDescription(/menace of any penalty/);
  await link.focus();
  await expect(tip).toBeVisible();
  await expect(tip).toContainText('menace of any penalty');
  await link.blur();
  await expect(tip).toBeHidden();
  await link.hover();
  await expect(tip).toBeVisible();

  await link.click();
  await expect(page).toHaveURL(/\/en\/glossary\/#term-forced-labour$/);
  await expect(page.locator('#term-forced-labour')).toBeInViewport();
  await context.close();
});

test('Escape dismisses a definition shown on focus (WCAG 1.4.13), and it returns on the next focus', async ({ page }) => {
  await page.goto('/en/modules/ilo-standards/');
  const term = page.locator('.glossary-term').first();
  const tip = term.locator('.glossary-term__tip');
  await term.locator('.glossary-term__link').focus();
  await expect(tip).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(tip).toBeHidden();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Shift+Tab');
  await expect(tip).toBeVisible();
});
