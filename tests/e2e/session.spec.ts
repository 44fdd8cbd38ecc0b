import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { fakeCamera, watch } from './devices';
import AxeBuilder from '@axe-core/playwright';
import { parse as parseYaml } from 'yaml';
import { drawSessionItems } from '../../src/lib/session-descriptor';
import { encodeResult } from '../../src/lib/session-result';

/**
 * A whole seminar session with two devices, as in the room: the facilitator's laptop sets it up
 * and projects the link; trainees' phones (390 px) join by the link, take the test before and the
 * test after, and hand in by pasted text, by file, and by a QR code read from the laptop's camera
 * (a fake video stream made from the phone's rendered QR code). Then the cohort report and its CSV.
 */

const MODULES = ['ilo-standards', 'forced-labour-indicators'];
type Q = { id: string; type: string; answer?: boolean; options?: { id: string; correct?: boolean }[]; items?: { id: string; text: { en: string } }[] };
const quiz = (slug: string) => parseYaml(fs.readFileSync(path.resolve(import.meta.dirname, `../../content/quizzes/${slug}.yaml`), 'utf8')) as { questions: Q[] };
/** The session's items in test order, as the site draws them. */
const ITEMS = MODULES.flatMap((slug) => {
  const questions = quiz(slug).questions;
  return drawSessionItems(questions.map((q) => q.id)).map((id) => questions.find((q) => q.id === id)!);
});

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Console errors, CSP violations and requests to another origin, on every page of a context. */

async function noAxeViolations(page: Page) {
  const axe = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')}`)).toEqual([]);
}

/** Answers item i of a test with its right answer, through the phone's controls. */
async function answerRight(page: Page, phase: 'pre' | 'post', i: number) {
  const q = ITEMS[i]!;
  const field = page.locator('fieldset.session-question').nth(i);
  if (q.type === 'truefalse') return field.locator(`[id="${phase}-${i}-${q.answer}"]`).check();
  if (q.type === 'order') {
    const target = q.items!.map((item) => item.text.en);
    for (let p = 0; p < target.length; p++) {
      let at = (await field.locator('.quiz-order__text').allTextContents()).indexOf(target[p]!);
      while (at > p) {
        await field.locator('.quiz-order__item').nth(at).locator('button').first().click();
        at--;
      }
    }
    return field.getByRole('checkbox').check();
  }
  for (const o of q.options!.filter((o) => o.correct)) await field.locator(`[id="${phase}-${i}-${o.id}"]`).check();
}


async function joinAndTakeTests(phone: Page, link: string, name: string, preRight: number[]) {
  await phone.goto(link);
  await phone.getByRole('textbox', { name: /Your name|姓名/ }).fill(name);
  await phone.getByRole('button', { name: /Start the test|开始测试/ }).click();
  await expect(phone.getByRole('heading', { name: /Test before the module|课前测试/ })).toBeFocused();
  await expect(phone.locator('fieldset.session-question')).toHaveCount(ITEMS.length);
  for (const i of preRight) await answerRight(phone, 'pre', i);
}

test('a session: set up on the laptop, two phones take part, results handed in three ways, report and CSV', async ({ browser, baseURL }) => {
  test.slow(); // three devices and a camera in one test: more than the default minute on a loaded machine
  const origin = new URL(baseURL!).origin;
  const laptopContext = await browser.newContext({ baseURL, viewport: { width: 1280, height: 900 } });
  const phoneContext = await browser.newContext({ baseURL, viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const problems = [...watch(laptopContext, origin), ...watch(phoneContext, origin)];
  const laptop = await laptopContext.newPage();

  // Set up, from the facilitators' index.
  await laptop.goto('/en/facilitate/');
  await laptop.getByRole('link', { name: 'Set up a session' }).click();
  await expect(laptop).toHaveURL(/\/en\/facilitate\/session\/$/);
  await laptop.getByLabel('Title').fill('Labour inspectors, second course');
  await laptop.getByLabel('Date').fill('2026-12-02');
  await laptop.getByLabel('Place').fill('Kunming, room 3');
  await laptop.getByRole('button', { name: 'Create the session' }).click();
  await expect(laptop.getByRole('alert')).toHaveText('Choose at least one module.');
  for (const slug of MODULES) await laptop.locator(`[id="session-module-${slug}"]`).check();
  await laptop.getByRole('button', { name: 'Create the session' }).click();
  await expect(laptop.getByRole('img', { name: 'QR code of the session link' })).toBeVisible();
  // Served from this machine, the link would say 127.0.0.1: the facilitator is told, and can give the address phones use.
  await expect(laptop.getByText(/works on this laptop only/)).toBeVisible();
  const address = laptop.getByRole('textbox', { name: 'Address of this site as the phones reach it' });
  await address.fill('http://192.168.1.20:4321');
  await expect(laptop.getByRole('textbox', { name: 'Session link' })).toHaveValue(/^http:\/\/192\.168\.1\.20:4321\/en\/session\/#s1\./);
  await address.fill(origin);
  const link = await laptop.getByRole('textbox', { name: 'Session link' }).inputValue();
  expect(link.startsWith(`${origin}/en/session/#`)).toBe(true);
  expect(link).toMatch(/\/en\/session\/#s1\./);

  // Phone 1: the test before, partly answered; the language switched half-way loses nothing.
  const phone = await phoneContext.newPage();
  await joinAndTakeTests(phone, link, 'Ｌｉ  Ming', [0]);
  await phone.locator('a[data-lang-switch]').first().click();
  await expect(phone).toHaveURL(/\/zh-cn\/session\/#s1\./);
  await expect(phone.getByRole('heading', { name: '课前测试' })).toBeVisible();
  await expect(phone.locator('.session-progress')).toHaveText(`已答：1/${ITEMS.length}`);
  await noAxeViolations(phone);
  await phone.locator('a[data-lang-switch]').first().click();
  await expect(phone).toHaveURL(/\/en\/session\/#s1\./);
  await phone.getByRole('button', { name: 'Finish the test before' }).click();
  await expect(phone.getByRole('heading', { name: 'Now the module' })).toBeVisible();
  await expect(phone.getByRole('link', { name: /ILO standards|forced labour/i }).first()).toBeVisible();
  await phone.getByRole('button', { name: 'Start the test after' }).click();
  for (let i = 0; i < ITEMS.length; i++) await answerRight(phone, 'post', i);
  await expect(phone.locator('.session-progress')).toHaveText(`Answered: ${ITEMS.length} of ${ITEMS.length}`);
  await phone.getByRole('button', { name: 'Finish the test after' }).click();
  await expect(phone.getByRole('heading', { name: 'Hand in your result' })).toBeVisible();
  await expect(phone.getByRole('img', { name: 'QR code of the result of Li Ming' })).toBeVisible();
  await noAxeViolations(phone);
  const line = await phone.getByRole('textbox', { name: 'Your result as text' }).inputValue();
  expect(line).toMatch(/^FW1~[0-9a-z]{10}~/);
  const [download] = await Promise.all([phone.waitForEvent('download'), phone.getByRole('button', { name: 'Save as a file' }).click()]);
  const resultFile = await download.path();
  expect(fs.readFileSync(resultFile, 'utf8').trim()).toBe(line);

  // Hand-in by pasted text (broken in two, as a chat app might), then the same result again by file.
  const paste = laptop.getByLabel('Paste one or more results');
  await paste.fill(`${line.slice(0, 30)}\n${line.slice(30)}`);
  await laptop.getByRole('button', { name: 'Add the results' }).click();
  await expect(laptop.locator('.session-messages')).toHaveText('Added: Li Ming.');
  await laptop.getByLabel('Result files (.txt)').setInputFiles(resultFile);
  await expect(laptop.locator('.session-messages')).toHaveText('Already here: Li Ming (nothing changed).');
  // A result from another session, and an edited one, are refused with a message.
  const otherSession = encodeResult({ sessionId: 'zzzzzzzzzz', name: 'Zhang San', pre: [], post: [] }, []);
  await paste.fill(`${otherSession}\n${line.replace('~Li Ming~', '~Li Mingg~')}`);
  await laptop.getByRole('button', { name: 'Add the results' }).click();
  await expect(laptop.locator('.session-message--problem')).toHaveText([
    'Refused: the result of Zhang San belongs to another session.',
    'Refused: this result was changed or cut short (its check sum does not match).',
  ]);

  // Phone 2, in Chinese, hands in by QR code through the laptop's camera.
  const phone2Context = await browser.newContext({ baseURL, viewport: { width: 390, height: 844 }, isMobile: true });
  problems.push(...watch(phone2Context, origin));
  const phone2 = await phone2Context.newPage();
  await joinAndTakeTests(phone2, link.replace('/en/', '/zh-cn/'), '王芳', [0, 1]);
  await phone2.getByRole('button', { name: '完成课前测试' }).click();
  await phone2.getByRole('button', { name: '开始课后测试' }).click();
  await phone2.getByRole('button', { name: '完成课后测试' }).click();
  const qr = phone2.getByRole('img', { name: '王芳的测试结果二维码' });
  await expect(qr).toBeVisible();
  const qrImage = await qr.evaluate((c: HTMLCanvasElement) => c.toDataURL('image/png'));
  const line2 = await phone2.getByRole('textbox', { name: '测试结果（文字）' }).inputValue();

  // The camera: a video stream painted from the phone's QR image. Until it starts, no empty
  // black video box stands on the page (a CSS display rule once overrode `hidden`).
  await expect(laptop.locator('.session-scanner__video')).toBeHidden();
  await fakeCamera(laptop, qrImage);
  await laptop.getByRole('button', { name: 'Start the camera' }).click();
  await expect(laptop.locator('.session-messages')).toHaveText('Added: 王芳.', { timeout: 15_000 });
  await laptop.getByRole('button', { name: 'Stop the camera' }).click();

  // The report.
  const report = laptop.locator('.session-report');
  await expect(report).toHaveAttribute('data-trainees', '2');
  const n = ITEMS.length;
  const pct = (k: number) => Math.round((k / n) * 100);
  // Li Ming: 1 right before, all after; Wang Fang: 2 right before, nothing answered after.
  const rows = report.locator('[data-table="trainees"] tbody tr');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText(`Li Ming${1}/${n} (${pct(1)}%)${n}/${n} (100%)+${100 - pct(1)} points`);
  await expect(rows.nth(1)).toContainText(`王芳${2}/${n} (${pct(2)}%)0/${n} (0%)-${pct(2)} points`);
  const meanPre = Math.round((pct(1) + pct(2)) / 2);
  await expect(report.locator('[data-summary]')).toHaveText(
    `Trainees: 2. On average ${meanPre}% correct before, 50% after (+${Math.round((100 - pct(1) - pct(2)) / 2)} points).`,
  );
  // Sorting by gain, highest first.
  await report.getByRole('button', { name: 'Gain' }).click();
  await expect(rows.nth(0).locator('th')).toHaveText('Li Ming');
  await report.getByRole('button', { name: 'Gain' }).click();
  await expect(rows.nth(0).locator('th')).toHaveText('王芳');
  await expect(report.locator('[data-table="items"] tbody tr')).toHaveCount(n);
  await expect(report.locator('[data-table="items"] tbody tr').first()).toContainText('100%'); // item 1: both right before
  await expect(report.locator('[data-table="modules"] li')).toHaveText([/1 of 2 trainees/, /1 of 2 trainees/]);
  await expect(report.getByRole('img', { name: 'Share correct per question, before and after the module' })).toBeVisible();
  await noAxeViolations(laptop);

  // CSV export.
  const [csvDownload] = await Promise.all([laptop.waitForEvent('download'), report.getByRole('button', { name: 'Export as CSV' }).click()]);
  expect(csvDownload.suggestedFilename()).toBe('cohort-Labour-inspectors,-second-course-2026-12-02.csv');
  const csv = fs.readFileSync((await csvDownload.path())!, 'utf8');
  expect(csv).toBe(
    '\ufeff"Name","Correct before","% before","Correct after","% after","Gain (points)"\r\n' +
      `"Li Ming","1","${pct(1)}","${n}","100","${100 - pct(1)}"\r\n` +
      `"王芳","2","${pct(2)}","0","0","${-pct(2)}"\r\n`,
  );

  // A record signed by the facilitator, checked on another device; a tampered copy is rejected.
  await laptop.getByRole('button', { name: 'Create a signing key on this device' }).click();
  const fingerprint = (await laptop.locator('[data-fingerprint]').textContent())!;
  expect(fingerprint).toMatch(/^[0-9a-f]{4}( [0-9a-f]{4}){3}$/);
  const publicKey = await laptop.getByRole('textbox', { name: /Your public key/ }).inputValue();
  await laptop.getByRole('button', { name: 'Sign the record of Li Ming' }).click();
  const card = laptop.getByRole('article', { name: 'Seminar record of Li Ming' });
  await expect(card).toContainText(fingerprint);
  await expect(card.getByRole('img', { name: 'QR code of the signed record of Li Ming' })).toBeVisible();
  const record = (await card.locator('[data-record-text]').textContent())!;
  expect(record).toContain(`after: ${n}/${n}`);
  // The private key cannot be read back by any script: the browser holds it.
  const extractable = await laptop.evaluate(
    () =>
      new Promise<boolean>((resolve, reject) => {
        const open = indexedDB.open('fwg-signing');
        open.onsuccess = () => {
          const get = open.result.transaction('keys').objectStore('keys').get('facilitator');
          get.onsuccess = () => resolve((get.result.privateKey as CryptoKey).extractable);
          get.onerror = reject;
        };
      }),
  );
  expect(extractable).toBe(false);
  await noAxeViolations(laptop);

  const checker = await phoneContext.newPage();
  await checker.goto('/en/facilitate/');
  await checker.getByRole('link', { name: 'Check a signed seminar record' }).click();
  await checker.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await expect(checker.locator('[data-ready]')).toBeVisible();
  await checker.getByRole('textbox', { name: 'Signed record' }).fill(record);
  await checker.getByRole('textbox', { name: /public key/ }).fill(publicKey);
  await checker.getByRole('button', { name: 'Check the record' }).click();
  await expect(checker.locator('[data-verdict="valid"]')).toContainText(`The holder of the key with fingerprint ${fingerprint} issued this record`);
  await expect(checker.locator('[data-verdict="valid"]')).toContainText('Name: Li Ming');
  await checker.getByRole('textbox', { name: 'Signed record' }).fill(record.replace(`before: 1/${n}`, `before: ${n}/${n}`));
  await checker.getByRole('button', { name: 'Check the record' }).click();
  await expect(checker.locator('[data-verdict="invalid"]')).toContainText('The signature does not match the contents');
  await noAxeViolations(checker);

  // Everything survives a reload of the laptop; erasing asks first.
  await laptop.reload();
  await expect(laptop.locator('.session-report')).toHaveAttribute('data-trainees', '2');
  await laptop.getByRole('button', { name: 'Erase the results' }).click();
  await laptop.getByRole('button', { name: 'Cancel' }).click();
  await expect(laptop.locator('.session-report')).toHaveAttribute('data-trainees', '2');
  await laptop.getByRole('button', { name: 'Erase the results' }).click();
  await expect(laptop.getByRole('alertdialog')).toContainText('Erase the 2 results of this session from this device?');
  await laptop.getByRole('button', { name: 'Yes, erase them' }).click();
  await expect(laptop.locator('.session-report')).toHaveAttribute('data-trainees', '0');
  expect(line2).toMatch(/^FW1~/);

  expect(problems).toEqual([]);
  await Promise.all([laptopContext.close(), phoneContext.close(), phone2Context.close()]);
});

test('a damaged session link says what is wrong and loses nothing', async ({ page }) => {
  await page.goto('/en/session/#s1.eyJ0aXRsZSI6.00000000');
  await expect(page.getByRole('alert')).toContainText('This session link has been changed or cut short.');
  await page.goto('/zh-cn/session/#s9.abc.00000000');
  await expect(page.getByRole('alert')).toContainText('此培训链接由更新版本的网站生成');
});

test('a phone whose storage refuses to save still takes the tests and hands in, and is told', async ({ browser, baseURL }) => {
  const laptopContext = await browser.newContext({ baseURL });
  const laptop = await laptopContext.newPage();
  await laptop.goto('/en/facilitate/session/');
  await laptop.getByLabel('Title').fill('Storage fault');
  await laptop.locator(`[id="session-module-${MODULES[0]}"]`).check();
  await laptop.getByRole('button', { name: 'Create the session' }).click();
  const link = await laptop.getByRole('textbox', { name: 'Session link' }).inputValue();

  // As a browser with its quota used up behaves: every write throws QuotaExceededError.
  const phoneContext = await browser.newContext({ baseURL, viewport: { width: 390, height: 844 } });
  await phoneContext.addInitScript(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException('full', 'QuotaExceededError');
    };
  });
  const phone = await phoneContext.newPage();
  await phone.goto(link);
  await phone.getByRole('textbox', { name: 'Your name' }).fill('Zhao Lei');
  await phone.getByRole('button', { name: 'Start the test' }).click();
  await expect(phone.locator('.storage-notice')).toBeVisible();
  await answerRight(phone, 'pre', 0);
  await phone.getByRole('button', { name: 'Finish the test before' }).click();
  await phone.getByRole('button', { name: 'Start the test after' }).click();
  await phone.getByRole('button', { name: 'Finish the test after' }).click();
  const line = await phone.getByRole('textbox', { name: 'Your result as text' }).inputValue();
  await laptop.getByLabel('Paste one or more results').fill(line);
  await laptop.getByRole('button', { name: 'Add the results' }).click();
  await expect(laptop.locator('.session-messages')).toHaveText('Added: Zhao Lei.');
  await expect(laptop.locator('[data-table="trainees"] tbody tr')).toContainText(`Zhao Lei1/6 (17%)0/6 (0%)-17 points`);
  await Promise.all([laptopContext.close(), phoneContext.close()]);
});

test('without Ed25519 in WebCrypto, @noble/ed25519 signs and verifies, and the key is stored encrypted', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL });
  // As an older browser: WebCrypto without Ed25519.
  await context.addInitScript(() => {
    const subtle = crypto.subtle;
    const isEd = (alg: unknown) => alg === 'Ed25519' || (typeof alg === 'object' && alg !== null && (alg as { name?: string }).name === 'Ed25519');
    for (const method of ['generateKey', 'importKey', 'sign', 'verify'] as const) {
      const original = subtle[method].bind(subtle) as (...args: unknown[]) => Promise<unknown>;
      (subtle as unknown as Record<string, unknown>)[method] = (...args: unknown[]) =>
        isEd(method === 'importKey' ? args[2] : args[0]) ? Promise.reject(new DOMException('Unrecognized name', 'NotSupportedError')) : original(...args);
    }
  });
  const page = await context.newPage();
  await page.goto('/en/facilitate/session/');
  await page.getByLabel('Title').fill('Older browser');
  await page.locator(`[id="session-module-${MODULES[0]}"]`).check();
  await page.getByRole('button', { name: 'Create the session' }).click();
  const id = (await page.locator('.session-project .muted').textContent())!.match(/session ([0-9a-z]{10})/)![1]!;
  const items = ITEMS.slice(0, 6) as unknown as Parameters<typeof encodeResult>[1];
  await page.getByLabel('Paste one or more results').fill(encodeResult({ sessionId: id, name: 'Sun Li', pre: [], post: [] }, items));
  await page.getByRole('button', { name: 'Add the results' }).click();
  await expect(page.locator('.session-messages')).toHaveText('Added: Sun Li.');
  await page.getByRole('button', { name: 'Create a signing key on this device' }).click();
  await expect(page.getByText(/stored encrypted; this browser has no built-in Ed25519/)).toBeVisible();
  const publicKey = await page.getByRole('textbox', { name: /Your public key/ }).inputValue();
  const stored = await page.evaluate(
    () =>
      new Promise<{ kind: string; fields: string[]; wrapKeyExtractable: boolean }>((resolve) => {
        const open = indexedDB.open('fwg-signing');
        open.onsuccess = () => {
          const get = open.result.transaction('keys').objectStore('keys').get('facilitator');
          get.onsuccess = () => resolve({ kind: get.result.kind, fields: Object.keys(get.result).sort(), wrapKeyExtractable: get.result.wrapKey.extractable });
        };
      }),
  );
  expect(stored).toEqual({ kind: 'noble', fields: ['createdAt', 'iv', 'kind', 'publicRaw', 'wrapKey', 'wrapped'], wrapKeyExtractable: false });
  await page.getByRole('button', { name: 'Sign the record of Sun Li' }).click();
  const record = (await page.locator('[data-record-text]').textContent())!;
  const recordQr = await page.getByRole('img', { name: 'QR code of the signed record of Sun Li' }).evaluate((c: HTMLCanvasElement) => c.toDataURL('image/png'));
  await page.goto('/en/verify/');
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  // The record read from its printed QR code by the camera.
  await fakeCamera(page, recordQr);
  await page.getByText('Scan a QR code of the record or the key').click();
  await page.getByRole('button', { name: 'Start the camera' }).click();
  await expect(page.getByRole('textbox', { name: 'Signed record' })).toHaveValue(record, { timeout: 15_000 });
  await page.getByRole('button', { name: 'Stop the camera' }).click();
  await page.getByRole('textbox', { name: /public key/ }).fill(publicKey);
  await page.getByRole('button', { name: 'Check the record' }).click();
  await expect(page.locator('[data-verdict="valid"]')).toContainText('Name: Sun Li');
  await page.getByRole('textbox', { name: 'Signed record' }).fill(record);
  await page.getByRole('textbox', { name: /public key/ }).fill(publicKey);
  await page.getByRole('button', { name: 'Check the record' }).click();
  await expect(page.locator('[data-verdict="valid"]')).toContainText('Name: Sun Li');
  await page.getByRole('textbox', { name: 'Signed record' }).fill(record.replace('name: Sun Li', 'name: Sun Lie'));
  await page.getByRole('button', { name: 'Check the record' }).click();
  await expect(page.locator('[data-verdict="invalid"]')).toBeVisible();
  await context.close();
});
