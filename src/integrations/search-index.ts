import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/** Throws with Pagefind's own messages when a step reports errors. */
function assertPagefind(step: string, response: { errors: string[] }) {
  if (response.errors.length) throw new Error(`Pagefind (${step}): ${response.errors.join('; ')}`);
}

/**
 * The search index, over the finished site. Pagefind reads <html lang> and keeps one index per
 * language, segmenting Chinese; the index and its scripts are served from the site itself.
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({});
        try {
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: site });
          assertPagefind('index', added);
          assertPagefind('write', await index.writeFiles({ outputPath: `${site}pagefind` }));
          logger.info(`search index: ${added.page_count} pages`);
        } finally {
          // Pagefind runs a child process; it must end even when a step failed, or the build hangs.
          await pagefind.close();
        }
      },
    },
  };
}
