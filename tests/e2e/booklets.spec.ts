import { expect, test, type Page } from '@playwright/test';
import { builtPages } from '../../tools/lib/built-pages.ts';
import { quickExitUrl } from '../../src/lib/quick-exit.ts';

/**
 * The pages for people going abroad to work: readable without JavaScript, a quick exit that
 * leaves no Back entry, nothing stored unless the reader asks, and an offline copy on request.
 * (Leaving, offline edge cases and headers: tests/e2e/reader-safety.spec.ts.)
 */

const NEUTRAL = quickExitUrl(process.env.QUICK_EXIT_URL, undefined);

/** The neutral page is on another site: the test answers it, so nothing leaves this machine. */
async function answerNeutralPage(page: Page) {
  await page.context().route(NEUTRAL, (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Neutral</title>' }));
}

/** The text of the page as Chromium's accessibility tree has it (CSS generated content included). */
async function accessibleText(page: Page): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { role?: { value: string }; name?: { value: string } }[] };
  await cdp.detach();
  return nodes.filter((n) => n.role?.value === 'StaticText').map((n) => n.name?.value ?? '').join('');
}

const readerPages = builtPages().filter((p) => /^\/[^/]+\/(booklets\/[^/]+|help)\/$/.test(p));

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const path of readerPages) {
    test(`${path} reads, with a quick exit that is a plain link`, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator('h1')).toBeVisible();
      await expect(page.locator('main p').first()).toBeVisible();
      await expect(page.locator('a[data-quick-exit]')).toHaveAttribute('href', NEUTRAL);
      // Controls that need JavaScript stay out of the way.
      await expect(page.locator('[data-read-aloud]')).toBeHidden();
      await expect(page.locator('[data-print]')).toBeHidden();
    });
  }

  test('the help card lists numbers one tap away', async ({ page }) => {
    await page.goto('/zh-cn/help/');
    await expect(page.locator('.contacts a[href^="tel:"]').first()).toBeVisible();
    expect(await page.locator('.contacts a[href^="tel:+861012308"]').count()).toBe(1);
    await expect(page.locator('.help-carry svg.qr__code')).toBeVisible();
  });

  test('the text size changes by CSS alone', async ({ page }) => {
    await page.goto('/zh-cn/booklets/is-this-job-real/');
    const size = () => page.locator('.booklet-body p').first().evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
    const normal = await size();
    await page.getByText('特大', { exact: true }).click();
    expect(await size()).toBeGreaterThan(normal * 1.3);
    await page.getByText('标准', { exact: true }).click();
    expect(await size()).toBe(normal);
  });

  test('the quick exit link opens the neutral page', async ({ page }) => {
    await answerNeutralPage(page);
    await page.goto('/en/booklets/before-you-go/');
    await page.locator('a[data-quick-exit]').click();
    await expect(page).toHaveURL(NEUTRAL);
  });
});

async function expectNoBackToBooklet(page: Page, leave: () => Promise<void>) {
  await answerNeutralPage(page);
  await page.goto('/zh-cn/booklets/');
  await page.locator('main a[href="/zh-cn/booklets/is-this-job-real/"]').click();
  await expect(page).toHaveURL(/is-this-job-real/);
  await page.waitForLoadState('load');
  await leave();
  await expect(page).toHaveURL(NEUTRAL);
  await page.goBack();
  // The booklet's entry, which had taken the index's, was replaced: Back leaves the site.
  expect(page.url()).toBe('about:blank');
}

test('quick exit replaces the page, so Back does not return to it', async ({ page }) => {
  await expectNoBackToBooklet(page, () => page.locator('a[data-quick-exit]').click());
});

test('Escape pressed twice is a quick exit; once is not', async ({ page }) => {
  await expectNoBackToBooklet(page, async () => {
    await page.keyboard.press('Escape');
    await page.waitForTimeout(1200);
    await expect(page).toHaveURL(/is-this-job-real/);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
  });
});

test('reading stores nothing: no service worker, cache or storage until the reader asks', async ({ page }) => {
  for (const path of ['/zh-cn/booklets/', '/zh-cn/booklets/is-this-job-real/', '/zh-cn/booklets/check-a-job-offer/', '/zh-cn/help/']) await page.goto(path);
  const stored = await page.evaluate(async () => ({
    workers: (await navigator.serviceWorker.getRegistrations()).length,
    caches: (await caches.keys()).length,
    local: localStorage.length,
    session: sessionStorage.length,
    cookies: document.cookie,
  }));
  expect(stored).toEqual({ workers: 0, caches: 0, local: 0, session: 0, cookies: '' });
});

test('share falls back to a link to copy where there is no share sheet', async ({ page }) => {
  await page.goto('/en/booklets/your-rights-abroad/');
  const hasShare = await page.evaluate(() => typeof navigator.share === 'function');
  test.skip(hasShare, 'this browser has a share sheet');
  await page.getByText('Share', { exact: true }).click();
  await expect(page.getByLabel('Link to this page')).toHaveValue(/\/en\/booklets\/your-rights-abroad\/$/);
});

test('print hides the quick exit and the tools', async ({ page }) => {
  await page.goto('/en/booklets/is-this-job-real/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.quick-exit')).toBeHidden();
  await expect(page.locator('.reading-tools')).toBeHidden();
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('h1')).toBeVisible();
  await page.goto('/en/help/');
  await expect(page.locator('.wallet')).toBeVisible();
  const panel = await page.locator('.wallet__panel').first().boundingBox();
  // 85 × 55 mm at 96 px per inch.
  expect(Math.round(panel!.width)).toBe(Math.round((85 / 25.4) * 96));
  expect(Math.round(panel!.height)).toBe(Math.round((55 / 25.4) * 96));
});

test('save for offline: shows the size, works without a network, and can be removed', async ({ page, context }) => {
  await page.goto('/zh-cn/booklets/');
  const save = page.locator('[data-offline-save]');
  await expect(save).toBeVisible();
  await expect(save).toHaveText(/\d+ (KB|MB)/);
  await expect(page.locator('[data-offline-unsupported]')).toBeHidden();
  await save.click();
  await expect(page.locator('[data-offline-status]')).toHaveText(/已保存/, { timeout: 30_000 });
  await expect(page.locator('[data-offline-remove]')).toBeVisible();

  await context.setOffline(true);
  for (const path of ['/zh-cn/booklets/is-this-job-real/', '/en/booklets/before-you-go/', '/zh-cn/help/', '/en/booklets/check-a-job-offer/', '/zh-cn/booklets/']) {
    await page.goto(path);
    await expect(page.locator('h1')).toBeVisible();
    // Styles came from the cache too: the quick exit is styled as a button.
    await expect(page.locator('.quick-exit__button, .offline').first()).toBeVisible();
  }
  await context.setOffline(false);
  await page.goto('/zh-cn/booklets/');
  await page.locator('[data-offline-remove]').click();
  await expect(page.locator('[data-offline-status]')).toHaveText(/已删除/);
  await expect(save).toBeVisible();
  const left = await page.evaluate(async () => ({ workers: (await navigator.serviceWorker.getRegistrations()).length, caches: await caches.keys() }));
  expect(left).toEqual({ workers: 0, caches: [] });
});

/** Replaces the browser's speech with a recorder offering `voices` (headless Chromium has none). */
async function fakeSpeech(page: Page, voices: { lang: string; localService: boolean }[]) {
  await page.addInitScript((list) => {
    const spoken: string[] = [];
    Object.assign(window, { __spoken: spoken });
    window.SpeechSynthesisUtterance = class {
      text: string; voice: unknown; lang = ''; onend: (() => void) | null = null; onerror: (() => void) | null = null;
      constructor(text: string) { this.text = text; }
    } as unknown as typeof SpeechSynthesisUtterance;
    const synth = window.speechSynthesis;
    synth.getVoices = () => list.map((v, i) => ({ ...v, name: `v${i}`, voiceURI: `v${i}`, default: i === 0 })) as unknown as SpeechSynthesisVoice[];
    synth.speak = (u: SpeechSynthesisUtterance) => void spoken.push(u.text);
    synth.cancel = () => {};
  }, voices);
}

test('read aloud appears only with a voice on the device for the page language, and reads the text', async ({ page }) => {
  await fakeSpeech(page, [{ lang: 'zh-CN', localService: false }, { lang: 'en-US', localService: true }]);
  await page.goto('/zh-cn/booklets/is-this-job-real/');
  await expect(page.locator('[data-read-aloud]')).toBeHidden();
  await page.goto('/en/booklets/is-this-job-real/');
  const button = page.getByRole('button', { name: 'Read aloud' });
  await button.click();
  await expect(page.getByRole('button', { name: 'Stop reading' })).toBeVisible();
  const spoken = await page.evaluate(() => (window as unknown as { __spoken: string[] }).__spoken);
  expect(spoken[0]).toBe('Is this job real?');
  expect(spoken).toContain('Warning signs');
  // Not the tools, the quick-exit note or the source list.
  expect(spoken.join(' ')).not.toMatch(/Text size|Quick exit|Sources/);
});
