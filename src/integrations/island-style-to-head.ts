import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { htmlFilesIn } from '../../tools/lib/built-pages.ts';

/**
 * Astro writes the islands' one-line stylesheet (`astro-island{display:contents}`) just before the
 * first island, which for an island placed in MDX is inside <body>, where HTML does not allow
 * <style>. This moves it into <head> after the build. Its CSP hash is unchanged: only its place moves.
 */
const ISLAND_STYLE = /<style>astro-island,astro-slot,astro-static-slot\{display:contents\}<\/style>/;

export function moveIslandStyleToHead(html: string): string {
  const match = ISLAND_STYLE.exec(html);
  const headEnd = html.indexOf('</head>');
  if (!match || headEnd < 0 || match.index < headEnd) return html;
  const without = html.slice(0, match.index) + html.slice(match.index + match[0].length);
  return without.replace('</head>', `${match[0]}</head>`);
}

export function islandStyleToHead(): AstroIntegration {
  return {
    name: 'island-style-to-head',
    hooks: {
      'astro:build:done': ({ dir }) => {
        for (const file of htmlFilesIn(fileURLToPath(dir))) {
          const html = fs.readFileSync(file, 'utf8');
          const moved = moveIslandStyleToHead(html);
          if (moved !== html) fs.writeFileSync(file, moved);
        }
      },
    },
  };
}
