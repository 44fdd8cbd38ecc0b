import { createStore, type StoreApi } from 'zustand/vanilla';
import { persist } from 'zustand/middleware';
import type { Answer } from './quiz-score';
import {
  PROGRESS_STORAGE_KEY,
  PROGRESS_VERSION,
  emptyModule,
  emptyProgress,
  mergeProgress,
  migrateProgress,
  type ModuleProgress,
  type ProgressData,
} from './progress-model';
import { browserLocalStorage, createSafeStorage, type BackendLike, type SafeStorage } from './safe-storage';

/**
 * The one progress store (zustand + persist), shared by the quiz island, the progress page and the
 * small scripts that record reading. Actions sit beside the state; dates come from `now()` so tests
 * can fix them.
 */
export interface ProgressActions {
  /** The learner opened a module, or scrolled to a section of it. */
  visit(slug: string, section?: number): void;
  markSectionRead(slug: string, section: number, sectionCount: number, passMark: number): void;
  recordAnswer(slug: string, questionId: string, answer: Answer, correct: boolean): void;
  /** Every question answered: count the attempt and keep the best and last score. */
  finishAttempt(slug: string, percent: number, sectionCount: number, passMark: number): void;
  /** Start the quiz again: clear the current answers, keep scores and attempts. */
  retryQuiz(slug: string): void;
  setLearnerName(name: string): void;
  importProgress(data: ProgressData, mode: 'merge' | 'replace'): void;
  eraseAll(): void;
}

export type ProgressState = ProgressData & ProgressActions;
export type ProgressStore = StoreApi<ProgressState> & {
  storage: SafeStorage<ProgressData>;
  persist: { rehydrate(): Promise<void> | void };
};

export function createProgressStore(options: { backend?: () => BackendLike | undefined; now?: () => Date } = {}): ProgressStore {
  const now = () => (options.now?.() ?? new Date()).toISOString();
  const storage = createSafeStorage<ProgressData>(options.backend ?? browserLocalStorage, PROGRESS_VERSION);

  const store = createStore<ProgressState>()(
    persist(
      (set, get) => {
        const updateModule = (slug: string, change: (m: ModuleProgress, at: string) => ModuleProgress) => {
          const at = now();
          const current = get().modules[slug] ?? { ...emptyModule(), startedAt: at };
          set({ modules: { ...get().modules, [slug]: { ...change(current, at), updatedAt: at } } });
        };
        const complete = (m: ModuleProgress, at: string, sectionCount: number, passMark: number): ModuleProgress =>
          !m.completedAt && m.sectionsRead.length >= sectionCount && (m.bestScore ?? 0) >= passMark ? { ...m, completedAt: at } : m;
        return {
          ...emptyProgress(),
          visit(slug, section = 0) {
            set({ lastVisited: { slug, section, at: now() } });
            if (!get().modules[slug]) updateModule(slug, (m) => m);
          },
          markSectionRead(slug, section, sectionCount, passMark) {
            if (get().modules[slug]?.sectionsRead.includes(section)) return;
            updateModule(slug, (m, at) =>
              complete({ ...m, sectionsRead: [...m.sectionsRead, section].sort((a, b) => a - b) }, at, sectionCount, passMark),
            );
          },
          recordAnswer(slug, questionId, answer, correct) {
            updateModule(slug, (m, at) => ({ ...m, answers: { ...m.answers, [questionId]: { answer, correct, at } } }));
          },
          finishAttempt(slug, percent, sectionCount, passMark) {
            updateModule(slug, (m, at) =>
              complete({ ...m, attempts: m.attempts + 1, lastScore: percent, bestScore: Math.max(m.bestScore ?? 0, percent) }, at, sectionCount, passMark),
            );
          },
          retryQuiz(slug) {
            updateModule(slug, (m) => ({ ...m, answers: {} }));
          },
          setLearnerName(name) {
            set({ learnerName: name.slice(0, 200) });
          },
          importProgress(data, mode) {
            const mine: ProgressData = { modules: get().modules, learnerName: get().learnerName, lastVisited: get().lastVisited };
            const next = mode === 'replace' ? data : mergeProgress(mine, data);
            set({ modules: next.modules, learnerName: next.learnerName, lastVisited: next.lastVisited });
          },
          eraseAll() {
            set({ ...emptyProgress(), lastVisited: undefined });
            storage.removeItem(PROGRESS_STORAGE_KEY);
          },
        };
      },
      {
        name: PROGRESS_STORAGE_KEY,
        version: PROGRESS_VERSION,
        storage,
        partialize: (s): ProgressData => ({ modules: s.modules, learnerName: s.learnerName, ...(s.lastVisited ? { lastVisited: s.lastVisited } : {}) }),
        migrate: (persisted, version) => migrateProgress(persisted, version),
      },
    ),
  );
  return Object.assign(store, { storage }) as ProgressStore;
}

let browserStore: ProgressStore | undefined;

/**
 * The store of this browser tab, created on first use. Another tab's save arrives as a `storage`
 * event; the store then re-reads, so two open tabs stay in step.
 */
export function progressStore(): ProgressStore {
  if (browserStore) return browserStore;
  browserStore = createProgressStore();
  if (typeof window !== 'undefined') {
    window.addEventListener('storage', (event) => {
      if (event.key === PROGRESS_STORAGE_KEY) void browserStore!.persist.rehydrate();
    });
  }
  return browserStore;
}
