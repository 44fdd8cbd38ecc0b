import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { parse as parseYaml } from 'yaml';

/**
 * Help by destination: every country of content/destinations.yaml has a page in both languages,
 * readable with no JavaScript, each number a tel: link with its source, the quick exit, 12308,
 * and a link from the help card.
 */
const destinations = parseYaml(fs.readFileSync('content/destinations.yaml', 'utf8')) as { id: string; numbers: { tel: string }[] }[];

test.describe('country help pages, JavaScript off', () => {
  test.use({ javaScriptEnabled: false });
  for (const lang of ['en', 'zh-cn']) {
    test(`every country in ${lang}`, async ({ page }) => {
      await page.goto(`/${lang}/help/`);
      const listed = await page.locator('.country-list a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
      expect(listed.sort()).toEqual(destinations.map((d) => `/${lang}/help/${d.id}/`).sort());
      for (const d of destinations) {
        const response = await page.goto(`/${lang}/help/${d.id}/`);
        expect(response?.status(), d.id).toBe(200);
        await expect(page.locator('[data-quick-exit]').first()).toBeVisible();
        const tels = await page.locator('.contact a[href^="tel:"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
        for (const n of d.numbers) expect(tels, d.id).toContain(`tel:${n.tel}`);
        expect(tels, d.id).toContain('tel:+861012308');
        expect(await page.locator('.contact__source').count(), d.id).toBe(d.numbers.length);
      }
    });
  }
});
