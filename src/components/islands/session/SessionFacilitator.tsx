import { useEffect, useMemo, useState } from 'react';
import type { Strings } from '../../../i18n/translator';
import { createLiteTranslator, type LiteTranslate } from '../../../i18n/translate-lite';
import type { LocaleCode } from '../../../i18n/locales';
import { decodeSessionFragment, descriptorProblem, encodeSessionFragment, sessionId, type SessionDescriptor } from '../../../lib/session-descriptor';
import { asScorable, poolIndex, sessionQuestions, type SessionPool } from '../../../lib/session-pool';
import { readResultEnvelope, resultFromEnvelope, ResultError, splitResults } from '../../../lib/session-result';
import { addResult, emptyCohort, type Cohort } from '../../../lib/cohort-report';
import StorageNotice from '../progress/StorageNotice';
import QrCanvas from './QrCanvas';
import Loading from './Loading';
import QrScanner from './QrScanner';
import CohortReportView from './CohortReportView';
import { loadState, notice, removeState, saveState } from './session-storage';

/** The sessions set up on this laptop, newest first, as their link fragments. */
interface FacilitatorState {
  current?: string;
  sessions: { fragment: string; createdAt: string }[];
}
const SESSIONS_KEY = 'fwg-facilitator:sessions';
const cohortKey = (id: string) => `fwg-facilitator:cohort:${id}`;
const ADDRESS_KEY = 'fwg-facilitator:address';

/** The origin of an http(s) address typed by the facilitator, or undefined. */
function httpOrigin(text: string): string | undefined {
  try {
    const url = new URL(text.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The facilitator's side, on the laptop: set up a session, project its link as a QR code, take in
 * the trainees' results (camera, file or pasted text), and read the cohort report. Everything is
 * stored in this browser only.
 */
export default function SessionFacilitator({ locale, strings, pool, traineePath, verifyPath }: { locale: LocaleCode; strings: Strings; pool: SessionPool; traineePath: string; verifyPath: string }) {
  const t = useMemo(() => createLiteTranslator(strings, locale), [strings, locale]);
  const [state, setState] = useState<FacilitatorState | undefined>();
  useEffect(() => setState(loadState<FacilitatorState>(SESSIONS_KEY) ?? { sessions: [] }), []);
  const update = (next: FacilitatorState) => {
    setState(next);
    saveState(SESSIONS_KEY, next);
  };
  if (!state) return <Loading t={t} />;

  let current: SessionDescriptor | undefined;
  try {
    current = state.current ? decodeSessionFragment(state.current, poolIndex(pool)) : undefined;
  } catch {
    current = undefined;
  }

  return (
    <div className="session-facilitator">
      <StorageNotice storage={notice} t={t} />
      {current && state.current ? (
        <SessionPanel
          key={state.current}
          session={current}
          fragment={state.current}
          pool={pool}
          traineePath={traineePath}
          verifyPath={verifyPath}
          locale={locale}
          t={t}
          onNew={() => update({ ...state, current: undefined })}
        />
      ) : (
        <SetupForm
          pool={pool}
          t={t}
          onCreate={(d) => {
            const fragment = encodeSessionFragment(d);
            const sessions = [{ fragment, createdAt: new Date().toISOString() }, ...state.sessions.filter((s) => s.fragment !== fragment)];
            update({ current: fragment, sessions });
          }}
        />
      )}
      {state.sessions.length > 0 && (
        <section className="session-list no-print" aria-labelledby="session-list-title">
          <h2 id="session-list-title">{t('session.earlierTitle')}</h2>
          <ul>
            {state.sessions.map((s) => {
              let d: SessionDescriptor | undefined;
              try {
                d = decodeSessionFragment(s.fragment, poolIndex(pool));
              } catch {
                return null;
              }
              return (
                <li key={s.fragment}>
                  <strong>{d.title}</strong> · {d.date}
                  {d.place && ` · ${d.place}`}{' '}
                  {s.fragment === state.current ? (
                    <span className="muted">{t('session.isOpen')}</span>
                  ) : (
                    <button type="button" className="button button--quiet" onClick={() => update({ ...state, current: s.fragment })}>
                      {t('session.open')}
                    </button>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      )}
    </div>
  );
}

function SetupForm({ pool, t, onCreate }: { pool: SessionPool; t: LiteTranslate; onCreate: (d: SessionDescriptor) => void }) {
  const [title, setTitle] = useState('');
  const [date, setDate] = useState(() => new Date().toISOString().slice(0, 10));
  const [place, setPlace] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const [error, setError] = useState('');
  return (
    <form
      className="session-setup"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const modules = pool.modules.filter((m) => chosen.includes(m.slug)).map((m) => ({ slug: m.slug, items: m.items.map((q) => q.id) }));
        const d: SessionDescriptor = { title: title.trim(), date, place: place.trim(), modules };
        if (!d.title) return setError(t('session.setupNeedsTitle'));
        if (!modules.length) return setError(t('session.setupNeedsModule'));
        if (descriptorProblem(d)) return setError(t('session.setupInvalid'));
        setError('');
        onCreate(d);
      }}
    >
      <h2>{t('session.setupTitle')}</h2>
      <p>
        <label htmlFor="session-title">{t('session.fieldTitle')}</label>
        <input id="session-title" type="text" maxLength={120} required value={title} onChange={(e) => setTitle(e.target.value)} />
      </p>
      <p>
        <label htmlFor="session-date">{t('session.fieldDate')}</label>
        <input id="session-date" type="date" required value={date} onChange={(e) => setDate(e.target.value)} />
      </p>
      <p>
        <label htmlFor="session-place">{t('session.fieldPlace')}</label>
        <input id="session-place" type="text" maxLength={120} value={place} onChange={(e) => setPlace(e.target.value)} />
      </p>
      <fieldset>
        <legend>{t('session.fieldModules')}</legend>
        {pool.modules.map((m) => (
          <div key={m.slug} className="quiz-option">
            <input
              type="checkbox"
              id={`session-module-${m.slug}`}
              checked={chosen.includes(m.slug)}
              onChange={(e) => setChosen(e.target.checked ? [...chosen, m.slug] : chosen.filter((s) => s !== m.slug))}
            />
            <label htmlFor={`session-module-${m.slug}`}>
              {m.order}. {m.title} <span className="muted">({t('session.itemCount', { count: m.items.length })})</span>
            </label>
          </div>
        ))}
      </fieldset>
      {error && (
        <p className="quiz-form__error" role="alert">
          {error}
        </p>
      )}
      <p>
        <button type="submit" className="button">
          {t('session.create')}
        </button>
      </p>
    </form>
  );
}

interface ImportMessage {
  kind: 'ok' | 'problem';
  text: string;
}

function SessionPanel({ session, fragment, pool, traineePath, verifyPath, locale, t, onNew }: { session: SessionDescriptor; fragment: string; pool: SessionPool; traineePath: string; verifyPath: string; locale: LocaleCode; t: LiteTranslate; onNew: () => void }) {
  const id = useMemo(() => sessionId(session), [session]);
  const items = useMemo(() => sessionQuestions(session, pool), [session, pool]);
  // The address phones use to reach this site: on a laptop serving the site itself, "localhost"
  // means the laptop to the laptop only, so the facilitator can give its address on the network.
  const [siteAddress, setSiteAddress] = useState(() => loadState<string>(ADDRESS_KEY) ?? location.origin);
  const origin = httpOrigin(siteAddress) ?? location.origin;
  const link = useMemo(() => new URL(`${traineePath}#${fragment}`, origin).href, [traineePath, fragment, origin]);
  const localOnly = /^(localhost|127\.|\[::1\])/.test(new URL(origin).host);
  const [addressOpen] = useState(localOnly);
  const [projecting, setProjecting] = useState(false);
  useEffect(() => {
    if (!projecting) return;
    const leave = (e: KeyboardEvent) => e.key === 'Escape' && setProjecting(false);
    addEventListener('keydown', leave);
    return () => removeEventListener('keydown', leave);
  }, [projecting]);
  const [cohort, setCohort] = useState<Cohort>(() => loadState<Cohort>(cohortKey(id)) ?? emptyCohort(id));
  const [messages, setMessages] = useState<ImportMessage[]>([]);
  const [pasted, setPasted] = useState('');

  const importLines = (text: string) => {
    const lines = splitResults(text);
    if (!lines.length) return setMessages([{ kind: 'problem', text: t('session.importNothing') }]);
    let next = cohort;
    const out: ImportMessage[] = [];
    const now = new Date().toISOString();
    for (const line of lines) {
      try {
        const envelope = readResultEnvelope(line);
        if (envelope.sessionId !== id) {
          out.push({ kind: 'problem', text: t('session.importOtherSession', { name: envelope.name }) });
          continue;
        }
        const result = resultFromEnvelope(envelope, items.map((i) => asScorable(i.question)));
        const added = addResult(next, result, now);
        next = added.cohort;
        out.push({ kind: added.outcome === 'other-session' ? 'problem' : 'ok', text: t(`session.import.${added.outcome}`, { name: result.name }) });
      } catch (e) {
        out.push({ kind: 'problem', text: e instanceof ResultError ? t(`session.resultProblem.${e.problem}`) : String(e) });
      }
    }
    if (next !== cohort) {
      setCohort(next);
      saveState(cohortKey(id), next);
    }
    setMessages(out);
  };

  const readFiles = async (files: FileList | null) => {
    if (!files?.length) return;
    const texts = await Promise.all([...files].map((f) => (f.size > 64 * 1024 ? Promise.resolve('') : f.text())));
    importLines(texts.join('\n'));
  };

  return (
    <>
      <section className={`session-project no-print ${projecting ? "session-project--full" : ""}`} aria-labelledby="session-project-title">
        <p className="eyebrow no-print">{t('session.projectEyebrow')}</p>
        <h2 id="session-project-title">{session.title}</h2>
        <p className="muted">
          {new Date(`${session.date}T00:00:00`).toLocaleDateString(locale, { dateStyle: 'long' })}
          {session.place && ` · ${session.place}`} · {t('session.sessionId', { id })}
        </p>
        <p className="session-project__hint">{t('session.projectHint')}</p>
        <QrCanvas text={link} size={projecting ? 640 : 360} label={t('session.linkQrLabel')} className="session-qr session-qr--project" />
        <p>
          <label htmlFor="session-link">{t('session.linkLabel')}</label>
          <input id="session-link" type="text" readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
        </p>
        {location.protocol === 'file:' && <p className="storage-notice">{t('session.fileProtocol')}</p>}
        {localOnly && <p className="storage-notice no-print">{t('session.localOnly')}</p>}
        <details className="session-address no-print" open={addressOpen}>
          <summary>{t('session.addressSummary')}</summary>
          <p>
            <label htmlFor="session-address">{t('session.addressLabel')}</label>
            <input
              id="session-address"
              type="url"
              value={siteAddress}
              onChange={(e) => {
                setSiteAddress(e.target.value);
                if (httpOrigin(e.target.value)) saveState(ADDRESS_KEY, e.target.value);
              }}
              aria-invalid={httpOrigin(siteAddress) ? undefined : true}
            />
          </p>
        </details>
        <p className="session-actions no-print">
          <button type="button" className="button" onClick={() => setProjecting(!projecting)} aria-pressed={projecting}>
            {t(projecting ? 'session.projectStop' : 'session.project')}
          </button>
          <button type="button" className="button button--quiet" onClick={() => void navigator.clipboard?.writeText(link).catch(() => undefined)}>
            {t('session.copyLink')}
          </button>
          <button type="button" className="button button--quiet" onClick={onNew}>
            {t('session.new')}
          </button>
        </p>
      </section>

      <section className="session-import no-print" aria-labelledby="session-import-title">
        <h2 id="session-import-title">{t('session.importTitle')}</h2>
        <p>{t('session.importIntro')}</p>
        <h3>{t('session.importCamera')}</h3>
        <QrScanner onText={importLines} t={t} />
        <h3>{t('session.importFile')}</h3>
        <p>
          <label htmlFor="session-import-file">{t('session.importFileLabel')}</label>
          <input id="session-import-file" type="file" accept=".txt,text/plain" multiple onChange={(e) => void readFiles(e.currentTarget.files).then(() => (e.target.value = ''))} />
        </p>
        <h3>{t('session.importPaste')}</h3>
        <p>
          <label htmlFor="session-import-text">{t('session.importPasteLabel')}</label>
          <textarea id="session-import-text" rows={4} value={pasted} onChange={(e) => setPasted(e.target.value)} />
        </p>
        <p>
          <button
            type="button"
            className="button"
            onClick={() => {
              importLines(pasted);
              setPasted('');
            }}
          >
            {t('session.importAdd')}
          </button>
        </p>
        <ul className="session-messages" aria-live="polite">
          {messages.map((m, i) => (
            <li key={i} className={`session-message session-message--${m.kind}`}>
              {m.text}
            </li>
          ))}
        </ul>
      </section>

      <CohortReportView
        session={session}
        cohort={cohort}
        items={items}
        verifyUrl={new URL(verifyPath, origin).href}
        locale={locale}
        t={t}
        onErase={() => {
          const empty = emptyCohort(id);
          setCohort(empty);
          removeState(cohortKey(id));
          setMessages([]);
        }}
      />
    </>
  );
}
