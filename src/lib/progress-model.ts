import type { Answer } from './quiz-score';
import { isSlug, isUnsafeKey, own } from './progress-schema';

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

export const emptyProgress = (): ProgressData => ({ modules: Object.create(null), learnerName: '' });
export const emptyModule = (): ModuleProgress => ({ answers: Object.create(null), attempts: 0, sectionsRead: [] });

/** A module is complete when every section was read and the quiz was passed. */
export function isComplete(m: ModuleProgress | undefined, sectionCount: number, passMark: number): boolean {
  if (!m || (m.bestScore ?? -1) < passMark) return false;
  for (let i = 0; i < sectionCount; i++) if (!m.sectionsRead.includes(i)) return false;
  return true;
}

export type ModuleStatus = 'not-started' | 'in-progress' | 'completed';

export function moduleStatus(m: ModuleProgress | undefined, rule?: { sectionCount: number; passMark: number }): ModuleStatus {
  if (!m) return 'not-started';
  if (rule ? isComplete(m, rule.sectionCount, rule.passMark) : m.completedAt) return 'completed';
  return m.sectionsRead.length || Object.keys(m.answers).length || m.attempts ? 'in-progress' : 'not-started';
}

export class MigrationError extends Error {}

/**
 * Migrations from each older stored version to the next. Version 0 is data saved before the format
 * was versioned (the first prototype kept answers as "slug:questionId" keys in one flat map and a
 * score per module); it is kept readable so that nothing a learner saved is ever dropped.
 */
type Migration = (old: unknown) => unknown;
export const MIGRATIONS: Record<number, Migration> = {
  0: (old) => {
    // Any key that is not a module slug (or that names something on Object.prototype, such as
    // "__proto__" or "constructor") fails the migration, to be reported, never written through.
    if (typeof old !== 'object' || old === null || Array.isArray(old)) throw new MigrationError('version 0 data is not an object');
    const v0 = old as Record<string, unknown>;
    const modules: Record<string, ModuleProgress> = Object.create(null);
    const moduleFor = (slug: string) => {
      if (!isSlug(slug)) throw new MigrationError(`"${slug}" is not a module name`);
      return (modules[slug] ??= { ...emptyModule(), answers: Object.create(null) });
    };
    const table = (field: string) => {
      const value = own(v0, field);
      if (value === undefined) return {};
      if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new MigrationError(`${field} is not a table`);
      return value as Record<string, unknown>;
    };
    const answers = table('answers');
    for (const key of Object.keys(answers)) {
      const value = answers[key] as { answer?: unknown; correct?: unknown; at?: unknown } | null;
      const [slug = '', questionId = '', ...rest] = key.split(':');
      if (rest.length || !questionId || isUnsafeKey(questionId) || typeof value !== 'object' || value === null) throw new MigrationError(`answer "${key}" cannot be read`);
      moduleFor(slug).answers[questionId] = { answer: own(value, 'answer') as Answer, correct: own(value, 'correct') === true, at: typeof own(value, 'at') === 'string' ? (value.at as string) : new Date(0).toISOString() };
    }
    const scores = table('scores');
    for (const slug of Object.keys(scores)) {
      const score = scores[slug];
      if (!Number.isInteger(score) || (score as number) < 0 || (score as number) > 100) throw new MigrationError(`score of "${slug}" is not a score`);
      const m = moduleFor(slug);
      m.bestScore = m.lastScore = score as number;
      m.attempts = Math.max(m.attempts, 1);
    }
    const name = own(v0, 'name');
    return { modules, learnerName: typeof name === 'string' ? name : '' };
  },
};

/**
 * Brings stored data of `fromVersion` up to the current version, one step at a time. Throws a
 * MigrationError when it cannot; the caller checks the result with checkProgressData.
 */
export function migrateProgress(data: unknown, fromVersion: number): unknown {
  if (!Number.isInteger(fromVersion) || fromVersion < 0) throw new MigrationError(`no version ${fromVersion}`);
  if (fromVersion > PROGRESS_VERSION) throw new MigrationError(`saved with a newer version (${fromVersion}) of this site`);
  let current = data;
  for (let v = fromVersion; v < PROGRESS_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) throw new MigrationError(`no migration from version ${v}`);
    current = step(current);
  }
  return current;
}

const later = (a?: string, b?: string) => (!a ? b : !b ? a : a > b ? a : b);
const earlier = (a?: string, b?: string) => (!a ? b : !b ? a : a < b ? a : b);

/**
 * Merges imported progress into what this device has, losing nothing: the best score, the union of
 * sections read, the earliest start and completion, the more recent answers per question.
 */
export function mergeProgress(mine: ProgressData, theirs: ProgressData): ProgressData {
  const modules: Record<string, ModuleProgress> = Object.assign(Object.create(null), mine.modules);
  for (const slug of Object.keys(theirs.modules)) {
    const t = theirs.modules[slug]!;
    const m = own(modules, slug);
    if (!m) {
      modules[slug] = t;
      continue;
    }
    const answers: Record<string, StoredAnswer> = Object.assign(Object.create(null), m.answers);
    for (const qid of Object.keys(t.answers)) {
      const a = t.answers[qid]!;
      const here = own(answers, qid);
      if (!here || here.at < a.at) answers[qid] = a;
    }
    const newer = (t.updatedAt ?? '') > (m.updatedAt ?? '') ? t : m;
    const bestScore = m.bestScore === undefined ? t.bestScore : t.bestScore === undefined ? m.bestScore : Math.max(m.bestScore, t.bestScore);
    const lastScore = newer.lastScore ?? m.lastScore ?? t.lastScore;
    const merged: ModuleProgress = { answers, attempts: Math.max(m.attempts, t.attempts), sectionsRead: [...new Set([...m.sectionsRead, ...t.sectionsRead])].sort((a, b) => a - b) };
    if (bestScore !== undefined) merged.bestScore = bestScore;
    if (lastScore !== undefined) merged.lastScore = lastScore;
    const startedAt = earlier(m.startedAt, t.startedAt);
    const updatedAt = later(m.updatedAt, t.updatedAt);
    const completedAt = earlier(m.completedAt, t.completedAt);
    if (startedAt) merged.startedAt = startedAt;
    if (updatedAt) merged.updatedAt = updatedAt;
    if (completedAt) merged.completedAt = completedAt;
    modules[slug] = merged;
  }
  const lastVisited = (theirs.lastVisited?.at ?? '') > (mine.lastVisited?.at ?? '') ? theirs.lastVisited : mine.lastVisited;
  return { modules, learnerName: mine.learnerName || theirs.learnerName, ...(lastVisited ? { lastVisited } : {}) };
}
