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
  /** JavaScript files the page loads, as site paths. */
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

/** Site paths of the JS modules a module imports, statically or dynamically, relative to itself. */
function jsImports(code: string, from: string): string[] {
  const found = new Set<string>();
  const pattern = /(?:import|export)\s*(?:[^'"()]*?from\s*)?["']([^"']+\.js)["']|import\(\s*["']([^"']+\.js)["']\s*\)/g;
  for (const m of code.matchAll(pattern)) {
    const spec = m[1] ?? m[2]!;
    if (spec.startsWith('/pagefind/')) continue; // loaded on demand by a search, not on page load
    found.add(spec.startsWith('/') ? spec : path.posix.join(path.posix.dirname(from), spec));
  }
  return [...found];
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

  const scripts = new Set<string>();
  const queue = [...entryScripts, ...inlineScripts.flatMap((code) => jsImports(code, page))];
  let shipsReact = false;
  let js = 0;
  while (queue.length) {
    const next = queue.shift()!;
    if (scripts.has(next)) continue;
    scripts.add(next);
    const code = readSiteFile(dist, next);
    if (!code) continue;
    js += gzipSize(code);
    const source = code.toString('utf8');
    if (/react\.(production|development)|__CLIENT_INTERNALS_DO_NOT_USE|react-dom/.test(source)) shipsReact = true;
    queue.push(...jsImports(source, next));
  }
  const css = stylesheets.reduce((sum, href) => sum + gzipSize(readSiteFile(dist, href) ?? ''), 0);
  const htmlBytes = gzipSize(html);
  const withoutIslands = text.replace(/<astro-island[\s\S]*?<\/astro-island>/g, '');
  return {
    islandHtml: htmlBytes - gzipSize(withoutIslands),
    html: htmlBytes,
    css,
    js,
    total: htmlBytes + css + js,
    scripts: [...scripts].filter((s) => s.endsWith('.js')),
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
