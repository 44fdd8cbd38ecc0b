import { describe, expect, it } from 'vitest';
import { createProgressStore } from '../../src/lib/progress-store';
import { PROGRESS_STORAGE_KEY, mergeProgress } from '../../src/lib/progress-model';
import { EXPORT_FORMAT, exportProgress, parseImport } from '../../src/lib/progress-transfer';
import { checkCode, parseRecordLines } from '../../src/lib/check-code';
import { formatDate } from '../../src/lib/format-date';

/**
 * Regression tests for the December reliability review (shared/reviews/2026-12-reliability.md),
 * one per failure, named after it. Faults are injected as a browser produces them: a crafted stored
 * value, a throwing getItem, a quota that is full, a crafted import file.
 */

/** A localStorage stand-in with a quota (in characters, as browsers count) and a switch for reads. */
function browserStorage(initial: Record<string, string> = {}, quota = 5_000_000) {
  const data = new Map(Object.entries(initial));
  const faults = { readThrows: false };
  const used = () => [...data].reduce((n, [k, v]) => n + k.length + v.length, 0);
  const backend = {
    getItem(k: string) {
      if (faults.readThrows) throw new DOMException('', 'SecurityError');
      return data.get(k) ?? null;
    },
    setItem(k: string, v: string) {
      if (used() - (data.get(k)?.length ?? 0) + k.length + v.length > quota) throw new DOMException('full', 'QuotaExceededError');
      data.set(k, v);
    },
    removeItem: (k: string) => void data.delete(k),
    get length() {
      return data.size;
    },
    key: (i: number) => [...data.keys()][i] ?? null,
  };
  return { data, faults, backend, getBackend: () => backend };
}

const RULES = { 'ilo-standards': { sectionCount: 3, passMark: 80 }, 'supply-chains': { sectionCount: 2, passMark: 80 } };
const stored = (state: unknown, version = 1) => JSON.stringify({ state, version });
const file = (data: unknown, extra: Record<string, unknown> = {}) => JSON.stringify({ format: EXPORT_FORMAT, version: 1, exportedAt: '2026-11-20T10:00:00.000Z', data, ...extra });
const now = new Date('2026-11-23T10:00:00.000Z');
const backupsOf = (data: Map<string, string>) => [...data.keys()].filter((k) => k.startsWith(`${PROGRESS_STORAGE_KEY}:backup:`));

describe('reliability review, December 2026', () => {
  it('F1 an impossible date in an import file is refused (month 13, 99:99:99, 31 February)', () => {
    const module = (startedAt: string) => ({ modules: { 'supply-chains': { answers: {}, attempts: 0, sectionsRead: [], startedAt } }, learnerName: '' });
    expect(parseImport(file(module('2026-13-45T99:99:99Z')), undefined, { now }).ok).toBe(false);
    expect(parseImport(file(module('2026-02-31T10:00:00.000Z')), undefined, { now }).ok).toBe(false);
    expect(parseImport(file(module('2026-02-28T10:00:00.000Z')), undefined, { now }).ok).toBe(true);
  });

  it('F1 formatting an impossible date shows a dash instead of throwing', () => {
    expect(formatDate('2026-13-45T99:99:99Z', 'en')).toBe('—');
    expect(formatDate('garbage', 'zh-CN')).toBe('—');
    expect(formatDate('2026-11-20T10:00:00.000Z', 'en')).toBe('Nov 20, 2026');
  });

  it('F1 a stored value with "startedAt":"garbage" is put aside, not loaded', () => {
    const raw = stored({ modules: { 'ilo-standards': { answers: {}, attempts: 0, sectionsRead: [], startedAt: 'garbage' } }, learnerName: '' });
    const mem = browserStorage({ [PROGRESS_STORAGE_KEY]: raw });
    const store = createProgressStore({ backend: mem.getBackend, rules: RULES });
    expect(store.getState().modules['ilo-standards']).toBeUndefined();
    expect(store.storage.status()).toBe('recovered');
    expect(backupsOf(mem.data).map((k) => mem.data.get(k))).toEqual([raw]);
  });

  it('F2 a version-0 "__proto__" score pollutes nothing, in an import or in storage', () => {
    parseImport(JSON.stringify({ format: EXPORT_FORMAT, version: 0, exportedAt: '2026-11-20T10:00:00.000Z', data: { scores: { __proto__: 100 } } }).replace('"scores":{}', '"scores":{"__proto__":100}'));
    createProgressStore({ backend: browserStorage({ [PROGRESS_STORAGE_KEY]: '{"state":{"scores":{"__proto__":100}},"version":0}' }).getBackend, rules: RULES });
    expect(({} as Record<string, unknown>).bestScore).toBeUndefined();
    expect(({} as Record<string, unknown>).attempts).toBeUndefined();
    // and a valid file is still accepted afterwards
    expect(parseImport(file({ modules: {}, learnerName: '' }), undefined, { now }).ok).toBe(true);
  });

  it('F3 valid JSON of the wrong shape in storage is put aside and the learner told', () => {
    const shapes = [
      { modules: null, learnerName: '' },
      { modules: { 'ilo-standards': { answers: {} } } },
      { modules: { 'ilo-standards': { answers: { q: { answer: null, correct: true, at: 'x' } }, attempts: 0, sectionsRead: [] } }, learnerName: '' },
      { modules: {}, learnerName: { a: 1 } },
      'hello',
    ];
    for (const state of shapes) {
      const raw = stored(state);
      const mem = browserStorage({ [PROGRESS_STORAGE_KEY]: raw });
      const store = createProgressStore({ backend: mem.getBackend, rules: RULES });
      expect(store.storage.status(), JSON.stringify(state)).toBe('recovered');
      expect(backupsOf(mem.data).map((k) => mem.data.get(k))).toEqual([raw]);
      expect(() => store.getState().visit('ilo-standards')).not.toThrow();
    }
  });

  it('F4 a notice not yet shown survives to the next page until one shows it', () => {
    const mem = browserStorage({ [PROGRESS_STORAGE_KEY]: '{"state": {"modules": ' });
    createProgressStore({ backend: mem.getBackend, rules: RULES }).getState().visit('ilo-standards'); // the home page: no notice shown
    const next = createProgressStore({ backend: mem.getBackend, rules: RULES }); // the next page
    expect(next.storage.status()).toBe('recovered');
    next.storage.acknowledge();
    expect(createProgressStore({ backend: mem.getBackend, rules: RULES }).storage.status()).toBe('ok');
  });

  it('F5 when there is no room to put the data aside, it is left untouched and storage becomes read-only', () => {
    const newer = stored({ modules: { 'ilo-standards': { answers: {}, attempts: 0, sectionsRead: [] } }, learnerName: 'x'.repeat(2000) }, 2);
    const mem = browserStorage({ [PROGRESS_STORAGE_KEY]: newer, 'other-app': 'f'.repeat(3000) }, 5100 + PROGRESS_STORAGE_KEY.length);
    const store = createProgressStore({ backend: mem.getBackend, rules: RULES });
    store.getState().visit('ilo-standards');
    store.getState().setLearnerName('Li');
    expect(mem.data.get(PROGRESS_STORAGE_KEY)).toBe(newer);
    expect(store.storage.status()).toBe('readonly');
  });

  it('F6 a copy put aside can be restored: what can still be read comes back', () => {
    const good = { answers: {}, attempts: 1, bestScore: 90, lastScore: 90, sectionsRead: [0, 1], startedAt: '2026-11-01T10:00:00.000Z' };
    const raw = stored({ modules: { 'supply-chains': good, 'ilo-standards': { answers: {}, attempts: 0, sectionsRead: [], startedAt: 'garbage' } }, learnerName: 'Wang' });
    const mem = browserStorage({ [PROGRESS_STORAGE_KEY]: raw });
    const store = createProgressStore({ backend: mem.getBackend, rules: RULES, now: () => now });
    const [backup] = store.storage.backups();
    expect(backup).toBeDefined();
    expect(store.restoreBackup(backup!.key)).toEqual({ ok: true, restored: 1, skipped: 1 });
    expect(store.getState().modules['supply-chains']).toMatchObject({ bestScore: 90, sectionsRead: [0, 1] });
    expect(store.getState().learnerName).toBe('Wang');
    expect(mem.data.get(backup!.key)).toBe(raw);
  });

  it('F7 a migration that fails keeps the stored data (copied aside) and says so', () => {
    for (const raw of [
      stored({ modules: {}, learnerName: 'A' }, -1),
      JSON.stringify({ state: { answers: { 'constructor:x': { answer: { type: 'truefalse', value: true }, correct: true } }, scores: { 'ilo-standards': 90 }, name: 'Old learner' }, version: 0 }),
    ]) {
      const mem = browserStorage({ [PROGRESS_STORAGE_KEY]: raw });
      const store = createProgressStore({ backend: mem.getBackend, rules: RULES });
      store.getState().visit('ilo-standards');
      expect(store.storage.status()).toBe('recovered');
      expect(backupsOf(mem.data).map((k) => mem.data.get(k))).toEqual([raw]);
    }
  });

  it('F8 when reads fail but writes work, saved progress is not wiped', () => {
    const saved = stored({ modules: { 'ilo-standards': { answers: {}, attempts: 1, bestScore: 50, lastScore: 50, sectionsRead: [0] } }, learnerName: 'Li' });
    const mem = browserStorage({ [PROGRESS_STORAGE_KEY]: saved });
    mem.faults.readThrows = true;
    const store = createProgressStore({ backend: mem.getBackend, rules: RULES });
    store.getState().visit('ilo-standards');
    store.getState().recordAnswer('ilo-standards', 'q1', { type: 'truefalse', value: true }, true);
    expect(mem.data.get(PROGRESS_STORAGE_KEY)).toBe(saved);
    expect(store.storage.status()).toBe('unavailable');
  });

  it('F9 two tabs saving at the same moment both keep their answer', () => {
    // One storage shared by two tabs; each tab's store was created before the other saved.
    const mem = browserStorage();
    const tabA = createProgressStore({ backend: mem.getBackend, rules: RULES });
    const tabB = createProgressStore({ backend: mem.getBackend, rules: RULES });
    tabA.getState().recordAnswer('ilo-standards', 'q1', { type: 'truefalse', value: true }, true);
    tabB.getState().recordAnswer('ilo-standards', 'q2', { type: 'truefalse', value: false }, false);
    const saved = JSON.parse(mem.data.get(PROGRESS_STORAGE_KEY)!).state.modules['ilo-standards'].answers;
    expect(Object.keys(saved).sort()).toEqual(['q1', 'q2']);
  });

  it('F9 a write that raced past another tab is repaired when that tab hears of it', () => {
    // Tab B wrote from a stale copy (localStorage reached it late): tab A, on the storage event, re-applies its answer.
    const mem = browserStorage();
    const tabA = createProgressStore({ backend: mem.getBackend, rules: RULES });
    const stale = new Map(mem.data);
    tabA.getState().recordAnswer('ilo-standards', 'q1', { type: 'truefalse', value: true }, true);
    const afterA = new Map(mem.data);
    mem.data.clear();
    stale.forEach((v, k) => mem.data.set(k, v));
    const tabB = createProgressStore({ backend: mem.getBackend, rules: RULES });
    tabB.getState().recordAnswer('ilo-standards', 'q2', { type: 'truefalse', value: false }, false);
    expect(afterA.size).toBe(1);
    (tabA as unknown as { resync?: () => void }).resync?.();
    tabB.resync();
    const saved = JSON.parse(mem.data.get(PROGRESS_STORAGE_KEY)!).state.modules['ilo-standards'].answers;
    expect(Object.keys(saved).sort()).toEqual(['q1', 'q2']);
  });

  it('F10 merging a file with the module slug "constructor" is refused, not thrown', () => {
    const text = file({ modules: { constructor: { answers: {}, attempts: 0, sectionsRead: [0] } }, learnerName: '' });
    const result = parseImport(text, undefined, { now });
    expect(result.ok).toBe(false);
    const mine = { modules: {}, learnerName: '' };
    expect(() => mergeProgress(mine, JSON.parse(text).data)).not.toThrow();
  });

  it('F11 dates later than the file was exported (plus a margin) are refused', () => {
    const future = { modules: { 'ilo-standards': { answers: {}, attempts: 1, bestScore: 100, lastScore: 100, sectionsRead: [0, 1, 2], startedAt: '2999-01-01T00:00:00.000Z', completedAt: '2999-12-31T00:00:00.000Z' } }, learnerName: '' };
    expect(parseImport(file(future), undefined, { rules: RULES, now }).ok).toBe(false);
    expect(parseImport(file(future, { exportedAt: '2999-12-31T00:00:00.000Z' }), undefined, { rules: RULES, now }).ok).toBe(false);
    const past = JSON.parse(JSON.stringify(future).replaceAll('2999-', '2026-').replace('2026-12-31', '2026-11-19'));
    expect(parseImport(file(past), undefined, { rules: RULES, now }).ok).toBe(true);
  });

  it('F12 a file claiming a completion it does not meet is refused', () => {
    const forged = { modules: { 'supply-chains': { answers: {}, attempts: 1, bestScore: 10, lastScore: 10, sectionsRead: [], completedAt: '2026-11-20T10:00:00.000Z' } }, learnerName: '' };
    expect(parseImport(file(forged), undefined, { rules: RULES, now }).ok).toBe(false);
    const honest = { modules: { 'supply-chains': { answers: {}, attempts: 1, bestScore: 90, lastScore: 90, sectionsRead: [0, 1], completedAt: '2026-11-20T10:00:00.000Z' } }, learnerName: '' };
    expect(parseImport(file(honest), undefined, { rules: RULES, now }).ok).toBe(true);
  });

  it('F12 a stored completion that does not meet the rule is dropped; nothing else the learner did is lost', () => {
    // As after a module gains a section: the site wrote this itself, so it is kept, but no longer complete.
    const raw = stored({ modules: { 'ilo-standards': { answers: {}, attempts: 2, bestScore: 95, lastScore: 95, sectionsRead: [0, 1], completedAt: '2026-11-20T10:00:00.000Z' } }, learnerName: 'Li' });
    const mem = browserStorage({ [PROGRESS_STORAGE_KEY]: raw });
    const store = createProgressStore({ backend: mem.getBackend, rules: RULES, now: () => now });
    expect(store.storage.status()).toBe('ok');
    expect(store.getState().modules['ilo-standards']).toEqual({ answers: {}, attempts: 2, bestScore: 95, lastScore: 95, sectionsRead: [0, 1] });
    store.getState().markSectionRead('ilo-standards', 2, 3, 80);
    expect(store.getState().modules['ilo-standards']!.completedAt).toBe(now.toISOString());
  });

  it('F12 the facilitator check refuses impossible lines: no such module, a score over 100, an impossible date', () => {
    expect(parseRecordLines('99, 100, 2026-11-20', 7).lines).toEqual([]);
    expect(parseRecordLines('1, 999, 2026-11-20', 7).lines).toEqual([]);
    expect(parseRecordLines('1, 90, 2026-99-99', 7).lines).toEqual([]);
    expect(parseRecordLines('1, 90, 2026-02-31', 7).bad).toEqual(['1, 90, 2026-02-31']);
    expect(parseRecordLines('7, 100, 2026-11-20', 7).lines).toHaveLength(1);
  });

  it('F13 invisible and bidi characters do not change the check code', () => {
    const lines = [{ module: 1, score: 90, date: '2026-11-20' }];
    expect(checkCode('Ann\u200b Lee', lines)).toBe(checkCode('Ann Lee', lines));
    expect(checkCode('Ann \u202Egnow\u202C Lee', lines)).toBe(checkCode('Ann gnow Lee', lines));
    expect(checkCode('Ａｎｎ Lee', lines)).toBe(checkCode('Ann Lee', lines));
    const result = parseImport(exportProgress({ modules: {}, learnerName: 'Ann \u202Egnow\u202C Lee' }), undefined, { now: new Date() });
    expect(result.ok && result.data.learnerName).toBe('Ann gnow Lee');
  });
});
