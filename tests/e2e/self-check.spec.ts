import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { parse as parseYaml } from 'yaml';

/**
 * "Check a job offer" gives one result per kind of combination, with JavaScript off (the result is
 * CSS) and on; a stop sign alone says "do not go"; no result sends the reader back to the
 * recruiter or says "good". The signs are those of content/self-check.yaml, also listed in the booklet.
 */
const signs = parseYaml(fs.readFileSync('content/self-check.yaml', 'utf8')) as { id: string; weight: 'stop' | 'warning'; text: { en: string; 'zh-CN': string } }[];
const stop = signs.filter((s) => s.weight === 'stop').map((s) => s.id);
const warning = signs.filter((s) => s.weight === 'warning').map((s) => s.id);

const cases: { name: string; tick: string[]; result: 'none' | 'warnings' | 'many' | 'stop' }[] = [
  { name: 'no sign', tick: [], result: 'none' },
  { name: 'one stop sign (tourist visa)', tick: ['visit-visa'], result: 'stop' },
  { name: 'tourist visa + passport kept', tick: ['visit-visa', 'passport'], result: 'stop' },
  { name: 'warning signs only', tick: warning.slice(0, 2), result: 'warnings' },
  { name: 'many warning signs', tick: warning.slice(0, 3), result: 'many' },
  { name: 'many signs of both kinds', tick: [...warning.slice(0, 4), stop[0]!], result: 'stop' },
];

async function expectResult(page: Page, result: string) {
  for (const r of ['none', 'warnings', 'many', 'stop'])
    if (r === result) await expect(page.locator(`.self-check__band--${r}`)).toBeVisible();
    else await expect(page.locator(`.self-check__band--${r}`)).toBeHidden();
}

for (const javaScriptEnabled of [false, true]) {
  test.describe(`the self-check with JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled });
    for (const c of cases) {
      test(`${c.name} → ${c.result}`, async ({ page }) => {
        await page.goto('/zh-cn/booklets/check-a-job-offer/');
        for (const id of c.tick) await page.locator(`label[for="sign-${id}"]`).click();
        await expectResult(page, c.result);
        // What the old checklist said: "Good" for nothing ticked, "ask the recruiter" for a stop sign.
        const shown = page.locator('.self-check__band:visible');
        await expect(shown).not.toContainText(/^\s*很好|中介.{0,4}问/);
        await expect(page.locator('.self-check__next')).toBeVisible();
      });
    }
    test('clearing the ticks goes back to the first result', async ({ page }) => {
      await page.goto('/en/booklets/check-a-job-offer/');
      await page.locator('label[for="sign-deposit"]').click();
      await expectResult(page, 'stop');
      await page.getByRole('button', { name: 'Clear all ticks' }).click();
      await expectResult(page, 'none');
      await expect(page.locator('.self-check__band--none')).not.toContainText('Good');
    });
  });
}

test('the booklet lists the same signs as the checklist, stop signs first, in both languages', async ({ page }) => {
  for (const [lang, code] of [['en', 'en'], ['zh-cn', 'zh-CN']] as const) {
    await page.goto(`/${lang}/booklets/check-a-job-offer/`);
    const checklist = (await page.locator('.self-check__sign').allInnerTexts()).map((s) => s.trim());
    expect(checklist).toEqual([...signs.filter((s) => s.weight === 'stop'), ...signs.filter((s) => s.weight === 'warning')].map((s) => s.text[code]));
    await page.goto(`/${lang}/booklets/is-this-job-real/`);
    const inBooklet = await page.locator('ul.signs li').allInnerTexts();
    expect(inBooklet.length).toBe(signs.length);
    inBooklet.forEach((text, i) => expect(text).toContain(checklist[i]!));
  }
});
