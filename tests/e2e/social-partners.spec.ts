import fs from 'node:fs';
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';

/**
 * Module 9 for trade unions and employers: the home-page door, the catalogue's audience filter
 * (radio buttons and CSS, so it must work with JavaScript off as well as on), and the printable
 * checklist, which must print on exactly two A4 pages in both languages.
 */

const cards = (page: Page) => page.locator('.module-card');
const visibleSlugs = (page: Page) => page.locator('.module-card:visible').evaluateAll((els) => els.map((e) => e.getAttribute('data-module')));

for (const javaScriptEnabled of [false, true]) {
  test.describe(`catalogue audience filter, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled });

    test('every module shows until an audience is chosen; each audience shows only its modules', async ({ page }) => {
      await page.goto('/en/modules/');
      const total = await cards(page).count();
      expect(total).toBeGreaterThanOrEqual(8);
      await expect(page.getByRole('radio', { name: 'Everyone' })).toBeChecked();
      await expect(page.locator('.module-card:visible')).toHaveCount(total);

      await page.getByText('Trade unions', { exact: true }).click();
      await expect(page.getByRole('radio', { name: 'Trade unions' })).toBeChecked();
      const forUnions = await visibleSlugs(page);
      expect(forUnions).toContain('social-partners');
      expect(forUnions).not.toContain('ilo-standards');
      expect(forUnions.length).toBe(await page.locator('.module-card.for-trade-unions').count());

      await page.getByText('Police', { exact: true }).click();
      const forPolice = await visibleSlugs(page);
      expect(forPolice).not.toContain('social-partners');
      expect(forPolice).toContain('ilo-standards');

      // Keyboard: arrow keys move between the radios, as in any radio group.
      await page.getByRole('radio', { name: 'Police' }).focus();
      await page.keyboard.press('ArrowLeft');
      await expect(page.getByRole('radio', { name: 'Everyone' })).toBeChecked();
      await expect(page.locator('.module-card:visible')).toHaveCount(total);
    });

    test('the Chinese catalogue filters by 用人单位', async ({ page }) => {
      await page.goto('/zh-cn/modules/');
      await page.getByText('用人单位', { exact: true }).click();
      const slugs = await visibleSlugs(page);
      expect(slugs).toContain('social-partners');
      expect(slugs).not.toContain('trafficking-chinese-law');
    });
  });
}

test('without CSS every module stays listed and the filter is plain radio buttons', async ({ page }) => {
  await page.route('**/*.css', (route) => route.abort());
  await page.goto('/en/modules/');
  await page.getByRole('radio', { name: 'Employers' }).check();
  const total = await cards(page).count();
  await expect(page.locator('.module-card:visible')).toHaveCount(total);
});

test('the home page has a door for trade unions and employers in both languages', async ({ page }) => {
  for (const [lang, title, action] of [
    ['en', 'Trade unions and employers', 'Open module 9'],
    ['zh-cn', '工会和用人单位', '进入第9单元'],
  ] as const) {
    await page.goto(`/${lang}/`);
    const door = page.locator('.door', { has: page.getByRole('heading', { name: title }) });
    await expect(door).toBeVisible();
    await door.getByRole('link', { name: action }).click();
    await expect(page).toHaveURL(new RegExp(`/${lang}/modules/social-partners/$`));
    // Not Back: from a page with the quick exit, moves within the site replace the history entry.
    await page.goto(`/${lang}/`);
    await door.locator('.door__extra a').click();
    await expect(page).toHaveURL(new RegExp(`/${lang}/modules/social-partners/checklist/$`));
  }
});

for (const [lang, heading] of [['en', 'Signs to act on, and whom to call'], ['zh-cn', '需要采取行动的迹象和联系渠道']] as const) {
  test(`the ${lang} checklist holds the module's indicators, key points and contacts, and prints on two A4 pages`, async ({ page }) => {
    await page.goto(`/${lang}/modules/social-partners/`);
    await page.locator('.module-header').getByRole('link', { name: lang === 'en' ? 'Printable checklist (two A4 pages)' : '打印版清单（两页A4）' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    await expect(page.locator('[data-indicator]')).toHaveCount(7);
    await expect(page.locator('[data-indicator="document-retention"]')).toHaveText(lang === 'en' ? 'Retention of identity documents' : '扣押身份证件');
    await expect(page.locator('.checklist__section')).toHaveCount(7);
    await expect(page.locator('.checklist__section li')).toHaveCount(28);
    for (const id of ['police-110', 'hrss-12333', 'consular-12308']) await expect(page.locator(`[data-contact="${id}"]`)).toBeVisible();
    await expect(page.locator('[data-contact="police-110"] a')).toHaveAttribute('href', 'tel:110');

    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'checklist-')), `${lang}.pdf`);
    fs.writeFileSync(file, pdf);
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
    expect(pages).toBe(2);
    // The contacts start page 2: the text of page 1 has the signs and no phone numbers' heading.
    const page1 = execFileSync('pdftotext', ['-f', '1', '-l', '1', file, '-'], { encoding: 'utf8' });
    const page2 = execFileSync('pdftotext', ['-f', '2', '-l', '2', file, '-'], { encoding: 'utf8' });
    expect(page1).toContain(lang === 'en' ? 'Signs to act on' : '需要采取行动的迹象');
    expect(page2).toContain(lang === 'en' ? 'Whom to call' : '联系渠道');
    expect(page2).toContain('12333');
  });
}
