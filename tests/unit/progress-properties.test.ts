import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PROGRESS_STORAGE_KEY, mergeProgress, type ModuleProgress, type ProgressData } from '../../src/lib/progress-model';
import { checkProgressData, own } from '../../src/lib/progress-schema';
import { exportProgress, parseImport } from '../../src/lib/progress-transfer';
import { createProgressStore } from '../../src/lib/progress-store';
import type { Answer } from '../../src/lib/quiz-score';

/**
 * Property tests of the progress model (issue 10, part 3): for any progress data and any import
 * file the schema accepts, merging keeps the better score, loses no answer, is commutative where it
 * should be, and yields data the schema accepts; any version-0 value migrates to valid data or is
 * reported and kept aside, never silently overwritten.
 */

const RULES = { 'ilo-standards': { sectionCount: 3, passMark: 80 }, 'supply-chains': { sectionCount: 2, passMark: 60 } };
const NOW = new Date('2026-11-23T10:00:00.000Z');
const CONTEXT = { rules: RULES, notAfter: NOW };
const RUNS = { numRuns: 300 };

const isoDate = fc.date({ min: new Date('2024-01-01T00:00:00.000Z'), max: NOW, noInvalidDate: true }).map((d) => d.toISOString());
const slug = fc.oneof(fc.constantFrom('ilo-standards', 'supply-chains', 'constructor', 'to-string'), fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8})?$/));
const id = fc.constantFrom('q1', 'q2', 'q3', 'a', 'b');
const answer: fc.Arbitrary<Answer> = fc.oneof(
  id.map((optionId) => ({ type: 'single' as const, optionId })),
  fc.record({ type: fc.constantFrom('multiple' as const, 'case' as const), optionIds: fc.uniqueArray(id, { maxLength: 4 }) }),
  fc.boolean().map((value) => ({ type: 'truefalse' as const, value })),
  fc.uniqueArray(id, { maxLength: 4 }).map((itemIds) => ({ type: 'order' as const, itemIds })),
);
const moduleProgress = fc
  .record(
    {
      answers: fc.dictionary(id, fc.record({ answer, correct: fc.boolean(), at: isoDate })),
      attempts: fc.integer({ min: 0, max: 5 }),
      bestScore: fc.integer({ min: 0, max: 100 }),
      lastScore: fc.integer({ min: 0, max: 100 }),
      startedAt: isoDate,
      updatedAt: isoDate,
      sectionsRead: fc.uniqueArray(fc.integer({ min: 0, max: 4 }), { maxLength: 5 }),
      completedAt: isoDate,
    },
    { requiredKeys: ['answers', 'attempts', 'sectionsRead'] },
  )
  .map((m) => {
    // Shape the draw towards what the site writes, so that most draws pass the consistency rules.
    const out: Record<string, unknown> = { ...m };
    if (m.bestScore !== undefined) out.attempts = Math.max(1, m.attempts);
    if (m.lastScore !== undefined) out.lastScore = Math.min(m.lastScore, m.bestScore ?? m.lastScore);
    if (m.lastScore !== undefined && m.bestScore === undefined) out.bestScore = m.lastScore;
    return out;
  });
/** Progress data the schema accepts (drawn, then checked: the schema decides, not the generator). */
const progress: fc.Arbitrary<ProgressData> = fc
  .record({ modules: fc.dictionary(slug, moduleProgress, { maxKeys: 4 }), learnerName: fc.string({ maxLength: 30 }) })
  .map((raw) => checkProgressData(JSON.parse(JSON.stringify(raw)), CONTEXT))
  .filter((r) => r.ok)
  .map((r) => (r as { ok: true; value: ProgressData }).value);

const moduleOf = (d: ProgressData, s: string): ModuleProgress | undefined => own(d.modules, s);

describe('progress model properties', () => {
  it('merge yields data the schema accepts', () => {
    fc.assert(
      fc.property(progress, progress, (a, b) => {
        const merged = checkProgressData(JSON.parse(JSON.stringify(mergeProgress(a, b))), CONTEXT);
        expect(merged.ok, JSON.stringify(merged)).toBe(true);
      }),
      RUNS,
    );
  });

  it('merge keeps the better score and loses no answer or section', () => {
    fc.assert(
      fc.property(progress, progress, (a, b) => {
        const merged = mergeProgress(a, b);
        for (const s of new Set([...Object.keys(a.modules), ...Object.keys(b.modules)])) {
          const [ma, mb, mm] = [moduleOf(a, s), moduleOf(b, s), moduleOf(merged, s)];
          expect(mm).toBeDefined();
          const scores = [ma?.bestScore, mb?.bestScore].filter((x): x is number => x !== undefined);
          expect(mm!.bestScore).toBe(scores.length ? Math.max(...scores) : undefined);
          for (const qid of [...Object.keys(ma?.answers ?? {}), ...Object.keys(mb?.answers ?? {})]) expect(own(mm!.answers, qid)).toBeDefined();
          for (const i of [...(ma?.sectionsRead ?? []), ...(mb?.sectionsRead ?? [])]) expect(mm!.sectionsRead).toContain(i);
        }
      }),
      RUNS,
    );
  });

  it('merge is commutative in everything but the tie-breaks (which name, which answer when both are as recent)', () => {
    fc.assert(
      fc.property(progress, progress, (a, b) => {
        const ab = mergeProgress(a, b);
        const ba = mergeProgress(b, a);
        expect(Object.keys(ab.modules).sort()).toEqual(Object.keys(ba.modules).sort());
        for (const s of Object.keys(ab.modules)) {
          const [x, y] = [moduleOf(ab, s)!, moduleOf(ba, s)!];
          for (const field of ['attempts', 'bestScore', 'sectionsRead', 'startedAt', 'updatedAt', 'completedAt'] as const) expect(x[field]).toEqual(y[field]);
          expect(Object.keys(x.answers).sort()).toEqual(Object.keys(y.answers).sort());
          for (const qid of Object.keys(x.answers)) expect(own(x.answers, qid)!.at).toBe(own(y.answers, qid)!.at);
        }
      }),
      RUNS,
    );
  });

  it('merging is idempotent: merging data with itself changes nothing', () => {
    fc.assert(
      fc.property(progress, (a) => {
        expect(JSON.parse(JSON.stringify(mergeProgress(a, a)))).toEqual(JSON.parse(JSON.stringify(a)));
      }),
      RUNS,
    );
  });

  it('any accepted data survives export and import unchanged, and importing it merges into accepted data', () => {
    fc.assert(
      fc.property(progress, progress, (a, b) => {
        const imported = parseImport(exportProgress(b, NOW), undefined, { rules: RULES, now: NOW });
        expect(imported.ok).toBe(true);
        if (!imported.ok) return;
        expect(JSON.parse(JSON.stringify(imported.data))).toEqual(JSON.parse(JSON.stringify(b)));
        expect(checkProgressData(JSON.parse(JSON.stringify(mergeProgress(a, imported.data))), CONTEXT).ok).toBe(true);
      }),
      RUNS,
    );
  });
});

/** localStorage stand-in, as in the reliability tests. */
function memory(initial: Record<string, string>) {
  const data = new Map(Object.entries(initial));
  const backend = {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
    get length() {
      return data.size;
    },
    key: (i: number) => [...data.keys()][i] ?? null,
  };
  return { data, getBackend: () => backend };
}

/** Version-0 values: the prototype's shape, with hostile and broken keys and values mixed in. */
const hostileKey = fc.constantFrom('__proto__', 'constructor', 'toString', 'prototype', 'hasOwnProperty');
const v0Slug = fc.oneof(slug, hostileKey, fc.string({ maxLength: 6 }));
const v0Value = fc.oneof(
  fc.record(
    {
      answers: fc.array(fc.tuple(fc.oneof(fc.tuple(v0Slug, fc.oneof(id, hostileKey)).map(([s, q]) => `${s}:${q}`), fc.string({ maxLength: 8 })), fc.oneof(fc.record({ answer, correct: fc.boolean(), at: isoDate }, { requiredKeys: ['answer'] }), fc.anything())), { maxLength: 4 }),
      scores: fc.array(fc.tuple(v0Slug, fc.oneof(fc.integer({ min: 0, max: 100 }), fc.anything())), { maxLength: 4 }),
      name: fc.oneof(fc.string({ maxLength: 20 }), fc.anything()),
    },
    { requiredKeys: [] },
  ),
  fc.anything(),
);
/** JSON text with the entries as own keys, "__proto__" included (as JSON.parse makes them). */
const objectText = (entries: [string, unknown][]) => `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v) ?? 'null'}`).join(',')}}`;
function v0Text(value: unknown): string {
  if (typeof value === 'object' && value !== null && !Array.isArray(value) && ('answers' in value || 'scores' in value || 'name' in value)) {
    const v = value as { answers?: [string, unknown][]; scores?: [string, unknown][]; name?: unknown };
    const parts: string[] = [];
    if (v.answers) parts.push(`"answers":${objectText(v.answers)}`);
    if (v.scores) parts.push(`"scores":${objectText(v.scores)}`);
    if ('name' in v) parts.push(`"name":${JSON.stringify(v.name) ?? 'null'}`);
    return `{"state":{${parts.join(',')}},"version":0}`;
  }
  return `{"state":${JSON.stringify(value) ?? 'null'},"version":0}`;
}

describe('version-0 migration properties', () => {
  it('produces valid version-1 data, or reports the failure and keeps the value aside: never a silent overwrite', () => {
    fc.assert(
      fc.property(v0Value, (value) => {
        const raw = v0Text(value);
        const mem = memory({ [PROGRESS_STORAGE_KEY]: raw });
        const store = createProgressStore({ backend: mem.getBackend, rules: RULES, now: () => NOW });
        store.getState().visit('ilo-standards');
        const backups = [...mem.data.keys()].filter((k) => k.startsWith(`${PROGRESS_STORAGE_KEY}:backup:`));
        if (store.storage.status() === 'recovered') {
          expect(backups.map((k) => mem.data.get(k))).toEqual([raw]);
        } else {
          expect(store.storage.status()).toBe('ok');
          expect(backups).toEqual([]);
          const saved = JSON.parse(mem.data.get(PROGRESS_STORAGE_KEY)!);
          expect(saved.version).toBe(1);
          expect(checkProgressData(saved.state, CONTEXT).ok).toBe(true);
        }
        expect(Object.keys(Object.prototype)).toEqual([]);
        expect(({} as Record<string, unknown>).bestScore).toBeUndefined();
      }),
      { numRuns: 500 },
    );
  });
});
