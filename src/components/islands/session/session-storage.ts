import { browserLocalStorage, createSafeStorage, type SafeStorage, type StorageStatus } from '../../../lib/safe-storage';

/**
 * Storage for the session pages: the project's wrapper that never throws and never writes over
 * what it could not read (src/lib/safe-storage.ts), one key per session. A value from a newer
 * version of the site, or one that is not JSON, is put aside by the wrapper, never overwritten.
 */
export const SESSION_STORE_VERSION = 1;

const stores = new Map<string, SafeStorage>();
const listeners = new Set<(status: StorageStatus) => void>();

function store(key: string): SafeStorage {
  let s = stores.get(key);
  if (!s) {
    s = createSafeStorage(browserLocalStorage, key);
    s.subscribe(() => listeners.forEach((l) => l(notice.status())));
    stores.set(key, s);
  }
  return s;
}

/** What the storage notice of a session page shows: the first problem any of its keys met. */
export const notice: Pick<SafeStorage, 'status' | 'subscribe' | 'acknowledge'> = {
  status: () => [...stores.values()].map((s) => s.status()).find((s) => s !== 'ok') ?? 'ok',
  subscribe(listener) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  acknowledge: () => stores.forEach((s) => s.acknowledge()),
};

export function loadState<S>(key: string): S | undefined {
  const s = store(key);
  const read = s.read();
  if (!read.ok || read.raw === null) return undefined;
  try {
    const parsed = JSON.parse(read.raw) as { state?: S; version?: unknown };
    if (parsed?.version === SESSION_STORE_VERSION && parsed.state !== undefined) return parsed.state;
    s.putAside(read.raw, typeof parsed?.version === 'number' && parsed.version > SESSION_STORE_VERSION ? 'newer' : 'recovered');
  } catch {
    s.putAside(read.raw, 'recovered');
  }
  return undefined;
}

export function saveState<S>(key: string, state: S): void {
  store(key).write(JSON.stringify({ state, version: SESSION_STORE_VERSION }));
}

export function removeState(key: string): void {
  store(key).remove();
}
