import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Answer } from './quiz-score';
import { PROGRESS_STORAGE_KEY, PROGRESS_VERSION, emptyModule, emptyProgress, mergeProgress, migrateProgress, type ModuleProgress, type ProgressData } from './progress-model';
import { CLOCK_MARGIN_MS, checkProgressData, cleanName, own, type ModuleRules } from './progress-schema';
import { browserLocalStorage, createSafeStorage, type BackendLike, type SafeStorage } from './safe-storage';

/**
 * The one progress store, shared by the quiz island, the progress page and the small scripts that
 * record reading. Actions sit beside the state; dates come from `now()` so tests can fix them.
 *
 * Persistence is done here rather than by zustand's persist, so that every edge is checked and
 * nothing is written over blindly:
 * - what storage returns goes through the version check, the migrations and checkProgressData;
 *   anything that fails is put aside (see safe-storage) before the learner starts clean;
 * - before each write the stored value is read again; when another tab changed it, this tab takes
 *   that value and applies its own change on top, so two tabs saving at once both keep their work.
 *   A write that raced past another tab's (localStorage reaches other tabs a moment later) is
 *   caught when that tab's value arrives: each stored value lists the changes it includes, and
 *   this tab re-applies the ones of its own that are missing.
 */
export interface ProgressActions {
  /** The learner opened a module, or scrolled to a section of it. */
  visit(slug: string, section?: number): void;
  markSectionRead(slug: string, section: number, sectionCount: number, passMark: number): void;
  recordAnswer(slug: string, questionId: string, answer: Answer, correct: boolean): void;
  /** Every question answered: count the attempt and keep the best and last score. */
  finishAttempt(slug: string, percent: number, sectionCount: number, passMark: number): void;
  /**
   * Start the quiz again: clear the current answers, except those whose ids are in `keep` (the
   * right ones); scores and attempts stay.
   */
  retryQuiz(slug: string, keep?: string[]): void;
  setLearnerName(name: string): void;
  importProgress(data: ProgressData, mode: 'merge' | 'replace'): void;
  /** Forgets the progress in memory and in storage (the progress page erases the rest). */
  eraseAll(): void;
}

export type ProgressState = ProgressData & ProgressActions;
export type ProgressStore = StoreApi<ProgressState> & {
  storage: SafeStorage;
  rules: ModuleRules;
  /** Reads storage again (another tab saved). */
  resync(): void;
  /** Checks a stored or put-aside text as this store would read it. */
  readStored(raw: string): ReadOutcome;
  /**
   * Merges what can still be read of a copy put aside into the progress: the whole of it when it
   * passes the check, else each module that passes on its own. The copy itself stays.
   */
  restoreBackup(key: string): RestoreResult;
};

export type RestoreResult = { ok: true; restored: number; skipped: number } | { ok: false; reason: 'newer' | 'unreadable' };

export type ReadOutcome = { ok: true; data: ProgressData } | { ok: false; reason: 'recovered' | 'newer' };

type Change = (data: ProgressData, at: string) => ProgressData;
interface Envelope {
  state: unknown;
  version?: unknown;
  /** Ids of the changes this value includes, newest last (a short window). */
  changes?: unknown;
}
const CHANGE_WINDOW = 32;

export function createProgressStore(options: { backend?: () => BackendLike | undefined; now?: () => Date; rules?: ModuleRules } = {}): ProgressStore {
  const clock = () => options.now?.() ?? new Date();
  const now = () => clock().toISOString();
  const rules = options.rules ?? {};
  const storage = createSafeStorage(options.backend ?? browserLocalStorage, PROGRESS_STORAGE_KEY);
  const tab = Math.random().toString(36).slice(2, 10);
  let seq = 0;
  /** The text last read or written: a different text on the next read means another tab wrote. */
  let lastRaw: string | null = null;
  let included: string[] = [];
  /** This tab's recent changes, to re-apply when another tab's value turns out not to have them. */
  let mine: { id: string; change: Change; at: string }[] = [];

  const readStored = (raw: string): ReadOutcome => {
    let envelope: Envelope;
    try {
      envelope = JSON.parse(raw) as Envelope;
    } catch {
      return { ok: false, reason: 'recovered' };
    }
    if (typeof envelope !== 'object' || envelope === null || Array.isArray(envelope) || !Object.hasOwn(envelope, 'state')) return { ok: false, reason: 'recovered' };
    const version = envelope.version ?? 0;
    if (typeof version === 'number' && version > PROGRESS_VERSION) return { ok: false, reason: 'newer' };
    try {
      const checked = checkProgressData(migrateProgress(envelope.state, version as number), { rules, notAfter: new Date(clock().getTime() + CLOCK_MARGIN_MS), unmetCompletion: 'drop' as const });
      return checked.ok ? { ok: true, data: checked.value } : { ok: false, reason: 'recovered' };
    } catch {
      return { ok: false, reason: 'recovered' };
    }
  };

  /** Loads what is stored; undefined when nothing could be loaded (read failed, or put aside). */
  const load = (): { data: ProgressData; changes: string[] } | undefined => {
    const read = storage.read();
    if (!read.ok) return undefined;
    lastRaw = read.raw;
    if (read.raw === null) return { data: emptyProgress(), changes: [] };
    const outcome = readStored(read.raw);
    if (outcome.ok) {
      const changes = (JSON.parse(read.raw) as Envelope).changes;
      return { data: outcome.data, changes: Array.isArray(changes) ? changes.filter((c): c is string => typeof c === 'string') : [] };
    }
    if (storage.putAside(read.raw, outcome.reason)) {
      lastRaw = null;
      return { data: emptyProgress(), changes: [] };
    }
    return undefined;
  };

  const show = (data: ProgressData) => store.setState({ modules: data.modules, learnerName: data.learnerName, lastVisited: data.lastVisited });
  const dataOf = (s: ProgressState): ProgressData => ({ modules: s.modules, learnerName: s.learnerName, ...(s.lastVisited ? { lastVisited: s.lastVisited } : {}) });

  const save = (data: ProgressData) => {
    const text = JSON.stringify({ state: data, version: PROGRESS_VERSION, changes: included });
    if (storage.write(text)) lastRaw = text;
  };

  /** Takes another tab's value, with this tab's changes it lacks applied on top. Returns whether any were. */
  const adopt = (loaded: { data: ProgressData; changes: string[] }): boolean => {
    let data = loaded.data;
    included = loaded.changes.slice(-CHANGE_WINDOW);
    const missing = mine.filter((c) => !loaded.changes.includes(c.id));
    for (const c of missing) {
      data = c.change(data, c.at);
      included = [...included, c.id].slice(-CHANGE_WINDOW);
    }
    show(data);
    return missing.length > 0;
  };

  const commit = (change: Change) => {
    const at = now();
    if (storage.writable()) {
      const read = storage.read();
      if (read.ok && read.raw !== lastRaw) {
        if (read.raw === null) mine = []; // another tab erased everything: none of this tab's changes come back
        const loaded = load();
        if (loaded) adopt(loaded);
      }
    }
    const id = `${tab}.${++seq}`;
    mine = [...mine, { id, change, at }].slice(-CHANGE_WINDOW);
    included = [...included, id].slice(-CHANGE_WINDOW);
    const next = change(dataOf(store.getState()), at);
    show(next);
    if (storage.writable()) save(next);
  };

  const withModule = (data: ProgressData, slug: string, at: string, change: (m: ModuleProgress) => ModuleProgress): ProgressData => {
    const current = own(data.modules, slug) ?? { ...emptyModule(), startedAt: at };
    const modules: Record<string, ModuleProgress> = Object.assign(Object.create(null), data.modules);
    modules[slug] = { ...change(current), updatedAt: at };
    return { ...data, modules };
  };
  const complete = (m: ModuleProgress, at: string, sectionCount: number, passMark: number): ModuleProgress => {
    if (m.completedAt || (m.bestScore ?? -1) < passMark) return m;
    for (let i = 0; i < sectionCount; i++) if (!m.sectionsRead.includes(i)) return m;
    return { ...m, completedAt: at };
  };

  const loaded = load();
  const initial = loaded?.data ?? emptyProgress();
  if (loaded) included = loaded.changes.slice(-CHANGE_WINDOW);

  const store = createStore<ProgressState>()(() => ({
    ...initial,
    visit(slug, section = 0) {
      commit((data, at) => {
        const next = { ...data, lastVisited: { slug, section, at } };
        return own(data.modules, slug) ? next : withModule(next, slug, at, (m) => m);
      });
    },
    markSectionRead(slug, section, sectionCount, passMark) {
      if (own(store.getState().modules, slug)?.sectionsRead.includes(section)) return;
      commit((data, at) =>
        withModule(data, slug, at, (m) => complete({ ...m, sectionsRead: [...new Set([...m.sectionsRead, section])].sort((a, b) => a - b) }, at, sectionCount, passMark)),
      );
    },
    recordAnswer(slug, questionId, answer, correct) {
      commit((data, at) => withModule(data, slug, at, (m) => ({ ...m, answers: Object.assign(Object.create(null), m.answers, { [questionId]: { answer, correct, at } }) })));
    },
    finishAttempt(slug, percent, sectionCount, passMark) {
      commit((data, at) =>
        withModule(data, slug, at, (m) => complete({ ...m, attempts: m.attempts + 1, lastScore: percent, bestScore: Math.max(m.bestScore ?? 0, percent) }, at, sectionCount, passMark)),
      );
    },
    retryQuiz(slug, keep = []) {
      commit((data, at) =>
        withModule(data, slug, at, (m) => {
          const answers: typeof m.answers = Object.create(null);
          for (const id of keep) if (Object.hasOwn(m.answers, id)) answers[id] = m.answers[id]!;
          return { ...m, answers };
        }),
      );
    },
    setLearnerName(name) {
      // Cleaned when typed as when read (no invisible or bidi characters), so the printed name is
      // the one the check code covers.
      const clean = cleanName(name);
      commit((data) => ({ ...data, learnerName: clean }));
    },
    importProgress(imported, mode) {
      commit((data) => (mode === 'replace' ? imported : mergeProgress(data, imported)));
    },
    eraseAll() {
      mine = [];
      included = [];
      lastRaw = null;
      store.setState({ ...emptyProgress(), lastVisited: undefined });
      if (storage.writable()) storage.remove();
    },
  }));

  const resync = () => {
    if (!storage.writable()) return;
    const read = storage.read();
    if (!read.ok || read.raw === lastRaw) return;
    if (read.raw === null) mine = []; // erased in another tab
    const next = load();
    if (next && adopt(next)) save(dataOf(store.getState()));
  };

  const restoreBackup = (key: string): RestoreResult => {
    const raw = storage.readBackup(key);
    if (raw === null) return { ok: false, reason: 'unreadable' };
    const whole = readStored(raw);
    if (whole.ok) {
      store.getState().importProgress(whole.data, 'merge');
      return { ok: true, restored: Object.keys(whole.data.modules).length, skipped: 0 };
    }
    if (whole.reason === 'newer') return { ok: false, reason: 'newer' };
    let state: unknown;
    try {
      const envelope = JSON.parse(raw) as Envelope;
      state = migrateProgress(envelope.state, (envelope.version ?? 0) as number);
    } catch {
      return { ok: false, reason: 'unreadable' };
    }
    const found = (typeof state === 'object' && state !== null ? state : {}) as { modules?: unknown; learnerName?: unknown };
    const modules = typeof found.modules === 'object' && found.modules !== null ? (found.modules as Record<string, unknown>) : {};
    const context = { rules, notAfter: new Date(clock().getTime() + CLOCK_MARGIN_MS), unmetCompletion: 'drop' as const };
    const salvaged: ProgressData = { modules: Object.create(null), learnerName: '' };
    let skipped = 0;
    for (const slug of Object.keys(modules)) {
      const one = checkProgressData({ modules: { [slug]: modules[slug] }, learnerName: '' }, context);
      if (one.ok) Object.assign(salvaged.modules, one.value.modules);
      else skipped++;
    }
    const name = checkProgressData({ modules: {}, learnerName: found.learnerName }, context);
    if (name.ok) salvaged.learnerName = name.value.learnerName;
    const restored = Object.keys(salvaged.modules).length;
    if (!restored && !salvaged.learnerName) return { ok: false, reason: 'unreadable' };
    store.getState().importProgress(salvaged, 'merge');
    return { ok: true, restored, skipped };
  };

  return Object.assign(store, { storage, rules, resync, readStored, restoreBackup }) as ProgressStore;
}

let browserStore: ProgressStore | undefined;

/**
 * The store of this browser tab, created on first use with the modules' rules (section counts and
 * pass marks, from the content). Another tab's save arrives as a `storage` event; the store then
 * re-reads, so open tabs stay in step.
 */
export function progressStore(rules?: ModuleRules): ProgressStore {
  if (browserStore) return browserStore;
  browserStore = createProgressStore({ rules });
  if (typeof window !== 'undefined') {
    window.addEventListener('storage', (event) => {
      if (event.key === PROGRESS_STORAGE_KEY || event.key === null) browserStore!.resync();
    });
  }
  return browserStore;
}
