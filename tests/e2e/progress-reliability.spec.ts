import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { parse as parseYaml } from 'yaml';
import AxeBuilder from '@axe-core/playwright';

/** How many modules the site has (the count the progress page reports). */
const MODULE_COUNT = fs.readdirSync('content/modules/en').filter((f) => f.endsWith('.mdx')).length;

/**
 * The December reliability review (shared/reviews/2026-12-reliability.md), in the browser: each
 * test is named after the failure it guards against and injects the fault as the review did
 * (a seeded localStorage value, a throwing getItem, a full quota, a crafted import file).
 */
const KEY = 'fwg-progress';
const MODULE = '/en/modules/ilo-standards/';
const PROGRESS = '/en/progress/';

/** Seeds localStorage from a page of the site that does not read progress. */
async function seed(page: Page, values: Record<string, string>) {
  await page.goto('/en/about/');
  await page.evaluate((v) => {
    localStorage.clear();
    for (const [k, value] of Object.entries(v)) localStorage.setItem(k, value);
  }, values);
}
const stored = (state: unknown, version = 1) => JSON.stringify({ state, version });
const exportFile = (data: unknown, extra: Record<string, unknown> = {}) =>
  Buffer.from(JSON.stringify({ format: 'fair-work-guide-progress', version: 1, exportedAt: '2026-11-20T10:00:00.000Z', data, ...extra }));

async function importFile(page: Page, content: Buffer) {
  await page.locator('#import-file').setInputFiles({ name: 'progress.json', mimeType: 'application/json', buffer: content });
}
async function openQuiz(page: Page) {
  await page.goto(MODULE);
  const quiz = page.locator('section.quiz');
  await quiz.scrollIntoViewIfNeeded();
  await expect(quiz).toHaveAttribute('data-interactive', '');
  return quiz;
}
const exportButton = (page: Page) => page.getByRole('button', { name: 'Export progress (JSON file)' });
const backupKeys = (page: Page) => page.evaluate((k) => Object.keys(localStorage).filter((x) => x.startsWith(`${k}:backup:`)), KEY);

test('F1 an impossible date in an import file is refused and the page keeps working', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await seed(page, {});
  await page.goto(PROGRESS);
  await importFile(page, exportFile({ modules: { 'supply-chains': { answers: {}, attempts: 0, sectionsRead: [], startedAt: '2026-13-45T99:99:99Z' } }, learnerName: '' }));
  await expect(page.locator('.transfer__message')).toContainText('damaged');
  await expect(page.getByRole('button', { name: 'Merge' })).toHaveCount(0);
  await page.reload();
  await expect(exportButton(page)).toBeVisible();
  expect(errors).toEqual([]);
});

test('F1 a stored "startedAt":"garbage" does not take the progress page down', async ({ page }) => {
  await seed(page, { [KEY]: stored({ modules: { 'ilo-standards': { answers: {}, attempts: 0, sectionsRead: [], startedAt: 'garbage' } }, learnerName: '' }) });
  await page.goto(PROGRESS);
  await expect(page.locator('.storage-notice')).toContainText('damaged');
  await expect(exportButton(page)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Erase everything on this device' })).toBeVisible();
});

test('F2 a version-0 file with a "__proto__" score pollutes nothing and valid files still import', async ({ page }) => {
  await seed(page, {});
  await page.goto(PROGRESS);
  await importFile(page, Buffer.from('{"format":"fair-work-guide-progress","version":0,"exportedAt":"2026-11-20T10:00:00.000Z","data":{"scores":{"__proto__":100}}}'));
  await expect(page.locator('.transfer__message')).toContainText('damaged');
  expect(await page.evaluate(() => (({}) as Record<string, unknown>).bestScore ?? null)).toBeNull();
  await importFile(page, exportFile({ modules: {}, learnerName: 'Li' }));
  await expect(page.locator('.transfer__message')).toContainText('holds progress for 0 modules');
});

test('F3 valid JSON of the wrong shape: the quiz works, the page works, the learner is told', async ({ page }) => {
  const raw = stored({ modules: null, learnerName: '' });
  await seed(page, { [KEY]: raw });
  await openQuiz(page);
  await expect(page.locator('section.quiz .storage-notice')).toContainText('damaged');
  await page.goto(PROGRESS);
  await expect(exportButton(page)).toBeVisible();
  const keys = await backupKeys(page);
  expect(await page.evaluate((k) => localStorage.getItem(k), keys[0]!)).toBe(raw);
});

test('F4 data put aside while on the home page is announced there, once', async ({ page }) => {
  await seed(page, { [KEY]: '{"state":{"modules":' });
  await page.goto('/en/');
  await expect(page.locator('[data-storage-notice]')).toBeVisible();
  await expect(page.locator('[data-storage-notice]')).toContainText('damaged');
  await page.goto('/en/modules/');
  await expect(page.locator('[data-storage-notice]')).toBeHidden();
  await page.goto(PROGRESS);
  await expect(page.getByRole('heading', { name: 'Copies put aside' })).toBeVisible();
});

test('F5 with storage full, newer data is left untouched and the learner is told nothing is saved', async ({ page }) => {
  const newer = stored({ modules: { 'ilo-standards': { answers: {}, attempts: 0, sectionsRead: [] } }, learnerName: 'x'.repeat(2000) }, 2);
  await seed(page, { [KEY]: newer });
  await page.evaluate(() => {
    let size = 256 * 1024;
    for (let i = 0; size >= 1; ) {
      try {
        localStorage.setItem(`other-app-${i++}`, 'f'.repeat(size));
      } catch {
        size = Math.floor(size / 2);
      }
    }
  });
  await openQuiz(page);
  await expect(page.locator('section.quiz .storage-notice')).toContainText('no room');
  expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBe(newer);
  await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('other-app-')).forEach((k) => localStorage.removeItem(k)));
});

test('F6 a copy put aside can be downloaded and restored from the progress page', async ({ page }) => {
  const good = { answers: {}, attempts: 1, bestScore: 90, lastScore: 90, sectionsRead: [0], startedAt: '2026-11-01T10:00:00.000Z' };
  await seed(page, { [KEY]: stored({ modules: { 'supply-chains': good, 'ilo-standards': { answers: {}, attempts: 0, sectionsRead: [], startedAt: 'garbage' } }, learnerName: 'Wang' }) });
  await page.goto(PROGRESS);
  const copies = page.locator('.backups');
  await expect(copies).toBeVisible();
  const download = page.waitForEvent('download');
  await copies.getByRole('button', { name: 'Download' }).click();
  expect((await download).suggestedFilename()).toMatch(/^fair-work-guide-progress-copy-.*\.json$/);
  await copies.getByRole('button', { name: 'Restore' }).click();
  await expect(copies.getByRole('status')).toContainText('1 modules merged');
  await expect(page.locator('.progress-table tr', { hasText: 'supply chains' })).toContainText('90%');
  await expect(page.locator('#learner-name')).toHaveValue('Wang');
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`)).toEqual([]);
});

test('F7 a migration that fails keeps the data aside and says so', async ({ page }) => {
  const raw = stored({ modules: {}, learnerName: 'A' }, -1);
  await seed(page, { [KEY]: raw });
  await openQuiz(page);
  await expect(page.locator('section.quiz .storage-notice')).toContainText('damaged');
  const keys = await backupKeys(page);
  expect(await page.evaluate((k) => localStorage.getItem(k), keys[0]!)).toBe(raw);
});

test('F8 when reads fail, saved answers are not wiped', async ({ page }) => {
  const saved = stored({ modules: { 'ilo-standards': { answers: {}, attempts: 1, bestScore: 50, lastScore: 50, sectionsRead: [0] } }, learnerName: 'Li' });
  await seed(page, { [KEY]: saved });
  await page.addInitScript(() => {
    Storage.prototype.getItem = () => {
      throw new DOMException('', 'SecurityError');
    };
  });
  const quiz = await openQuiz(page);
  await expect(quiz.locator('.storage-notice')).toContainText('not being saved');
  const first = quiz.locator('.quiz-question').first();
  await first.locator('input').first().check();
  await first.getByRole('button', { name: 'Check answer' }).click();
  expect(await page.evaluate((k) => JSON.stringify(Object.getOwnPropertyDescriptor(localStorage, k)?.value ?? null), KEY)).toBe(JSON.stringify(saved));
});

test('F10 a file with the module slug "constructor" is refused with a message', async ({ page }) => {
  await seed(page, {});
  await page.goto(PROGRESS);
  await importFile(page, exportFile({ modules: { constructor: { answers: {}, attempts: 0, sectionsRead: [0] } }, learnerName: '' }));
  await expect(page.locator('.transfer__message')).toContainText('damaged');
});

test('F11 a file with dates in the future is refused', async ({ page }) => {
  await seed(page, {});
  await page.goto(PROGRESS);
  await importFile(page, exportFile({ modules: { 'ilo-standards': { answers: {}, attempts: 1, bestScore: 100, lastScore: 100, sectionsRead: [], startedAt: '2999-01-01T00:00:00.000Z' } }, learnerName: '' }));
  await expect(page.locator('.transfer__message')).toContainText('damaged');
});

test('F12 a stored claim of completion without the sections read is not on the record', async ({ page }) => {
  const slugs = ['ilo-standards', 'trafficking-chinese-law', 'forced-labour-indicators', 'victim-identification', 'fair-recruitment', 'enforcement-cooperation', 'supply-chains'];
  const modules = Object.fromEntries(slugs.map((s) => [s, { answers: {}, attempts: 1, bestScore: 100, lastScore: 100, sectionsRead: [], completedAt: '2026-11-20T10:00:00.000Z' }]));
  await seed(page, { [KEY]: stored({ modules, learnerName: 'Forger' }) });
  await page.goto(PROGRESS);
  await expect(page.locator('.progress__overall')).toHaveText(`0 of ${MODULE_COUNT} modules completed.`);
  await expect(page.locator('.record-sheet')).toContainText('No module completed yet.');
  await expect(page.locator('.record-sheet__disclaimer').first()).toContainText('Anyone using this site can produce a record with a matching check code');
});

test('F13 a name with bidi controls prints as it is checked, inside <bdi>', async ({ page }) => {
  await seed(page, {});
  await page.goto(PROGRESS);
  await importFile(page, exportFile({ modules: {}, learnerName: 'Ann \u202Egnow\u202C Lee' }, { exportedAt: new Date().toISOString() }));
  await page.getByRole('button', { name: 'Replace' }).click();
  await expect(page.locator('.record-sheet__name bdi')).toHaveText('Ann gnow Lee');
  // Typing still works as typed: the space between two words stays.
  await page.locator('#learner-name').fill('');
  await page.locator('#learner-name').pressSequentially('Li Wei');
  await expect(page.locator('#learner-name')).toHaveValue('Li Wei');
});

test('F14 the quiz scores the stored answers, not a stored "correct" flag', async ({ page }) => {
  const quizYaml = parseYaml(fs.readFileSync('content/quizzes/ilo-standards.yaml', 'utf8')) as { questions: { id: string }[] };
  const answers = Object.fromEntries(quizYaml.questions.map((q) => [q.id, { answer: { type: 'single', optionId: 'zzz' }, correct: true, at: '2026-11-20T10:00:00.000Z' }]));
  await seed(page, { [KEY]: stored({ modules: { 'ilo-standards': { answers, attempts: 0, sectionsRead: [] } }, learnerName: '' }) });
  const quiz = await openQuiz(page);
  await expect(quiz.locator('.quiz-summary__score')).toContainText(`0 of ${quizYaml.questions.length}`);
});

test('F19 "Erase everything" counts what it removed', async ({ page }) => {
  await seed(page, { [KEY]: stored({ modules: {}, learnerName: 'Li' }) });
  await page.goto(PROGRESS);
  await page.getByRole('button', { name: 'Erase everything on this device' }).click();
  await page.getByRole('button', { name: 'Yes, erase everything' }).click();
  await expect(page.locator('section[aria-labelledby="progress-erase"] [role="status"]')).toContainText('(1 item removed)');
});

test('F22 a long unbroken name does not widen the page', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await seed(page, {});
  await page.goto(PROGRESS);
  await page.locator('#learner-name').fill('W'.repeat(200));
  await expect(page.locator('.record-sheet__name')).toContainText('WWWW');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
});

test('F9 two tabs answering at the same moment both keep their answer', async ({ context }) => {
  const [a, b] = [await context.newPage(), await context.newPage()];
  await seed(a, {});
  for (const page of [a, b]) await openQuiz(page);
  // Choose in each tab, then press "Check answer" in both at the same instant (timed inside the pages).
  const questions = [a.locator('.quiz-question').nth(0), b.locator('.quiz-question').nth(1)];
  for (const q of questions) await q.locator('input').first().check();
  const at = Date.now() + 500;
  await Promise.all(
    [a, b].map((page, i) =>
      page.evaluate(
        ({ at, i }) =>
          new Promise<void>((done) =>
            setTimeout(() => {
              document.querySelectorAll<HTMLElement>('.quiz-question')[i]!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
              done();
            }, at - Date.now()),
          ),
        { at, i },
      ),
    ),
  );
  await a.waitForTimeout(500);
  const saved = await a.evaluate((k) => JSON.parse(localStorage.getItem(k)!).state.modules['ilo-standards'].answers, KEY);
  expect(Object.keys(saved)).toHaveLength(2);
});
