import { isComplete, type ModuleProgress } from './progress-model';
import type { ModuleRule } from './progress-schema';

/**
 * What stands between a trainee and a completed module, in the terms of the completion rule
 * (every section read and the quiz passed: isComplete in progress-model.ts). One function for the
 * module page, the catalogue, the progress page and "continue where you left off", so that they
 * all say the same thing.
 */

/** The quiz as the trainee sees it: passed (best score at the pass mark or above) comes first. */
export type QuizState = 'passed' | 'in-progress' | 'not-passed' | 'not-started';

export interface CompletionState {
  /** Sections of the module read, of `total`. */
  read: number;
  total: number;
  /** Indexes of the sections not read yet, in reading order. */
  unread: number[];
  quiz: QuizState;
  /** Answers given in the current attempt (at most the number of questions). */
  answered: number;
  questionCount: number;
  bestScore?: number;
  passMark: number;
  complete: boolean;
}

/** A module's rule with its number of quiz questions, as the pages hand it to the browser. */
export interface CompletionRule extends ModuleRule {
  questionCount: number;
}

export function completionState(progress: ModuleProgress | undefined, rule: CompletionRule): CompletionState {
  const { sectionCount, passMark, questionCount } = rule;
  const unread: number[] = [];
  for (let i = 0; i < sectionCount; i++) if (!progress?.sectionsRead.includes(i)) unread.push(i);
  const answered = Math.min(progress ? Object.keys(progress.answers).length : 0, questionCount);
  const best = progress?.bestScore;
  const quiz: QuizState =
    best !== undefined && best >= passMark ? 'passed' : answered > 0 && answered < questionCount ? 'in-progress' : best !== undefined ? 'not-passed' : 'not-started';
  return {
    read: sectionCount - unread.length,
    total: sectionCount,
    unread,
    quiz,
    answered,
    questionCount,
    ...(best !== undefined ? { bestScore: best } : {}),
    passMark,
    complete: isComplete(progress, sectionCount, passMark),
  };
}
