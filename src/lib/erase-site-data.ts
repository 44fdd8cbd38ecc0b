/**
 * Erases everything this site stored in this browser: its localStorage keys (progress and any copy
 * put aside), its Cache Storage caches (offline booklets), and its service worker. Each part is
 * tried on its own, so one refusal does not stop the rest. Dependencies are parameters so tests
 * can pass fakes.
 */
export interface SiteDataApis {
  localStorage?: Pick<Storage, 'length' | 'key' | 'removeItem'>;
  caches?: Pick<CacheStorage, 'keys' | 'delete'>;
  serviceWorker?: Pick<ServiceWorkerContainer, 'getRegistrations'>;
}

/** Keys this site writes start with this prefix; other sites' data on a shared origin is left alone. */
export const SITE_KEY_PREFIX = 'fwg-';

function browserApis(): SiteDataApis {
  const apis: SiteDataApis = {};
  try {
    apis.localStorage = window.localStorage;
  } catch {
    // storage disabled: nothing stored there
  }
  if ('caches' in window) apis.caches = window.caches;
  if ('serviceWorker' in navigator) apis.serviceWorker = navigator.serviceWorker;
  return apis;
}

export async function eraseSiteData(apis: SiteDataApis = browserApis()) {
  const report = { localStorageKeys: 0, caches: 0, serviceWorkers: 0 };
  try {
    const storage = apis.localStorage;
    if (storage) {
      const keys: string[] = [];
      for (let i = 0; i < storage.length; i++) {
        const key = storage.key(i);
        if (key?.startsWith(SITE_KEY_PREFIX)) keys.push(key);
      }
      keys.forEach((k) => storage.removeItem(k));
      report.localStorageKeys = keys.length;
    }
  } catch {
    // keep going: caches and service worker may still be erasable
  }
  try {
    for (const name of (await apis.caches?.keys()) ?? []) if (await apis.caches!.delete(name)) report.caches++;
  } catch {
    // as above
  }
  try {
    for (const registration of (await apis.serviceWorker?.getRegistrations()) ?? []) if (await registration.unregister()) report.serviceWorkers++;
  } catch {
    // as above
  }
  return report;
}
