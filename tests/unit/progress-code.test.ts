import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import QRCode from 'qrcode';
import jsQR from 'jsqr';
import { parse as parseYaml } from 'yaml';
import { codeModules, encodeProgressCode, groupCode, normaliseCode, readProgressCode } from '../../src/lib/progress-code';
import { mergeProgress, type ModuleProgress, type ProgressData } from '../../src/lib/progress-model';
import { checkProgressData } from '../../src/lib/progress-schema';
import { createProgressStore } from '../../src/lib/progress-store';
import { exportProgress, parseImport } from '../../src/lib/progress-transfer';
import { base32, base32ToBytes, bytesToBase32, crc32 } from '../../src/lib/session-codec';
import type { Answer } from '../../src/lib/quiz-score';

/**
 * The transfer code (issue 15, point 6): progress → code → the same progress, read through the
 * same checks as an imported file; a mistyped code says so; a crafted one is refused and loses
 * nothing; and a realistic full progress fits one QR code that a camera reads.
 */

const QUIZ_DIR = path.resolve(import.meta.dirname, '../../content/quizzes');
type QuizFile = { module: string; passMark: number; questions: { id: string; type: string; options?: { id: string }[]; items?: { id: string }[] }[] };
const QUIZZES = fs.readdirSync(QUIZ_DIR).map((f) => parseYaml(fs.readFileSync(path.join(QUIZ_DIR, f), 'utf8')) as QuizFile);
const SECTIONS = 10;
const RULES = Object.fromEntries(QUIZZES.map((q) => [q.module, { sectionCount: SECTIONS, passMark: q.passMark }]));
const MODULES = codeModules(RULES);
const NOW = new Date('2026-12-02T09:00:00.000Z');
const CONTEXT = { rules: RULES, now: NOW };

/** What the code carries: everything but the answers of the current attempt. */
function withoutAnswers(data: ProgressData): ProgressData {
  const modules: Record<string, ModuleProgress> = Object.create(null);
  for (const slug of Object.keys(data.modules)) modules[slug] = { ...data.modules[slug]!, answers: Object.create(null) };
  return { ...data, modules };
}

/** A trainee who did everything: 9 modules, every section read, every question answered, a minute or two apart. */
function fullProgress(): ProgressData {
  let t = Date.parse('2026-11-20T08:00:00.000Z');
  const modules: Record<string, unknown> = {};
  for (const quiz of QUIZZES) {
    const startedAt = new Date(t).toISOString();
    const answers: Record<string, unknown> = {};
    for (const [i, q] of quiz.questions.entries()) {
      t += 41_317 + ((i * 7919) % 90_000);
      const answer =
        q.type === 'truefalse'
          ? { type: 'truefalse', value: i % 2 === 0 }
          : q.type === 'single'
            ? { type: 'single', optionId: q.options![1]!.id }
            : q.type === 'order'
              ? { type: 'order', itemIds: q.items!.map((item) => item.id) }
              : { type: q.type, optionIds: q.options!.filter((_, k) => k % 2).map((o) => o.id) };
      answers[q.id] = { answer, correct: i % 5 !== 0, at: new Date(t).toISOString() };
    }
    const at = new Date(t).toISOString();
    modules[quiz.module] = { answers, attempts: 2, bestScore: 88, lastScore: 81, startedAt, updatedAt: at, sectionsRead: [...Array(SECTIONS).keys()], completedAt: at };
    t += 3_600_000;
  }
  const checked = checkProgressData({ modules, learnerName: '王小明', lastVisited: { slug: QUIZZES[0]!.module, section: 3, at: new Date(t).toISOString() } }, { rules: RULES, notAfter: NOW });
  if (!checked.ok) throw new Error(checked.problems.join('; '));
  return checked.value;
}

/** What someone who read this source could produce: any bytes, with a checksum that matches. */
function sealed(bytes: number[]): string {
  const body = `FWP1${bytesToBase32(Uint8Array.from(bytes)).toUpperCase()}`;
  return body + base32(crc32(body), 7).toUpperCase();
}
const bytesOf = (code: string) => [...base32ToBytes(code.slice(4, -7).toLowerCase())!];

describe('transfer code: size', () => {
  it('a full progress (9 modules, every answer) fits one QR code at a density a camera reads', async () => {
    const data = fullProgress();
    expect(Object.keys(data.modules)).toHaveLength(9);
    const code = encodeProgressCode(data, MODULES, NOW);
    const qr = QRCode.create(code, { errorCorrectionLevel: 'M' });
    // Why the code leaves the answers out, and why it is not compressed: the figures.
    const deflated = async (bytes: Uint8Array) => (await new Response(new Blob([bytes as BlobPart]).stream().pipeThrough(new CompressionStream('deflate-raw'))).arrayBuffer()).byteLength;
    const file = new TextEncoder().encode(JSON.stringify(JSON.parse(exportProgress(data, NOW))));
    const payload = base32ToBytes(code.slice(4, -7).toLowerCase())!;
    console.info(
      `full progress: export file ${file.length} B, deflate-raw ${await deflated(file)} B; ` +
        `transfer code ${code.length} characters (${payload.length} B, deflate-raw ${await deflated(payload)} B), QR version ${qr.version} (${qr.modules.size} modules a side, M)`,
    );
    // Alphanumeric mode, not bytes: 5.5 bits a character.
    expect(qr.segments.map((s) => s.mode.id)).toEqual(['Alphanumeric']);
    // Version 13 is 69 modules a side: 4 px a module in a 300 px code on a phone.
    expect(qr.version).toBeLessThanOrEqual(13);
    expect(code.length).toBeLessThan(450);
    const read = readProgressCode(code, MODULES, CONTEXT);
    expect(read).toEqual({ ok: true, data: withoutAnswers(data), moduleCount: 9 });
  });

  it('the full code, drawn as the page draws it (4 px a module), is read back by the camera decoder', () => {
    const code = encodeProgressCode(fullProgress(), MODULES, NOW);
    const { modules } = QRCode.create(code, { errorCorrectionLevel: 'M' });
    const scale = 4;
    const quiet = 4;
    const side = (modules.size + 2 * quiet) * scale;
    const pixels = new Uint8ClampedArray(side * side * 4).fill(255);
    for (let y = 0; y < modules.size; y++)
      for (let x = 0; x < modules.size; x++) {
        if (!modules.get(x, y)) continue;
        for (let dy = 0; dy < scale; dy++)
          for (let dx = 0; dx < scale; dx++) {
            const i = (((y + quiet) * scale + dy) * side + (x + quiet) * scale + dx) * 4;
            pixels[i] = pixels[i + 1] = pixels[i + 2] = 0;
          }
      }
    expect(jsQR(pixels, side, side)?.data).toBe(code);
  });
});

describe('transfer code: round trip and merge (properties)', () => {
  const isoDate = fc.date({ min: new Date('2024-01-01T00:00:00.000Z'), max: NOW, noInvalidDate: true }).map((d) => d.toISOString());
  const id = fc.constantFrom('q1', 'q2', 'a', 'b');
  const answer: fc.Arbitrary<Answer> = fc.oneof(id.map((optionId) => ({ type: 'single' as const, optionId })), fc.boolean().map((value) => ({ type: 'truefalse' as const, value })));
  const moduleProgress = fc
    .record(
      {
        answers: fc.dictionary(id, fc.record({ answer, correct: fc.boolean(), at: isoDate })),
        attempts: fc.integer({ min: 0, max: 100_000 }),
        bestScore: fc.integer({ min: 0, max: 100 }),
        lastScore: fc.integer({ min: 0, max: 100 }),
        startedAt: isoDate,
        updatedAt: isoDate,
        sectionsRead: fc.uniqueArray(fc.integer({ min: 0, max: 40 }), { maxLength: 12 }),
        completedAt: isoDate,
      },
      { requiredKeys: ['answers', 'attempts', 'sectionsRead'] },
    )
    .map((m) => {
      const out: Record<string, unknown> = { ...m };
      if (m.bestScore !== undefined) out.attempts = Math.max(1, m.attempts);
      if (m.lastScore !== undefined) out.lastScore = Math.min(m.lastScore, m.bestScore ?? m.lastScore);
      if (m.lastScore !== undefined && m.bestScore === undefined) out.bestScore = m.lastScore;
      if (m.completedAt) out.sectionsRead = [...new Set([...m.sectionsRead, ...Array(SECTIONS).keys()])];
      return out;
    });
  const progress: fc.Arbitrary<ProgressData> = fc
    .record(
      {
        modules: fc.dictionary(fc.constantFrom(...MODULES), moduleProgress, { maxKeys: 9 }),
        learnerName: fc.oneof(fc.string({ maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 20 })),
        lastVisited: fc.record({ slug: fc.constantFrom(...MODULES), section: fc.integer({ min: 0, max: 1000 }), at: isoDate }),
      },
      { requiredKeys: ['modules', 'learnerName'] },
    )
    .map((raw) => checkProgressData(JSON.parse(JSON.stringify(raw)), { rules: RULES, notAfter: NOW }))
    .filter((r) => r.ok)
    .map((r) => (r as { ok: true; value: ProgressData }).value);

  it('any valid progress → code → the same progress (answers aside), exactly what the file gives', () => {
    fc.assert(
      fc.property(progress, (data) => {
        const code = encodeProgressCode(data, MODULES, NOW);
        const read = readProgressCode(code, MODULES, CONTEXT);
        expect(read).toEqual({ ok: true, data: withoutAnswers(data), moduleCount: Object.keys(data.modules).length });
        // The same as importing the file of the same progress: one check, one result.
        expect(read).toEqual(parseImport(exportProgress(withoutAnswers(data), NOW), undefined, CONTEXT));
        // Read back however it was copied: grouped, lower case, with line breaks, I/L/O for 1/1/0.
        const copied = groupCode(code).toLowerCase().replace(/1/g, 'l').replace(/0/g, 'o').replace(/ /g, '\n');
        expect(readProgressCode(copied, MODULES, CONTEXT)).toEqual(read);
      }),
      { numRuns: 300 },
    );
  });

  it('reading a code into a device merges like an import: what the device had is kept', () => {
    fc.assert(
      fc.property(progress, progress, (here, there) => {
        const store = createProgressStore({ backend: memory().getBackend, rules: RULES, now: () => NOW });
        store.getState().importProgress(here, 'replace');
        const read = readProgressCode(encodeProgressCode(there, MODULES, NOW), MODULES, CONTEXT);
        if (!read.ok) throw new Error(read.reason);
        store.getState().importProgress(read.data, 'merge');
        const { modules, learnerName, lastVisited } = store.getState();
        expect({ modules, learnerName, ...(lastVisited ? { lastVisited } : {}) }).toEqual(mergeProgress(here, withoutAnswers(there)));
        for (const slug of Object.keys(here.modules)) {
          // Every answer, section and score this device had is still there.
          expect(modules[slug]!.answers).toEqual(here.modules[slug]!.answers);
          expect(modules[slug]!.sectionsRead).toEqual(expect.arrayContaining(here.modules[slug]!.sectionsRead));
          if (here.modules[slug]!.bestScore !== undefined) expect(modules[slug]!.bestScore).toBeGreaterThanOrEqual(here.modules[slug]!.bestScore!);
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('transfer code: refused, with the reason', () => {
  const code = encodeProgressCode(fullProgress(), MODULES, NOW);

  it('any one character mistyped, dropped, added or swapped with its neighbour: "mistyped"', () => {
    const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
    fc.assert(
      fc.property(fc.integer({ min: 5, max: code.length - 1 }), fc.constantFrom(...alphabet), fc.constantFrom('change', 'drop', 'add', 'swap'), (at, ch, how) => {
        const typed =
          how === 'change' ? code.slice(0, at) + ch + code.slice(at + 1) : how === 'drop' ? code.slice(0, at) + code.slice(at + 1) : how === 'add' ? code.slice(0, at) + ch + code.slice(at) : code.slice(0, at - 1) + code[at] + code[at - 1] + code.slice(at + 1);
        fc.pre(typed !== code);
        expect(readProgressCode(typed, MODULES, CONTEXT)).toEqual({ ok: false, reason: 'mistyped' });
      }),
      { numRuns: 500 },
    );
    expect(readProgressCode(code.slice(0, 200), MODULES, CONTEXT)).toEqual({ ok: false, reason: 'mistyped' });
    expect(readProgressCode('FWP1', MODULES, CONTEXT)).toEqual({ ok: false, reason: 'mistyped' });
    expect(readProgressCode(code.replace(/^(.{20})./, '$1U'), MODULES, CONTEXT)).toEqual({ ok: false, reason: 'mistyped' });
  });

  it('a code that is not one of ours, from a newer version, or from a site with other modules', () => {
    expect(readProgressCode('', MODULES, CONTEXT)).toEqual({ ok: false, reason: 'not-ours' });
    expect(readProgressCode('https://example.com/?q=1', MODULES, CONTEXT)).toEqual({ ok: false, reason: 'not-ours' });
    expect(readProgressCode('FW1~abcdefghjk~t.f~-.-~Li Ming~1234abcd', MODULES, CONTEXT)).toEqual({ ok: false, reason: 'not-ours' });
    expect(readProgressCode(code.replace(/^FWP1/, 'FWP2'), MODULES, CONTEXT)).toEqual({ ok: false, reason: 'newer' });
    expect(readProgressCode(code, [...MODULES, 'a-new-module'].sort(), CONTEXT)).toEqual({ ok: false, reason: 'other-site-version' });
  });

  it('a crafted code with a matching checksum goes through the import checks: "damaged"', () => {
    const valid = fullProgress();
    const first = MODULES[0]!;
    const crafted = (change: (m: Record<string, unknown>) => void) => {
      const data = structuredClone({ ...valid, modules: { ...valid.modules } }) as unknown as { modules: Record<string, Record<string, unknown>> };
      change(data.modules[first]!);
      return encodeProgressCode(data as unknown as ProgressData, MODULES, NOW);
    };
    const damaged = { ok: false, reason: 'damaged' };
    expect(readProgressCode(crafted((m) => (m.bestScore = 150)), MODULES, CONTEXT)).toEqual(damaged);
    expect(readProgressCode(crafted((m) => (m.sectionsRead = [0, 1])), MODULES, CONTEXT)).toEqual(damaged); // completed, sections unread
    expect(readProgressCode(crafted((m) => (m.completedAt = '2027-06-01T00:00:00.000Z')), MODULES, CONTEXT)).toEqual(damaged); // in the future
    expect(readProgressCode(crafted((m) => (m.attempts = 0)), MODULES, CONTEXT)).toEqual(damaged); // a score without an attempt
    expect(readProgressCode(crafted((m) => (m.sectionsRead = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 2000])), MODULES, CONTEXT)).toEqual(damaged);
    // A code made tomorrow by a clock far ahead.
    expect(readProgressCode(encodeProgressCode(valid, MODULES, new Date(NOW.getTime() + 3 * 86_400_000)), MODULES, CONTEXT)).toEqual(damaged);
    // Bytes: one too many, cut short, a module that does not exist, a name that is not UTF-8.
    const bytes = bytesOf(code);
    expect(readProgressCode(sealed([...bytes, 0]), MODULES, CONTEXT)).toEqual(damaged);
    expect(readProgressCode(sealed(bytes.slice(0, -3)), MODULES, CONTEXT)).toEqual(damaged);
    // An empty progress is the module list's id and the time, then three zeros (no name, no place, no module).
    const head = bytesOf(encodeProgressCode({ modules: {}, learnerName: '' }, MODULES, NOW)).slice(0, -3);
    expect(readProgressCode(sealed([...head, 0, 0, 0]), MODULES, CONTEXT)).toMatchObject({ ok: true, moduleCount: 0 });
    expect(readProgressCode(sealed([...head, 0, 0, 1, 42, 0, 0, 0]), MODULES, CONTEXT)).toEqual(damaged);
    expect(readProgressCode(sealed([...head, 2, 0xff, 0xfe, 0, 0]), MODULES, CONTEXT)).toEqual(damaged);
    expect(readProgressCode(sealed([...head, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0]), MODULES, CONTEXT)).toEqual(damaged); // a module twice
    expect(readProgressCode(sealed(new Array(40).fill(0xff)), MODULES, CONTEXT)).toEqual(damaged);
  });

  it('a refused code changes nothing on the device', () => {
    const backend = memory();
    const store = createProgressStore({ backend: backend.getBackend, rules: RULES, now: () => NOW });
    store.getState().recordAnswer(MODULES[0]!, 'q1', { type: 'truefalse', value: true }, true);
    const before = [...backend.data.entries()];
    for (const text of [code.slice(0, -1), code.replace(/^FWP1/, 'FWP2'), sealed([1, 2, 3])]) {
      const read = readProgressCode(text, MODULES, CONTEXT);
      expect(read.ok).toBe(false);
      if (read.ok) store.getState().importProgress(read.data, 'merge');
    }
    expect([...backend.data.entries()]).toEqual(before);
  });

  it('normalises what a person types', () => {
    expect(normaliseCode(' fwp1-abcd\u2010efgh\nijlo ')).toBe('FWP1ABCDEFGH1J10');
    expect(groupCode('FWP1ABCDEFGH12')).toBe('FWP1 ABCD EFGH 12');
  });
});

/** localStorage stand-in, as in the reliability tests. */
function memory() {
  const data = new Map<string, string>();
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
