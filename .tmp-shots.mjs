import { chromium } from '@playwright/test';
const base = 'http://127.0.0.1:4422';
const out = '/work/wt/shots/ux15';
const mode = process.argv[2];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
if (mode === 'footer') {
  const tag = process.argv[3];
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  for (const lang of ['en', 'zh-cn']) {
    await page.goto(`${base}/${lang}/about/`);
    await page.screenshot({ path: `${out}/about-${tag}-${lang}-1280.png`, fullPage: true });
    await page.goto(`${base}/${lang}/help/`);
    await page.locator('.site-footer').screenshot({ path: `${out}/footer-${tag}-${lang}-1280.png` });
  }
  const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
  await phone.goto(`${base}/zh-cn/about/`);
  await phone.screenshot({ path: `${out}/about-${tag}-zh-cn-390.png`, fullPage: true });
} else {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  for (const [deckLang, presLang] of [['en', 'zh-cn'], ['zh-cn', 'en']]) {
    const deck = await context.newPage();
    await deck.setViewportSize({ width: 1280, height: 720 });
    await deck.goto(`${base}/${deckLang}/modules/ilo-standards/slides/#/3`);
    await deck.keyboard.press('d');
    const presenter = await context.newPage();
    await presenter.goto(`${base}/${presLang}/modules/ilo-standards/presenter/#/3`);
    await presenter.waitForTimeout(500);
    await presenter.locator('.presenter__audience button[data-view-language]').nth(deckLang === 'en' ? 1 : 0).click();
    await presenter.waitForTimeout(2500);
    await presenter.screenshot({ path: `${out}/presenter-${presLang}-drives-${deckLang}-deck-1280.png` });
    await deck.screenshot({ path: `${out}/deck-${deckLang}-switched-in-place-dual-1280.png` });
    await deck.close(); await presenter.close();
  }
  const page = await context.newPage();
  for (const lang of ['en', 'zh-cn']) {
    await page.goto(`${base}/${lang}/modules/victim-identification/plan/`);
    await page.locator('#plan-agenda').scrollIntoViewIfNeeded();
    await page.locator('.plan-agenda').screenshot({ path: `${out}/plan-agenda-${lang}-1280.png` });
    await page.goto(`${base}/${lang}/modules/victim-identification/handout/`);
    await page.screenshot({ path: `${out}/handout-screen-${lang}-1280.png` });
    const pdf = await page.pdf({ format: 'A4' });
    (await import('node:fs')).writeFileSync(`${out}/handout-${lang}-victim-identification.pdf`, pdf);
    await page.goto(`${base}/${lang}/modules/trafficking-chinese-law/handout/`);
    (await import('node:fs')).writeFileSync(`${out}/handout-${lang}-trafficking-chinese-law.pdf`, await page.pdf({ format: 'A4' }));
  }
}
await browser.close();
