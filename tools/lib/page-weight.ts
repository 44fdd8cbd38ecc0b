/**
 * What a first visit to a built page downloads, computed from dist/: the HTML, its stylesheets,
 * its scripts and every module they import (islands included), each gzipped as a server would
 * send it. Shared by the budget test (bytes) and the benchmark (bytes beside timings).
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { localeByPath } from '../../src/i18n/locales.ts';

export interface PageWeight {
  html: number;
  css: number;
  js: number;
  total: number;
  /** Bytes of JavaScript the page may load later, by dynamic import() only (not in `js` or `total`). */
  lazyJs: number;
  /** JavaScript files the page loads, with the page or later, as site paths (the offline copy saves them all). */
  scripts: string[];
  /** Stylesheets the page links, as site paths (the offline copy saves exactly these). */
  stylesheets: string[];
  /** Whether any of that JavaScript is React. */
  shipsReact: boolean;
  /** Whether the page has an island (a React component hydrated in the browser). */
  hasIsland: boolean;
  /** Bytes of the HTML that belong to islands (their server-rendered markup and props), gzip. */
  islandHtml: number;
}

const gzipSize = (data: Buffer | string) => zlib.gzipSync(data, { level: 9 }).length;

function readSiteFile(dist: string, sitePath: string): Buffer | undefined {
  const file = path.join(dist, decodeURIComponent(sitePath.split(/[?#]/)[0]!));
  return fs.existsSync(file) && fs.statSync(file).isFile() ? fs.readFileSync(file) : undefined;
}

/**
 * Site paths of the JS modules a module imports, relative to itself: `eager` by static import
 * (downloaded with the page), `lazy` by dynamic import() (downloaded when the code runs it, e.g. the
 * QR reader when the camera starts). The bundler writes dynamic specifiers in backticks.
 */
function jsImports(code: string, from: string): { eager: string[]; lazy: string[] } {
  const resolve = (spec: string) => (spec.startsWith('/') ? spec : path.posix.join(path.posix.dirname(from), spec));
  const keep = (spec: string) => !spec.startsWith('/pagefind/'); // loaded on demand by a search
  const eager = [...code.matchAll(/(?:import|export)\s*(?:[^'"`()]*?from\s*)?["']([^"']+\.js)["']/g)].map((m) => m[1]!);
  const lazy = [...code.matchAll(/import\(\s*["'`]([^"'`$]+\.js)["'`]\s*\)/g)].map((m) => m[1]!);
  return { eager: [...new Set(eager.filter(keep).map(resolve))], lazy: [...new Set(lazy.filter(keep).map(resolve))] };
}

export function measurePage(dist: string, page: string): PageWeight {
  const htmlPath = page.endsWith('/') ? `${page}index.html` : page;
  const html = readSiteFile(dist, htmlPath);
  if (!html) throw new Error(`no built page at ${htmlPath}`);
  const text = html.toString('utf8');
  const attr = (tag: RegExp, name: string) =>
    [...text.matchAll(tag)].map((m) => new RegExp(`${name}="([^"]+)"`).exec(m[0])?.[1]).filter((v): v is string => !!v);

  const stylesheets = attr(/<link[^>]+rel="stylesheet"[^>]*>/g, 'href').filter((href) => href.startsWith('/'));
  const entryScripts = [
    ...attr(/<script[^>]+src="[^"]+"[^>]*>/g, 'src'),
    ...attr(/<astro-island[^>]*>/g, 'component-url'),
    ...attr(/<astro-island[^>]*>/g, 'renderer-url'),
  ];
  // Inline module scripts (Astro inlines small ones) can import chunks too.
  const inlineScripts = [...text.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');

  // Breadth first from the page's scripts: what static imports reach is downloaded with the page;
  // what only a dynamic import() reaches is downloaded later, if at all.
  const scripts = new Map<string, 'eager' | 'lazy'>();
  const queue: [string, 'eager' | 'lazy'][] = [...entryScripts, ...inlineScripts.flatMap((code) => jsImports(code, page).eager)].map((s) => [s, 'eager']);
  for (const code of inlineScripts) queue.push(...jsImports(code, page).lazy.map((s): [string, 'lazy'] => [s, 'lazy']));
  const sources = new Map<string, Buffer>();
  while (queue.length) {
    const [next, when] = queue.shift()!;
    const seen = scripts.get(next);
    if (seen === 'eager' || seen === when) continue; // a lazy file reached again eagerly is upgraded
    scripts.set(next, when);
    const code = readSiteFile(dist, next);
    if (!code) continue;
    sources.set(next, code);
    const { eager, lazy } = jsImports(code.toString('utf8'), next);
    queue.push(...eager.map((s): [string, 'eager' | 'lazy'] => [s, when]), ...lazy.map((s): [string, 'lazy'] => [s, 'lazy']));
  }
  const sized = (when: 'eager' | 'lazy') => [...sources].filter(([file]) => scripts.get(file) === when);
  const js = sized('eager').reduce((sum, [, code]) => sum + gzipSize(code), 0);
  const lazyJs = sized('lazy').reduce((sum, [, code]) => sum + gzipSize(code), 0);
  const shipsReact = sized('eager').some(([, code]) => /react\.(production|development)|__CLIENT_INTERNALS_DO_NOT_USE|react-dom/.test(code.toString('utf8')));
  const css = stylesheets.reduce((sum, href) => sum + gzipSize(readSiteFile(dist, href) ?? ''), 0);
  const htmlBytes = gzipSize(html);
  const withoutIslands = text.replace(/<astro-island[\s\S]*?<\/astro-island>/g, '');
  return {
    islandHtml: htmlBytes - gzipSize(withoutIslands),
    html: htmlBytes,
    css,
    js,
    total: htmlBytes + css + js,
    lazyJs,
    scripts: [...scripts.keys()].filter((s) => s.endsWith('.js')),
    stylesheets,
    shipsReact,
    hasIsland: /<astro-island/.test(text),
  };
}

/** The kind of page a path is, for budgets and benchmark rows. */
export function pageType(page: string): string {
  const parts = page.split('/').filter(Boolean);
  if (parts.length === 0) return 'language chooser';
  if (parts[0] === '404.html') return '404';
  if (!localeByPath(parts[0]!)) return parts[0]!; // pages outside a language, such as /offline/
  const [, section, slug, view] = parts;
  if (!section) return 'home';
  if (section === 'modules') return !slug ? 'catalogue' : view ? `module ${view}` : 'module';
  if (section === 'booklets') return slug ? 'booklet' : 'booklet index';
  return section;
}
