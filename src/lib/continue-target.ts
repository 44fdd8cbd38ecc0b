import type { CompletionState } from './completion';

/**
 * Where "continue where you left off" leads in a module: to the quiz while an attempt is under way
 * (some questions answered, not all), else to the first section not read yet, else to the quiz
 * when it is still to pass, else to the place last seen. Apart from completion.ts so that the
 * module page, which does not need it, does not download it.
 */
export type ContinueTarget = { to: 'quiz'; answered: number; total: number } | { to: 'section'; index: number };

export function continueTarget(state: CompletionState, lastSection: number): ContinueTarget {
  const quizInProgress = state.answered > 0 && state.answered < state.questionCount;
  if (quizInProgress) return { to: 'quiz', answered: state.answered, total: state.questionCount };
  if (state.unread.length) return { to: 'section', index: state.unread[0]! };
  if (state.quiz !== 'passed') return { to: 'quiz', answered: state.answered, total: state.questionCount };
  return { to: 'section', index: lastSection };
}
