/**
 * npm run usb — a copy of the built site that works opened from disk (file://), for facilitators
 * who present from a USB stick on a laptop with no network and no server.
 *
 * Browsers refuse ES module scripts from file:// and resolve "/…" to the root of the disk, so the
 * copy differs from dist/ in two ways:
 * 1. every site-absolute URL in the HTML becomes relative (and a folder URL points at its
 *    index.html);
 * 2. the deck and the presenter window run from classic scripts bundled here with esbuild from the
 *    same entry points the site uses (src/client/deck-entry.ts, presenter-entry.ts). They keep in
 *    step over BroadcastChannel, which works between file:// pages.
 * Everything else reads as it does on the web; scripts that need modules (quiz, search, offline)
 * do not run from disk, and pages say what they say without them.
 * Build first (npm run build); the copy goes to usb/ (or USB_DIR).
 */
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { htmlFilesIn } from './lib/built-pages.ts';

const DIST = path.resolve(process.env.OUT_DIR ?? 'dist');
const USB = path.resolve(process.env.USB_DIR ?? 'usb');
const BUNDLES = [
  { marker: 'class="deck"', entry: 'src/client/deck-entry.ts', out: '_usb/deck.js' },
  { marker: 'class="presenter"', entry: 'src/client/presenter-entry.ts', out: '_usb/presenter.js' },
];

/** The relative form of a site-absolute URL, seen from the page at `pageDir` (a folder in the site). */
export function relativeUrl(url: string, pageDir: string, exists: (sitePath: string) => boolean): string {
  const [pathPart = '', ...rest] = url.split(/(?=[?#])/);
  let target = pathPart;
  if (target.endsWith('/') && exists(`${target}index.html`)) target += 'index.html';
  const relative = path.posix.relative(pageDir, target) || '.';
  return relative + rest.join('');
}

/** Rewrites href, src and data-*-url attributes that start with a single "/". */
export function relativiseHtml(html: string, pageDir: string, exists: (sitePath: string) => boolean): string {
  return html.replace(/\b(href|src|data-[a-z-]+-url)="(\/(?!\/)[^"]*)"/g, (_m, attr: string, url: string) => `${attr}="${relativeUrl(url, pageDir, exists)}"`);
}

export async function makeUsbCopy(dist = DIST, usb = USB): Promise<void> {
  if (!fs.existsSync(path.join(dist, 'index.html'))) throw new Error(`No build in ${dist}: run npm run build first.`);
  fs.rmSync(usb, { recursive: true, force: true });
  fs.cpSync(dist, usb, { recursive: true });
  for (const b of BUNDLES) {
    await build({ entryPoints: [b.entry], bundle: true, format: 'iife', minify: true, target: 'es2020', outfile: path.join(usb, b.out), logLevel: 'error' });
  }
  const exists = (sitePath: string) => fs.existsSync(path.join(usb, sitePath));
  for (const file of htmlFilesIn(usb)) {
    const pageDir = '/' + path.relative(usb, path.dirname(file)).split(path.sep).join('/');
    let html = relativiseHtml(fs.readFileSync(file, 'utf8'), pageDir, exists);
    const bundle = BUNDLES.find((b) => html.includes(b.marker));
    if (bundle) {
      html = html.replace(/<script type="module"[^>]*><\/script>\s*/g, '');
      html = html.replace('</body>', `<script src="${path.posix.relative(pageDir, '/' + bundle.out)}"></script></body>`);
    }
    fs.writeFileSync(file, html);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await makeUsbCopy();
  console.log(`USB copy written to ${USB}. Copy it to a stick and open index.html; decks run from disk.`);
}
