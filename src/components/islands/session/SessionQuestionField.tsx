import { useState } from 'react';
import type { LiteTranslate } from '../../../i18n/translate-lite';
import { shuffledOrder, type Answer } from '../../../lib/quiz-score';
import type { SessionQuestion } from '../../../lib/session-pool';
import OrderList from '../quiz/OrderList';

/**
 * One test item, answered without feedback: in a pre-test the right answer must not show, or the
 * post-test would measure nothing. Scoring is the quiz's own (src/lib/quiz-score.ts), on the
 * facilitator's laptop.
 */
export default function SessionQuestionField({ q, n, total, fieldId, answer, onChange, t }: {
  q: SessionQuestion;
  n: number;
  total: number;
  /** Unique on the page (pre- and post-test share question ids). */
  fieldId: string;
  answer: Answer | undefined;
  onChange: (a: Answer | undefined) => void;
  t: LiteTranslate;
}) {
  const caseId = `${fieldId}-case`;
  return (
    <fieldset className="session-question" aria-describedby={q.type === 'case' ? caseId : undefined}>
      <legend>
        <span className="quiz-question__type">
          {t('session.questionNumber', { n, total })} · {t(`quiz.type.${q.type}`)}
        </span>
        <span className="quiz-question__prompt">{q.prompt}</span>
      </legend>
      {q.type === 'case' && (
        <p className="quiz-question__case" id={caseId}>
          {q.case}
        </p>
      )}
      {(q.type === 'single' || q.type === 'multiple' || q.type === 'case') &&
        q.options.map((o) => {
          const multiple = q.type !== 'single';
          const chosen = answer?.type === 'single' ? answer.optionId === o.id : answer && 'optionIds' in answer ? answer.optionIds.includes(o.id) : false;
          const toggle = (checked: boolean) => {
            if (!multiple) return onChange({ type: 'single', optionId: o.id });
            const before = answer && 'optionIds' in answer ? answer.optionIds : [];
            const ids = checked ? [...before, o.id] : before.filter((x) => x !== o.id);
            onChange(ids.length ? { type: q.type as 'multiple' | 'case', optionIds: ids } : undefined);
          };
          return (
            <div key={o.id} className="quiz-option">
              <input type={multiple ? 'checkbox' : 'radio'} id={`${fieldId}-${o.id}`} name={fieldId} checked={chosen} onChange={(e) => toggle(e.target.checked)} />
              <label htmlFor={`${fieldId}-${o.id}`}>{o.text}</label>
            </div>
          );
        })}
      {q.type === 'truefalse' &&
        [true, false].map((value) => (
          <div key={String(value)} className="quiz-option">
            <input type="radio" id={`${fieldId}-${value}`} name={fieldId} checked={answer?.type === 'truefalse' && answer.value === value} onChange={() => onChange({ type: 'truefalse', value })} />
            <label htmlFor={`${fieldId}-${value}`}>{value ? t('quiz.true') : t('quiz.false')}</label>
          </div>
        ))}
      {q.type === 'order' && <OrderField q={q} answer={answer} onChange={onChange} t={t} />}
    </fieldset>
  );
}

/** Ordering by buttons; the order counts as an answer once the trainee confirms it (the shuffled start is not an answer). */
function OrderField({ q, answer, onChange, t }: { q: Extract<SessionQuestion, { type: 'order' }>; answer: Answer | undefined; onChange: (a: Answer | undefined) => void; t: LiteTranslate }) {
  const [draft, setDraft] = useState<string[]>(() => (answer?.type === 'order' ? answer.itemIds : shuffledOrder(q.items, q.id).map((i) => i.id)));
  const confirmed = answer?.type === 'order';
  const reorder = (next: string[]) => {
    setDraft(next);
    if (confirmed) onChange({ type: 'order', itemIds: next });
  };
  return (
    <>
      <OrderList items={q.items} ids={draft} onChange={reorder} t={t} />
      <p>
        <label className="session-confirm">
          <input type="checkbox" checked={confirmed} onChange={(e) => onChange(e.target.checked ? { type: 'order', itemIds: draft } : undefined)} /> {t('session.orderConfirm')}
        </label>
      </p>
    </>
  );
}
