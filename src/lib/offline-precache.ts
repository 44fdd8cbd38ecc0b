/**
 * What "Save for offline" keeps on a reader's device, decided once here and used by the build
 * (src/integrations/offline-worker.ts writes the service worker and the download size from it).
 * Only what a migrant worker needs without a connection: the booklets, the self-check, the help
 * card, the page shown offline for anything not saved, and what those pages load. Not the
 * training modules: they are large and not for this reader.
 */

/** The page shown, with no connection, for a page that was not saved (path in dist/). */
export const OFFLINE_FALLBACK_PAGE = 'offline/index.html';

/** Pages (paths in dist/) saved for offline reading, as globs. */
export const OFFLINE_PAGE_GLOBS = ['*/booklets/**/index.html', '*/help/**/index.html', OFFLINE_FALLBACK_PAGE] as const;

/** Files every saved page refers to from its <head> (icons, the web app manifest). */
export const OFFLINE_STATIC_FILES = ['favicon.svg', 'favicon.ico', 'icons/icon-192.png', 'manifest.webmanifest'] as const;

/** Where the service worker is written, at the site root so its scope can be the whole site. */
export const SERVICE_WORKER_FILE = 'sw.js';

/** Prefix of the service worker's cache names; "Remove from this device" deletes caches with it. */
export const OFFLINE_CACHE_ID = 'fairwork-offline';

/**
 * Written into the booklets index by the page and replaced after the build with the real size,
 * which is only known once every page exists.
 */
export const OFFLINE_SIZE_PLACEHOLDER = '%%OFFLINE_SIZE%%';

/** A size as a reader reads it: "85 KB", "1.2 MB" (the same units in English and Chinese). */
export function formatDownloadSize(bytes: number): string {
  const kb = bytes / 1024;
  if (kb < 1000) return `${Math.max(1, Math.round(kb))} KB`;
  return `${(kb / 1024).toFixed(1)} MB`;
}
