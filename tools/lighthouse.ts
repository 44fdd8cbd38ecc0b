/**
 * npm run lighthouse — Lighthouse (mobile profile, the default) over the built site served by
 * `astro preview`: a module page, its deck (slides) and its presenter window, in every language.
 * Reports the four category scores, the cumulative layout shift and total blocking time, the
 * audits that cost points, and any request that left the site's origin (there must be none).
 * Not part of `npm test`: a run takes minutes. Build first (`npm run build:e2e`).
 *   MODULE=<slug>  the module to measure (default: the first the build has)
 *   PORT=<port>    the preview server's port (default 4410)
 * Results go to stdout and bench-results/lighthouse.json.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { chromiumExecutable } from './lib/browser.ts';
import { builtPages } from './lib/built-pages.ts';
import { LOCALES } from '../src/i18n/locales.ts';

const PORT = Number(process.env.PORT ?? 4410);
const origin = `http://127.0.0.1:${PORT}`;
const slug = process.env.MODULE ?? builtPages().find((p) => /^\/en\/modules\/[^/]+\/slides\/$/.test(p))?.split('/')[3];
if (!slug) throw new Error('No deck in dist/: run `npm run build:e2e` first.');

const pages = LOCALES.flatMap((l) =>
  (['', 'slides/', 'presenter/'] as const).map((view) => ({
    type: view ? `module ${view.slice(0, -1)}` : 'module',
    lang: l.code,
    path: `/${l.path}/modules/${slug}/${view}`,
  })),
);

const preview = spawn('npx', ['astro', 'preview', '--host', '127.0.0.1', '--port', String(PORT)], {
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  stdio: 'ignore',
  detached: true,
});
const stopPreview = () => {
  try {
    process.kill(-preview.pid!);
  } catch {
    // already gone
  }
};
process.on('exit', stopPreview);
for (let tries = 0; ; tries++) {
  try {
    if ((await fetch(`${origin}/`)).ok) break;
  } catch {
    // not listening yet
  }
  if (tries > 120) throw new Error(`astro preview did not answer on ${origin}`);
  await new Promise((r) => setTimeout(r, 500));
}

const chrome = await chromeLauncher.launch({
  chromePath: chromiumExecutable() ?? (await import('@playwright/test')).chromium.executablePath(),
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const rows = [];
const detail: Record<string, unknown> = {};
try {
  for (const page of pages) {
    const result = await lighthouse(origin + page.path, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
    const lhr = result!.lhr;
    const score = (c: string) => Math.round((lhr.categories[c]?.score ?? 0) * 100);
    const requests = ((lhr.audits['network-requests']?.details as { items?: { url: string }[] } | undefined)?.items ?? []).map((i) => i.url);
    const offOrigin = requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:'));
    // Audits that cost points: scored below 1 and counted in a category.
    const weighted = new Set(CATEGORIES.flatMap((c) => lhr.categories[c]!.auditRefs.filter((r) => r.weight > 0).map((r) => r.id)));
    const failing = Object.values(lhr.audits)
      .filter((a) => weighted.has(a.id) && a.score !== null && a.score < 1)
      .map((a) => `${a.id} (${a.displayValue ?? a.score})`);
    rows.push({
      type: page.type,
      lang: page.lang,
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      cls: +(lhr.audits['cumulative-layout-shift']?.numericValue ?? 0).toFixed(3),
      tbtMs: Math.round(lhr.audits['total-blocking-time']?.numericValue ?? 0),
      lcpMs: Math.round(lhr.audits['largest-contentful-paint']?.numericValue ?? 0),
      offOrigin: offOrigin.length,
    });
    detail[page.path] = { failing, offOrigin, errors: lhr.audits['errors-in-console']?.details };
  }
} finally {
  chrome.kill();
  stopPreview();
}

console.log(`Lighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version}, mobile profile, ${origin} (astro preview)`);
console.table(rows);
for (const [path, d] of Object.entries(detail)) {
  const { failing, offOrigin } = d as { failing: string[]; offOrigin: string[] };
  if (failing.length || offOrigin.length) console.log(`${path}\n  costs points: ${failing.join(', ') || 'none'}${offOrigin.length ? `\n  left the origin: ${offOrigin.join(' ')}` : ''}`);
}
fs.mkdirSync('bench-results', { recursive: true });
fs.writeFileSync('bench-results/lighthouse.json', JSON.stringify({ date: new Date().toISOString(), origin, rows, detail }, null, 2));
