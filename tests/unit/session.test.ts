import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import QRCode from 'qrcode';
import { parse as parseYaml } from 'yaml';
import type { Answer, ScorableQuestion } from '../../src/lib/quiz-score';
import {
  decodeSessionFragment,
  drawSessionItems,
  encodeSessionFragment,
  itemCode,
  ITEMS_PER_MODULE,
  SessionLinkError,
  sessionId,
  sessionItemList,
  type QuizIndex,
  type SessionDescriptor,
} from '../../src/lib/session-descriptor';
import { answerToken, decodeResult, encodeResult, nameKey, normaliseName, readResultEnvelope, ResultError, splitResults, tokenAnswer, type TraineeResult } from '../../src/lib/session-result';
import { addResult, cohortReport, csvCell, emptyCohort, sortTrainees, traineesCsv, type ReportItem } from '../../src/lib/cohort-report';

const QUIZ_DIR = path.resolve(import.meta.dirname, '../../content/quizzes');
const realQuizzes = fs.readdirSync(QUIZ_DIR).map((f) => parseYaml(fs.readFileSync(path.join(QUIZ_DIR, f), 'utf8')) as { module: string; questions: { id: string }[] });

/** Synthetic quizzes: nine modules, with the widest answers there are (8-item orders, 10-option cases). */
function syntheticModule(n: number): { slug: string; questions: ScorableQuestion[] } {
  const opts = (k: number) => Array.from({ length: k }, (_, i) => ({ id: `o${i}`, correct: i % 2 === 0 }));
  const questions: ScorableQuestion[] = [
    { id: `m${n}-single`, type: 'single', options: opts(5) },
    { id: `m${n}-tf`, type: 'truefalse', answer: true },
    { id: `m${n}-multi`, type: 'multiple', options: opts(10) },
    { id: `m${n}-case`, type: 'case', options: opts(10) },
    { id: `m${n}-order`, type: 'order', items: Array.from({ length: 8 }, (_, i) => ({ id: `i${i}` })) },
    { id: `m${n}-order2`, type: 'order', items: Array.from({ length: 8 }, (_, i) => ({ id: `j${i}` })) },
  ];
  return { slug: `module-number-${n}`, questions };
}
const nine = Array.from({ length: 9 }, (_, i) => syntheticModule(i + 1));
const nineIndex: QuizIndex = Object.fromEntries(nine.map((m) => [m.slug, m.questions.map((q) => q.id)]));
const nineSession: SessionDescriptor = {
  title: '打击强迫劳动与人口贩运 · 劳动保障监察员培训班（第二期）',
  date: '2026-12-02',
  place: '北京市朝阳区某培训中心三楼报告厅',
  modules: nine.map((m) => ({ slug: m.slug, items: m.questions.map((q) => q.id) })),
};
const nineItems = nine.flatMap((m) => m.questions);

/** The widest answer to each question: every option chosen, orders reversed. */
function widest(q: ScorableQuestion): Answer {
  switch (q.type) {
    case 'single':
      return { type: 'single', optionId: q.options.at(-1)!.id };
    case 'truefalse':
      return { type: 'truefalse', value: false };
    case 'order':
      return { type: 'order', itemIds: [...q.items].reverse().map((i) => i.id) };
    default:
      return { type: q.type, optionIds: q.options.slice(1).map((o) => o.id) };
  }
}

describe('session link', () => {
  const index: QuizIndex = Object.fromEntries(realQuizzes.map((q) => [q.module, q.questions.map((x) => x.id)]));
  const session: SessionDescriptor = {
    title: 'Labour inspectors, Kunming',
    date: '2026-12-02',
    place: 'Room 3',
    modules: realQuizzes.slice(0, 2).map((q) => ({ slug: q.module, items: drawSessionItems(q.questions.map((x) => x.id)) })),
  };

  it('round-trips through the fragment, with or without "#"', () => {
    const fragment = encodeSessionFragment(session);
    expect(decodeSessionFragment(fragment, index)).toEqual(session);
    expect(decodeSessionFragment(`#${fragment}`, index)).toEqual(session);
  });

  it('item codes are unique within every quiz of the site, so a code names one question', () => {
    for (const quiz of realQuizzes) {
      const codes = quiz.questions.map((q) => itemCode(q.id));
      expect(new Set(codes).size, quiz.module).toBe(codes.length);
    }
  });

  it('draws the same items whatever the order of the quiz, at least six per module', () => {
    for (const quiz of realQuizzes) {
      const ids = quiz.questions.map((q) => q.id);
      const drawn = drawSessionItems(ids);
      expect(drawn).toHaveLength(ITEMS_PER_MODULE);
      expect(new Set(drawn).size).toBe(ITEMS_PER_MODULE);
      expect(drawSessionItems([...ids].reverse())).toEqual(drawn);
    }
  });

  it('a link for nine modules is short enough to project as a QR code', () => {
    const url = `https://example.org/zh-cn/session/#${encodeSessionFragment(nineSession)}`;
    const qr = QRCode.create([{ data: new TextEncoder().encode(url), mode: 'byte' }], { errorCorrectionLevel: 'M' });
    // Version 25 is 117 modules across: on a projector, several pixels a module from the back row.
    expect(qr.version).toBeLessThanOrEqual(25);
  });

  it('refuses a damaged or foreign link, saying why', () => {
    const fragment = encodeSessionFragment(session);
    const problem = (text: string) => {
      try {
        decodeSessionFragment(text, index);
      } catch (e) {
        return (e as SessionLinkError).problem;
      }
      return 'accepted';
    };
    expect(problem('')).toBe('empty');
    expect(problem('hello')).toBe('format');
    expect(problem(fragment.replace(/^s1/, 's2'))).toBe('version');
    expect(problem(fragment.slice(0, 20) + fragment.slice(21, -9) + fragment.slice(-9))).toBe('checksum');
    expect(problem(fragment.slice(0, -12) + fragment.slice(-9))).toBe('checksum');
    // A link made by a site with a module this one lacks.
    const { [session.modules[0]!.slug]: _dropped, ...fewer } = index;
    expect(problem(fragment)).toBe('accepted');
    expect(() => decodeSessionFragment(fragment, fewer)).toThrow(/no module/);
    // Fields that pass the checksum but not the rules (a crafted link).
    const crafted = { ...session, date: '2026-02-30' };
    expect(() => encodeSessionFragment(crafted)).toThrow(SessionLinkError);
  });

  it('every change to the session changes its id; the same session always has the same id', () => {
    expect(sessionId(session)).toBe(sessionId(structuredClone(session)));
    expect(sessionId(session)).toMatch(/^[0-9a-z]{10}$/);
    expect(sessionId({ ...session, place: 'Room 4' })).not.toBe(sessionId(session));
    expect(sessionId({ ...session, modules: [session.modules[1]!, session.modules[0]!] })).not.toBe(sessionId(session));
  });
});

describe('trainee result', () => {
  const sid = sessionId(nineSession);
  const full: TraineeResult = { sessionId: sid, name: '欧阳  晓明 ', pre: nineItems.map(widest), post: nineItems.map((q) => widest(q)) };

  it('every answer of every type round-trips through its token', () => {
    for (const q of nineItems) {
      const a = widest(q);
      expect(tokenAnswer(q, answerToken(q, a))).toEqual(a);
      expect(tokenAnswer(q, answerToken(q, undefined))).toBeUndefined();
    }
  });

  it('round-trips, with the name normalised (NFKC, spaces) and unanswered items kept as unanswered', () => {
    const partial: TraineeResult = { ...full, post: nineItems.map((q, i) => (i % 3 ? undefined : widest(q))) };
    const back = decodeResult(encodeResult(partial, nineItems), nineItems);
    expect(back).toEqual({ ...partial, name: '欧阳 晓明' });
    expect(normaliseName('Ｌｉ　Ｍｉｎｇ')).toBe('Li Ming');
    expect(nameKey('LI  Ming')).toBe(nameKey('ｌｉ ming'));
  });

  it('nine modules of items fit a QR code in byte mode at error correction M, with room to spare', () => {
    const line = encodeResult({ ...full, name: '欧阳晓明'.repeat(15) }, nineItems);
    const bytes = new TextEncoder().encode(line).length;
    expect(bytes).toBeLessThanOrEqual(2331); // the capacity of version 40-M in byte mode
    const qr = QRCode.create([{ data: new TextEncoder().encode(line), mode: 'byte' }], { errorCorrectionLevel: 'M' });
    expect(qr.version).toBeLessThanOrEqual(25); // still readable from a phone screen by a laptop camera
  });

  it('rejects a result that was cut short or changed anywhere', () => {
    const line = encodeResult(full, nineItems);
    // Every single-character change and every truncation is caught.
    for (let i = 0; i < line.length; i++) {
      const ch = line[i] === '1' ? '2' : '1';
      expect(() => decodeResult(line.slice(0, i) + ch + line.slice(i + 1), nineItems), `change at ${i}`).toThrow(ResultError);
      expect(() => decodeResult(line.slice(0, i), nineItems), `cut at ${i}`).toThrow(ResultError);
    }
    expect(() => decodeResult('not a result', nineItems)).toThrow(/format/);
    expect(() => decodeResult(line.replace(/^FW1/, 'FW9'), nineItems)).toThrow(/version/);
  });

  it('accepts line breaks a messaging app inserted', () => {
    const line = encodeResult(full, nineItems);
    expect(decodeResult(`  ${line.slice(0, 40)}\n${line.slice(40)}\r\n`, nineItems)).toEqual({ ...full, name: '欧阳 晓明' });
  });

  it('finds several results in pasted text, names with spaces intact', () => {
    const a = encodeResult({ ...full, name: 'Li Ming' }, nineItems);
    const b = encodeResult({ ...full, name: 'Wang Fang' }, nineItems);
    expect(splitResults(`Here you are:\n${a.slice(0, 50)}\n${a.slice(50)}\n\n${b} thanks`).map((l) => readResultEnvelope(l).name)).toEqual(['Li Ming', 'Wang Fang']);
    expect(splitResults('   ')).toEqual([]);
  });

  it('rejects a valid line whose answers do not fit the session (crafted or from another site version)', () => {
    const line = encodeResult(full, nineItems);
    expect(() => decodeResult(line, nineItems.slice(1))).toThrow(/answers/);
    const e = readResultEnvelope(line);
    expect(e.sessionId).toBe(sid);
  });
});

describe('cohort report', () => {
  const single: ScorableQuestion = { id: 's', type: 'single', options: [{ id: 'a', correct: false }, { id: 'b', correct: true }] };
  const tf: ScorableQuestion = { id: 't', type: 'truefalse', answer: true };
  const kase: ScorableQuestion = { id: 'c', type: 'case', options: [{ id: 'x', correct: true }, { id: 'y', correct: true }, { id: 'z', correct: false }] };
  const items: ReportItem[] = [
    { module: 'm1', question: single },
    { module: 'm1', question: tf },
    { module: 'm2', question: kase },
  ];
  const right: Answer[] = [{ type: 'single', optionId: 'b' }, { type: 'truefalse', value: true }, { type: 'case', optionIds: ['x', 'y'] }];
  const wrong: Answer[] = [{ type: 'single', optionId: 'a' }, { type: 'truefalse', value: false }, { type: 'case', optionIds: ['x'] }];
  const r = (name: string, pre: (Answer | undefined)[], post: (Answer | undefined)[], sessionId = 'abcdefghjk'): TraineeResult => ({ sessionId, name, pre, post });

  it('scores each trainee before and after, with the gain in points', () => {
    let c = emptyCohort('abcdefghjk');
    c = addResult(c, r('Li Ming', wrong, right), 't1').cohort;
    c = addResult(c, r('Wang Fang', [right[0], wrong[1], undefined], [right[0], right[1], wrong[2]]), 't2').cohort;
    const report = cohortReport(c, items);
    expect(report.trainees.map((t) => [t.name, t.pre.correct, t.pre.percent, t.post.correct, t.post.percent, t.gain])).toEqual([
      ['Li Ming', 0, 0, 3, 100, 100],
      ['Wang Fang', 1, 33, 2, 67, 34],
    ]);
    expect(report.trainees[1]!.pre.answered).toBe(2);
    expect([report.meanPre, report.meanPost, report.meanGain]).toEqual([17, 84, 67]);
  });

  it('gives each item its share correct before and after, and the case indicators missed most', () => {
    let c = emptyCohort('abcdefghjk');
    c = addResult(c, r('A', wrong, right), 't').cohort;
    c = addResult(c, r('B', wrong, wrong), 't').cohort;
    c = addResult(c, r('C', right, [right[0], right[1], { type: 'case', optionIds: ['y'] }]), 't').cohort;
    c = addResult(c, r('D', [undefined, undefined, undefined], wrong), 't').cohort;
    const report = cohortReport(c, items);
    expect(report.items.map((i) => [i.id, i.correctPre, i.sharePre, i.correctPost, i.sharePost])).toEqual([
      ['s', 1, 25, 2, 50],
      ['t', 1, 25, 2, 50],
      ['c', 1, 25, 1, 25],
    ]);
    // After: y missed by B and D, x missed by C.
    expect(report.items[2]!.misses).toEqual([
      { optionId: 'y', missedPre: 2, missedPost: 2 },
      { optionId: 'x', missedPre: 0, missedPost: 1 },
    ]);
    expect(report.items[0]!.misses).toEqual([]);
  });

  it('per module: who answered every post-test item', () => {
    let c = emptyCohort('abcdefghjk');
    c = addResult(c, r('A', wrong, right), 't').cohort;
    c = addResult(c, r('B', wrong, [right[0], right[1], undefined]), 't').cohort;
    c = addResult(c, r('C', wrong, [right[0], undefined, right[2]]), 't').cohort;
    expect(cohortReport(c, items).modules).toEqual([
      { module: 'm1', completed: 2, trainees: 3 },
      { module: 'm2', completed: 2, trainees: 3 },
    ]);
  });

  it('a second hand-in by the same name updates, never double-counts; the same one twice changes nothing', () => {
    let c = emptyCohort('abcdefghjk');
    expect(addResult(c, r('Li Ming', wrong, wrong), 't1').outcome).toBe('added');
    c = addResult(c, r('Li Ming', wrong, wrong), 't1').cohort;
    const again = addResult(c, r('Li Ming', wrong, wrong), 't2');
    expect(again.outcome).toBe('unchanged');
    expect(again.cohort).toBe(c);
    const later = addResult(c, r('ＬＩ  ming', wrong, right), 't3');
    expect(later.outcome).toBe('updated');
    const report = cohortReport(later.cohort, items);
    expect(report.trainees).toHaveLength(1);
    expect(report.trainees[0]!.post.correct).toBe(3);
  });

  it('refuses a result from another session', () => {
    const c = emptyCohort('abcdefghjk');
    const out = addResult(c, r('Li Ming', wrong, right, 'zzzzzzzzzz'), 't');
    expect(out.outcome).toBe('other-session');
    expect(out.cohort).toBe(c);
    expect(cohortReport(out.cohort, items).trainees).toEqual([]);
  });

  it('an empty cohort reports zeros, not NaN', () => {
    const report = cohortReport(emptyCohort('abcdefghjk'), items);
    expect([report.meanPre, report.meanPost, report.meanGain]).toEqual([0, 0, 0]);
    expect(report.items.every((i) => i.sharePre === 0 && i.sharePost === 0)).toBe(true);
  });

  it('sorts the table by any column', () => {
    let c = emptyCohort('abcdefghjk');
    c = addResult(c, r('B', wrong, right), 't').cohort;
    c = addResult(c, r('A', right, right), 't').cohort;
    const rows = cohortReport(c, items).trainees;
    expect(sortTrainees(rows, 'name', false, 'en').map((t) => t.name)).toEqual(['A', 'B']);
    expect(sortTrainees(rows, 'gain', true, 'en').map((t) => t.name)).toEqual(['B', 'A']);
    expect(sortTrainees(rows, 'pre', true, 'en').map((t) => t.name)).toEqual(['A', 'B']);
  });

  it('writes CSV that a spreadsheet reads safely: quoted, BOM, formulas defused', () => {
    let c = emptyCohort('abcdefghjk');
    c = addResult(c, r('=HYPERLINK("x")', wrong, right), 't').cohort;
    c = addResult(c, r('王芳', right, right), 't').cohort;
    const csv = traineesCsv(cohortReport(c, items), { name: 'Name', preCorrect: 'Pre', prePercent: 'Pre %', postCorrect: 'Post', postPercent: 'Post %', gain: 'Gain' });
    expect(csv.startsWith('\ufeff"Name","Pre","Pre %","Post","Post %","Gain"\r\n')).toBe(true);
    expect(csv).toContain(`"'=HYPERLINK(""x"")","0","0","3","100","100"`);
    expect(csv).toContain('"王芳","3","100","3","100","0"');
    expect(csvCell(-5)).toBe('"-5"');
  });
});

describe('session items in test order', () => {
  it('flattens modules in order', () => {
    expect(sessionItemList(nineSession).slice(0, 7).map((i) => i.id)).toEqual([...nine[0]!.questions.map((q) => q.id), nine[1]!.questions[0]!.id]);
    expect(decodeSessionFragment(encodeSessionFragment(nineSession), nineIndex)).toEqual(nineSession);
  });
});
