import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { measurePage } from '../../../tools/lib/page-weight';

/** A two-file site in a temporary folder, as a build would leave it. */
function site(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'page-weight-'));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

describe('measurePage', () => {
  it('lists the stylesheets a page links (the offline copy saves exactly these), not icons or other origins', () => {
    const dist = site({
      'p/index.html': '<link rel="icon" href="/f.svg"><link rel="stylesheet" href="/_astro/a.css"><link href="/_astro/b.css" rel="stylesheet"><link rel="stylesheet" href="https://cdn.example/x.css">',
      '_astro/a.css': 'a{}',
      '_astro/b.css': 'b{}',
    });
    expect(measurePage(dist, '/p/').stylesheets).toEqual(['/_astro/a.css', '/_astro/b.css']);
  });
  it('follows a script through the chunks it imports and counts each once', () => {
    const dist = site({
      'p/index.html': '<script type="module" src="/_astro/entry.js"></script>',
      '_astro/entry.js': 'import "./chunk.js"; import("./lazy.js");',
      '_astro/chunk.js': 'import "./entry.js"; export const a = 1;',
      '_astro/lazy.js': 'export const b = 2;',
    });
    expect(measurePage(dist, '/p/').scripts.sort()).toEqual(['/_astro/chunk.js', '/_astro/entry.js', '/_astro/lazy.js']);
  });
  it('counts what a dynamic import() reaches (backticks, as the bundler writes it) as lazy, not as the first download', () => {
    const dist = site({
      'p/index.html': '<script type="module" src="/_astro/entry.js"></script>',
      '_astro/entry.js': 'import "./shared.js"; const scanner = () => import(`./scanner.js`);',
      '_astro/shared.js': 'export const s = 1;',
      '_astro/scanner.js': 'import "./shared.js"; import "./big.js";',
      '_astro/big.js': 'export const big = "' + 'x'.repeat(5000) + '";',
    });
    const w = measurePage(dist, '/p/');
    expect(w.scripts.sort()).toEqual(['/_astro/big.js', '/_astro/entry.js', '/_astro/scanner.js', '/_astro/shared.js']);
    expect(w.lazyJs).toBeGreaterThan(0);
    const eagerOnly = measurePage(site({ 'p/index.html': '<script type="module" src="/_astro/entry.js"></script>', '_astro/entry.js': 'import "./shared.js"; const scanner = () => import(`./scanner.js`);', '_astro/shared.js': 'export const s = 1;' }), '/p/');
    // shared.js is downloaded with the page even though the lazy scanner imports it too.
    expect(w.js).toBe(eagerOnly.js);
  });
});
