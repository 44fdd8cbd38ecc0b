import { describe, expect, it } from 'vitest';
import { exportProgress, parseImport, EXPORT_FORMAT, MAX_IMPORT_BYTES } from '../../src/lib/progress-transfer';
import { PROGRESS_VERSION, emptyProgress } from '../../src/lib/progress-model';

const sample = () => ({
  ...emptyProgress(),
  learnerName: 'Zhang San',
  modules: { 'ilo-standards': { answers: { q1: { answer: { type: 'single' as const, optionId: 'a' }, correct: true, at: '2026-11-23T10:00:00.000Z' } }, attempts: 1, bestScore: 93, lastScore: 93, sectionsRead: [0, 1], completedAt: '2026-11-23T10:00:00.000Z' } },
});

describe('export and import', () => {
  it('round-trips', () => {
    const result = parseImport(exportProgress(sample()));
    expect(result).toEqual({ ok: true, data: sample(), moduleCount: 1 });
  });

  it('refuses a file that is not JSON, not ours, damaged, or from a newer version, with a reason each', () => {
    expect(parseImport('not json at all')).toEqual({ ok: false, reason: 'not-json' });
    expect(parseImport(JSON.stringify({ hello: 'world' }))).toEqual({ ok: false, reason: 'not-ours' });
    const damaged = JSON.parse(exportProgress(sample()));
    damaged.data.modules['ilo-standards'].bestScore = 'lots';
    expect(parseImport(JSON.stringify(damaged))).toEqual({ ok: false, reason: 'damaged' });
    expect(parseImport(JSON.stringify({ format: EXPORT_FORMAT, version: PROGRESS_VERSION + 1, exportedAt: '2030-01-01T00:00:00.000Z', data: {} }))).toEqual({ ok: false, reason: 'newer' });
  });

  it('refuses a 50 MB file by its size, without parsing it', () => {
    const huge = 'x'.repeat(50 * 1024 * 1024);
    const started = performance.now();
    expect(parseImport(huge, huge.length)).toEqual({ ok: false, reason: 'too-large' });
    expect(performance.now() - started).toBeLessThan(500);
    expect(MAX_IMPORT_BYTES).toBeLessThan(50 * 1024 * 1024);
  });

  it('keeps markup in a name as plain text, and rejects unknown fields and odd slugs', () => {
    const hostile = sample();
    hostile.learnerName = '<img src=x onerror=alert(1)>';
    const result = parseImport(exportProgress(hostile));
    expect(result.ok && result.data.learnerName).toBe('<img src=x onerror=alert(1)>');
    const extra = JSON.parse(exportProgress(sample()));
    extra.data.modules['ilo-standards'].html = '<script>';
    expect(parseImport(JSON.stringify(extra)).ok).toBe(false);
    const badSlug = JSON.parse(exportProgress(sample()));
    badSlug.data.modules['<b>x</b>'] = badSlug.data.modules['ilo-standards'];
    expect(parseImport(JSON.stringify(badSlug)).ok).toBe(false);
    // JSON.parse makes "__proto__" an ordinary key; the import must refuse it like any other odd slug.
    const validModule = JSON.stringify(sample().modules['ilo-standards']);
    const proto = exportProgress(sample()).replace('"modules": {', `"modules": { "__proto__": ${validModule},`);
    expect(proto).toContain('"__proto__"');
    expect(parseImport(proto)).toEqual({ ok: false, reason: 'damaged' });
  });

  it('migrates an export of version 0', () => {
    const v0 = { format: EXPORT_FORMAT, version: 0, exportedAt: '2025-01-01T00:00:00.000Z', data: { scores: { 'ilo-standards': 80 }, name: 'Li' } };
    const result = parseImport(JSON.stringify(v0));
    expect(result.ok && result.data.modules['ilo-standards']!.bestScore).toBe(80);
  });
});
