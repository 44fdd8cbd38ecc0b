import type { PersistStorage, StorageValue } from 'zustand/middleware';

/**
 * The storage under the progress store. It never throws: a learner keeps working whatever the
 * browser does, and learns what happened through `status`:
 * - unavailable: no localStorage (private mode, disabled storage, sandboxed frames);
 * - full: the quota is used up; the last save failed and nothing was lost from memory;
 * - recovered: the stored text was damaged; it was copied aside under a backup key and the
 *   learner starts clean;
 * - newer: saved by a newer version of the site; copied aside, untouched, and the learner starts clean.
 */
export type StorageStatus = 'ok' | 'unavailable' | 'full' | 'recovered' | 'newer';

export interface SafeStorage<S> extends PersistStorage<S> {
  status(): StorageStatus;
  subscribe(listener: (status: StorageStatus) => void): () => void;
  /** The key where damaged or newer data was last put aside, so nothing is lost. */
  lastBackupKey(): string | undefined;
}

export interface BackendLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export function createSafeStorage<S>(getBackend: () => BackendLike | undefined, currentVersion: number): SafeStorage<S> {
  let status: StorageStatus = 'ok';
  const listeners = new Set<(s: StorageStatus) => void>();
  const setStatus = (next: StorageStatus) => {
    if (next === status) return;
    status = next;
    listeners.forEach((l) => l(next));
  };
  const backend = (): BackendLike | undefined => {
    try {
      const b = getBackend();
      if (!b) setStatus('unavailable');
      return b;
    } catch {
      setStatus('unavailable');
      return undefined;
    }
  };
  let lastBackup: string | undefined;
  const putAside = (b: BackendLike, name: string, raw: string) => {
    const key = `${name}:backup:${new Date().toISOString()}`;
    try {
      b.setItem(key, raw);
      lastBackup = key;
    } catch {
      // No room for the copy: leave the original where it is rather than lose it.
      return false;
    }
    return true;
  };

  return {
    status: () => status,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    lastBackupKey: () => lastBackup,
    getItem(name) {
      const b = backend();
      if (!b) return null;
      let raw: string | null;
      try {
        raw = b.getItem(name);
      } catch {
        setStatus('unavailable');
        return null;
      }
      if (raw === null) return null;
      let parsed: StorageValue<S>;
      try {
        parsed = JSON.parse(raw) as StorageValue<S>;
        if (!parsed || typeof parsed !== 'object' || !('state' in parsed)) throw new Error('not progress data');
      } catch {
        if (putAside(b, name, raw)) b.removeItem(name);
        setStatus('recovered');
        return null;
      }
      if ((parsed.version ?? 0) > currentVersion) {
        if (putAside(b, name, raw)) b.removeItem(name);
        setStatus('newer');
        return null;
      }
      return parsed;
    },
    setItem(name, value) {
      const b = backend();
      if (!b) return;
      try {
        b.setItem(name, JSON.stringify(value));
        if (status === 'full' || status === 'unavailable') setStatus('ok');
      } catch (error) {
        const quota = error instanceof DOMException && error.name === 'QuotaExceededError';
        setStatus(quota ? 'full' : 'unavailable');
      }
    },
    removeItem(name) {
      try {
        backend()?.removeItem(name);
      } catch {
        setStatus('unavailable');
      }
    },
  };
}

/** window.localStorage, or undefined where touching it throws (some privacy settings do). */
export function browserLocalStorage(): BackendLike | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.localStorage;
  } catch {
    return undefined;
  }
}
