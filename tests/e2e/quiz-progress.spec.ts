import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';

/** The quiz island and the progress kept on this device (tests for the storage faults included). */
const MODULE = '/en/modules/ilo-standards/';
const KEY = 'fwg-progress';

async function openQuiz(page: Page, path = MODULE) {
  await page.goto(path);
  const quiz = page.locator('section.quiz');
  await quiz.scrollIntoViewIfNeeded();
  await expect(quiz).toHaveAttribute('data-interactive', '');
  return quiz;
}

/** Answers the first question with its first option and checks it. */
async function answerFirst(page: Page) {
  const first = page.locator('.quiz-question').first();
  await first.locator('input').first().check();
  await first.getByRole('button', { name: /Check answer|核对答案/ }).click();
  await expect(first.locator('.quiz-feedback__verdict')).toBeVisible();
  return first;
}

test('an answer is kept across a reload and in the other language', async ({ page }) => {
  await openQuiz(page);
  const first = await answerFirst(page);
  const verdict = await first.locator('.quiz-feedback__verdict').textContent();
  await expect(first.locator('.quiz-feedback')).toContainText(/\(/); // the citation is shown
  await page.reload();
  await openQuiz(page);
  await expect(page.locator('.quiz-question').first().locator('.quiz-feedback__verdict')).toHaveText(verdict!);
  await openQuiz(page, '/zh-cn/modules/ilo-standards/');
  await expect(page.locator('.quiz-question').first().locator('.quiz-feedback__verdict')).toBeVisible();
  await expect(page.locator('.quiz__progress')).toContainText('已答1题');
});

test('the quiz is keyboard operable, ordering included', async ({ page }) => {
  await openQuiz(page);
  const order = page.locator('.quiz-question').filter({ has: page.locator('.quiz-order') }).first();
  const firstItem = await order.locator('.quiz-order__text').first().textContent();
  await order.locator('.quiz-order__item').first().getByRole('button', { name: /Move down/ }).focus();
  await page.keyboard.press('Enter');
  await expect(order.locator('.quiz-order__text').nth(1)).toHaveText(firstItem!);
  await order.getByRole('button', { name: 'Check answer' }).press('Enter');
  await expect(order.locator('.quiz-feedback__verdict')).toBeVisible();
});

type QuizItem = { id: string; type: string; answer?: boolean; options?: { id: string; correct?: boolean }[] };
const QUIZ: QuizItem[] = parse(fs.readFileSync('content/quizzes/ilo-standards.yaml', 'utf8')).questions;

/** Answers one question right or wrong (ordering is left as shuffled, which is never solved). */
async function answer(page: Page, item: QuizItem, right: boolean) {
  const q = page.locator(`#q-${item.id}`);
  const opts = item.options ?? [];
  if (item.type === 'single') {
    const pick = opts.find((o) => !!o.correct === right)!;
    await q.locator(`#q-${item.id}-${pick.id}`).check();
  } else if (item.type === 'truefalse') {
    await q.locator(`#q-${item.id}-${right ? item.answer : !item.answer}`).check();
  } else if (item.type === 'multiple' || item.type === 'case') {
    // Wrong: one right option only (partly right) or, when there is one right option, a wrong one.
    const correct = opts.filter((o) => o.correct);
    const picks = right ? correct : correct.length > 1 ? correct.slice(0, 1) : opts.filter((o) => !o.correct).slice(0, 1);
    for (const o of picks) await q.locator(`#q-${item.id}-${o.id}`).check();
  }
  await q.getByRole('button', { name: /Check answer|核对答案/ }).click();
  await expect(q.locator('.quiz-feedback__verdict')).toBeVisible();
}

test('a plainly wrong answer is called wrong, not partly right, in both languages', async ({ page }) => {
  await openQuiz(page);
  const single = QUIZ.find((q) => q.type === 'single')!;
  await answer(page, single, false);
  await expect(page.locator(`#q-${single.id} .quiz-feedback__verdict`)).toHaveText('Wrong.');
  const multiple = QUIZ.find((q) => q.type === 'multiple' && q.options!.filter((o) => o.correct).length > 1)!;
  await answer(page, multiple, false);
  await expect(page.locator(`#q-${multiple.id} .quiz-feedback__verdict`)).toContainText('Partly right');
  // One plain line per option: what the trainee did and whether that was right.
  await expect(page.locator(`#q-${multiple.id} .quiz-feedback__options`)).toContainText('You did not choose it, but it should be chosen.');
  await openQuiz(page, '/zh-cn/modules/ilo-standards/');
  await expect(page.locator(`#q-${single.id} .quiz-feedback__verdict`)).toHaveText('回答错误。');
  await expect(page.locator(`#q-${multiple.id} .quiz-feedback__verdict`)).toContainText('部分正确');
  await expect(page.locator(`#q-${multiple.id} .quiz-feedback__options`)).toContainText('你没选，但这一项应该选');
  await expect(page.locator('section.quiz')).not.toContainText('不完全正确');
  await expect(page.locator('section.quiz')).not.toContainText('未选，正确');
});

test('answering every question gives a score; a retry keeps the right answers and starts at the first wrong one', async ({ page }) => {
  await openQuiz(page);
  const count = await page.locator('.quiz-question').count();
  expect(count).toBe(QUIZ.length);
  // Right for every other question (ordering always wrong), starting with a wrong one at the 2nd.
  const right = QUIZ.map((q, i) => i % 2 === 0 && q.type !== 'order');
  for (const [i, item] of QUIZ.entries()) await answer(page, item, right[i]!);
  const wrongIds = QUIZ.filter((_, i) => !right[i]).map((q) => q.id);
  await expect(page.locator('.quiz-summary__score')).toContainText(`${count - wrongIds.length} of ${count}`);
  await expect(page.locator('.quiz-summary__wrong a')).toHaveCount(wrongIds.length);
  await page.getByRole('button', { name: `Redo only the wrong answers (${wrongIds.length})` }).click();
  await expect(page.locator('.quiz__progress')).toHaveText(`${count - wrongIds.length} of ${count} answered`);
  for (const [i, item] of QUIZ.entries()) {
    const q = page.locator(`#q-${item.id}`);
    if (right[i]) await expect(q.locator('.quiz-feedback__verdict')).toHaveText('Right.');
    else {
      await expect(q.locator('.quiz-feedback__verdict')).toHaveCount(0);
      await expect(q.getByRole('button', { name: 'Check answer' })).toBeVisible();
      await expect(q.locator('input:checked')).toHaveCount(0);
    }
  }
  const first = page.locator(`#q-${wrongIds[0]}`);
  await expect(first).toBeFocused();
  await expect(first).toBeInViewport();
  const stored = await page.evaluate((k) => JSON.parse(localStorage.getItem(k)!), KEY);
  expect(stored.state.modules['ilo-standards'].attempts).toBe(1);
  expect(Object.keys(stored.state.modules['ilo-standards'].answers).sort()).toEqual(QUIZ.filter((_, i) => right[i]).map((q) => q.id).sort());
  // Answering the wrong ones again completes a second attempt.
  for (const [i, item] of QUIZ.entries()) if (!right[i]) await answer(page, item, item.type !== 'order');
  await expect(page.locator('.quiz-summary')).toBeVisible();
  expect((await page.evaluate((k) => JSON.parse(localStorage.getItem(k)!), KEY)).state.modules['ilo-standards'].attempts).toBe(2);
});

test('damaged saved data is put aside and the learner is told', async ({ page }) => {
  await page.addInitScript((k) => localStorage.getItem(`${k}:seeded`) || (localStorage.setItem(k, '{"state": {"modu'), localStorage.setItem(`${k}:seeded`, '1')), KEY);
  await openQuiz(page);
  await expect(page.locator('.storage-notice')).toContainText('damaged');
  const keys = await page.evaluate(() => Object.keys(localStorage));
  expect(keys.some((k) => k.startsWith(`${KEY}:backup:`))).toBe(true);
  await answerFirst(page);
});

test('data saved by an older version is migrated, not dropped', async ({ page }) => {
  const v0 = { state: { scores: { 'ilo-standards': 85 }, name: 'Old Data' }, version: 0 };
  await page.addInitScript(([k, v]) => localStorage.getItem(k!) || localStorage.setItem(k!, v!), [KEY, JSON.stringify(v0)]);
  await page.goto('/en/progress/');
  await expect(page.locator('#learner-name')).toHaveValue('Old Data');
  await expect(page.locator('.progress-table').first()).toContainText('85%');
});

test('a full storage: the learner keeps working and is told progress is not saved', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
  });
  await openQuiz(page);
  await answerFirst(page);
  await expect(page.locator('.storage-notice')).toContainText('storage is full');
});

test('no storage at all (private mode): the quiz still works and says so', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get: () => { throw new DOMException('denied', 'SecurityError'); } });
  });
  await openQuiz(page);
  await answerFirst(page);
  await expect(page.locator('.storage-notice')).toContainText('not being saved');
});

test('two open tabs stay in step', async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await openQuiz(a);
  await openQuiz(b);
  await answerFirst(a);
  await expect(b.locator('.quiz-question').first().locator('.quiz-feedback__verdict')).toBeVisible();
});

test('reading the module marks sections read and offers to continue', async ({ page }) => {
  await page.goto(MODULE);
  const sections = page.locator('section.content-section');
  await sections.nth(1).scrollIntoViewIfNeeded();
  await sections.nth(1).locator('> :last-child').scrollIntoViewIfNeeded();
  await expect.poll(async () => page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? '{}').state?.modules?.['ilo-standards']?.sectionsRead?.length ?? 0, KEY)).toBeGreaterThan(0);
  await page.goto('/en/');
  await expect(page.locator('[data-continue] a')).toHaveAttribute('href', /\/en\/modules\/ilo-standards\/#/);
  await page.goto('/zh-cn/modules/');
  await expect(page.locator('[data-continue] a')).toHaveAttribute('href', /\/zh-cn\/modules\/ilo-standards\//);
});

test('export, then import into a fresh browser, merge; then erase everything', async ({ page, browser }) => {
  await openQuiz(page);
  await answerFirst(page);
  await page.goto('/en/progress/');
  await page.locator('#learner-name').fill('<b>Li</b> Wei');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Export progress/ }).click()]);
  const file = await download.path();
  expect(JSON.parse(fs.readFileSync(file, 'utf8')).format).toBe('fair-work-guide-progress');

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto('/zh-cn/progress/');
  await other.locator('#import-file').setInputFiles(file);
  await other.getByRole('button', { name: '合并' }).click();
  await expect(other.locator('.transfer__message')).toContainText('已导入并合并');
  await expect(other.locator('#learner-name')).toHaveValue('<b>Li</b> Wei');
  await expect(other.locator('.record-sheet__name')).toHaveText('<b>Li</b> Wei'); // text, never markup
  await expect(other.locator('.progress-table').first()).toContainText('学习中');

  await other.locator('#import-file').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"something-else"}') });
  await expect(other.locator('.transfer__message')).toContainText('不是本站导出的');

  await other.getByRole('button', { name: '清除这台设备上的全部数据' }).click();
  await other.getByRole('button', { name: '确定，全部清除' }).click();
  await expect(other.getByText('已清除')).toBeVisible();
  expect(await other.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('fwg-')))).toEqual([]);
  await fresh.close();
});

test('the completion record carries a check code that a facilitator can verify', async ({ page }) => {
  await page.goto('/en/progress/');
  await page.locator('#learner-name').fill('Li Wei');
  const code = (await page.locator('.record-sheet__code strong').textContent())!;
  await page.getByText('For facilitators: check a printed record').click();
  await page.locator('#verify-name').fill('li wei');
  await page.locator('#verify-code').fill(code.toLowerCase());
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  await expect(page.locator('.verify__result')).toContainText('matches');
  await page.locator('#verify-name').fill('Li Wen');
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  await expect(page.locator('.verify__result')).toContainText('does not match');
});
