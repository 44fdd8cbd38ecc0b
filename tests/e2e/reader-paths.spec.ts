import fs from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { parse } from 'yaml';

/**
 * Two of the readers' paths of the December walkthrough (issue 15): the migrant's first screen on
 * a cheap phone, and a trainee who can see what "complete" means and get there.
 */

const PHONE = { width: 360, height: 740 };

/** The element is wholly inside the first screen, without scrolling. */
async function onFirstScreen(locator: Locator, height = PHONE.height) {
  await expect(locator).toBeVisible();
  const box = (await locator.boundingBox())!;
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(height);
}

for (const { lang, check, help, booklets, exit, checkTitle, helpTitle } of [
  { lang: 'zh-cn', check: '查一查这份工作', help: '求助电话', booklets: '出国工作须知', exit: '快速离开', checkTitle: /查一查这份工作/, helpTitle: /求助/ },
  { lang: 'en', check: 'Check a job offer', help: 'Numbers to call for help', booklets: 'What to know before you go', exit: 'Quick exit', checkTitle: /Check a job offer/, helpTitle: /help/i },
]) {
  test(`${lang}: on a 360×740 phone the home page's first screen leads to the self-check, the help numbers and the booklets`, async ({ page }) => {
    await page.setViewportSize(PHONE);
    await page.goto(`/${lang}/`);
    const main = page.locator('main');
    const checkLink = main.getByRole('link', { name: check, exact: true });
    const helpLink = main.getByRole('link', { name: help, exact: true });
    await onFirstScreen(checkLink);
    await onFirstScreen(helpLink);
    await onFirstScreen(main.getByRole('link', { name: booklets, exact: true }));
    await onFirstScreen(page.getByRole('link', { name: exit }));
    // The three doors stay: trainees and facilitators below.
    await expect(page.locator('.door')).toHaveCount(3);

    await checkLink.click();
    await expect(page).toHaveURL(new RegExp(`/${lang}/booklets/check-a-job-offer/$`));
    await expect(page.locator('h1')).toHaveText(checkTitle);
    await page.goto(`/${lang}/`); // the quick exit's script keeps this site's pages out of Back
    await helpLink.click();
    await expect(page).toHaveURL(new RegExp(`/${lang}/help/$`));
    await expect(page.locator('h1')).toHaveText(helpTitle);
  });

  test(`${lang}: the booklets index puts the self-check first, on the first screen of a phone`, async ({ page }) => {
    await page.setViewportSize(PHONE);
    await page.goto(`/${lang}/booklets/`);
    const card = page.locator('.self-check-card');
    await onFirstScreen(card.getByRole('link', { name: check }));
    // It comes before every booklet.
    const first = await page.locator('main h2').first().textContent();
    expect(first).toMatch(checkTitle);
    await card.getByRole('link').click();
    await expect(page).toHaveURL(new RegExp(`/${lang}/booklets/check-a-job-offer/$`));
  });
}

const SLUG = 'ilo-standards';
type QuizItem = { id: string; type: string; answer?: boolean; options?: { id: string; correct?: boolean }[] };
const QUIZ: QuizItem[] = parse(fs.readFileSync(`content/quizzes/${SLUG}.yaml`, 'utf8')).questions;
const SECTIONS = (fs.readFileSync(`content/modules/en/${SLUG}.mdx`, 'utf8').match(/^## /gm) ?? []).length;

/** Answers one question right (an ordering item is left as shuffled, so it counts as wrong). */
async function answerRight(page: Page, item: QuizItem) {
  const q = page.locator(`#q-${item.id}`);
  const opts = item.options ?? [];
  if (item.type === 'single') await q.locator(`#q-${item.id}-${opts.find((o) => o.correct)!.id}`).check();
  else if (item.type === 'truefalse') await q.locator(`#q-${item.id}-${item.answer}`).check();
  else if (item.type === 'multiple' || item.type === 'case') for (const o of opts.filter((o) => o.correct)) await q.locator(`#q-${item.id}-${o.id}`).check();
  await q.getByRole('button', { name: /Check answer|核对答案/ }).click();
  await expect(q.locator('.quiz-feedback__verdict')).toBeVisible();
}

async function openQuiz(page: Page, lang = 'en') {
  await page.goto(`/${lang}/modules/${SLUG}/`);
  const quiz = page.locator('section.quiz');
  await quiz.scrollIntoViewIfNeeded();
  await expect(quiz).toHaveAttribute('data-interactive', '');
}

test('the module page says what "complete" needs; marking every section read and passing the quiz completes it everywhere', async ({ context }) => {
  // In a browser without IntersectionObserver nothing is recorded by scrolling, so only the buttons
  // mark sections read in this tab: the test shows that they do. (The quiz, which hydrates when
  // visible, is answered in a second tab of the same browser.)
  let page = await context.newPage();
  await page.addInitScript(() => delete (window as { IntersectionObserver?: unknown }).IntersectionObserver);
  await page.goto(`/en/modules/${SLUG}/`);
  const top = page.locator('section.completion');
  await expect(top).toContainText('A module is complete when every section is read and the quiz is passed (80% or more)');
  await expect(top).toContainText(`Sections read: 0 of ${SECTIONS} · Quiz not taken yet`);
  await expect(top).toContainText('Still to do: read every section · pass the quiz');

  const buttons = page.getByRole('button', { name: 'Mark as read' });
  await expect(buttons).toHaveCount(SECTIONS);
  // The first by keyboard.
  await buttons.first().focus();
  await page.keyboard.press('Enter');
  const firstDone = page.locator('.mark-read button').first();
  await expect(firstDone).toHaveText('✓ Section read');
  await expect(firstDone).toHaveAttribute('aria-disabled', 'true');
  await expect(firstDone).toBeFocused();
  await expect(top).toContainText(`Sections read: 1 of ${SECTIONS}`);
  await expect(top).toContainText('Still to do: read section 2, section 3');
  await expect(page.locator('.toc li').first()).toContainText('✓');
  // A link to a missing section goes to it.
  await top.getByRole('link', { name: 'section 2', exact: true }).click();
  await expect(page.locator('section.content-section').nth(1).locator('h2')).toBeInViewport();

  // On the progress page meanwhile: in progress, what is missing, with links.
  await page.goto('/en/progress/');
  const row = page.locator('.progress-table tr', { has: page.getByRole('link', { name: /ILO standards on forced labour/ }) }).first();
  await expect(row).toContainText('Quiz not taken yet');
  await expect(row).toContainText('Still to do: read section 2, section 3');
  await expect(row.getByRole('link', { name: 'pass the quiz' })).toHaveAttribute('href', `/en/modules/${SLUG}/#quiz-title`);
  await page.goBack();

  for (let i = 1; i < SECTIONS; i++) await page.getByRole('button', { name: 'Mark as read' }).first().click();
  await expect(page.getByRole('button', { name: 'Mark as read' })).toHaveCount(0);
  await expect(top).toContainText(`Sections read: ${SECTIONS} of ${SECTIONS}`);
  await expect(top).toContainText('Still to do: pass the quiz');

  page = await context.newPage(); // `top` stays the first tab's box
  await openQuiz(page);
  for (const item of QUIZ) if (item.type !== 'order') await answerRight(page, item);
  for (const item of QUIZ) if (item.type === 'order') await page.locator(`#q-${item.id}`).getByRole('button', { name: 'Check answer' }).click();
  await expect(page.locator('.quiz-summary')).toContainText('Passed');
  // Beside the quiz and at the top: complete, with the way to the record.
  const byQuiz = page.locator('.completion--quiz');
  await expect(byQuiz).toContainText('✓ Complete: every section read and the quiz passed.');
  await expect(page.locator('section.completion')).toContainText('✓ Complete');
  await expect(top).toContainText('✓ Complete'); // the first tab follows
  const axe = await new AxeBuilder({ page }).include('.completion').include('.mark-read').include('.toc').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(axe.violations).toEqual([]);
  await byQuiz.getByRole('link', { name: 'See your completion record' }).click();
  await expect(page).toHaveURL(/\/en\/progress\/$/);
  await expect(page.locator('.record-sheet')).toContainText('ILO standards on forced labour');
  await expect(page.locator('.progress__overall')).toContainText('1 of');

  await page.goto('/en/modules/');
  await expect(page.locator(`[data-status-for="${SLUG}"]`)).toHaveText(new RegExp(`^Completed · Sections read: ${SECTIONS} of ${SECTIONS} · Quiz passed \\(best score \\d+%\\)$`));

  // The same in Chinese: progress is kept by module, not by language.
  await page.goto(`/zh-cn/modules/${SLUG}/`);
  await expect(page.locator('section.completion')).toContainText(`已读章节：${SECTIONS}/${SECTIONS} · 测验已通过`);
  await expect(page.locator('section.completion')).toContainText('✓ 已完成：全部章节已读，测验已通过。');
  await page.goto('/zh-cn/modules/');
  await expect(page.locator(`[data-status-for="${SLUG}"]`)).toContainText(`已完成 · 已读章节：${SECTIONS}/${SECTIONS} · 测验已通过`);
  await page.goto('/zh-cn/progress/');
  await expect(page.locator('.record-sheet')).toContainText('国际劳工组织');
});

test('the Chinese module page: the rule and the state in Chinese, and the button marks a section read', async ({ page }) => {
  await page.addInitScript(() => delete (window as { IntersectionObserver?: unknown }).IntersectionObserver);
  await page.goto(`/zh-cn/modules/${SLUG}/`);
  const top = page.locator('section.completion');
  await expect(top).toContainText('读完全部章节并通过测验（80%及以上），本单元即为完成。');
  await expect(top).toContainText(`已读章节：0/${SECTIONS} · 尚未参加测验`);
  await expect(top).toContainText('还差：读完全部章节 · 通过测验');
  await page.getByRole('button', { name: '标为已读' }).nth(2).click();
  await expect(top).toContainText('还差：读完第1节、第2节、第4节');
  await expect(page.locator('.mark-read button').nth(2)).toHaveText('✓ 本节已读');
});

test('"continue where you left off" goes to the quiz while it is under way, in both languages', async ({ page }) => {
  await openQuiz(page);
  const some = QUIZ.filter((q) => q.type !== 'order').slice(0, 2);
  for (const item of some) await answerRight(page, item);
  await page.goto('/en/');
  const link = page.locator('[data-continue] a');
  await expect(link).toHaveText(new RegExp(`: the quiz, 2 of ${QUIZ.length} answered$`));
  await expect(link).toHaveAttribute('href', `/en/modules/${SLUG}/#quiz-title`);
  await link.click();
  await expect(page.locator('#quiz-title')).toBeInViewport();
  await page.goto('/zh-cn/modules/');
  await expect(page.locator('[data-continue] a')).toHaveText(new RegExp(`：测验（已答2/${QUIZ.length}题）$`));
  await expect(page.locator(`[data-status-for="${SLUG}"]`)).toContainText(`测验进行中：已答2/${QUIZ.length}题`);
});

test('"continue" goes to the first section not read when no quiz is under way', async ({ page }) => {
  await page.addInitScript(() => delete (window as { IntersectionObserver?: unknown }).IntersectionObserver);
  await page.goto(`/en/modules/${SLUG}/`);
  await page.getByRole('button', { name: 'Mark as read' }).first().click();
  await page.goto('/en/');
  const second = await page.request.get(`/en/modules/${SLUG}/`).then((r) => r.text()).then((html) => /<section[^>]*data-section="1"[^>]*aria-labelledby="([^"]+)"|<section[^>]*aria-labelledby="([^"]+)"[^>]*data-section="1"/.exec(html));
  const anchor = second![1] ?? second![2];
  await expect(page.locator('[data-continue] a')).toHaveAttribute('href', `/en/modules/${SLUG}/#${anchor}`);
});

for (const lang of ['en', 'zh-cn']) {
  test(`${lang}: the quiz is in the module's table of contents and its link works`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`/${lang}/modules/${SLUG}/`);
    const entry = page.locator('.toc li').last().getByRole('link');
    await expect(entry).toHaveText(lang === 'en' ? 'Check your understanding' : '检验学习效果');
    await entry.click();
    await expect(page).toHaveURL(/#quiz-title$/);
    await expect(page.locator('#quiz-title')).toBeInViewport();
  });
}

test('without JavaScript the module page reads fine and says plainly that progress is not shown', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`/en/modules/${SLUG}/`);
  // (Chromium keeps parsing <noscript> as text when only execution is off, so its text is read here.)
  expect(await page.locator('section.completion noscript').textContent()).toContain('Scripts are not running, so this page cannot show or record your progress.');
  await expect(page.locator('[data-completion-state]').first()).toBeHidden();
  await expect(page.locator('.mark-read')).toHaveCount(0);
  await expect(page.locator('section.content-section').first()).toBeVisible();
  await context.close();
});
