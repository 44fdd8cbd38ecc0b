import { useEffect, useMemo, useState } from 'react';
import type { Strings } from '../../../i18n/translator';
import { createLiteTranslator } from '../../../i18n/translate-lite';
import type { LocaleCode } from '../../../i18n/locales';
import type { Answer } from '../../../lib/quiz-score';
import { decodeSessionFragment, SessionLinkError, sessionId, type SessionDescriptor } from '../../../lib/session-descriptor';
import { asScorable, poolIndex, sessionQuestions, type SessionPool } from '../../../lib/session-pool';
import { encodeResult, nameProblem, normaliseName, type NameProblem } from '../../../lib/session-result';
import type { UiKey } from '../../../i18n/keys';

const NAME_PROBLEM_KEYS = {
  empty: 'session.nameProblem.empty',
  'too long': 'session.nameProblem.too-long',
  'forbidden character': 'session.nameProblem.forbidden-character',
} as const satisfies Record<NameProblem, UiKey>;
import StorageNotice from '../progress/StorageNotice';
import SessionQuestionField from './SessionQuestionField';
import QrCanvas from './QrCanvas';
import Loading from './Loading';
import { downloadText, fileNamePart } from './download';
import { loadState, notice, saveState } from './session-storage';

type Stage = 'name' | 'pre' | 'module' | 'post' | 'handin';
const STAGES: Stage[] = ['name', 'pre', 'module', 'post', 'handin'];

interface TraineeState {
  name: string;
  stage: Stage;
  /** By "<module>/<question id>". */
  pre: Record<string, Answer>;
  post: Record<string, Answer>;
}

const LAST_KEY = 'fwg-session:last';
const stateKey = (id: string) => `fwg-session:${id}`;

/**
 * The trainee's side of a seminar session, on their phone: name, pre-test, the module, post-test,
 * then the hand-in. Everything is kept on the phone under the session's id, so a reload, a lost
 * connection or a switch of language loses nothing; the session itself comes from the link.
 */
export default function SessionTrainee({ locale, strings, pool }: { locale: LocaleCode; strings: Strings; pool: SessionPool }) {
  const t = useMemo(() => createLiteTranslator(strings, locale), [strings, locale]);
  const [loaded, setLoaded] = useState<{ session?: SessionDescriptor; fragment?: string; error?: string }>({});

  useEffect(() => {
    const read = () => {
      let fragment = location.hash.replace(/^#/, '');
      const fromLink = !!fragment;
      if (!fragment) fragment = loadState<string>(LAST_KEY) ?? '';
      if (!fragment) return setLoaded({ error: t('session.noSession') });
      try {
        const session = decodeSessionFragment(fragment, poolIndex(pool));
        if (fromLink) saveState(LAST_KEY, fragment);
        else history.replaceState(null, '', `#${fragment}`);
        setLoaded({ session, fragment });
      } catch (e) {
        setLoaded({ error: e instanceof SessionLinkError ? t(`session.linkProblem.${e.problem}`) : String(e) });
      }
    };
    read();
    addEventListener('hashchange', read);
    return () => removeEventListener('hashchange', read);
  }, [pool, t]);

  // The language switch keeps the session: the fragment goes with it.
  useEffect(() => {
    if (!loaded.fragment) return;
    document.querySelectorAll<HTMLAnchorElement>('a[data-lang-switch]').forEach((a) => {
      a.hash = loaded.fragment!;
    });
  }, [loaded.fragment]);

  if (loaded.error)
    return (
      <div className="session-problem" role="alert">
        <p>{loaded.error}</p>
        <p>{t('session.askForLink')}</p>
      </div>
    );
  if (!loaded.session) return <Loading t={t} />;
  return <TraineeSession session={loaded.session} pool={pool} t={t} locale={locale} />;
}

function TraineeSession({ session, pool, t, locale }: { session: SessionDescriptor; pool: SessionPool; t: ReturnType<typeof createLiteTranslator>; locale: LocaleCode }) {
  const id = useMemo(() => sessionId(session), [session]);
  const items = useMemo(() => sessionQuestions(session, pool), [session, pool]);
  const [state, setState] = useState<TraineeState>(() => loadState<TraineeState>(stateKey(id)) ?? { name: '', stage: 'name', pre: {}, post: {} });
  const [typedName, setTypedName] = useState(state.name);
  const [nameError, setNameError] = useState('');
  const update = (next: TraineeState) => {
    setState(next);
    saveState(stateKey(id), next);
  };
  const go = (stage: Stage) => {
    update({ ...state, stage });
    requestAnimationFrame(() => document.getElementById('session-stage')?.focus());
  };
  const key = (i: number) => `${items[i]!.module.slug}/${items[i]!.question.id}`;
  const answered = (phase: 'pre' | 'post') => items.filter((_, i) => state[phase][key(i)]).length;

  const testPhase = (phase: 'pre' | 'post') => (
    <form
      className="session-test"
      onSubmit={(e) => {
        e.preventDefault();
        go(phase === 'pre' ? 'module' : 'handin');
      }}
    >
      <h2 id="session-stage" tabIndex={-1}>
        {t(phase === 'pre' ? 'session.preTitle' : 'session.postTitle')}
      </h2>
      <p>{t(phase === 'pre' ? 'session.preIntro' : 'session.postIntro', { count: items.length })}</p>
      {items.map((item, i) => {
        const showModule = i === 0 || items[i - 1]!.module.slug !== item.module.slug;
        return (
          <div key={key(i)}>
            {showModule && <h3 className="session-module-heading">{item.module.title}</h3>}
            <SessionQuestionField
              q={item.question}
              n={i + 1}
              total={items.length}
              fieldId={`${phase}-${i}`}
              answer={state[phase][key(i)]}
              onChange={(a) => {
                const answers = { ...state[phase] };
                if (a) answers[key(i)] = a;
                else delete answers[key(i)];
                update({ ...state, [phase]: answers });
              }}
              t={t}
            />
          </div>
        );
      })}
      <p className="session-progress" aria-live="polite">
        {t('session.answered', { answered: answered(phase), total: items.length })}
      </p>
      <p className="session-actions">
        <button type="submit" className="button">
          {t(phase === 'pre' ? 'session.finishPre' : 'session.finishPost')}
        </button>
      </p>
      {answered(phase) < items.length && <p className="muted">{t('session.unansweredOk')}</p>}
    </form>
  );

  const resultLine = useMemo(() => {
    if (state.stage !== 'handin') return '';
    const qs = items.map((i) => asScorable(i.question));
    return encodeResult({ sessionId: id, name: state.name, pre: items.map((_, i) => state.pre[key(i)]), post: items.map((_, i) => state.post[key(i)]) }, qs);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state, items, id]);

  return (
    <div className="session-trainee" data-session={id} data-stage={state.stage}>
      <header className="session-header">
        <p className="eyebrow">{t('session.eyebrow')}</p>
        <p className="session-title">{session.title}</p>
        <p className="muted">
          {new Date(`${session.date}T00:00:00`).toLocaleDateString(locale, { dateStyle: 'long' })}
          {session.place && ` · ${session.place}`}
        </p>
        <ol className="session-steps" aria-label={t('session.stepsLabel')}>
          {STAGES.map((s) => (
            <li key={s} aria-current={s === state.stage ? 'step' : undefined}>
              {t(`session.stage.${s}`)}
            </li>
          ))}
        </ol>
      </header>
      <StorageNotice storage={notice} t={t} />

      {state.stage === 'name' && (
        <form
          className="session-name"
          onSubmit={(e) => {
            e.preventDefault();
            const problem = nameProblem(typedName);
            if (problem) return setNameError(t(NAME_PROBLEM_KEYS[problem]));
            setNameError('');
            update({ ...state, name: normaliseName(typedName), stage: 'pre' });
            requestAnimationFrame(() => document.getElementById('session-stage')?.focus());
          }}
          noValidate
        >
          <h2 id="session-stage" tabIndex={-1}>
            {t('session.welcome')}
          </h2>
          <p>{t('session.nameIntro')}</p>
          <p>
            <label htmlFor="session-name">{t('session.nameLabel')}</label>
            <input id="session-name" type="text" autoComplete="name" value={typedName} onChange={(e) => setTypedName(e.target.value)} aria-describedby={nameError ? 'session-name-error' : undefined} aria-invalid={nameError ? true : undefined} />
          </p>
          {nameError && (
            <p id="session-name-error" className="quiz-form__error" role="alert">
              {nameError}
            </p>
          )}
          <p className="muted">{t('session.privacy')}</p>
          <p>
            <button type="submit" className="button">
              {t('session.start')}
            </button>
          </p>
        </form>
      )}

      {state.stage === 'pre' && testPhase('pre')}

      {state.stage === 'module' && (
        <section className="session-module">
          <h2 id="session-stage" tabIndex={-1}>
            {t('session.moduleTitle')}
          </h2>
          <p>{t('session.moduleIntro')}</p>
          <ul>
            {session.modules.map((m) => {
              const module = pool.modules.find((p) => p.slug === m.slug)!;
              return (
                <li key={m.slug}>
                  <a href={module.href}>{module.title}</a>
                </li>
              );
            })}
          </ul>
          <p className="muted">{t('session.moduleReturn')}</p>
          <p className="session-actions">
            <button type="button" className="button" onClick={() => go('post')}>
              {t('session.startPost')}
            </button>
            <button type="button" className="button button--quiet" onClick={() => go('pre')}>
              {t('session.backToPre')}
            </button>
          </p>
        </section>
      )}

      {state.stage === 'post' && testPhase('post')}

      {state.stage === 'handin' && (
        <section className="session-handin">
          <h2 id="session-stage" tabIndex={-1}>
            {t('session.handinTitle')}
          </h2>
          <p>{t('session.handinIntro', { name: state.name })}</p>
          <QrCanvas text={resultLine} size={340} label={t('session.resultQrLabel', { name: state.name })} />
          <p className="session-actions">
            <button type="button" className="button" onClick={() => downloadText(resultLine + '\n', `result-${fileNamePart(state.name)}-${id}.txt`)}>
              {t('session.saveFile')}
            </button>
            <button
              type="button"
              className="button button--quiet"
              onClick={() => {
                void navigator.clipboard?.writeText(resultLine).catch(() => undefined);
              }}
            >
              {t('session.copyText')}
            </button>
          </p>
          <p>
            <label htmlFor="session-result-text">{t('session.resultTextLabel')}</label>
            <textarea id="session-result-text" className="session-result-text" readOnly rows={4} value={resultLine} onFocus={(e) => e.currentTarget.select()} />
          </p>
          <p className="muted">{t('session.handinNote')}</p>
          <p className="session-actions">
            <button type="button" className="button button--quiet" onClick={() => go('post')}>
              {t('session.backToPost')}
            </button>
          </p>
        </section>
      )}
    </div>
  );
}
