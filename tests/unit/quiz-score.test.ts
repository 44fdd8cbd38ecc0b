import { describe, expect, it } from 'vitest';
import { answersToKeep, scoreQuestion, scoreQuiz, shuffledOrder } from '../../src/lib/quiz-score';

const options = (...correct: boolean[]) => correct.map((c, i) => ({ id: String.fromCharCode(97 + i), correct: c }));

describe('scoring each question type', () => {
  it('single choice: right only for the correct option', () => {
    const q = { id: 'q', type: 'single' as const, options: options(false, true, false) };
    expect(scoreQuestion(q, { type: 'single', optionId: 'b' }).correct).toBe(true);
    expect(scoreQuestion(q, { type: 'single', optionId: 'a' }).correct).toBe(false);
    expect(scoreQuestion(q, { type: 'single', optionId: 'zz' }).correct).toBe(false);
  });

  it('true/false', () => {
    const q = { id: 'q', type: 'truefalse' as const, answer: false };
    expect(scoreQuestion(q, { type: 'truefalse', value: false }).correct).toBe(true);
    expect(scoreQuestion(q, { type: 'truefalse', value: true }).correct).toBe(false);
  });

  it('multiple choice: exact set needed, with a verdict per option for partial feedback', () => {
    const q = { id: 'q', type: 'multiple' as const, options: options(true, false, true, false) };
    const partly = scoreQuestion(q, { type: 'multiple', optionIds: ['a', 'b'] });
    expect(partly.correct).toBe(false);
    expect(partly.options).toEqual({ a: 'chosen-correct', b: 'chosen-wrong', c: 'missed', d: 'left-correctly' });
    expect(partly.rightCount).toBe(2);
    expect(scoreQuestion(q, { type: 'multiple', optionIds: ['c', 'a'] }).correct).toBe(true);
  });

  it('case scenario: indicators present and absent, each judged', () => {
    const q = { id: 'q', type: 'case' as const, options: options(true, true, false) };
    const result = scoreQuestion(q, { type: 'case', optionIds: ['a'] });
    expect(result.correct).toBe(false);
    expect(result.options?.b).toBe('missed');
    expect(result.options?.c).toBe('left-correctly');
    expect(scoreQuestion(q, { type: 'case', optionIds: ['a', 'b'] }).correct).toBe(true);
  });

  it('ordering: right only in the exact order, counting items in place', () => {
    const q = { id: 'q', type: 'order' as const, items: [{ id: 'x' }, { id: 'y' }, { id: 'z' }] };
    expect(scoreQuestion(q, { type: 'order', itemIds: ['x', 'y', 'z'] }).correct).toBe(true);
    const wrong = scoreQuestion(q, { type: 'order', itemIds: ['x', 'z', 'y'] });
    expect(wrong).toEqual({ correct: false, verdict: 'wrong', inPlace: 1 });
  });

  it('the verdict: a plain wrong answer is "wrong", never "partly right"', () => {
    const single = { id: 'q', type: 'single' as const, options: options(false, true, false) };
    expect(scoreQuestion(single, { type: 'single', optionId: 'a' }).verdict).toBe('wrong');
    expect(scoreQuestion(single, { type: 'single', optionId: 'b' }).verdict).toBe('right');
    const tf = { id: 'q', type: 'truefalse' as const, answer: true };
    expect(scoreQuestion(tf, { type: 'truefalse', value: false }).verdict).toBe('wrong');
    const order = { id: 'q', type: 'order' as const, items: [{ id: 'x' }, { id: 'y' }, { id: 'z' }] };
    expect(scoreQuestion(order, { type: 'order', itemIds: ['x', 'z', 'y'] }).verdict).toBe('wrong');
  });

  it('the verdict of a multiple-answer item: partly right only for some right chosen and nothing wrong', () => {
    const q = { id: 'q', type: 'multiple' as const, options: options(true, false, true, true) };
    const some = scoreQuestion(q, { type: 'multiple', optionIds: ['a', 'c'] });
    expect(some).toMatchObject({ correct: false, verdict: 'partial', found: 2, rightOptions: 3 });
    expect(scoreQuestion(q, { type: 'multiple', optionIds: ['a', 'b'] }).verdict).toBe('wrong'); // one wrong chosen
    expect(scoreQuestion(q, { type: 'multiple', optionIds: ['b'] }).verdict).toBe('wrong'); // only wrong chosen
    expect(scoreQuestion(q, { type: 'multiple', optionIds: ['a', 'c', 'd'] }).verdict).toBe('right');
    const c = { id: 'q', type: 'case' as const, options: options(true, true, false) };
    expect(scoreQuestion(c, { type: 'case', optionIds: ['b'] }).verdict).toBe('partial');
  });

  it('an answer of another type is simply wrong', () => {
    const q = { id: 'q', type: 'single' as const, options: options(true, false) };
    expect(scoreQuestion(q, { type: 'truefalse', value: true }).correct).toBe(false);
  });
});

describe('quiz score and pass mark', () => {
  it('rounds the percentage and compares it with the pass mark', () => {
    expect(scoreQuiz({ a: true, b: true, c: true, d: false, e: true }, ['a', 'b', 'c', 'd', 'e'], 80)).toEqual({ correct: 4, total: 5, percent: 80, passed: true });
    expect(scoreQuiz({ a: true, b: false, c: false }, ['a', 'b', 'c'], 80)).toEqual({ correct: 1, total: 3, percent: 33, passed: false });
  });
});

describe('shuffling order questions', () => {
  it('is stable for a question and never starts in the solved order', () => {
    const items = ['a', 'b', 'c', 'd'].map((id) => ({ id }));
    const once = shuffledOrder(items, 'referral-order').map((i) => i.id);
    expect(shuffledOrder(items, 'referral-order').map((i) => i.id)).toEqual(once);
    expect(once).not.toEqual(['a', 'b', 'c', 'd']);
    expect([...once].sort()).toEqual(['a', 'b', 'c', 'd']);
    for (const seed of ['x', 'y', 'z', 'w', 'v']) expect(shuffledOrder(items.slice(0, 2), seed).map((i) => i.id)).toEqual(['b', 'a']);
  });
});

describe('what a retry keeps', () => {
  it('keeps the right answers and lists the wrong and missing ones, in quiz order', () => {
    const qs = [
      { id: 'q1', type: 'single' as const, options: options(false, true) },
      { id: 'q2', type: 'truefalse' as const, answer: true },
      { id: 'q3', type: 'multiple' as const, options: options(true, true) },
      { id: 'q4', type: 'truefalse' as const, answer: false },
    ];
    const answers = {
      q1: { type: 'single' as const, optionId: 'b' },
      q2: { type: 'truefalse' as const, value: false },
      q3: { type: 'multiple' as const, optionIds: ['a'] },
    };
    expect(answersToKeep(qs, answers)).toEqual({ keep: ['q1'], redo: ['q2', 'q3', 'q4'] });
  });
});
