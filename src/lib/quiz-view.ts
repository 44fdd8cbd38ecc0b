import type { Quiz } from '../content-layer/schemas/quiz';
import type { LocaleCode } from '../i18n/locales';

/**
 * A quiz in one language, as plain data for the island: texts resolved, citations turned into a
 * label and a link. The island gets nothing else, so it never needs the other language's text.
 */
export interface CiteView {
  label: string;
  href: string;
}

export interface OptionView {
  id: string;
  text: string;
  correct: boolean;
  feedback?: string;
}

export type QuestionView = {
  id: string;
  prompt: string;
  explanation: string;
  cites: CiteView[];
} & (
  | { type: 'single' | 'multiple'; options: OptionView[] }
  | { type: 'case'; case: string; options: OptionView[] }
  | { type: 'truefalse'; answer: boolean }
  | { type: 'order'; items: { id: string; text: string }[] }
);

export interface QuizView {
  slug: string;
  passMark: number;
  sectionCount: number;
  questions: QuestionView[];
}

export function toQuizView(
  quiz: Quiz,
  locale: LocaleCode,
  options: { slug: string; passMark: number; sectionCount: number; cite: (ref: string) => CiteView },
): QuizView {
  const questions = quiz.questions.map((q): QuestionView => {
    const base = { id: q.id, prompt: q.prompt[locale], explanation: q.explanation[locale], cites: q.cite.map(options.cite) };
    switch (q.type) {
      case 'truefalse':
        return { ...base, type: q.type, answer: q.answer };
      case 'order':
        return { ...base, type: q.type, items: q.items.map((i) => ({ id: i.id, text: i.text[locale] })) };
      default: {
        const opts = q.options.map((o) => ({ id: o.id, text: o.text[locale], correct: o.correct, ...(o.feedback ? { feedback: o.feedback[locale] } : {}) }));
        return q.type === 'case' ? { ...base, type: q.type, case: q.case[locale], options: opts } : { ...base, type: q.type, options: opts };
      }
    }
  });
  return { slug: options.slug, passMark: quiz.passMark ?? options.passMark, sectionCount: options.sectionCount, questions };
}
