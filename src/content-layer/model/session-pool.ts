import { getCollection } from 'astro:content';
import type { LocaleCode } from '../../i18n/locales';
import { localizedPath } from '../../lib/urls';
import { toQuizView } from '../../lib/quiz-view';
import { drawSessionItems } from '../../lib/session-descriptor';
import type { SessionPool, SessionQuestion } from '../../lib/session-pool';
import { modulesIn } from './content';

/**
 * The questions a seminar session can ask, per module in one language: the fixed items drawn from
 * each module's quiz (src/lib/session-descriptor.ts), without explanations or citations, which
 * the tests do not show. Both the facilitator's page and the trainee's page embed it.
 */
export async function sessionPool(locale: LocaleCode): Promise<SessionPool> {
  const quizzes = new Map((await getCollection('quizzes')).map((q) => [q.id, q.data]));
  const modules = (await modulesIn(locale)).sort((a, b) => a.entry.data.order - b.entry.data.order);
  return {
    modules: modules.flatMap(({ slug, entry }) => {
      const quiz = quizzes.get(slug);
      if (!quiz) return [];
      const view = toQuizView(quiz, locale, { slug, passMark: entry.data.passMark, sectionCount: 0, cite: () => ({ label: '', href: '' }) });
      const drawn = drawSessionItems(view.questions.map((q) => q.id));
      const items = drawn.map((id) => {
        const { explanation: _e, cites: _c, ...question } = view.questions.find((q) => q.id === id)!;
        return question as SessionQuestion;
      });
      return [{ slug, order: entry.data.order, title: entry.data.title, href: localizedPath(locale, `modules/${slug}/`), items }];
    }),
  };
}
