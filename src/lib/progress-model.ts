import type { Answer } from './quiz-score';

/**
 * What the site remembers about a learner, on their device only. Keyed by module slug and question
 * id, never by language, so switching language keeps progress. Plain data: it is what is stored
 * (localStorage), exported and imported.
 */
export const PROGRESS_VERSION = 1;
export const PROGRESS_STORAGE_KEY = 'fwg-progress';

export interface StoredAnswer {
  answer: Answer;
  correct: boolean;
  /** ISO date-time. */
  at: string;
}

export interface ModuleProgress {
  /** The current attempt's answers, by question id. */
  answers: Record<string, StoredAnswer>;
  /** Completed attempts (every question answered). */
  attempts: number;
  bestScore?: number;
  lastScore?: number;
  /** When the module was first opened and last worked on (ISO). */
  startedAt?: string;
  updatedAt?: string;
  /** Indexes of the sections read (seen in the reading view). */
  sectionsRead: number[];
  /** When the quiz was first passed with every section read (ISO). */
  completedAt?: string;
}

export interface ProgressData {
  modules: Record<string, ModuleProgress>;
  /** Typed by the learner for the completion record; never leaves the device unless exported. */
  learnerName: string;
  /** Where to continue: the module and section last seen. */
  lastVisited?: { slug: string; section: number; at: string };
}

export const emptyProgress = (): ProgressData => ({ modules: {}, learnerName: '' });
export const emptyModule = (): ModuleProgress => ({ answers: {}, attempts: 0, sectionsRead: [] });

/** A module is complete when every section was read and the quiz was passed. */
export function isComplete(m: ModuleProgress | undefined, sectionCount: number, passMark: number): boolean {
  return !!m && m.sectionsRead.length >= sectionCount && (m.bestScore ?? 0) >= passMark;
}

export type ModuleStatus = 'not-started' | 'in-progress' | 'completed';

export function moduleStatus(m: ModuleProgress | undefined): ModuleStatus {
  if (!m) return 'not-started';
  if (m.completedAt) return 'completed';
  return m.sectionsRead.length || Object.keys(m.answers).length || m.attempts ? 'in-progress' : 'not-started';
}

/**
 * Migrations from each older stored version to the next. Version 0 is data saved before the format
 * was versioned (the first prototype kept answers as "slug:questionId" keys in one flat map and a
 * score per module); it is kept readable so that nothing a learner saved is ever dropped.
 */
type Migration = (old: unknown) => unknown;
export const MIGRATIONS: Record<number, Migration> = {
  0: (old) => {
    const v0 = (old ?? {}) as { answers?: Record<string, { answer: Answer; correct: boolean; at?: string }>; scores?: Record<string, number>; name?: string };
    const data = emptyProgress();
    data.learnerName = typeof v0.name === 'string' ? v0.name : '';
    for (const [key, value] of Object.entries(v0.answers ?? {})) {
      const [slug, questionId] = key.split(':');
      if (!slug || !questionId || !value) continue;
      const m = (data.modules[slug] ??= emptyModule());
      m.answers[questionId] = { answer: value.answer, correct: !!value.correct, at: value.at ?? new Date(0).toISOString() };
    }
    for (const [slug, score] of Object.entries(v0.scores ?? {})) {
      const m = (data.modules[slug] ??= emptyModule());
      m.bestScore = m.lastScore = score;
      m.attempts = Math.max(m.attempts, 1);
    }
    return data;
  },
};

/** Brings stored data of `fromVersion` up to the current version, one step at a time. */
export function migrateProgress(data: unknown, fromVersion: number): ProgressData {
  if (fromVersion > PROGRESS_VERSION) throw new Error(`saved with a newer version (${fromVersion}) of this site`);
  let current = data;
  for (let v = fromVersion; v < PROGRESS_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) throw new Error(`no migration from version ${v}`);
    current = step(current);
  }
  return current as ProgressData;
}

const later = (a?: string, b?: string) => (!a ? b : !b ? a : a > b ? a : b);
const earlier = (a?: string, b?: string) => (!a ? b : !b ? a : a < b ? a : b);

/**
 * Merges imported progress into what this device has, losing nothing: the best score, the union of
 * sections read, the earliest start and completion, the more recent answers per question.
 */
export function mergeProgress(mine: ProgressData, theirs: ProgressData): ProgressData {
  const modules: Record<string, ModuleProgress> = { ...mine.modules };
  for (const [slug, t] of Object.entries(theirs.modules)) {
    const m = modules[slug];
    if (!m) {
      modules[slug] = t;
      continue;
    }
    const answers = { ...m.answers };
    for (const [qid, a] of Object.entries(t.answers)) if (!answers[qid] || answers[qid]!.at < a.at) answers[qid] = a;
    const newer = (t.updatedAt ?? '') > (m.updatedAt ?? '') ? t : m;
    modules[slug] = {
      answers,
      attempts: Math.max(m.attempts, t.attempts),
      bestScore: Math.max(m.bestScore ?? -1, t.bestScore ?? -1) >= 0 ? Math.max(m.bestScore ?? 0, t.bestScore ?? 0) : undefined,
      lastScore: newer.lastScore ?? m.lastScore ?? t.lastScore,
      startedAt: earlier(m.startedAt, t.startedAt),
      updatedAt: later(m.updatedAt, t.updatedAt),
      sectionsRead: [...new Set([...m.sectionsRead, ...t.sectionsRead])].sort((a, b) => a - b),
      completedAt: earlier(m.completedAt, t.completedAt),
    };
  }
  const lastVisited = (theirs.lastVisited?.at ?? '') > (mine.lastVisited?.at ?? '') ? theirs.lastVisited : mine.lastVisited;
  return { modules, learnerName: mine.learnerName || theirs.learnerName, ...(lastVisited ? { lastVisited } : {}) };
}
