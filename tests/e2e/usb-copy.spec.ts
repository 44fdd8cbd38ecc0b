import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { DIST } from '../../tools/lib/built-pages.ts';
import { makeUsbCopy } from '../../tools/make-usb-copy.ts';

/** The copy for a USB stick: the deck and the presenter window work opened from disk, no server. */
const USB = fs.mkdtempSync(path.join(os.tmpdir(), 'usb-copy-'));
const fileUrl = (sitePath: string) => `file://${path.join(USB, sitePath)}`;

// One copy for the file, made once: the tests share it.
test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  await makeUsbCopy(DIST, USB);
});

test('from disk, keys move the deck and the presenter window stays in step both ways', async ({ context }) => {
  const deck = await context.newPage();
  const errors: string[] = [];
  deck.on('pageerror', (e) => errors.push(e.message));
  await deck.goto(fileUrl('zh-cn/modules/ilo-standards/slides/index.html'));
  await expect(deck.locator('link[rel="stylesheet"]').first()).toHaveAttribute('href', /^\.\.\//);
  await deck.keyboard.press('ArrowRight');
  await expect(deck).toHaveURL(/slides\/index\.html#\/2$/);

  const presenter = await context.newPage();
  await presenter.goto(fileUrl('zh-cn/modules/ilo-standards/presenter/index.html'));
  await expect(presenter.locator('body')).toContainText('第 2 张');
  await presenter.keyboard.press('ArrowRight');
  await expect(deck).toHaveURL(/#\/3$/);
  await deck.keyboard.press('ArrowLeft');
  await expect(presenter.locator('body')).toContainText('第 2 张');
  expect(errors).toEqual([]);
});

test('from disk, links between pages point at files that exist', async ({ page }) => {
  await page.goto(fileUrl('en/facilitate/index.html'));
  const hrefs = await page.locator('main a[href]').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
  const local = hrefs.filter((h) => h.startsWith('file://'));
  expect(local.length).toBeGreaterThan(10);
  for (const href of local) expect(fs.existsSync(decodeURIComponent(new URL(href).pathname)), href).toBe(true);
});
