import fs from 'node:fs';
import path from 'node:path';

/**
 * Every HTML page of the build, as a URL path, found by walking dist/. Tests iterate over this
 * list, so a page added to the site is tested without editing any test.
 */
export const DIST = path.resolve(process.env.OUT_DIR ?? 'dist');

export function builtPages(): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'pagefind' && entry.name !== '_astro') walk(full);
      } else if (entry.name.endsWith('.html')) {
        const rel = '/' + path.relative(DIST, full).split(path.sep).join('/');
        pages.push(rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel);
      }
    }
  };
  walk(DIST);
  return pages.sort();
}

/** The file in dist/ that a page path is served from. */
export function distFile(page: string): string {
  return path.join(DIST, page.endsWith('/') ? `${page}index.html` : page);
}
