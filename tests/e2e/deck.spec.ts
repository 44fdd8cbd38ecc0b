import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { builtPages } from '../../tools/lib/built-pages.ts';

/**
 * The seminar deck and its presenter window: keys and the URL hash, the two windows in step, no
 * slide overflowing at projector sizes in any deck, language or mode, printing one slide per page,
 * and accessibility in the states a facilitator puts the deck in.
 */

const DECK = '/en/modules/ilo-standards/slides/';
const PRESENTER = '/en/modules/ilo-standards/presenter/';
const decks = builtPages().filter((p) => /\/modules\/[^/]+\/slides\/$/.test(p));
const current = (page: Page) => page.locator('.deck__slides > .slide.is-current');

test('keys move the deck and the URL hash keeps the place', async ({ page }) => {
  await page.goto(DECK);
  await expect(page.locator('.deck--live')).toHaveCount(1);
  await expect(current(page)).toHaveAttribute('data-slide', '0');
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/#\/2$/);
  await page.keyboard.press('PageDown');
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/#\/4$/);
  await page.keyboard.press('PageUp');
  await expect(page).toHaveURL(/#\/3$/);
  await page.keyboard.press('End');
  const count = await page.locator('.deck__slides > .slide').count();
  await expect(page).toHaveURL(new RegExp(`#/${count}$`));
  await page.keyboard.press('Home');
  await expect(page).toHaveURL(/#\/1$/);
  await page.keyboard.type('5');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/5$/);
  await page.reload();
  await expect(current(page)).toHaveAttribute('data-slide', '4');
  // Overview, help and black screen open and close.
  await page.keyboard.press('o');
  await expect(page.locator('.deck--overview')).toHaveCount(1);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Shift+?');
  await expect(page.locator('.deck__help')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.locator('.deck__help')).toBeHidden();
  await page.keyboard.press('b');
  await expect(page.locator('.deck__black')).toBeVisible();
  await page.keyboard.press('b');
  // L shows the same slide in the other language, in place: the page does not change.
  await page.keyboard.press('l');
  await expect(page).toHaveURL(/\/en\/modules\/ilo-standards\/slides\/#\/5$/);
  await expect(current(page).locator('.slide__face--other')).toBeVisible();
  await expect(current(page).locator('.slide__face--other')).toHaveAttribute('lang', 'zh-CN');
  await expect(current(page).locator('.slide__face:not(.slide__face--other)')).toBeHidden();
  // A reload keeps the language (the place is in the hash).
  await page.reload();
  await expect(current(page).locator('.slide__face--other')).toBeVisible();
});

test('a question shows its answer on the next key press, then moves on', async ({ page }) => {
  await page.goto(DECK);
  const question = page.locator('.deck__slides > .slide[data-revealable]').first();
  const index = Number(await question.getAttribute('data-slide'));
  await page.goto(`${DECK}#/${index + 1}`);
  await expect(question).toHaveClass(/is-current/);
  await expect(question.locator('.slide__answer').first()).toBeHidden();
  await page.keyboard.press('ArrowRight');
  await expect(question.locator('.slide__answer').first()).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`#/${index + 1}$`));
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(new RegExp(`#/${index + 2}$`));
});

test('the counter speaks the page language as the script moves the deck, in the deck and the presenter window', async ({ page }) => {
  await page.goto('/zh-cn/modules/ilo-standards/slides/');
  await expect(page.locator('.deck--live')).toHaveCount(1);
  const count = await page.locator('.deck__slides > .slide').count();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('[data-counter-text]')).toHaveText(`第 2 张，共 ${count} 张`);
  await page.keyboard.press('d');
  await expect(page.locator('.deck__bar button[data-command="dual"]')).toHaveText('中英对照：开');
  await page.goto(`${PRESENTER}#/2`);
  await expect(page.locator('[data-counter-text]')).toHaveText(`Slide 2 of ${count}`);
  await expect(page.locator('[data-planned]')).toHaveText(/^\/ \d+ min$/);
});

test('dual-language mode shows both languages on each slide, the slides’ language on top, and says so', async ({ page }) => {
  await page.goto(`${DECK}#/3`);
  const other = current(page).locator('.slide__face--other');
  const own = current(page).locator('.slide__face:not(.slide__face--other)');
  const dual = page.locator('.deck__bar button[data-command="dual"]');
  await expect(other).toBeHidden();
  await expect(dual).toHaveAttribute('aria-pressed', 'false');
  await expect(dual).toHaveText('Both languages: off');
  await page.keyboard.press('d');
  await expect(other).toBeVisible();
  await expect(other).toHaveAttribute('lang', 'zh-CN');
  await expect(dual).toHaveAttribute('aria-pressed', 'true');
  await expect(dual).toHaveText('Both languages: on');
  const [first, second] = await Promise.all([own.boundingBox(), other.boundingBox()]);
  expect(second!.y).toBeGreaterThan(first!.y);
  // L puts the other language on top, in place; D again turns the second language off.
  await page.keyboard.press('l');
  const [first2, second2] = await Promise.all([own.boundingBox(), other.boundingBox()]);
  expect(second2!.y).toBeLessThan(first2!.y);
  await page.keyboard.press('d');
  await expect(own).toBeHidden();
  await expect(other).toBeVisible();
  await expect(dual).toHaveText('Both languages: off');
});

test('switching the language from the presenter keeps the deck in full screen, in dual mode, and the timer running', async ({ context }) => {
  const deck = await context.newPage();
  await deck.goto(`${DECK}#/3`);
  await expect(deck.locator('.deck--live')).toHaveCount(1);
  await deck.keyboard.press('f'); // a real key press: full screen needs a user gesture
  await expect.poll(() => deck.evaluate(() => !!document.fullscreenElement)).toBe(true);
  await deck.keyboard.press('d');
  const presenter = await context.newPage();
  await presenter.goto('/zh-cn/modules/ilo-standards/presenter/');
  await expect(presenter.locator('.presenter--live')).toHaveCount(1);
  // The presenter learns the deck's view: English, both languages.
  const audience = presenter.getByRole('group', { name: '投影画面显示' });
  const english = audience.getByRole('button', { name: 'English' });
  const chinese = audience.getByRole('button', { name: '简体中文' });
  const dual = audience.locator('button[data-command="dual"]');
  await expect(english).toHaveAttribute('aria-pressed', 'true');
  await expect(chinese).toHaveAttribute('aria-pressed', 'false');
  await expect(dual).toHaveAttribute('aria-pressed', 'true');
  await expect(dual).toHaveText('中英对照：开');
  await expect(presenter.locator('[data-current] > .slide.is-current')).toHaveAttribute('data-slide', '2');

  // The presenter switches the room to Chinese: the deck switches in place.
  const deckUrl = deck.url();
  await chinese.click();
  const zhFace = current(deck).locator('.slide__face--other');
  const enFace = current(deck).locator('.slide__face:not(.slide__face--other)');
  await expect(deck.locator('.deck')).toHaveClass(/deck--other-main/);
  const [zhBox, enBox] = await Promise.all([zhFace.boundingBox(), enFace.boundingBox()]);
  expect(zhBox!.y).toBeLessThan(enBox!.y); // Chinese on top, English still below
  expect(deck.url()).toBe(deckUrl);
  expect(await deck.evaluate(() => !!document.fullscreenElement)).toBe(true);
  await expect(deck.locator('.deck')).toHaveClass(/deck--dual/);
  await expect(chinese).toHaveAttribute('aria-pressed', 'true');
  await expect(english).toHaveAttribute('aria-pressed', 'false');

  // Dual off from the presenter: Chinese alone, still in full screen; the controls say so.
  await dual.click();
  await expect(enFace).toBeHidden();
  await expect(zhFace).toBeVisible();
  await expect(dual).toHaveAttribute('aria-pressed', 'false');
  await expect(dual).toHaveText('中英对照：关');
  await expect(deck.locator('.deck__bar button[data-command="dual"]')).toHaveAttribute('aria-pressed', 'false');
  expect(await deck.evaluate(() => !!document.fullscreenElement)).toBe(true);
  // The presenter's own keys reach the deck too: D and L.
  await presenter.keyboard.press('d');
  await expect(deck.locator('.deck')).toHaveClass(/deck--dual/);
  await presenter.keyboard.press('l');
  await expect(deck.locator('.deck')).not.toHaveClass(/deck--other-main/);
  await presenter.keyboard.press('l');
  await expect(deck.locator('.deck')).toHaveClass(/deck--other-main/);

  // The presenter switches its own language: a new page, but the session clock runs on.
  const seconds = async () => {
    const [m, s] = (await presenter.locator('[data-elapsed]').textContent())!.split(':').map(Number);
    return m! * 60 + s!;
  };
  await expect.poll(seconds, { timeout: 10_000 }).toBeGreaterThanOrEqual(3);
  const before = await seconds();
  await presenter.getByRole('link', { name: 'Presenter window in English' }).click();
  await expect(presenter).toHaveURL(/\/en\/modules\/ilo-standards\/presenter\/#\/3$/);
  await expect(presenter.locator('.presenter--live')).toHaveCount(1);
  expect(await seconds()).toBeGreaterThanOrEqual(before);
  // …and it still shows, and drives, what the room sees: Chinese on top, both languages.
  const enAudience = presenter.getByRole('group', { name: 'The audience sees' });
  await expect(enAudience.getByRole('button', { name: '简体中文' })).toHaveAttribute('aria-pressed', 'true');
  await expect(enAudience.locator('button[data-command="dual"]')).toHaveText('Both languages: on');
  await presenter.keyboard.press('ArrowRight');
  await expect(current(deck)).toHaveAttribute('data-slide', '3');
  await expect(deck.locator('.deck')).toHaveClass(/deck--other-main/);
  expect(await deck.evaluate(() => !!document.fullscreenElement)).toBe(true);
});

test('the presenter window and the deck stay in step, both ways', async ({ context }) => {
  const deck = await context.newPage();
  await deck.goto(DECK);
  const presenter = await context.newPage();
  await presenter.goto(PRESENTER);
  await expect(presenter.locator('.presenter--live')).toHaveCount(1);
  const presenterCurrent = presenter.locator('[data-current] > .slide.is-current');

  // Presenter drives the deck.
  await presenter.keyboard.press('ArrowRight');
  await presenter.keyboard.press('ArrowRight');
  await expect(deck).toHaveURL(/#\/3$/);
  await expect(current(deck)).toHaveAttribute('data-slide', '2');
  await expect(presenter.locator('[data-notes-for="2"]')).toBeVisible();
  await expect(presenter.locator('[data-next] > .slide.is-current')).toHaveAttribute('data-slide', '3');

  // The deck drives the presenter.
  await deck.keyboard.press('ArrowRight');
  await expect(presenterCurrent).toHaveAttribute('data-slide', '3');
  await deck.keyboard.press('Home');
  await expect(presenterCurrent).toHaveAttribute('data-slide', '0');

  // A button in the presenter, and the black screen.
  await presenter.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(current(deck)).toHaveAttribute('data-slide', '1');
  await presenter.keyboard.press('b');
  await expect(deck.locator('.deck__black')).toBeVisible();
  await presenter.keyboard.press('b');
  await expect(deck.locator('.deck__black')).toBeHidden();

  // A presenter opened later catches up with the deck.
  await deck.keyboard.press('End');
  const late = await context.newPage();
  await late.goto(PRESENTER);
  const count = await deck.locator('.deck__slides > .slide').count();
  await expect(late.locator('[data-current] > .slide.is-current')).toHaveAttribute('data-slide', String(count - 1));
  await expect(late.locator('[data-end]')).toBeVisible();
});

/** Every slide of the page in every mode: which ones overflow their 16:9 box. */
async function overflowingSlides(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const root = document.querySelector('.deck')!;
    const slides = [...document.querySelectorAll<HTMLElement>('.deck__slides > .slide')];
    const problems: string[] = [];
    for (const mode of ['single', 'dual']) {
      root.classList.toggle('deck--dual', mode === 'dual');
      for (const [i, slide] of slides.entries()) {
        for (const revealed of slide.hasAttribute('data-revealable') ? [false, true] : [false]) {
          slides.forEach((s) => s.classList.toggle('is-current', s === slide));
          slide.classList.toggle('is-revealed', revealed);
          const box = slide.getBoundingClientRect();
          if (slide.scrollHeight > slide.clientHeight + 1 || slide.scrollWidth > slide.clientWidth + 1)
            problems.push(`slide ${i + 1} (${mode}${revealed ? ', answer shown' : ''}): slide scrolls`);
          for (const face of slide.querySelectorAll<HTMLElement>('.slide__face')) {
            if (getComputedStyle(face).display === 'none') continue;
            if (face.scrollHeight > face.clientHeight + 1 || face.scrollWidth > face.clientWidth + 1)
              problems.push(`slide ${i + 1} (${mode}${revealed ? ', answer shown' : ''}, ${face.lang || 'page language'}): ${face.scrollHeight} > ${face.clientHeight}`);
            for (const el of face.querySelectorAll<HTMLElement>('h1, h2, p, li, svg')) {
              const r = el.getBoundingClientRect();
              if (r.height > 0 && (r.bottom > box.bottom + 1 || r.right > box.right + 1))
                problems.push(`slide ${i + 1} (${mode}): <${el.tagName.toLowerCase()}> "${(el.textContent ?? '').slice(0, 40)}" leaves the slide`);
            }
          }
          slide.classList.remove('is-revealed');
        }
      }
    }
    return [...new Set(problems)];
  });
}

for (const viewport of [{ width: 1280, height: 720 }, { width: 1024, height: 768 }, { width: 390, height: 844 }, { width: 360, height: 640 }]) {
  test(`no slide overflows at ${viewport.width}×${viewport.height}, in any deck, language or mode`, async ({ browser }) => {
    test.setTimeout(120_000);
    const page = await browser.newPage({ viewport });
    const problems: string[] = [];
    for (const deck of decks) {
      await page.goto(deck);
      await expect(page.locator('.deck--live')).toHaveCount(1);
      problems.push(...(await overflowingSlides(page)).map((p) => `${deck} ${p}`));
    }
    expect(decks.length).toBeGreaterThan(1);
    expect(problems).toEqual([]);
    await page.close();
  });
}

/**
 * The deck lays out once: the page's CSS sizes the slide before any script runs, so the script
 * taking over moves nothing (Lighthouse counted a layout shift of 0.61–0.66 here). The scripts are
 * held back, as a slow connection does, so that the page paints before they run.
 */
for (const viewport of [{ width: 412, height: 823 }, { width: 1280, height: 720 }]) {
  test(`the deck and the presenter load without a layout shift at ${viewport.width}×${viewport.height}, in both languages`, async ({ browser }) => {
    const context = await browser.newContext({ viewport });
    await context.route('**/_astro/*.js', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 400));
      await route.continue();
    });
    await context.addInitScript(() => {
      const w = window as unknown as { __shift: number };
      w.__shift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) if (!entry.hadRecentInput) w.__shift += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const page = await context.newPage();
    for (const path of [DECK, DECK.replace('/en/', '/zh-cn/'), PRESENTER, PRESENTER.replace('/en/', '/zh-cn/')]) {
      await page.goto(path);
      await expect(page.locator('.deck--live, .presenter--live')).toHaveCount(1);
      // Two frames after the script's render, so that any shift it caused has been reported.
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      const shift = await page.evaluate(() => (window as unknown as { __shift: number }).__shift);
      expect(shift, `layout shift on ${path}`).toBeLessThan(0.01);
    }
    await context.close();
  });
}

test('slide text is at least 28 px on a 1280×720 screen', async ({ browser }) => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await page.goto(`${DECK}#/2`);
  const size = await current(page).locator('.slide__points li').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(size).toBeGreaterThanOrEqual(28);
  await page.close();
});

// On a phone held upright the slide takes the screen, not a 16:9 strip with 9 px text.
test('slide text is at least 12 px on a 390×844 phone, in both languages and in dual mode', async ({ browser }) => {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  for (const deck of [DECK, DECK.replace('/en/', '/zh-cn/')]) {
    await page.goto(`${deck}#/2`);
    await expect(page.locator('.deck--live')).toHaveCount(1);
    const size = () => current(page).locator('.slide__face:visible .slide__points li').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(await size(), deck).toBeGreaterThanOrEqual(12);
    await page.keyboard.press('d');
    await expect(page.locator('.deck--dual')).toHaveCount(1);
    expect(await size(), `${deck} dual`).toBeGreaterThanOrEqual(9);
    await page.keyboard.press('d'); // the view is kept for the deck in both languages
  }
  await page.close();
});

test('the overview shows every slide as a thumbnail, on a projector and on a phone', async ({ browser }) => {
  for (const viewport of [{ width: 1280, height: 720 }, { width: 390, height: 844 }]) {
    const page = await browser.newPage({ viewport });
    await page.goto(`${DECK}#/3`);
    await page.keyboard.press('o');
    await expect(page.locator('.deck--overview')).toHaveCount(1);
    const slides = page.locator('.deck__slides > .slide');
    const count = await slides.count();
    for (let i = 0; i < count; i++) await expect(slides.nth(i), `slide ${i + 1} at ${viewport.width}`).toBeAttached();
    const shown = await slides.evaluateAll((all) => all.filter((s) => s.getBoundingClientRect().height > 0).length);
    expect(shown, `thumbnails at ${viewport.width}`).toBe(count);
    await page.close();
  }
});

test('without JavaScript the deck is a page of slides, one after another', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  await page.goto(DECK);
  const slides = page.locator('.deck__slides > .slide');
  const count = await slides.count();
  expect(count).toBeGreaterThan(3);
  for (let i = 0; i < count; i++) await expect(slides.nth(i)).toBeVisible();
  const [first, second] = [await slides.nth(0).boundingBox(), await slides.nth(1).boundingBox()];
  expect(second!.y).toBeGreaterThanOrEqual(first!.y + first!.height);
  await expect(page.locator('.deck__bar button').first()).toBeHidden();
  await context.close();
});

test('a figure slide draws the wide figure only, and the presenter’s preview repeats no id', async ({ page }) => {
  // The route tells the figure it is on a slide: the stacked phone layout is not shipped there.
  await page.goto(`${DECK}#/3`);
  const figures = page.locator('.deck__slides .slide__figure');
  expect(await figures.count()).toBeGreaterThan(0);
  await expect(page.locator('.deck__slides .figure-svg--wide')).toHaveCount(await figures.locator('figure').count());
  await expect(page.locator('.deck__slides .figure-svg--narrow')).toHaveCount(0);
  await page.goto(`${PRESENTER}#/3`);
  const ids = await page.locator('[id]').evaluateAll((els) => els.map((el) => el.id));
  expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  await expect(page.locator('[data-next] [id]')).toHaveCount(0);
});

test('a printed deck has one 16:9 page per slide', async ({ page }) => {
  await page.goto(DECK);
  const slides = await page.locator('.deck__slides > .slide').count();
  const pdf = (await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString('latin1');
  const pages = pdf.match(/\/Type\s*\/Page[^s]/g) ?? [];
  expect(pages.length).toBe(slides);
  const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf);
  expect(Number(box![1]) / Number(box![2])).toBeCloseTo(16 / 9, 2);
});

test('axe passes on the deck (figure slide, dual mode, a revealed answer, overview) and the presenter', async ({ browser }) => {
  for (const colorScheme of ['light', 'dark'] as const) {
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    const audit = async (what: string) => {
      const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(axe.violations.map((v) => `${colorScheme} ${what} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')}`)).toEqual([]);
    };
    await page.goto(`${DECK}#/3`);
    await audit('figure slide');
    await page.keyboard.press('d');
    await audit('dual mode');
    await page.keyboard.press('d');
    const question = Number(await page.locator('.deck__slides > .slide[data-revealable]').first().getAttribute('data-slide'));
    await page.goto(`${DECK}#/${question + 1}`);
    await page.keyboard.press('ArrowRight');
    await audit('revealed answer');
    await page.keyboard.press('o');
    await audit('overview');
    await page.goto(`${PRESENTER}#/3`);
    await audit('presenter');
    await context.close();
  }
});

test('the handout prints its full text and answer key only when their boxes are ticked, without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/zh-cn/modules/ilo-standards/handout/');
  const answer = page.locator('.handout-answer').first();
  const fullText = page.locator('.handout-full');
  await page.emulateMedia({ media: 'print' });
  await expect(answer).toBeHidden();
  await expect(fullText).toBeHidden();
  await expect(page.locator('.handout-point').first()).toBeVisible();
  await expect(page.locator('.handout-cases .callout--case').first()).toBeVisible();
  await expect(page.locator('.facilitator-notes')).toHaveCount(0);
  await page.emulateMedia({ media: 'screen' });
  await page.getByLabel('附上测验题和答案，供您自用（屏幕显示和打印时均包含）').check();
  await page.getByLabel('附上完整正文（页数会多很多）').check();
  await expect(answer).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(answer).toBeVisible();
  await expect(fullText).toBeVisible();
  await context.close();
});

test('every handout prints on at most two A4 pages per hour of the module', async ({ page }) => {
  const handouts = builtPages().filter((p) => /\/modules\/[^/]+\/handout\/$/.test(p));
  expect(handouts.length).toBeGreaterThan(10);
  const counts: string[] = [];
  for (const handout of handouts) {
    await page.goto(handout);
    const minutes = Number(await page.locator('.handout').getAttribute('data-minutes'));
    const pdf = await page.pdf({ format: 'A4' });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
    const allowed = Math.floor((2 * minutes) / 60);
    counts.push(`${handout}: ${pages} pages for ${minutes} min (at most ${allowed})`);
    expect(pages, handout).toBeGreaterThan(0);
    expect.soft(pages, `${handout}: ${pages} A4 pages for ${minutes} minutes`).toBeLessThanOrEqual(allowed);
  }
  console.log(counts.join('\n'));
});

test('the session plan times the agenda from the sections’ minutes', async ({ page }) => {
  await page.goto('/en/modules/ilo-standards/plan/');
  const times = await page.locator('.plan-agenda__time').allTextContents();
  expect(times[0]).toBe('0:00');
  expect(times.at(-1)).toBe('1:30');
  await page.goto('/en/facilitate/');
  await page.locator('a[href="/en/modules/ilo-standards/slides/"]').click();
  await expect(page.locator('.deck--live')).toHaveCount(1);
});

test('the session plan asks the room only the questions the notes mark, never the blaming ones trainees rewrite', async ({ page }) => {
  const plans = builtPages().filter((p) => /\/modules\/[^/]+\/plan\/$/.test(p));
  expect(plans.length).toBeGreaterThan(10);
  for (const plan of plans) {
    await page.goto(plan);
    const listed = (await page.locator('.plan-agenda td p.plan-agenda__question').allTextContents()).map((t) => t.trim());
    const marked = (await page.locator('.plan-notes .room-question').allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());
    expect(listed.length, plan).toBeGreaterThan(0);
    expect(listed.map((t) => t.replace(/\s+/g, ' ')), plan).toEqual(marked);
  }
  // The trauma-informed interviewing row: its notes quote blaming questions for a rewriting exercise.
  for (const [plan, blaming, premise] of [
    ['/zh-cn/modules/victim-identification/plan/', ['你为什么不报警', '日期你确定吗', '是不是你自己愿意去的'], '案例一中的工人没有工作许可'],
    ['/en/modules/victim-identification/plan/', ['Why didn’t you call the police', 'Are you sure about the dates', 'Did you agree to go'], 'the worker in Case 1 has no work permit'],
  ] as const) {
    await page.goto(plan);
    const agenda = await page.locator('.plan-agenda').innerText();
    for (const q of blaming) expect(agenda, plan).not.toContain(q);
    await expect(page.locator('.plan-notes').nth(4)).toContainText(blaming[0]); // still in the notes, as the exercise
    await expect(page.locator('.plan-agenda tbody tr').nth(4).locator('td p a')).toHaveAttribute('href', '#plan-section-4');
    // A question keeps its premise: who "he" is.
    await expect(page.locator('.plan-agenda tbody tr').nth(6).locator('td p').first()).toContainText(premise, { ignoreCase: true });
  }
});
