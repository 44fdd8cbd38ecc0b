import type { QuestionView } from './quiz-view';
import type { ScorableQuestion } from './quiz-score';
import type { QuizIndex, SessionDescriptor } from './session-descriptor';

/** A question as the session tests show it: the quiz's question in one language, without explanation or citations. */
export type SessionQuestion = QuestionView extends infer Q ? (Q extends QuestionView ? Omit<Q, 'explanation' | 'cites'> : never) : never;

export interface PoolModule {
  slug: string;
  order: number;
  title: string;
  href: string;
  items: SessionQuestion[];
}

/** What a session page knows of the site's modules: the fixed items of each, in the page's language. */
export interface SessionPool {
  modules: PoolModule[];
}

export function poolIndex(pool: SessionPool): QuizIndex {
  return Object.fromEntries(pool.modules.map((m) => [m.slug, m.items.map((q) => q.id)]));
}

/** A session's items in test order, with their module and question (a session link is resolved against the pool first, so every item is there). */
export function sessionQuestions(d: SessionDescriptor, pool: SessionPool): { module: PoolModule; question: SessionQuestion }[] {
  return d.modules.flatMap((m) => {
    const module = pool.modules.find((p) => p.slug === m.slug)!;
    return m.items.map((id) => ({ module, question: module.items.find((q) => q.id === id)! }));
  });
}

export const asScorable = (q: SessionQuestion) => q as unknown as ScorableQuestion;
