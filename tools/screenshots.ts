/**
 * Screenshots of built pages at a phone and a desktop width, for people to look at:
 *   node tools/screenshots.ts [baseURL] path [path …]   → screenshots/<name>-<width>.png
 * Serve the site first (npm start). Environment: WIDTHS=390,1280; FULL=0 for the first screen only;
 * SCHEME=dark; SELECTOR=".figure" to shoot the first element that matches instead of the page.
 */
import fs from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumExecutable, CHROMIUM_ARGS } from './lib/browser.ts';

const args = process.argv.slice(2);
const base = args[0]?.startsWith('http') ? args.shift()! : 'http://localhost:4321';
const widths = (process.env.WIDTHS ?? '390,1280').split(',').map(Number);
fs.mkdirSync('screenshots', { recursive: true });

const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
for (const path of args) {
  for (const width of widths) {
    const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: (process.env.SCHEME as 'dark') ?? 'light' });
    await page.goto(new URL(path, base).href, { waitUntil: 'networkidle' });
    const name = path.replace(/^\/|\/$/g, '').replace(/[/#?]+/g, '_') || 'root';
    const file = `screenshots/${name}-${width}.png`;
    const selector = process.env.SELECTOR;
    if (selector) await page.locator(selector).filter({ visible: true }).first().screenshot({ path: file });
    else await page.screenshot({ path: file, fullPage: process.env.FULL !== '0' });
    console.log(file);
    await page.close();
  }
}
await browser.close();
