import fs from 'node:fs';
import path from 'node:path';

/**
 * Every HTML page of the build, as a URL path, found by walking dist/. Tests iterate over this
 * list, so a page added to the site is tested without editing any test.
 */
export const DIST = path.resolve(process.env.OUT_DIR ?? 'dist');

/** Every .html file below `dir`, as file paths. */
export function htmlFilesIn(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? htmlFilesIn(full) : entry.name.endsWith('.html') ? [full] : [];
  });
}

export function builtPages(): string[] {
  return htmlFilesIn(DIST)
    .map((file) => {
      const rel = '/' + path.relative(DIST, file).split(path.sep).join('/');
      return rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
    })
    .sort();
}

/** The file in dist/ that a page path is served from. */
export function distFile(page: string): string {
  return path.join(DIST, page.endsWith('/') ? `${page}index.html` : page);
}
