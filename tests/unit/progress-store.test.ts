import { describe, expect, it } from 'vitest';
import { createProgressStore } from '../../src/lib/progress-store';
import { PROGRESS_STORAGE_KEY, PROGRESS_VERSION, migrateProgress, mergeProgress, emptyProgress } from '../../src/lib/progress-model';
import type { BackendLike } from '../../src/lib/safe-storage';

/** An in-memory localStorage, with switches for the faults real browsers have. */
function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  const faults = { full: false, broken: false };
  const backend: BackendLike = {
    getItem: (k) => {
      if (faults.broken) throw new DOMException('denied', 'SecurityError');
      return data.get(k) ?? null;
    },
    setItem: (k, v) => {
      if (faults.broken) throw new DOMException('denied', 'SecurityError');
      if (faults.full) throw new DOMException('full', 'QuotaExceededError');
      data.set(k, v);
    },
    removeItem: (k) => void data.delete(k),
  };
  return { data, faults, backend };
}

/** One in-memory storage for the life of a store, as a browser's is. */
function memoryBackend() {
  const { backend } = memoryStorage();
  return () => backend;
}

const fixedNow = () => new Date('2026-11-23T10:00:00.000Z');

describe('progress store', () => {
  it('records answers by module and question id, and saves them', () => {
    const mem = memoryStorage();
    const store = createProgressStore({ backend: () => mem.backend, now: fixedNow });
    store.getState().recordAnswer('ilo-standards', 'q1', { type: 'single', optionId: 'a' }, true);
    const saved = JSON.parse(mem.data.get(PROGRESS_STORAGE_KEY)!);
    expect(saved.version).toBe(PROGRESS_VERSION);
    expect(saved.state.modules['ilo-standards'].answers.q1).toEqual({ answer: { type: 'single', optionId: 'a' }, correct: true, at: '2026-11-23T10:00:00.000Z' });
  });

  it('reads back what another store (a reload, another tab) saved', () => {
    const mem = memoryStorage();
    createProgressStore({ backend: () => mem.backend }).getState().setLearnerName('Li Wei');
    expect(createProgressStore({ backend: () => mem.backend }).getState().learnerName).toBe('Li Wei');
  });

  it('completes a module when every section is read and the quiz is passed, in either order', () => {
    const store = createProgressStore({ backend: memoryBackend(), now: fixedNow });
    const s = store.getState();
    s.finishAttempt('m', 90, 2, 80);
    expect(store.getState().modules.m!.completedAt).toBeUndefined();
    s.markSectionRead('m', 0, 2, 80);
    s.markSectionRead('m', 1, 2, 80);
    expect(store.getState().modules.m!.completedAt).toBe('2026-11-23T10:00:00.000Z');
    expect(store.getState().modules.m!).toMatchObject({ attempts: 1, bestScore: 90, lastScore: 90, sectionsRead: [0, 1] });
  });

  it('keeps the best score over attempts, and a retry clears only the current answers', () => {
    const store = createProgressStore({ backend: memoryBackend() });
    const s = store.getState();
    s.recordAnswer('m', 'q', { type: 'truefalse', value: true }, true);
    s.finishAttempt('m', 100, 1, 80);
    s.retryQuiz('m');
    s.finishAttempt('m', 50, 1, 80);
    expect(store.getState().modules.m).toMatchObject({ answers: {}, attempts: 2, bestScore: 100, lastScore: 50 });
  });

  it('a retry can keep the right answers and clear only the others', () => {
    const store = createProgressStore({ backend: memoryBackend() });
    const s = store.getState();
    s.recordAnswer('m', 'right', { type: 'truefalse', value: true }, true);
    s.recordAnswer('m', 'wrong', { type: 'truefalse', value: false }, false);
    s.finishAttempt('m', 50, 1, 80);
    s.retryQuiz('m', ['right', 'not-answered']);
    const m = store.getState().modules.m!;
    expect(Object.keys(m.answers)).toEqual(['right']);
    expect(m.answers.right!.answer).toEqual({ type: 'truefalse', value: true });
    expect(m).toMatchObject({ attempts: 1, lastScore: 50 });
  });

  it('keeps working in memory when storage is unavailable, and says so', () => {
    const mem = memoryStorage();
    mem.faults.broken = true;
    const store = createProgressStore({ backend: () => mem.backend });
    store.getState().recordAnswer('m', 'q', { type: 'truefalse', value: true }, true);
    expect(store.getState().modules.m!.answers.q!.correct).toBe(true);
    expect(store.storage.status()).toBe('unavailable');
  });

  it('keeps working when storage is full, says so, and recovers when space returns', () => {
    const mem = memoryStorage();
    const store = createProgressStore({ backend: () => mem.backend });
    mem.faults.full = true;
    store.getState().setLearnerName('A');
    expect(store.storage.status()).toBe('full');
    expect(store.getState().learnerName).toBe('A');
    mem.faults.full = false;
    store.getState().setLearnerName('B');
    expect(store.storage.status()).toBe('ok');
    expect(JSON.parse(mem.data.get(PROGRESS_STORAGE_KEY)!).state.learnerName).toBe('B');
  });

  it('puts damaged data aside, starts clean and says so', () => {
    const mem = memoryStorage({ [PROGRESS_STORAGE_KEY]: '{"state": {"modules": ' });
    const store = createProgressStore({ backend: () => mem.backend });
    expect(store.storage.status()).toBe('recovered');
    expect(store.getState().modules).toEqual({});
    const backup = store.storage.lastBackupKey()!;
    expect(backup.startsWith(`${PROGRESS_STORAGE_KEY}:backup:`)).toBe(true);
    expect(mem.data.get(backup)).toBe('{"state": {"modules": ');
  });

  it('leaves data from a newer version untouched beside the fresh start', () => {
    const newer = JSON.stringify({ state: { modules: { m: {} } }, version: PROGRESS_VERSION + 1 });
    const mem = memoryStorage({ [PROGRESS_STORAGE_KEY]: newer });
    const store = createProgressStore({ backend: () => mem.backend });
    expect(store.storage.status()).toBe('newer');
    expect(mem.data.get(store.storage.lastBackupKey()!)).toBe(newer);
  });

  it('migrates unversioned (version 0) data instead of dropping it', () => {
    const v0 = { state: { answers: { 'ilo-standards:q1': { answer: { type: 'truefalse', value: true }, correct: true, at: '2025-01-01T00:00:00.000Z' } }, scores: { 'ilo-standards': 85 }, name: 'Wang' }, version: 0 };
    const mem = memoryStorage({ [PROGRESS_STORAGE_KEY]: JSON.stringify(v0) });
    const state = createProgressStore({ backend: () => mem.backend }).getState();
    expect(state.learnerName).toBe('Wang');
    expect(state.modules['ilo-standards']).toMatchObject({ bestScore: 85, attempts: 1, answers: { q1: { correct: true } } });
  });

  it('erases everything it stored', () => {
    const mem = memoryStorage();
    const store = createProgressStore({ backend: () => mem.backend });
    store.getState().setLearnerName('X');
    store.getState().eraseAll();
    expect(store.getState().learnerName).toBe('');
    expect(JSON.parse(mem.data.get(PROGRESS_STORAGE_KEY) ?? '{"state":{"learnerName":""}}').state.learnerName).toBe('');
  });
});

describe('migrations and merging', () => {
  it('refuses to migrate down from a newer version', () => {
    expect(() => migrateProgress({}, PROGRESS_VERSION + 1)).toThrow(/newer version/);
  });

  it('merges without losing anything: best score, union of sections, newer answers, earliest completion', () => {
    const mine = { ...emptyProgress(), learnerName: 'Me', modules: { m: { answers: { q: { answer: { type: 'truefalse' as const, value: true }, correct: true, at: '2026-01-02T00:00:00.000Z' } }, attempts: 1, bestScore: 70, sectionsRead: [0], updatedAt: '2026-01-02T00:00:00.000Z' } } };
    const theirs = { ...emptyProgress(), learnerName: 'Other', modules: { m: { answers: { q: { answer: { type: 'truefalse' as const, value: false }, correct: false, at: '2026-01-01T00:00:00.000Z' } }, attempts: 3, bestScore: 90, sectionsRead: [1, 2], completedAt: '2026-01-01T00:00:00.000Z' }, n: { answers: {}, attempts: 0, sectionsRead: [0] } } };
    const merged = mergeProgress(mine, theirs);
    expect(merged.learnerName).toBe('Me');
    expect(merged.modules.m).toMatchObject({ attempts: 3, bestScore: 90, sectionsRead: [0, 1, 2], completedAt: '2026-01-01T00:00:00.000Z' });
    expect(merged.modules.m!.answers.q!.correct).toBe(true);
    expect(merged.modules.n).toBeDefined();
  });
});
