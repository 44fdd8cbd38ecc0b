/**
 * npm run bench — builds the site, then reports per page type:
 *   bytes a first visit downloads (HTML, CSS, JS; gzip) and, under Lighthouse's mobile profile
 *   (150 ms RTT, 1.6 Mbit/s down, 750 kbit/s up, 4× CPU slowdown, emulated over the DevTools
 *   protocol, cold cache), the load time, Largest Contentful Paint and cumulative layout shift
 *   (median of RUNS runs),
 *   and the build time.
 * TYPES=module,module slides,… limits the run to those page types (pageType in tools/lib/page-weight.ts).
 * Results go to stdout and bench-results/latest.json. Timings vary with the machine: compare
 * runs on the same machine, and use the byte figures for budgets (tests/e2e/budget.spec.ts).
 */
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import { chromium } from '@playwright/test';
import { chromiumExecutable, CHROMIUM_ARGS } from './lib/browser.ts';
import { measurePage, pageType } from './lib/page-weight.ts';
import { builtPages, DIST } from './lib/built-pages.ts';

const RUNS = Number(process.env.RUNS ?? 3);
const ONLY_TYPES = process.env.TYPES ? new Set(process.env.TYPES.split(',').map((t) => t.trim())) : undefined;
const MOBILE = { latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8, cpuSlowdown: 4 };

const buildStart = performance.now();
if (!process.env.SKIP_BUILD) execSync('npm run build', { stdio: 'ignore' });
const buildSeconds = (performance.now() - buildStart) / 1000;

// A static server that gzips like a production host (astro preview does not compress).
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.svg': 'image/svg+xml', '.png': 'image/png', '.json': 'application/json', '.webmanifest': 'application/manifest+json', '.ico': 'image/x-icon' };
const server = http.createServer((req, res) => {
  let file = path.join(DIST, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
  if (file.endsWith('/')) file += 'index.html';
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) file = path.join(DIST, '404.html');
  const body = fs.readFileSync(file);
  const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
  const gzip = /gzip/.test(String(req.headers['accept-encoding'])) && /text|javascript|json|svg|manifest/.test(type);
  res.writeHead(200, { 'Content-Type': type, ...(gzip ? { 'Content-Encoding': 'gzip' } : {}) });
  res.end(gzip ? zlib.gzipSync(body) : body);
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;

// One page of each type per language: the first the build has.
const samples = new Map<string, string>();
for (const page of builtPages()) {
  const lang = page.split('/')[1]?.replace(/\.html$/, '') ?? '';
  const key = `${pageType(page)}|${lang.includes('-') || lang === 'en' ? lang : ''}`;
  if (ONLY_TYPES && !ONLY_TYPES.has(pageType(page))) continue;
  if (!samples.has(key)) samples.set(key, page);
}

const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const scriptKB = () =>
  performance
    .getEntriesByType('resource')
    .filter((e) => (e as PerformanceResourceTiming).initiatorType === 'script' || e.name.endsWith('.js'))
    .reduce((sum, e) => sum + (e as PerformanceResourceTiming).transferSize, 0) / 1024;

/**
 * Times one cold load; on a page with a quiz, also what the island costs once the reader scrolls to
 * it (it hydrates only when visible): the JavaScript transferred before and after, and how long
 * the quiz takes to become interactive.
 */
async function timePage(url: string): Promise<{ load: number; lcp: number; cls: number; jsBefore?: number; jsAfter?: number; quizReady?: number }> {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: MOBILE.latency, downloadThroughput: MOBILE.downloadThroughput, uploadThroughput: MOBILE.uploadThroughput });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: MOBILE.cpuSlowdown });
  await page.addInitScript(() => {
    (window as unknown as { __lcp: number }).__lcp = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) (window as unknown as { __lcp: number }).__lcp = entry.startTime;
    }).observe({ type: 'largest-contentful-paint', buffered: true });
    // Cumulative layout shift over the load, as Lighthouse counts it (shifts without recent input).
    (window as unknown as { __cls: number }).__cls = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
        if (!entry.hadRecentInput) (window as unknown as { __cls: number }).__cls += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(300);
  const result: { load: number; lcp: number; cls: number; jsBefore?: number; jsAfter?: number; quizReady?: number } = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const w = window as unknown as { __lcp: number; __cls: number };
    return { load: nav.loadEventEnd, lcp: w.__lcp, cls: w.__cls };
  });
  if (await page.locator('section.quiz').count()) {
    result.jsBefore = await page.evaluate(scriptKB);
    const start = Date.now();
    await page.locator('section.quiz').scrollIntoViewIfNeeded();
    await page.waitForSelector('section.quiz[data-interactive]', { timeout: 60_000 });
    result.quizReady = Date.now() - start;
    result.jsAfter = await page.evaluate(scriptKB);
  }
  await context.close();
  return result;
}

const rows = [];
for (const [key, page] of [...samples].sort(([a], [b]) => a.localeCompare(b))) {
  const weight = measurePage(DIST, page);
  const times = [];
  for (let i = 0; i < RUNS; i++) times.push(await timePage(base + page));
  rows.push({
    type: key.split('|')[0],
    page,
    htmlKB: +(weight.html / 1024).toFixed(1),
    cssKB: +(weight.css / 1024).toFixed(1),
    jsKB: +(weight.js / 1024).toFixed(1),
    totalKB: +(weight.total / 1024).toFixed(1),
    loadMs: Math.round(median(times.map((t) => t.load))),
    lcpMs: Math.round(median(times.map((t) => t.lcp))),
    cls: +median(times.map((t) => t.cls)).toFixed(3),
    ...(times[0]!.quizReady !== undefined
      ? {
          jsBeforeQuizKB: +median(times.map((t) => t.jsBefore!)).toFixed(1),
          jsAfterQuizKB: +median(times.map((t) => t.jsAfter!)).toFixed(1),
          quizReadyMs: Math.round(median(times.map((t) => t.quizReady!))),
        }
      : {}),
  });
}
await browser.close();
server.close();

console.log(`Build: ${buildSeconds.toFixed(1)} s${process.env.SKIP_BUILD ? ' (skipped)' : ''}. Mobile profile: 150 ms RTT, 1.6 Mbit/s, 4× CPU; median of ${RUNS} cold loads.`);
console.table(rows);
fs.mkdirSync('bench-results', { recursive: true });
fs.writeFileSync('bench-results/latest.json', JSON.stringify({ date: new Date().toISOString(), buildSeconds, profile: MOBILE, runs: RUNS, rows }, null, 2));
