import type { Question } from '../content-layer/schemas/quiz';

/**
 * Scoring of every question type. An answer is what the trainee gave; ids only, never text, so a
 * stored answer means the same in both languages.
 */
export type Answer =
  | { type: 'single'; optionId: string }
  | { type: 'multiple' | 'case'; optionIds: string[] }
  | { type: 'truefalse'; value: boolean }
  | { type: 'order'; itemIds: string[] };

/** Per option of a multiple-choice or case question: how the trainee's choice compares. */
export type OptionVerdict = 'chosen-correct' | 'chosen-wrong' | 'missed' | 'left-correctly';

/**
 * What the feedback says of an answer. "partial" only for a multiple-answer item (multiple or case)
 * where some but not all right options were chosen and nothing wrong was chosen: the scorer gives no
 * partial credit (the item still counts as wrong), but the trainee was on the right track. Every
 * other wrong answer is plainly "wrong".
 */
export type Verdict = 'right' | 'partial' | 'wrong';

export interface QuestionResult {
  correct: boolean;
  verdict: Verdict;
  /** For multiple and case: the verdict per option id, for partial feedback. */
  options?: Record<string, OptionVerdict>;
  /** For multiple and case: options classified right (chosen when present, left when absent). */
  rightCount?: number;
  /** For multiple and case: how many right options there are, and how many of them were chosen. */
  rightOptions?: number;
  found?: number;
  /** For order: how many items are in their right place. */
  inPlace?: number;
}

/** The subset of a question that scoring needs, in either language. */
export type ScorableQuestion =
  | Pick<Extract<Question, { type: 'single' | 'multiple' | 'case' }>, 'type' | 'id'> & { options: { id: string; correct: boolean }[] }
  | Pick<Extract<Question, { type: 'truefalse' }>, 'type' | 'id' | 'answer'>
  | Pick<Extract<Question, { type: 'order' }>, 'type' | 'id'> & { items: { id: string }[] };

export function scoreQuestion(q: ScorableQuestion, answer: Answer): QuestionResult {
  switch (q.type) {
    case 'single':
      return plain(answer.type === 'single' && q.options.some((o) => o.id === answer.optionId && o.correct));
    case 'truefalse':
      return plain(answer.type === 'truefalse' && answer.value === q.answer);
    case 'order': {
      const given = answer.type === 'order' ? answer.itemIds : [];
      const inPlace = q.items.filter((item, i) => given[i] === item.id).length;
      return { ...plain(inPlace === q.items.length && given.length === q.items.length), inPlace };
    }
    case 'multiple':
    case 'case': {
      const chosen = new Set(answer.type === 'multiple' || answer.type === 'case' ? answer.optionIds : []);
      const options: Record<string, OptionVerdict> = {};
      let rightCount = 0;
      let wrongChosen = 0;
      let found = 0;
      for (const o of q.options) {
        const verdict: OptionVerdict = chosen.has(o.id) ? (o.correct ? 'chosen-correct' : 'chosen-wrong') : o.correct ? 'missed' : 'left-correctly';
        options[o.id] = verdict;
        if (verdict === 'chosen-correct' || verdict === 'left-correctly') rightCount++;
        if (verdict === 'chosen-correct') found++;
        if (verdict === 'chosen-wrong') wrongChosen++;
      }
      const correct = rightCount === q.options.length;
      const verdict: Verdict = correct ? 'right' : found > 0 && wrongChosen === 0 ? 'partial' : 'wrong';
      return { correct, verdict, options, rightCount, rightOptions: q.options.filter((o) => o.correct).length, found };
    }
  }
}

function plain(correct: boolean): QuestionResult {
  return { correct, verdict: correct ? 'right' : 'wrong' };
}

/**
 * The answers a retry keeps: those that are right when scored again now. Wrong ones are cleared so
 * the trainee answers only them again; the ids are in the quiz's order.
 */
export function answersToKeep(questions: ScorableQuestion[], answers: Record<string, Answer | undefined>): { keep: string[]; redo: string[] } {
  const keep: string[] = [];
  const redo: string[] = [];
  for (const q of questions) {
    const a = Object.hasOwn(answers, q.id) ? answers[q.id] : undefined;
    if (a && scoreQuestion(q, a).correct) keep.push(q.id);
    else redo.push(q.id);
  }
  return { keep, redo };
}

export interface QuizScore {
  correct: number;
  total: number;
  percent: number;
  passed: boolean;
}

/** The score of an attempt: questions answered correctly over all questions, against the pass mark. */
export function scoreQuiz(results: Record<string, boolean | undefined>, questionIds: string[], passMark: number): QuizScore {
  const total = questionIds.length;
  const correct = questionIds.filter((id) => results[id]).length;
  const percent = total ? Math.round((correct / total) * 100) : 0;
  return { correct, total, percent, passed: percent >= passMark };
}

/** A stable shuffle (the same order for the same question every time), so order questions never start solved. */
export function shuffledOrder<T extends { id: string }>(items: T[], seed: string): T[] {
  let h = 2166136261;
  for (const ch of seed) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    h = Math.imul(h ^ (h >>> 15), 2246822507) >>> 0;
    const j = h % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  if (out.length > 1 && out.every((item, i) => item.id === items[i]!.id)) out.push(out.shift()!);
  return out;
}
