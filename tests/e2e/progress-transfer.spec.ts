import { expect, test, type Browser, type Page } from '@playwright/test';
import { fakeCamera, watch } from './devices';
import AxeBuilder from '@axe-core/playwright';
import fs from 'node:fs';
import path from 'node:path';
import { encodeProgressCode, groupCode } from '../../src/lib/progress-code';
import type { ProgressData } from '../../src/lib/progress-model';

/**
 * Moving progress from a phone to a desktop without a file (issue 15, point 6): two browser
 * contexts are the two devices. The phone shows its progress as a QR code and a text code; the
 * desktop, which has progress of its own, reads it by pasted text (English) or through its camera
 * (Chinese; a fake video stream painted from the phone's QR image, as in session.spec.ts), and
 * shows the same progress. A mistyped or altered code is refused and the desktop keeps what it had.
 */

const KEY = 'fwg-progress';
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const at = (day: number, hour = 10) => `2026-11-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00.000Z`;
const ALL_SECTIONS = [...Array(30).keys()]; // more than any module has: every section read
/** The site's modules in the code's order (every module has a quiz file named after it). */
const MODULES = fs
  .readdirSync(path.resolve(import.meta.dirname, '../../content/quizzes'))
  .map((f) => f.replace(/\.yaml$/, ''))
  .sort();

/** The phone: one module completed, one begun, a name for the record. */
const PHONE = {
  learnerName: 'Li Ming',
  lastVisited: { slug: 'forced-labour-indicators', section: 1, at: at(24) },
  modules: {
    'ilo-standards': {
      answers: { 'elements-both-required': { answer: { type: 'single', optionId: 'b' }, correct: true, at: at(23, 9) } },
      attempts: 2,
      bestScore: 93,
      lastScore: 87,
      startedAt: at(22),
      updatedAt: at(23),
      sectionsRead: ALL_SECTIONS,
      completedAt: at(23),
    },
    'forced-labour-indicators': { answers: {}, attempts: 0, startedAt: at(24, 8), updatedAt: at(24), sectionsRead: [0, 1] },
  },
};
/** The desktop's own progress, which must survive everything. */
const DESKTOP = {
  learnerName: '',
  modules: { 'supply-chains': { answers: {}, attempts: 1, bestScore: 40, lastScore: 40, startedAt: at(20), updatedAt: at(21), sectionsRead: [0] } },
};


async function device(browser: Browser, baseURL: string, kind: 'phone' | 'desktop', progress?: unknown) {
  const context = await browser.newContext(
    kind === 'phone' ? { baseURL, viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } : { baseURL, viewport: { width: 1280, height: 900 } },
  );
  const problems = watch(context, new URL(baseURL).origin);
  const page = await context.newPage();
  if (progress) {
    await page.goto('/en/about/');
    await page.evaluate(([k, v]) => localStorage.setItem(k, v), [KEY, JSON.stringify({ state: progress, version: 1 })] as const);
  }
  return { context, page, problems };
}

const storedModules = (page: Page) => page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? 'null')?.state?.modules ?? null, KEY);
const storedRaw = (page: Page) => page.evaluate((k) => localStorage.getItem(k), KEY);


async function noAxeViolations(page: Page) {
  const axe = await new AxeBuilder({ page }).withTags(WCAG_TAGS).include('.transfer-code').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')}`)).toEqual([]);
}

/** One character of the code changed, as a slip of the finger would. */
const mistype = (code: string) => code.replace(/^(.{30})(.)/, (_, head: string, ch: string) => head + (ch === 'A' ? 'B' : 'A'));

/** The phone's part, in either language: show the code, return its text and its QR image. */
async function showCode(phone: Page, lang: 'en' | 'zh-cn', names: { show: RegExp; qr: string; text: string; holds: RegExp }) {
  await phone.goto(`/${lang}/progress/`);
  await phone.getByRole('button', { name: names.show }).click();
  const qr = phone.getByRole('img', { name: names.qr });
  await expect(qr).toBeVisible();
  await expect(phone.locator('.transfer-code__shown')).toContainText(names.holds);
  const text = await phone.getByRole('textbox', { name: names.text, exact: true }).inputValue();
  expect(text).toMatch(/^FWP1 /);
  const png = await qr.evaluate((c: HTMLCanvasElement) => c.toDataURL('image/png'));
  return { text, png };
}

test('phone to desktop in English: the text code pasted, a mistyped code refused, the same progress on the desktop', async ({ browser, baseURL }) => {
  const phone = await device(browser, baseURL!, 'phone', PHONE);
  const desktop = await device(browser, baseURL!, 'desktop', DESKTOP);

  const { text } = await showCode(phone.page, 'en', { show: /Show my progress as a code/, qr: 'QR code of your progress', text: 'Text code', holds: /in 2 modules/ });
  await expect(phone.page.getByText('This site sends nothing: only what you show on the screen, or copy yourself, leaves this device.')).toBeVisible();
  await noAxeViolations(phone.page);
  // The phone's progress is read, never changed, by showing it.
  expect(await storedModules(phone.page)).toEqual(PHONE.modules);

  await desktop.page.goto('/en/progress/');
  const before = await storedRaw(desktop.page);
  const field = desktop.page.getByRole('textbox', { name: 'Paste or type the text code' });
  const status = desktop.page.locator('.transfer-code__message');

  // A slip of the finger: refused by the check characters, and nothing changes.
  await field.fill(mistype(text));
  await desktop.page.getByRole('button', { name: 'Read the text code' }).click();
  await expect(status).toHaveText(/This code has a typing error or is incomplete: its check characters do not match\..*Nothing was changed\./);
  await expect(desktop.page.getByRole('button', { name: 'Add it to this device' })).toHaveCount(0);
  // A code cut short in a chat message.
  await field.fill(text.slice(0, 120));
  await desktop.page.getByRole('button', { name: 'Read the text code' }).click();
  await expect(status).toHaveText(/typing error or is incomplete/);
  // Something else entirely.
  await field.fill('https://example.com/');
  await desktop.page.getByRole('button', { name: 'Read the text code' }).click();
  await expect(status).toHaveText('This is not a progress code from this site. Nothing was changed.');
  expect(await storedRaw(desktop.page)).toBe(before);

  // The real code, as a chat app might deliver it: on several lines, in lower case.
  await field.fill(text.toLowerCase().replace(/ /g, '\n'));
  await desktop.page.getByRole('button', { name: 'Read the text code' }).click();
  await expect(status).toHaveText("The code holds progress for 2 modules. Add it to this device's progress? Nothing that is here will be lost.");
  await desktop.page.getByRole('button', { name: 'Add it to this device' }).click();
  await expect(status).toHaveText("Added: the progress from the code was merged with this device's. Nothing that was here was lost.");

  // The desktop now shows the phone's progress, and still its own.
  const rows = desktop.page.locator('.progress-table tbody tr');
  await expect(rows.filter({ hasText: 'ILO' }).first()).toContainText('Completed');
  await expect(rows.filter({ hasText: 'ILO' }).first()).toContainText('93%');
  await expect(desktop.page.locator('.record-sheet')).toContainText('Li Ming');
  await expect(desktop.page.locator('.record-sheet')).toContainText('93%');
  const merged = await storedModules(desktop.page);
  for (const slug of ['ilo-standards', 'forced-labour-indicators'] as const) {
    const { answers: _left, ...carried } = PHONE.modules[slug];
    expect(merged[slug]).toEqual({ ...carried, answers: {} });
  }
  expect(merged['supply-chains']).toEqual(DESKTOP.modules['supply-chains']);

  // Copy, for a device without a camera.
  await phone.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await phone.page.getByRole('button', { name: 'Copy the text code' }).click();
  await expect(phone.page.locator('.transfer-code__shown [role="status"]')).toHaveText('Copied. Paste it on the other device.');
  expect(await phone.page.evaluate(() => navigator.clipboard.readText())).toBe(text);

  expect([...phone.problems, ...desktop.problems]).toEqual([]);
  await phone.context.close();
  await desktop.context.close();
});

test('手机到电脑（中文）：摄像头扫描二维码，被改动的迁移码被拒绝，电脑原有进度保留', async ({ browser, baseURL }) => {
  const phone = await device(browser, baseURL!, 'phone', PHONE);
  const desktop = await device(browser, baseURL!, 'desktop', DESKTOP);

  const { text, png } = await showCode(phone.page, 'zh-cn', { show: /显示我的进度迁移码/, qr: '进度迁移二维码', text: '文字迁移码', holds: /目前2个单元/ });
  await expect(phone.page.getByText('本站不发送任何数据：只有你在屏幕上出示或自己复制的内容，才会离开这台设备。')).toBeVisible();
  await noAxeViolations(phone.page);

  await desktop.page.goto('/zh-cn/progress/');
  const before = await storedRaw(desktop.page);
  const status = desktop.page.locator('.transfer-code__message');
  const field = desktop.page.getByRole('textbox', { name: '粘贴或输入文字迁移码' });
  await field.fill(mistype(text));
  await desktop.page.getByRole('button', { name: '读取文字迁移码' }).click();
  await expect(status).toHaveText('迁移码有输入错误或不完整：校验位不符。请与另一台设备上的迁移码核对，或重新复制。未作任何改动。');
  // Made by hand, with check characters that match: a module "completed" with nothing read. The
  // import's own checks refuse it.
  const crafted = { learnerName: 'X', modules: { 'supply-chains': { answers: {}, attempts: 1, bestScore: 100, lastScore: 100, sectionsRead: [], completedAt: at(25) } } };
  await field.fill(groupCode(encodeProgressCode(crafted as unknown as ProgressData, MODULES)));
  await desktop.page.getByRole('button', { name: '读取文字迁移码' }).click();
  await expect(status).toHaveText('该迁移码已被改动或并非本站生成，无法安全读取。未作任何改动。');
  expect(await storedRaw(desktop.page)).toBe(before);

  // The camera reads the phone's QR code.
  await fakeCamera(desktop.page, png);
  await desktop.page.getByRole('button', { name: '打开摄像头' }).click();
  await expect(status).toHaveText('该迁移码包含2个单元的进度。要合并到这台设备的进度中吗？这台设备上原有的进度不会丢失。', { timeout: 15_000 });
  // A code read stops the camera.
  await expect(desktop.page.getByRole('button', { name: '打开摄像头' })).toBeVisible();
  await noAxeViolations(desktop.page);
  await desktop.page.getByRole('button', { name: '合并到这台设备' }).click();
  await expect(status).toHaveText('已合并：迁移码中的进度已与这台设备上的进度合并，原有进度均已保留。');
  const rows = desktop.page.locator('.progress-table tbody tr');
  await expect(rows.filter({ hasText: '国际劳工组织' }).first()).toContainText('93%');
  await expect(desktop.page.locator('.record-sheet')).toContainText('Li Ming');
  const merged = await storedModules(desktop.page);
  expect(merged['ilo-standards']).toMatchObject({ bestScore: 93, completedAt: PHONE.modules['ilo-standards'].completedAt, attempts: 2 });
  expect(merged['forced-labour-indicators']).toMatchObject({ sectionsRead: [0, 1] });
  expect(merged['supply-chains']).toEqual(DESKTOP.modules['supply-chains']);

  expect([...phone.problems, ...desktop.problems]).toEqual([]);
  await phone.context.close();
  await desktop.context.close();
});
