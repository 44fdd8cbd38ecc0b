import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { builtPages, distFile } from '../../tools/lib/built-pages.ts';
import { quickExitUrl } from '../../src/lib/quick-exit.ts';
import { MARK_SCRIPTED } from '../../src/lib/first-paint.ts';

/**
 * What keeps a reader at risk safe when leaving, offline and towards other sites: the failures
 * F15–F18, F20 and F21 of the December reliability review (../shared/reviews/2026-12-reliability.md)
 * and its note on framing, one test each, named after the failure.
 *
 * No test here reaches another origin: the neutral page and every outbound link are answered by
 * the test itself, and the address the browser asked for is checked.
 */

/** The UI strings of one language, by key (a missing key fails the test). */
function strings(file: string): (key: string) => string {
  const all: Record<string, string> = JSON.parse(fs.readFileSync(`src/i18n/ui/${file}.json`, 'utf8'));
  return (key) => {
    const text = all[key];
    if (text === undefined) throw new Error(`no UI string ${key} in ${file}.json`);
    return text;
  };
}
const en = strings('en');
const zh = strings('zh-CN');
const NEUTRAL = quickExitUrl(process.env.QUICK_EXIT_URL, undefined);
const NEUTRAL_PAGE = '<!doctype html><html lang="en"><title>Neutral</title><h1>Neutral page</h1></html>';

/** Answers every request to another origin in the test: the neutral page with a stub, others aborted. */
async function keepToThisSite(context: BrowserContext, baseURL: string) {
  const site = new URL(baseURL).origin;
  const neutral: string[] = [];
  const elsewhere: { url: string; referer: string | undefined }[] = [];
  await context.route(
    (url) => url.protocol.startsWith('http') && url.origin !== site,
    async (route) => {
      const request = route.request();
      if (request.url() === NEUTRAL) {
        neutral.push(request.url());
        return route.fulfill({ contentType: 'text/html', body: NEUTRAL_PAGE });
      }
      elsewhere.push({ url: request.url(), referer: (await request.allHeaders()).referer });
      return route.fulfill({ contentType: 'text/html', body: NEUTRAL_PAGE });
    },
  );
  return { neutral, elsewhere };
}

/** Every address Back leads to from here, until there is nothing left to go back to. */
async function addressesBehind(page: Page): Promise<string[]> {
  const seen: string[] = [];
  for (let i = 0; i < 12; i++) {
    const before = page.url();
    await page.goBack({ waitUntil: 'commit' }).catch(() => null);
    await page.waitForTimeout(150);
    if (page.url() === before) break;
    seen.push(page.url());
  }
  return seen;
}

async function quickExitNote(page: Page): Promise<string> {
  await page.locator('.quick-exit-note summary').click();
  return (await page.locator('.quick-exit-note p').first().innerText()).trim();
}

const onThisSite = (baseURL: string) => (url: string) => url.startsWith(new URL(baseURL).origin);

test('F15 after a quick exit, Back never shows a page of this site (links between reader pages, then the button)', async ({ page, context, baseURL }) => {
  const requests = await keepToThisSite(context, baseURL!);
  await page.goto('/en/');
  // The reader's way through: home → Working abroad → a booklet → back to the list → another
  // booklet → the help card, each by its link, as the review walked it.
  for (const href of ['/en/booklets/', '/en/booklets/before-you-go/', '/en/booklets/', '/en/booklets/is-this-job-real/', '/en/help/']) {
    await page.locator(`main a[href="${href}"]`).first().click();
    await expect(page).toHaveURL(href);
    await page.waitForLoadState('load');
  }
  expect(await quickExitNote(page)).toBe(en('bookletKit.quickExitDoes'));
  await page.locator('a[data-quick-exit]').click();
  await expect(page).toHaveURL(NEUTRAL);
  expect(requests.neutral).toEqual([NEUTRAL]);
  const behind = await addressesBehind(page);
  expect(behind.filter(onThisSite(baseURL!)), `Back leads to ${behind.join(', ')}`).toEqual([]);
});

test('F15 Escape twice from a booklet reached through the language switch: Back never shows this site', async ({ page, context, baseURL }) => {
  const requests = await keepToThisSite(context, baseURL!);
  await page.goto('/zh-cn/booklets/');
  await page.locator('main a[href="/zh-cn/booklets/your-rights-abroad/"]').click();
  await expect(page).toHaveURL('/zh-cn/booklets/your-rights-abroad/');
  await page.waitForLoadState('load');
  await page.locator('a[data-lang-switch][hreflang="en"]').click();
  await expect(page).toHaveURL('/en/booklets/your-rights-abroad/');
  await page.waitForLoadState('load');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(NEUTRAL);
  expect(requests.neutral).toEqual([NEUTRAL]);
  const behind = await addressesBehind(page);
  expect(behind.filter(onThisSite(baseURL!)), `Back leads to ${behind.join(', ')}`).toEqual([]);
});

test('with the quick exit, links within a page (the skip link, a source note) still work and add no Back entry', async ({ page }) => {
  await page.goto('/en/booklets/is-this-job-real/');
  const entries = await page.evaluate(() => history.length);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
  await expect(page.locator('main')).toBeFocused();
  const note = page.locator('main a[href^="#"]').filter({ hasText: /^\[\d+\]$/ }).first();
  const target = (await note.getAttribute('href'))!;
  await note.click();
  await expect(page).toHaveURL(new RegExp(`${target}$`));
  await expect(page.locator(target)).toBeInViewport();
  expect(await page.evaluate(() => history.length)).toBe(entries);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('F15 the note under the quick exit says what Back then does, and it does that', async ({ page, context, baseURL }) => {
    const requests = await keepToThisSite(context, baseURL!);
    for (const [lang, ui] of [['en', en], ['zh-cn', zh]] as const) {
      const booklet = `/${lang}/booklets/before-you-go/`;
      await page.goto(`/${lang}/booklets/`);
      await page.locator(`main a[href="${booklet}"]`).click();
      // The note says Back brings the page back: check that it is this wording, then that it is true.
      expect(await quickExitNote(page)).toBe(ui('bookletKit.quickExitDoesNoScript'));
      await page.locator('a[data-quick-exit]').click();
      await expect(page).toHaveURL(NEUTRAL);
      await page.goBack();
      await expect(page).toHaveURL(booklet);
    }
    expect(requests.neutral).toEqual([NEUTRAL, NEUTRAL]);
  });
});

/** Every page a reader at risk may be on: home, the booklets index, each booklet, the self-check, the help card, the offline page. */
const readerPages = builtPages()
  .filter((p) => /^\/[^/]+\/((booklets|help)\/([^/]+\/)?)?$/.test(p) || p === '/offline/')
  // The booklets indexes first: the pages the review found without one.
  .sort((a, b) => Number(b.endsWith('/booklets/')) - Number(a.endsWith('/booklets/')));

test('F16 every page a reader at risk may be on has the quick exit, and Escape twice leaves it', async ({ page, context, baseURL }) => {
  test.slow(); // about fifty pages, each left twice: 25 s on a quiet machine, past the minute on a loaded one
  expect(readerPages).toEqual(expect.arrayContaining(['/en/', '/zh-cn/', '/en/booklets/', '/zh-cn/booklets/', '/en/help/', '/zh-cn/booklets/check-a-job-offer/']));
  const requests = await keepToThisSite(context, baseURL!);
  for (const path of readerPages) {
    await page.goto(path);
    await expect(page.locator('a[data-quick-exit]'), path).toHaveAttribute('href', NEUTRAL);
    await expect(page.locator('a[data-quick-exit]'), path).toBeInViewport();
    if (path !== '/offline/') await expect(page.locator('.quick-exit-note'), path).toHaveCount(1);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await expect(page, path).toHaveURL(NEUTRAL);
  }
  expect(requests.neutral).toHaveLength(readerPages.length);
  expect(requests.elsewhere).toEqual([]);
});

async function saveForOffline(page: Page) {
  await page.goto('/en/booklets/');
  await page.locator('[data-offline-save]').click();
  await expect(page.locator('[data-offline-status]')).toHaveText(en('bookletKit.offlineSaved'), { timeout: 30_000 });
}

test('F17 offline, saved pages open without their final slash, and a page not saved shows the offline page', async ({ page, context }) => {
  await saveForOffline(page);
  await context.setOffline(true);
  for (const [path, heading] of [['/en/help', en('help.title')], ['/zh-cn/booklets', zh('booklets.title')], ['/en/booklets/is-this-job-real?from=card', 'Is this job real?']] as const) {
    await page.goto(path);
    await expect(page.locator('h1').first(), path).toHaveText(heading);
  }
  // Pages that were never saved (the modules, the glossary): the bilingual "not saved" page, not the browser's error.
  for (const path of ['/en/modules/', '/zh-cn/glossary/', '/en/modules/ilo-standards']) {
    await page.goto(path);
    await expect(page.locator('h1').first(), path).toHaveText(en('offlinePage.title'));
    await expect(page.locator('[lang="zh-CN"] h1'), path).toHaveText(zh('offlinePage.title'));
    await page.locator('section[lang="zh-CN"] a[href="/zh-cn/help/"]').click();
    await expect(page.locator('h1').first()).toHaveText(zh('help.title'));
  }
  await context.setOffline(false);
});

test('F18 "Save for offline" with no connection says the connection is missing, not that the browser cannot', async ({ page, context }) => {
  for (const [lang, ui] of [['en', en], ['zh-cn', zh]] as const) {
    await page.goto(`/${lang}/booklets/`);
    await context.setOffline(true);
    await page.locator('[data-offline-save]').click();
    await expect(page.locator('[data-offline-status]')).toHaveText(ui('bookletKit.offlineNoConnection'));
    await expect(page.locator('[data-offline-unsupported]')).toBeHidden();
    await expect(page.locator('[data-offline-save]')).toBeEnabled();
    await context.setOffline(false);
  }
  // Back online, the same button saves.
  await page.locator('[data-offline-save]').click();
  await expect(page.locator('[data-offline-status]')).toHaveText(zh('bookletKit.offlineSaved'), { timeout: 30_000 });
});

test('F20 every page asks for no Referer itself, and a link out from the help card sends none', async ({ page, context, baseURL }) => {
  const missing = builtPages().filter((p) => !/<meta name="referrer" content="no-referrer"/.test(fs.readFileSync(distFile(p), 'utf8')));
  expect(missing, 'pages without <meta name="referrer" content="no-referrer">').toEqual([]);
  // The preview server, like many hosts and the USB copy, ignores public/_headers: the <meta> must do it.
  const requests = await keepToThisSite(context, baseURL!);
  for (const path of ['/zh-cn/help/', '/en/booklets/your-rights-abroad/']) {
    await page.goto(path);
    const outbound = page.locator(`main a[href^="http"]:not([href^="${new URL(baseURL!).origin}"]):not([data-quick-exit])`).first();
    const href = await outbound.getAttribute('href');
    await outbound.click();
    await expect(page).toHaveURL(href!);
  }
  expect(requests.elsewhere).toHaveLength(2);
  expect(requests.elsewhere.map((r) => r.referer)).toEqual([undefined, undefined]);
});

test('framing: the progress page and the reader pages show nothing inside another page\'s frame', async ({ page, baseURL }) => {
  // public/_headers forbids framing, but the preview server ignores it, as many hosts do.
  for (const path of ['/en/progress/', '/zh-cn/booklets/', '/en/help/', '/en/']) {
    await page.setContent(`<iframe src="${new URL(path, baseURL).href}" width="800" height="600" title="framed"></iframe>`);
    const frame = page.frameLocator('iframe');
    await expect(frame.locator('html')).toBeAttached();
    await expect(frame.locator('h1').first(), path).toBeHidden();
  }
  // The same pages on their own show as usual.
  await page.goto('/en/progress/');
  await expect(page.locator('h1')).toBeVisible();
});

test('F21 the only inline scripts are Astro\'s island bootstrap and the deck\'s first-paint line, hashed in the CSP, as the README says', async () => {
  // Astro's own copies of the bootstrap: the island element and one loader per client: directive.
  const runtime = path.resolve('node_modules/astro/dist/runtime');
  const files = [path.join(runtime, 'server/astro-island.prebuilt.js'), ...fs.readdirSync(path.join(runtime, 'client')).filter((f) => f.endsWith('.prebuilt.js')).map((f) => path.join(runtime, 'client', f))];
  const astroBootstrap = new Set(await Promise.all(files.map(async (file) => ((await import(pathToFileURL(file).href)) as { default: string }).default)));
  astroBootstrap.add(MARK_SCRIPTED); // ours: the deck and presenter mark the page as scripted before the first paint
  const problems: string[] = [];
  let inline = 0;
  for (const page of builtPages()) {
    const html = fs.readFileSync(distFile(page), 'utf8');
    const csp = /http-equiv="content-security-policy" content="([^"]*)"/.exec(html)?.[1] ?? '';
    for (const [, body] of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
      inline++;
      if (!astroBootstrap.has(body!)) problems.push(`${page}: an inline script that is neither Astro's bootstrap nor the first-paint line: ${body!.slice(0, 60)}`);
      const hash = `'sha256-${crypto.createHash('sha256').update(body!).digest('base64')}'`;
      if (!csp.includes(hash)) problems.push(`${page}: inline script not hashed in the CSP`);
    }
    if (/\son[a-z]+=/i.test(html)) problems.push(`${page}: an inline event handler`);
    if (/href="javascript:/i.test(html)) problems.push(`${page}: a javascript: URL`);
  }
  expect(problems).toEqual([]);
  expect(inline).toBeGreaterThan(0);
  const readme = fs.readFileSync('README.md', 'utf8');
  expect(/;\s+no inline\s+scripts;/.test(readme), 'README claims there are no inline scripts at all').toBe(false);
  expect(/only inline\s+scripts are Astro's island\s+bootstrap/.test(readme), 'README names the inline scripts there are').toBe(true);
  expect(/first paint/.test(readme), 'README names the deck\'s first-paint line').toBe(true);
});
