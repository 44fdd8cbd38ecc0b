import { describe, expect, it } from 'vitest';
import { eraseSiteData } from '../../src/lib/erase-site-data';

describe('erasing site data', () => {
  it("removes this site's keys, caches and service workers, and leaves other keys alone", async () => {
    const keys = ['fwg-progress', 'fwg-progress:backup:2026', 'other-app'];
    const storage = { get length() { return keys.length; }, key: (i: number) => keys[i] ?? null, removeItem: (k: string) => void keys.splice(keys.indexOf(k), 1) };
    const cacheNames = ['booklets-v1'];
    const caches = { keys: async () => [...cacheNames], delete: async (n: string) => (cacheNames.splice(cacheNames.indexOf(n), 1), true) };
    let unregistered = 0;
    const serviceWorker = { getRegistrations: async () => [{ unregister: async () => (unregistered++, true) }] as unknown as ServiceWorkerRegistration[] };
    const report = await eraseSiteData({ localStorage: storage, caches, serviceWorker });
    expect(report).toEqual({ localStorageKeys: 2, caches: 1, serviceWorkers: 1 });
    expect(keys).toEqual(['other-app']);
    expect(unregistered).toBe(1);
  });

  it('keeps going when one part refuses', async () => {
    const failing = { get length(): number { throw new Error('denied'); }, key: () => null, removeItem: () => {} };
    const report = await eraseSiteData({ localStorage: failing, caches: { keys: async () => ['c'], delete: async () => true } });
    expect(report.caches).toBe(1);
  });
});
