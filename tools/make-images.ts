/**
 * Renders the raster images the site needs from sources in the repo, with Chromium:
 *   public/icons/icon-192.png, icon-512.png   (web app manifest, home-screen icon)
 *   public/favicon.ico                        (old browsers; a PNG inside an ICO container)
 *   public/og/<lang>.png                      (1200×630 link-preview card per language)
 * Run after changing public/favicon.svg or the site name: node tools/make-images.ts
 */
import fs from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumExecutable, CHROMIUM_ARGS } from './lib/browser.ts';
import { LOCALES, WRITING_SYSTEMS } from '../src/i18n/locales.ts';

const svg = fs.readFileSync('public/favicon.svg', 'utf8');
const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });

async function render(html: string, width: number, height: number): Promise<Buffer> {
  const page = await browser.newPage({ viewport: { width, height } });
  await page.setContent(`<!doctype html><html><body style="margin:0">${html}</body></html>`);
  const png = await page.screenshot({ type: 'png', omitBackground: true });
  await page.close();
  return png;
}

for (const size of [192, 512]) {
  const png = await render(svg.replace('<svg ', `<svg width="${size}" height="${size}" `), size, size);
  fs.writeFileSync(`public/icons/icon-${size}.png`, png);
}

// ICO container holding one 32×32 PNG (supported by every browser that still asks for favicon.ico).
const png32 = await render(svg.replace('<svg ', '<svg width="32" height="32" '), 32, 32);
const header = Buffer.alloc(22);
header.writeUInt16LE(0, 0);
header.writeUInt16LE(1, 2); // type: icon
header.writeUInt16LE(1, 4); // one image
header.writeUInt8(32, 6);
header.writeUInt8(32, 7);
header.writeUInt16LE(1, 10); // colour planes
header.writeUInt16LE(32, 12); // bits per pixel
header.writeUInt32LE(png32.length, 14);
header.writeUInt32LE(22, 18); // offset of the image data
fs.writeFileSync('public/favicon.ico', Buffer.concat([header, png32]));

for (const locale of LOCALES) {
  const strings = JSON.parse(fs.readFileSync(`src/i18n/ui/${locale.code}.json`, 'utf8')) as Record<string, string>;
  const font = WRITING_SYSTEMS[locale.script].imageFont;
  const html = `<div lang="${locale.code}" style="width:1200px;height:630px;box-sizing:border-box;padding:80px;background:#1d3f6e;color:#fff;font-family:${font};display:flex;flex-direction:column;justify-content:center;gap:36px">
      <div style="display:flex;align-items:center;gap:32px">${svg.replace('<svg ', '<svg width="120" height="120" ')}
        <div style="font-size:76px;font-weight:700">${strings['site.name']}</div></div>
      <div style="font-size:44px;line-height:1.4;max-width:1000px;color:#e7ebf2">${strings['site.tagline']}</div>
      <div style="height:10px;width:240px;background:#f2a765;border-radius:5px"></div></div>`;
  fs.writeFileSync(`public/og/${locale.path}.png`, await render(html, 1200, 630));
}
await browser.close();
console.log('images written to public/');
