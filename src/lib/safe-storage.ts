/**
 * The storage under the progress store. It never throws, and it never writes over data it could
 * not read or could not put aside. A learner keeps working whatever the browser does, and learns
 * what happened through `status`:
 * - unavailable: no localStorage, or reading it failed: nothing is written this page load, so what
 *   is stored cannot be replaced by an empty start;
 * - full: the quota is used up; the last save failed and nothing was lost from memory;
 * - recovered: the stored data was damaged or could not be read by this version; it was copied
 *   aside under a backup key and the learner starts clean;
 * - newer: saved by a newer version of the site; copied aside, and the learner starts clean;
 * - readonly: the stored data could not be read and there was no room to copy it aside: it is left
 *   exactly where it is, and nothing is saved until the learner frees space or exports and erases.
 * "recovered" and "newer" are kept under a pending-notice key until a page has shown the notice,
 * so a page with no notice of its own (the home page) does not swallow it.
 */
export type StorageStatus = 'ok' | 'unavailable' | 'full' | 'recovered' | 'newer' | 'readonly';

export interface BackendLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  readonly length?: number;
  key?(index: number): string | null;
}

export interface Backup {
  key: string;
  /** When it was put aside (ISO), from the key. */
  at: string;
  size: number;
}

export type ReadResult = { ok: true; raw: string | null } | { ok: false };

export interface SafeStorage {
  status(): StorageStatus;
  subscribe(listener: (status: StorageStatus) => void): () => void;
  /** Writes are refused after a failed read, or when data could not be put aside. */
  writable(): boolean;
  read(): ReadResult;
  /** Writes the value; false when it was not written (blocked, full, unavailable). */
  write(value: string): boolean;
  remove(): void;
  /**
   * Copies what is stored aside and removes the original, then starts the given notice. When the
   * copy fails the original stays, storage becomes read-only, and the status says so.
   */
  putAside(raw: string, reason: 'recovered' | 'newer'): boolean;
  /** The key where data was last put aside, so nothing is lost. */
  lastBackupKey(): string | undefined;
  backups(): Backup[];
  readBackup(key: string): string | null;
  /** A page showed the notice: it need not be shown again. */
  acknowledge(): void;
}

const BACKUP_INFIX = ':backup:';

export function createSafeStorage(getBackend: () => BackendLike | undefined, name: string): SafeStorage {
  const noticeKey = `${name}:notice`;
  let status: StorageStatus = 'ok';
  let blocked = false;
  let lastBackup: string | undefined;
  const listeners = new Set<(s: StorageStatus) => void>();
  const setStatus = (next: StorageStatus) => {
    if (next === status) return;
    status = next;
    listeners.forEach((l) => l(next));
  };
  const backend = (): BackendLike | undefined => {
    try {
      const b = getBackend();
      if (b) return b;
    } catch {
      // some privacy settings throw on the mere access
    }
    blocked = true;
    setStatus('unavailable');
    return undefined;
  };

  // A notice an earlier page could not show.
  try {
    const pending = backend()?.getItem(noticeKey);
    if (pending) {
      const parsed = JSON.parse(pending) as { status?: unknown; backup?: unknown };
      if (parsed.status === 'recovered' || parsed.status === 'newer') setStatus(parsed.status);
      if (typeof parsed.backup === 'string') lastBackup = parsed.backup;
    }
  } catch {
    // an unreadable notice is dropped below when acknowledged; the backups themselves stay listed
  }

  const keys = (b: BackendLike): string[] => {
    const out: string[] = [];
    try {
      for (let i = 0; i < (b.length ?? 0); i++) {
        const key = b.key?.(i);
        if (key) out.push(key);
      }
    } catch {
      // listing failed: no backups to offer
    }
    return out;
  };

  return {
    status: () => status,
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    writable: () => !blocked,
    lastBackupKey: () => lastBackup,
    read() {
      const b = backend();
      if (!b) return { ok: false };
      try {
        return { ok: true, raw: b.getItem(name) };
      } catch {
        blocked = true;
        setStatus('unavailable');
        return { ok: false };
      }
    },
    write(value) {
      const b = blocked ? undefined : backend();
      if (!b) return false;
      try {
        b.setItem(name, value);
        if (status === 'full') setStatus('ok');
        return true;
      } catch (error) {
        const quota = error instanceof DOMException && (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED');
        if (!quota) blocked = true;
        setStatus(quota ? 'full' : 'unavailable');
        return false;
      }
    },
    remove() {
      try {
        const b = backend();
        b?.removeItem(name);
        b?.removeItem(noticeKey);
      } catch {
        setStatus('unavailable');
      }
    },
    putAside(raw, reason) {
      const b = backend();
      if (!b) return false;
      const key = `${name}${BACKUP_INFIX}${new Date().toISOString()}`;
      try {
        b.setItem(key, raw);
        if (b.getItem(key) !== raw) throw new Error('the copy did not read back');
      } catch {
        // No room for the copy: leave the original where it is, and write nothing over it.
        try {
          b.removeItem(key);
        } catch {
          // nothing more to do
        }
        blocked = true;
        setStatus('readonly');
        return false;
      }
      lastBackup = key;
      try {
        b.removeItem(name);
        b.setItem(noticeKey, JSON.stringify({ status: reason, backup: key }));
      } catch {
        // the notice shows on this page at least
      }
      setStatus(reason);
      return true;
    },
    backups() {
      const b = backend();
      if (!b) return [];
      const prefix = `${name}${BACKUP_INFIX}`;
      return keys(b)
        .filter((k) => k.startsWith(prefix))
        .sort()
        .map((key) => ({ key, at: key.slice(prefix.length), size: (() => { try { return b.getItem(key)?.length ?? 0; } catch { return 0; } })() }));
    },
    readBackup(key) {
      if (!key.startsWith(`${name}${BACKUP_INFIX}`)) return null;
      try {
        return backend()?.getItem(key) ?? null;
      } catch {
        return null;
      }
    },
    acknowledge() {
      if (status !== 'recovered' && status !== 'newer') return;
      try {
        backend()?.removeItem(noticeKey);
      } catch {
        // shown again next time: better twice than never
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
