import { useEffect, useMemo, useState, type SyntheticEvent } from 'react';
import { useStore } from 'zustand';
import type { Strings } from '../../../i18n/translator';
import { createLiteTranslator, type LiteTranslate } from '../../../i18n/translate-lite';
import type { LocaleCode } from '../../../i18n/locales';
import type { QuestionView, QuizView } from '../../../lib/quiz-view';
import { answersToKeep, scoreQuestion, scoreQuiz, shuffledOrder, type Answer, type OptionVerdict, type ScorableQuestion } from '../../../lib/quiz-score';
import { progressStore } from '../../../lib/progress-store';
import type { StoredAnswer } from '../../../lib/progress-model';
import { own, type ModuleRules } from '../../../lib/progress-schema';
import IslandBoundary from '../IslandBoundary';
import StorageNotice from '../progress/StorageNotice';
import OrderList from './OrderList';

interface Props {
  locale: LocaleCode;
  /** The UI strings the island uses. */
  strings: Strings;
  /** The quiz in the page's language. */
  quiz: QuizView;
  /** Section count and pass mark of every module, for checking what storage returns. */
  rules: ModuleRules;
}

type T = LiteTranslate;

/**
 * The module quiz. Server-rendered as a self-check (answers behind <details>), so the questions are
 * readable before any JavaScript arrives and usable with none; once hydrated it becomes the
 * interactive quiz, scoring each answer, explaining it with its citation, and saving progress on
 * this device only.
 */
export default function QuizIsland(props: Props) {
  const t = useMemo(() => createLiteTranslator(props.strings, props.locale), [props.strings, props.locale]);
  return (
    <IslandBoundary fallback={<p className="storage-notice" role="alert">{t('quiz.failed')}</p>}>
      <Quiz {...props} t={t} />
    </IslandBoundary>
  );
}

/**
 * Scores come from the stored answers, re-scored against the quiz; a stored `correct` flag is never
 * trusted (it could have been edited).
 */
function resultsOf(quiz: QuizView, answers: Record<string, StoredAnswer>): Record<string, boolean> {
  return Object.fromEntries(
    quiz.questions.map((q) => {
      const stored = own(answers, q.id);
      return [q.id, !!stored && scoreQuestion(q as Parameters<typeof scoreQuestion>[0], stored.answer).correct];
    }),
  );
}

function Quiz({ locale, quiz, rules, t }: Props & { t: T }) {
  const [interactive, setInteractive] = useState(false);
  useEffect(() => setInteractive(true), []);

  const store = progressStore(rules);
  const progress = useStore(store, (s) => own(s.modules, quiz.slug));
  const answers = progress?.answers ?? {};
  const ids = quiz.questions.map((q) => q.id);
  const answeredCount = ids.filter((id) => own(answers, id)).length;
  const allAnswered = answeredCount === ids.length;
  const score = scoreQuiz(resultsOf(quiz, answers), ids, quiz.passMark);
  const { keep, redo } = answersToKeep(
    quiz.questions as ScorableQuestion[],
    Object.fromEntries(ids.map((id) => [id, own(answers, id)?.answer])),
  );
  // After a retry: the first question to answer again, focused and scrolled to once it is open.
  const [focusId, setFocusId] = useState<string>();
  useEffect(() => {
    if (!focusId || own(answers, focusId)) return;
    const el = document.getElementById(`q-${focusId}`);
    if (el) {
      el.scrollIntoView({ block: 'start' });
      el.focus({ preventScroll: true });
    }
    setFocusId(undefined);
  }, [focusId, answers]);

  const retry = () => {
    // Only the wrong answers are cleared; when all are right, the whole quiz starts again.
    const again = redo.length ? redo : ids;
    store.getState().retryQuiz(quiz.slug, redo.length ? keep : []);
    setFocusId(again[0]);
  };

  const submit = (q: QuestionView, answer: Answer) => {
    const result = scoreQuestion(q as Parameters<typeof scoreQuestion>[0], answer);
    const s = store.getState();
    s.recordAnswer(quiz.slug, q.id, answer, result.correct);
    const now = own(store.getState().modules, quiz.slug)?.answers ?? {};
    if (ids.every((id) => own(now, id))) {
      const final = scoreQuiz(resultsOf(quiz, now), ids, quiz.passMark);
      s.finishAttempt(quiz.slug, final.percent, quiz.sectionCount, quiz.passMark);
    }
  };

  return (
    <section className="quiz" lang={locale} aria-labelledby="quiz-title" data-quiz={quiz.slug} data-interactive={interactive ? '' : undefined}>
      <h2 id="quiz-title">{t('quiz.title')}</h2>
      {interactive ? (
        <>
          <p className="muted">{t('quiz.intro', { count: ids.length, passMark: quiz.passMark })}</p>
          <StorageNotice storage={store.storage} t={t} />
          <p className="quiz__progress" aria-live="polite">
            {t('quiz.answered', { answered: answeredCount, total: ids.length })}
          </p>
        </>
      ) : (
        <p className="muted">{t('quiz.selfCheckIntro', { count: ids.length })}</p>
      )}
      <ol className="quiz__list">
        {quiz.questions.map((q, i) => (
          <li key={q.id} className="quiz-question" id={`q-${q.id}`} tabIndex={-1}>
            {interactive ? (
              <InteractiveQuestion q={q} n={i + 1} stored={own(answers, q.id)} onSubmit={(a) => submit(q, a)} t={t} />
            ) : (
              <SelfCheckQuestion q={q} t={t} />
            )}
          </li>
        ))}
      </ol>
      {interactive && allAnswered && (
        <div className={`quiz-summary ${score.passed ? 'quiz-summary--passed' : 'quiz-summary--failed'}`} role="status">
          <p className="quiz-summary__score">{t('quiz.score', { correct: score.correct, total: score.total, percent: score.percent })}</p>
          <p>{score.passed ? t('quiz.passed', { passMark: quiz.passMark }) : t('quiz.notPassed', { passMark: quiz.passMark })}</p>
          <p className="muted">{t('quiz.attempts', { attempts: progress?.attempts ?? 0, best: progress?.bestScore ?? 0 })}</p>
          {redo.length > 0 && (
            <p className="quiz-summary__wrong">
              {t('quiz.wrongList')}{' '}
              {redo.map((id, i) => (
                <span key={id}>
                  {i > 0 && t('list.separator')}
                  <a href={`#q-${id}`}>{t('quiz.questionNumber', { n: ids.indexOf(id) + 1 })}</a>
                </span>
              ))}
            </p>
          )}
          <button type="button" className="button" onClick={retry}>
            {redo.length ? t('quiz.retryWrong', { count: redo.length }) : t('quiz.retry')}
          </button>
          {redo.length > 0 && <p className="muted">{t('quiz.retryKeeps', { count: keep.length })}</p>}
        </div>
      )}
    </section>
  );
}

function Cites({ q, t }: { q: QuestionView; t: T }) {
  return (
    <p className="quiz-question__cites">
      {t('quiz.source')}{' '}
      {q.cites.map((c, i) => (
        <span key={i}>
          {i > 0 && t('cite.separator')}
          <a className="cite" href={c.href}>
            {t('cite.wrap', { label: c.label })}
          </a>
        </span>
      ))}
    </p>
  );
}

/** An option's text before a colon and its explanation: without its own full stop ("…标准。：" reads badly). */
function withoutFinalStop(text: string): string {
  return text.replace(/[。．.！!？?]$/u, '');
}

function correctText(q: QuestionView, t: T): string {
  switch (q.type) {
    case 'truefalse':
      return q.answer ? t('quiz.true') : t('quiz.false');
    case 'order':
      return q.items.map((item, i) => `${i + 1}. ${item.text}`).join(' ');
    default:
      return q.options.filter((o) => o.correct).map((o) => o.text).join(t('list.separator'));
  }
}

/** Without JavaScript: the question, its options, and the answer behind a disclosure. */
function SelfCheckQuestion({ q, t }: { q: QuestionView; t: T }) {
  const options =
    q.type === 'truefalse' ? [t('quiz.true'), t('quiz.false')] : q.type === 'order' ? shuffledOrder(q.items, q.id).map((i) => i.text) : q.options.map((o) => o.text);
  return (
    <>
      <p className="quiz-question__type">{t(`quiz.type.${q.type}`)}</p>
      {q.type === 'case' && <p className="quiz-question__case">{q.case}</p>}
      <p className="quiz-question__prompt">{q.prompt}</p>
      <ul className="quiz-question__options">
        {options.map((text, i) => (
          <li key={i}>{text}</li>
        ))}
      </ul>
      <details className="quiz-question__answer">
        <summary>{t('quiz.showAnswer')}</summary>
        <p>
          <strong>{t('quiz.answer')}</strong> {correctText(q, t)}
        </p>
        <p>{q.explanation}</p>
        {(q.type === 'multiple' || q.type === 'case') && (
          <ul>
            {q.options
              .filter((o) => o.feedback)
              .map((o) => (
                <li key={o.id}>
                  <strong>{o.text}</strong>
                  {t('quiz.feedbackJoin')}
                  {o.feedback}
                </li>
              ))}
          </ul>
        )}
        <Cites q={q} t={t} />
      </details>
    </>
  );
}

/** Restores the inputs from a stored answer, or starts empty. */
function initialAnswer(q: QuestionView, stored?: StoredAnswer): Answer {
  if (stored && stored.answer.type === (q.type === 'case' ? 'case' : q.type)) return stored.answer;
  switch (q.type) {
    case 'single':
      return { type: 'single', optionId: '' };
    case 'truefalse':
      return { type: 'truefalse', value: undefined as unknown as boolean };
    case 'order':
      return { type: 'order', itemIds: shuffledOrder(q.items, q.id).map((i) => i.id) };
    default:
      return { type: q.type, optionIds: [] };
  }
}

function InteractiveQuestion({ q, n, stored, onSubmit, t }: { q: QuestionView; n: number; stored?: StoredAnswer; onSubmit: (a: Answer) => void; t: T }) {
  const [answer, setAnswer] = useState<Answer>(() => initialAnswer(q, stored));
  const [error, setError] = useState('');
  // After "Try again" the stored answer disappears: start the question afresh.
  useEffect(() => {
    if (!stored) setAnswer(initialAnswer(q));
  }, [stored, q]);
  const locked = !!stored;
  const result = stored ? scoreQuestion(q as Parameters<typeof scoreQuestion>[0], stored.answer) : undefined;
  const name = `q-${q.id}`;
  const caseId = `${name}-case`;

  const check = (e: SyntheticEvent) => {
    e.preventDefault();
    const empty =
      (answer.type === 'single' && !answer.optionId) ||
      (answer.type === 'truefalse' && typeof answer.value !== 'boolean') ||
      ((answer.type === 'multiple' || answer.type === 'case') && answer.optionIds.length === 0);
    if (empty) {
      setError(t('quiz.chooseFirst'));
      return;
    }
    setError('');
    onSubmit(answer);
  };

  /** Per option, what the trainee did and whether that was right (single choice included). */
  const optionVerdict = (o: { id: string; correct: boolean }): OptionVerdict | undefined => {
    if (!stored) return undefined;
    if (result?.options) return result.options[o.id];
    const chosen = stored.answer.type === 'single' && stored.answer.optionId === o.id;
    return chosen ? (o.correct ? 'chosen-correct' : 'chosen-wrong') : o.correct ? 'missed' : 'left-correctly';
  };
  const multipleAnswers = q.type === 'multiple' || q.type === 'case';
  // The options explained after checking: every option of a multiple-answer item; for single
  // choice, the one chosen and the right one, when they carry an explanation.
  const explained =
    q.type === 'single'
      ? q.options.filter((o) => o.feedback && (o.correct || optionVerdict(o) === 'chosen-wrong'))
      : multipleAnswers
        ? q.options
        : [];

  return (
    <form className="quiz-form" onSubmit={check} noValidate>
      {q.type === 'case' && (
        <p className="quiz-question__case" id={caseId}>
          {q.case}
        </p>
      )}
      <fieldset disabled={locked} aria-describedby={q.type === 'case' ? caseId : undefined}>
        <legend>
          <span className="quiz-question__type">
            {t('quiz.questionNumber', { n })} · {t(`quiz.type.${q.type}`)}
          </span>
          <span className="quiz-question__prompt">{q.prompt}</span>
        </legend>
        {(q.type === 'single' || q.type === 'multiple' || q.type === 'case') &&
          q.options.map((o) => {
            const multiple = q.type !== 'single';
            const checked = answer.type === 'single' ? answer.optionId === o.id : answer.type !== 'truefalse' && answer.type !== 'order' && answer.optionIds.includes(o.id);
            return (
              <div key={o.id} className={`quiz-option ${result?.options?.[o.id] ? `quiz-option--${result.options[o.id]}` : ''}`}>
                <input
                  type={multiple ? 'checkbox' : 'radio'}
                  id={`${name}-${o.id}`}
                  name={name}
                  value={o.id}
                  checked={checked}
                  onChange={(e) =>
                    setAnswer(
                      multiple
                        ? { type: q.type as 'multiple' | 'case', optionIds: e.target.checked ? [...(answer as { optionIds: string[] }).optionIds, o.id] : (answer as { optionIds: string[] }).optionIds.filter((x) => x !== o.id) }
                        : { type: 'single', optionId: o.id },
                    )
                  }
                />
                <label htmlFor={`${name}-${o.id}`}>{o.text}</label>
                {locked && multiple && (
                  <span className="quiz-option__verdict" aria-hidden="true">
                    {optionVerdict(o) === 'chosen-correct' || optionVerdict(o) === 'left-correctly' ? '✓' : '✗'}
                  </span>
                )}
              </div>
            );
          })}
        {q.type === 'truefalse' &&
          [true, false].map((value) => (
            <div key={String(value)} className="quiz-option">
              <input
                type="radio"
                id={`${name}-${value}`}
                name={name}
                checked={answer.type === 'truefalse' && answer.value === value}
                onChange={() => setAnswer({ type: 'truefalse', value })}
              />
              <label htmlFor={`${name}-${value}`}>{value ? t('quiz.true') : t('quiz.false')}</label>
            </div>
          ))}
        {q.type === 'order' && answer.type === 'order' && <OrderList items={q.items} ids={answer.itemIds} onChange={(itemIds) => setAnswer({ type: 'order', itemIds })} t={t} />}
      </fieldset>
      {!locked && (
        <p className="quiz-form__actions">
          <button type="submit" className="button">
            {t('quiz.check')}
          </button>
          {error && <span className="quiz-form__error" role="alert">{error}</span>}
        </p>
      )}
      <div className="quiz-feedback" role="status" aria-live="polite">
        {result && (
          <div className={result.correct ? 'quiz-feedback--right' : 'quiz-feedback--wrong'}>
            <p className="quiz-feedback__verdict">
              {result.verdict === 'right'
                ? t('quiz.right')
                : result.verdict === 'partial'
                  ? t('quiz.partlyRight', { found: result.found ?? 0, total: result.rightOptions ?? 0 })
                  : t('quiz.wrong')}
              {result.verdict === 'wrong' && result.rightCount !== undefined && ' ' + t('quiz.partial', { right: result.rightCount, total: Object.keys(result.options ?? {}).length })}
              {result.inPlace !== undefined && !result.correct && ' ' + t('quiz.inPlace', { right: result.inPlace, total: (q as { items: unknown[] }).items.length })}
            </p>
            {!result.correct && q.type === 'order' && (
              <>
                <p>
                  <strong>{t('quiz.answer')}</strong>
                </p>
                <ol className="quiz-feedback__order">
                  {q.items.map((item) => (
                    <li key={item.id}>{item.text}</li>
                  ))}
                </ol>
              </>
            )}
            {!result.correct && !multipleAnswers && q.type !== 'order' && !explained.some((o) => o.correct) && (
              <p>
                <strong>{t('quiz.answer')}</strong> {correctText(q, t)}
              </p>
            )}
            <p>{q.explanation}</p>
            {explained.length > 0 && (
              <ul className="quiz-feedback__options">
                {explained.map((o) => {
                  const v = optionVerdict(o);
                  return (
                    <li key={o.id} className={v ? `quiz-feedback__option--${v}` : undefined}>
                      {v && <span className="quiz-feedback__option-verdict">{t(`quiz.verdict.${v}`)}</span>}{' '}
                      <strong>{o.feedback ? withoutFinalStop(o.text) : o.text}</strong>
                      {o.feedback && (
                        <>
                          {t('quiz.feedbackJoin')}
                          {o.feedback}
                        </>
                      )}
                    </li>
                  );
                })}
              </ul>
            )}
            <Cites q={q} t={t} />
          </div>
        )}
      </div>
    </form>
  );
}
