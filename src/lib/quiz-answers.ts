import type { Question } from '../schemas/quiz';
import type { LocaleCode } from '../i18n/locales';

/** The right answer of a question as text in one language: "A; C", the steps in order, or true/false. */
export function correctAnswerText(q: Question, locale: LocaleCode, trueText: string, falseText: string): string {
  switch (q.type) {
    case 'truefalse':
      return q.answer ? trueText : falseText;
    case 'order':
      return q.items.map((item, i) => `${i + 1}. ${item.text[locale]}`).join(' ');
    default:
      return q.options.filter((o) => o.correct).map((o) => o.text[locale]).join(locale === 'zh-CN' ? '；' : '; ');
  }
}
