import type { AstroIntegration } from 'astro';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateSW, getManifest } from 'workbox-build';
import { measurePage } from '../../tools/lib/page-weight.ts';
import {
  OFFLINE_CACHE_ID,
  OFFLINE_FALLBACK_PAGE,
  OFFLINE_PAGE_GLOBS,
  OFFLINE_SIZE_PLACEHOLDER,
  OFFLINE_STATIC_FILES,
  SERVICE_WORKER_FILE,
  formatDownloadSize,
} from '../lib/offline-precache';

/**
 * The offline copy a reader may ask for ("Save for offline" on the booklets index): a service
 * worker that precaches the booklets, the self-check, the help card, the offline fallback page and
 * exactly the CSS, JS and icons those pages load. It is only a file in dist/ until a reader presses
 * the button; nothing registers it by itself.
 */
export function offlineWorker(): AstroIntegration {
  return {
    name: 'offline-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const offline = await writeServiceWorker(fileURLToPath(dir));
        logger.info(`offline copy: ${offline.count} files, ${formatDownloadSize(offline.size)}`);
      },
    },
  };
}

/** Every file the offline pages need, as paths relative to dist/. */
async function offlineFiles(site: string): Promise<string[]> {
  const { manifestEntries = [] } = await getManifest({ globDirectory: site, globPatterns: [...OFFLINE_PAGE_GLOBS] });
  const pages = manifestEntries.map((e) => e.url);
  const files = new Set<string>([...pages, ...OFFLINE_STATIC_FILES]);
  for (const page of pages) {
    // measurePage follows a page's scripts through every chunk they import, as the budget test does.
    const { stylesheets, scripts } = measurePage(site, `/${page}`);
    for (const asset of [...stylesheets, ...scripts]) files.add(asset.replace(/^\//, ''));
  }
  for (const file of files) if (!fs.existsSync(path.join(site, file))) throw new Error(`offline copy: ${file} is missing from dist/`);
  return [...files].sort();
}

/**
 * Every page the precache does not answer, in the worker: from the network when there is one.
 * Without a connection, an address typed from a printed card without its final slash (/en/help)
 * opens the saved /en/help/; anything else shows the bilingual "not saved" page instead of the
 * browser's error. Workbox copies this function's text into the worker, so it stands alone (no
 * names from this file; the build checks that the fallback path below is still the real one).
 * Saved pages are stored under their path plus a revision query, hence ignoreSearch.
 */
const offlineNavigation = async ({ request, url }: { request: Request; url: URL }): Promise<Response> => {
  try {
    return await fetch(request);
  } catch (error) {
    const withSlash = url.pathname.endsWith('/') ? undefined : await caches.match(`${url.pathname}/index.html`, { ignoreSearch: true });
    const answer = withSlash ?? (await caches.match('/offline/index.html', { ignoreSearch: true }));
    if (answer) return answer;
    throw error;
  }
};
if (!offlineNavigation.toString().includes(`/${OFFLINE_FALLBACK_PAGE}`)) throw new Error('offline-worker: offlineNavigation must name OFFLINE_FALLBACK_PAGE');

async function writeServiceWorker(site: string) {
  const globPatterns = await offlineFiles(site);
  // The size shown before a reader agrees to download: every precached file, as stored. The
  // booklets index shows it, so it is written into that page before the final manifest is made
  // (the few bytes the number adds do not change what is shown).
  const { size: estimate } = await getManifest({ globDirectory: site, globPatterns });
  const shown = formatDownloadSize(estimate);
  for (const page of globPatterns.filter((f) => f.endsWith('.html'))) {
    const file = path.join(site, page);
    const html = fs.readFileSync(file, 'utf8');
    if (html.includes(OFFLINE_SIZE_PLACEHOLDER)) fs.writeFileSync(file, html.replaceAll(OFFLINE_SIZE_PLACEHOLDER, shown));
  }
  const result = await generateSW({
    globDirectory: site,
    globPatterns,
    swDest: path.join(site, SERVICE_WORKER_FILE),
    cacheId: OFFLINE_CACHE_ID,
    // Files in _astro/ carry a content hash in their name: no revision needed, no cache-busting query.
    dontCacheBustURLsMatching: /^_astro\//,
    // A new version of the site is precached beside the old one and takes over only when no page
    // uses the old one any more: a reader is never switched to new pages in the middle of reading.
    skipWaiting: false,
    clientsClaim: false,
    cleanupOutdatedCaches: true,
    // One self-contained file: nothing else to fetch, and no other origin (Workbox's CDN) involved.
    inlineWorkboxRuntime: true,
    mode: 'production',
    sourcemap: false,
    directoryIndex: 'index.html',
    // Booklet URLs carry no meaningful query; ?anything still opens the saved page offline.
    ignoreURLParametersMatching: [/.*/],
    runtimeCaching: [{ urlPattern: ({ request }) => request.mode === 'navigate', handler: offlineNavigation }],
  });
  for (const warning of result.warnings) console.warn(`offline copy: ${warning}`);
  return { count: result.count, size: result.size };
}
