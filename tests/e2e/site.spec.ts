import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { builtPages, distFile } from '../../tools/lib/built-pages.ts';
import { LOCALES, localeFromPathname } from '../../src/i18n/locales';

/**
 * Checks every page of the build: it loads, speaks its language, stays on its own origin, breaks no
 * CSP rule, logs no error, passes axe (WCAG 2.2 AA), and its language switcher lands on the same
 * page in the other language.
 */

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
// Off in axe by default (experimental): WCAG 2.5.3, an accessible name that contains the visible text.
const EXTRA_RULES = { 'label-content-name-mismatch': { enabled: true } };

/** Records what a page does that it must not: console errors, CSP violations, foreign requests. */
async function watch(page: Page, baseURL: string) {
  const problems: string[] = [];
  const origin = new URL(baseURL).origin;
  page.on('console', (msg) => msg.type() === 'error' && problems.push(`console error: ${msg.text()}`));
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (url.protocol.startsWith('http') && url.origin !== origin) problems.push(`request to another origin: ${req.url()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  return problems;
}

for (const path of builtPages()) {
  test(`page ${path}`, async ({ page, baseURL }) => {
    const problems = await watch(page, baseURL!);
    const response = await page.goto(path, { waitUntil: 'networkidle' });
    expect(response?.status(), 'status').toBe(200);

    const locale = localeFromPathname(path);
    const html = page.locator('html');
    await expect(html).toHaveAttribute('lang', locale?.code ?? 'en');
    expect(await page.title()).not.toBe('');
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{8,}/);
    await expect(page.locator('meta[http-equiv="content-security-policy"]')).toHaveCount(1);

    // Scroll through so that anything hydrated when visible hydrates, then audit.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState('networkidle');
    // runOnly and rules in one options object: AxeBuilder's options() replaces what withTags() set.
    const axe = await new AxeBuilder({ page }).options({ runOnly: { type: 'tag', values: WCAG_TAGS }, rules: EXTRA_RULES }).analyze();
    const violations = axe.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')})`);
    expect(violations, 'axe').toEqual([]);
    expect(problems).toEqual([]);
  });
}

const localizedPages = builtPages().filter((p) => localeFromPathname(p));

for (const path of localizedPages) {
  test(`language switch ${path}`, async ({ page }) => {
    await page.goto(path);
    const from = localeFromPathname(path)!;
    for (const other of LOCALES.filter((l) => l.code !== from.code)) {
      const counterpart = path.replace(`/${from.path}/`, `/${other.path}/`);
      expect(fs.existsSync(distFile(counterpart)), `${counterpart} exists`).toBe(true);
      const link = page.locator(`a[data-lang-switch][hreflang="${other.code}"]`);
      // The deck switches language in place, so a projector stays in full screen (deck.spec.ts);
      // its link is the way to the other deck without JavaScript.
      if (/\/slides\/$/.test(path)) {
        await expect(link).toHaveAttribute('href', new RegExp(`${counterpart}$`));
        continue;
      }
      await link.click();
      await expect(page).toHaveURL(counterpart);
      await expect(page.locator('html')).toHaveAttribute('lang', other.code);
      await expect(page.locator(`link[rel="alternate"][hreflang="${from.code}"]`)).toHaveAttribute('href', new RegExp(`${path}$`));
    }
  });
}

test('dark colour scheme keeps AA contrast on each kind of page', async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: 'dark' });
  const page = await context.newPage();
  const samples = ['/', '/en/', '/zh-cn/modules/', localizedPages.find((p) => /modules\/[^/]+\/$/.test(p))!, localizedPages.find((p) => /booklets\/[^/]+\/$/.test(p))!, '/zh-cn/help/'];
  for (const path of samples) {
    await page.goto(path);
    const axe = await new AxeBuilder({ page }).withRules(['color-contrast']).analyze();
    expect(axe.violations.map((v) => `${path} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')}`)).toEqual([]);
  }
  await context.close();
});
