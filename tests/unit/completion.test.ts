import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { completionState, type CompletionRule } from '../../src/lib/completion';
import { continueTarget } from '../../src/lib/continue-target';
import { createProgressStore } from '../../src/lib/progress-store';
import { emptyModule, isComplete, type ModuleProgress } from '../../src/lib/progress-model';

const RULE: CompletionRule = { sectionCount: 7, passMark: 80, questionCount: 16 };
const at = '2026-12-01T10:00:00.000Z';
const answers = (n: number) =>
  Object.fromEntries(Array.from({ length: n }, (_, i) => [`q${i}`, { answer: { type: 'truefalse' as const, value: true }, correct: true, at }]));
const progress = (over: Partial<ModuleProgress>): ModuleProgress => ({ ...emptyModule(), ...over });

describe('completionState', () => {
  it('the walkthrough case: 100 % but sections unread is not complete, and says which sections are missing', () => {
    const s = completionState(progress({ sectionsRead: [0, 1, 4], attempts: 2, bestScore: 100, lastScore: 100, answers: answers(16) }), RULE);
    expect(s).toMatchObject({ read: 3, total: 7, unread: [2, 3, 5, 6], quiz: 'passed', complete: false, bestScore: 100 });
  });

  it('nothing stored: nothing read, quiz not started', () => {
    expect(completionState(undefined, RULE)).toMatchObject({ read: 0, unread: [0, 1, 2, 3, 4, 5, 6], quiz: 'not-started', answered: 0, complete: false });
  });

  it('the quiz states: under way, not passed, passed (the best score counts, even during a new attempt)', () => {
    expect(completionState(progress({ answers: answers(7) }), RULE)).toMatchObject({ quiz: 'in-progress', answered: 7 });
    expect(completionState(progress({ answers: answers(16), attempts: 1, bestScore: 60, lastScore: 60 }), RULE).quiz).toBe('not-passed');
    expect(completionState(progress({ answers: answers(3), attempts: 1, bestScore: 60, lastScore: 60 }), RULE).quiz).toBe('in-progress');
    expect(completionState(progress({ answers: answers(3), attempts: 1, bestScore: 80, lastScore: 80 }), RULE).quiz).toBe('passed');
  });

  it('sections beyond the module (a module that lost a section) do not count; answers are capped at the question count', () => {
    const s = completionState(progress({ sectionsRead: [0, 1, 2, 3, 4, 5, 6, 7, 8], answers: answers(20), attempts: 1, bestScore: 90, lastScore: 90 }), RULE);
    expect(s).toMatchObject({ read: 7, unread: [], answered: 16, complete: true });
  });

  it('agrees with the completion rule of the record (isComplete) for any progress', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.nat(9)), fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }), fc.nat(20), (read, best, answered) => {
        const p = progress({ sectionsRead: read.sort((a, b) => a - b), answers: answers(answered), ...(best !== undefined ? { bestScore: best, lastScore: best, attempts: 1 } : {}) });
        const s = completionState(p, RULE);
        expect(s.complete).toBe(isComplete(p, RULE.sectionCount, RULE.passMark));
        expect(s.complete).toBe(s.unread.length === 0 && s.quiz === 'passed');
        expect(s.read + s.unread.length).toBe(RULE.sectionCount);
      }),
    );
  });

  it('marking every section read and passing the quiz, through the store, gives "complete"', () => {
    const store = createProgressStore({ backend: () => undefined, now: () => new Date(at) });
    for (let i = 0; i < RULE.sectionCount; i++) store.getState().markSectionRead('m', i, RULE.sectionCount, RULE.passMark);
    expect(completionState(store.getState().modules.m, RULE).quiz).toBe('not-started');
    store.getState().finishAttempt('m', 85, RULE.sectionCount, RULE.passMark);
    expect(completionState(store.getState().modules.m, RULE).complete).toBe(true);
    expect(store.getState().modules.m!.completedAt).toBe(at);
  });
});

describe('continueTarget', () => {
  const target = (p: Partial<ModuleProgress>, last = 3) => continueTarget(completionState(progress(p), RULE), last);
  it('goes to the quiz while an attempt is under way, even with sections unread', () => {
    expect(target({ sectionsRead: [0, 1], answers: answers(7) })).toEqual({ to: 'quiz', answered: 7, total: 16 });
  });
  it('otherwise to the first section not read', () => {
    expect(target({ sectionsRead: [0, 1, 3] })).toEqual({ to: 'section', index: 2 });
    expect(target({ sectionsRead: [0, 1, 3], answers: answers(16), attempts: 1, bestScore: 50, lastScore: 50 })).toEqual({ to: 'section', index: 2 });
  });
  it('to the quiz when every section is read and the quiz is not passed; to the last place once complete', () => {
    const all = [0, 1, 2, 3, 4, 5, 6];
    expect(target({ sectionsRead: all })).toEqual({ to: 'quiz', answered: 0, total: 16 });
    expect(target({ sectionsRead: all, answers: answers(16), attempts: 1, bestScore: 90, lastScore: 90 }, 5)).toEqual({ to: 'section', index: 5 });
  });
});
