import { useEffect, useMemo, useRef, useState, type ChangeEvent, type SyntheticEvent } from 'react';
import { useStore } from 'zustand';
import type { Strings } from '../../../i18n/translator';
import { createLiteTranslator, type LiteTranslate } from '../../../i18n/translate-lite';
import type { LocaleCode } from '../../../i18n/locales';
import { progressStore } from '../../../lib/progress-store';
import { PROGRESS_STORAGE_KEY, isComplete, moduleStatus, type ModuleProgress } from '../../../lib/progress-model';
import { own, type ModuleRules } from '../../../lib/progress-schema';
import { exportProgress, parseImport, MAX_IMPORT_BYTES, type ImportResult } from '../../../lib/progress-transfer';
import { checkCode, normaliseCode, parseRecordLines, type RecordLine } from '../../../lib/check-code';
import { eraseSiteData } from '../../../lib/erase-site-data';
import { formatDate } from '../../../lib/format-date';
import IslandBoundary from '../IslandBoundary';
import StorageNotice from './StorageNotice';
import TransferByCode from './TransferByCode';

export interface ModuleSummary {
  slug: string;
  order: number;
  title: string;
  href: string;
  sectionCount: number;
  passMark: number;
}

interface Props {
  locale: LocaleCode;
  strings: Strings;
  modules: ModuleSummary[];
  /** Section count and pass mark of every module: what the progress is checked against. */
  rules: ModuleRules;
}

/**
 * The progress page: status per module, the completion record (printable, with a check code and a
 * way to verify one), export and import, and erasing everything the site stored. Everything here
 * reads and writes this device only. Imported text is shown as text, never as HTML.
 */
export default function ProgressIsland({ locale, strings, modules, rules }: Props) {
  const t = useMemo(() => createLiteTranslator(strings, locale), [strings, locale]);
  const store = progressStore(rules);
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  if (!hydrated) return <p className="muted">{t('progress.loading')}</p>;
  // Each part has its own boundary: one bad value never takes export, import and erase down with it.
  const failed = <p className="storage-notice" role="alert">{t('progress.partFailed')}</p>;
  return (
    <div className="progress">
      <StorageNotice storage={store.storage} t={t} />
      <IslandBoundary fallback={failed}>
        <ModulesAndRecord locale={locale} modules={modules} t={t} />
      </IslandBoundary>
      <IslandBoundary fallback={failed}>
        <BackupsSection locale={locale} t={t} />
      </IslandBoundary>
      <IslandBoundary fallback={failed}>
        <TransferByCode t={t} />
      </IslandBoundary>
      <IslandBoundary fallback={failed}>
        <TransferSection t={t} />
      </IslandBoundary>
      <IslandBoundary fallback={failed}>
        <EraseSection t={t} />
      </IslandBoundary>
    </div>
  );
}

function ModulesAndRecord({ locale, modules, t }: { locale: LocaleCode; modules: ModuleSummary[]; t: LiteTranslate }) {
  const store = progressStore();
  const progress = useStore(store, (s) => s.modules);
  const learnerName = useStore(store, (s) => s.learnerName);
  const date = (iso?: string) => formatDate(iso, locale);

  // The record lists only what meets the completion rule, whatever the data claims.
  const completed = modules.filter((m) => isComplete(own(progress, m.slug), m.sectionCount, m.passMark));
  const recordLines: RecordLine[] = completed.map((m) => {
    const p = own(progress, m.slug)!;
    return { module: m.order, score: p.bestScore ?? 0, date: (p.completedAt ?? p.updatedAt ?? '').slice(0, 10) };
  });

  return (
    <>
      <section aria-labelledby="progress-modules" className="no-print">
        <h2 id="progress-modules">{t('progress.modulesTitle')}</h2>
        <p className="progress__overall">{t('progress.overall', { done: completed.length, total: modules.length })}</p>
        <table className="progress-table">
          <thead>
            <tr>
              <th scope="col">{t('progress.module')}</th>
              <th scope="col">{t('progress.status')}</th>
              <th scope="col">{t('progress.sections')}</th>
              <th scope="col">{t('progress.best')}</th>
              <th scope="col">{t('progress.dates')}</th>
            </tr>
          </thead>
          <tbody>
            {modules.map((m) => (
              <ModuleRow key={m.slug} m={m} p={own(progress, m.slug)} t={t} date={date} />
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="progress-record" className="completion-record">
        <h2 id="progress-record">{t('progress.recordTitle')}</h2>
        <p className="muted no-print">{t('progress.recordIntro')}</p>
        <p className="no-print">
          <label htmlFor="learner-name">{t('progress.nameLabel')}</label>
          <input id="learner-name" type="text" autoComplete="name" maxLength={200} value={learnerName} onChange={(e) => store.getState().setLearnerName(e.target.value)} />
        </p>
        <div className="record-sheet">
          <p className="record-sheet__title">{t('progress.recordHeading')}</p>
          <p className="record-sheet__name">{learnerName ? <bdi>{learnerName}</bdi> : t('progress.noName')}</p>
          {completed.length ? (
            <table className="progress-table">
              <thead>
                <tr>
                  <th scope="col">{t('progress.module')}</th>
                  <th scope="col">{t('progress.best')}</th>
                  <th scope="col">{t('progress.completedOn')}</th>
                </tr>
              </thead>
              <tbody>
                {completed.map((m, i) => (
                  <tr key={m.slug}>
                    <td>{t('progress.moduleTitle', { n: m.order, title: m.title })}</td>
                    <td>{recordLines[i]!.score}%</td>
                    <td>{recordLines[i]!.date}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <p>{t('progress.noneCompleted')}</p>
          )}
          <p className="record-sheet__code">
            {t('progress.checkCode')} <strong>{checkCode(learnerName, recordLines)}</strong>
          </p>
          <p className="record-sheet__disclaimer">{t('progress.selfIssued')}</p>
          <p className="record-sheet__disclaimer">{t('progress.selfIssuedVsSigned')}</p>
        </div>
        <p className="no-print">
          <button type="button" className="button" onClick={() => window.print()}>
            {t('progress.print')}
          </button>
        </p>
        <VerifyRecord t={t} moduleNumbers={modules.map((m) => m.order)} />
      </section>
    </>
  );
}

function ModuleRow({ m, p, t, date }: { m: ModuleSummary; p?: ModuleProgress; t: LiteTranslate; date: (iso?: string) => string }) {
  const status = moduleStatus(p, m);
  return (
    <tr>
      <th scope="row">
        <a href={m.href}>{t('progress.moduleTitle', { n: m.order, title: m.title })}</a>
      </th>
      <td>
        <span className={`status status--${status}`}>{t(`progress.status.${status}`)}</span>
      </td>
      <td>{t('progress.sectionsRead', { read: Math.min(p?.sectionsRead.length ?? 0, m.sectionCount), total: m.sectionCount })}</td>
      <td>{p?.bestScore !== undefined ? `${p.bestScore}%` : '—'}</td>
      <td>
        {p?.startedAt ? t('progress.started', { date: date(p.startedAt) }) : '—'}
        {p?.completedAt && status === 'completed' && (
          <>
            <br />
            {t('progress.completed', { date: date(p.completedAt) })}
          </>
        )}
      </td>
    </tr>
  );
}

/** A facilitator re-enters a printed record to see whether its check code matches. */
function VerifyRecord({ t, moduleNumbers }: { t: LiteTranslate; moduleNumbers: number[] }) {
  const [name, setName] = useState('');
  const [lines, setLines] = useState('');
  const [code, setCode] = useState('');
  const [result, setResult] = useState('');
  const verify = (e: SyntheticEvent) => {
    e.preventDefault();
    const parsed = parseRecordLines(lines, Math.max(0, ...moduleNumbers));
    if (parsed.bad.length) {
      setResult(t('progress.verifyBadLines', { lines: parsed.bad.join(' / ') }));
      return;
    }
    const expected = checkCode(name, parsed.lines);
    setResult(normaliseCode(code) === expected ? t('progress.verifyMatch') : t('progress.verifyMismatch'));
  };
  return (
    <details className="verify no-print">
      <summary>{t('progress.verifyTitle')}</summary>
      <form onSubmit={verify}>
        <p className="muted">{t('progress.verifyIntro')}</p>
        <p>
          <label htmlFor="verify-name">{t('progress.nameLabel')}</label>
          <input id="verify-name" type="text" value={name} onChange={(e) => setName(e.target.value)} />
        </p>
        <p>
          <label htmlFor="verify-lines">{t('progress.verifyLines')}</label>
          <textarea id="verify-lines" rows={4} value={lines} onChange={(e) => setLines(e.target.value)} placeholder="1, 93, 2026-11-23" />
        </p>
        <p>
          <label htmlFor="verify-code">{t('progress.checkCode')}</label>
          <input id="verify-code" type="text" value={code} onChange={(e) => setCode(e.target.value)} />
        </p>
        <button type="submit" className="button">
          {t('progress.verify')}
        </button>
        <p role="status" className="verify__result">
          {result}
        </p>
      </form>
    </details>
  );
}

function TransferSection({ t }: { t: LiteTranslate }) {
  const store = progressStore();
  const [pending, setPending] = useState<Extract<ImportResult, { ok: true }> | undefined>();
  const [message, setMessage] = useState('');
  const fileInput = useRef<HTMLInputElement>(null);

  const download = () => {
    const { modules, learnerName, lastVisited } = store.getState();
    const blob = new Blob([exportProgress({ modules, learnerName, ...(lastVisited ? { lastVisited } : {}) })], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = `fair-work-guide-progress-${new Date().toISOString().slice(0, 10)}.json`;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    setMessage(t('progress.exported'));
  };

  const choose = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    setPending(undefined);
    if (!file) return;
    // Refuse a huge file before reading it: reading 50 MB would freeze a phone for nothing.
    const result = file.size > MAX_IMPORT_BYTES ? ({ ok: false, reason: 'too-large' } as const) : parseImport(await file.text(), file.size, { rules: store.rules });
    if (result.ok) {
      setPending(result);
      setMessage(t('progress.importReady', { count: result.moduleCount }));
    } else {
      setMessage(t(`progress.importError.${result.reason}`));
    }
  };

  const apply = (mode: 'merge' | 'replace') => {
    if (!pending) return;
    store.getState().importProgress(pending.data, mode);
    setPending(undefined);
    if (fileInput.current) fileInput.current.value = '';
    setMessage(mode === 'merge' ? t('progress.imported.merge') : t('progress.imported.replace'));
  };

  return (
    <section aria-labelledby="progress-transfer" className="no-print">
      <h2 id="progress-transfer">{t('progress.transferTitle')}</h2>
      <p className="muted">{t('progress.transferIntro')}</p>
      <p>
        <button type="button" className="button" onClick={download}>
          {t('progress.export')}
        </button>
      </p>
      <p className="file-picker">
        {/* The native file button speaks the browser's language, not the page's: a label styled as a
            button stands in for it, and the input stays focusable for the keyboard. */}
        <input ref={fileInput} id="import-file" className="visually-hidden" type="file" accept="application/json,.json" onChange={(e) => void choose(e)} />
        <label htmlFor="import-file" className="button button--quiet">
          {t('progress.importLabel')}
        </label>
      </p>
      {pending && (
        <p className="transfer__choice">
          <button type="button" className="button" onClick={() => apply('merge')}>
            {t('progress.merge')}
          </button>{' '}
          <button type="button" className="button button--quiet" onClick={() => apply('replace')}>
            {t('progress.replace')}
          </button>
        </p>
      )}
      <p role="status" className="transfer__message">
        {message}
      </p>
    </section>
  );
}

function EraseSection({ t }: { t: LiteTranslate }) {
  const store = progressStore();
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState('');
  useStore(store, (s) => s.modules); // re-count after an erase or a restore
  const copies = store.storage.backups().length;
  const erase = async () => {
    // Count first, then forget what is in memory: eraseSiteData removes the keys it counts.
    const report = await eraseSiteData();
    store.getState().eraseAll();
    setConfirming(false);
    setMessage(t('progress.erased', { count: report.localStorageKeys + report.caches + report.serviceWorkers }));
  };
  return (
    <section aria-labelledby="progress-erase" className="no-print">
      <h2 id="progress-erase">{t('progress.eraseTitle')}</h2>
      <p className="muted">{t('progress.eraseIntro', { copies })}</p>
      {confirming ? (
        <div className="erase__confirm" role="group" aria-labelledby="erase-question">
          <p id="erase-question">{t('progress.eraseConfirm')}</p>
          <button type="button" className="button button--danger" onClick={() => void erase()}>
            {t('progress.eraseYes')}
          </button>{' '}
          <button type="button" className="button button--quiet" onClick={() => setConfirming(false)}>
            {t('progress.eraseNo')}
          </button>
        </div>
      ) : (
        <button type="button" className="button button--quiet" onClick={() => setConfirming(true)}>
          {t('progress.erase')}
        </button>
      )}
      <p role="status">{message}</p>
    </section>
  );
}

/** Copies put aside when stored progress could not be read: download them, or merge back what can be read. */
function BackupsSection({ locale, t }: { locale: LocaleCode; t: LiteTranslate }) {
  const store = progressStore();
  const [message, setMessage] = useState('');
  useStore(store, (s) => s.modules); // gone after an erase
  const backups = store.storage.backups();
  // Read-only: what could not be read stays where it is, with no room for a copy; offer it as a file.
  const unread = store.storage.status() === 'readonly' ? store.storage.read() : undefined;
  const unreadRaw = unread?.ok ? unread.raw : null;
  if (!backups.length && unreadRaw === null) return null;
  const download = (key: string, at: string) => {
    const raw = key === PROGRESS_STORAGE_KEY ? unreadRaw : store.storage.readBackup(key);
    if (raw === null) return;
    const url = URL.createObjectURL(new Blob([raw], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `fair-work-guide-progress-copy-${at.slice(0, 19).replace(/[^0-9T]/g, '')}.json`;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  const restore = (key: string) => {
    const result = store.restoreBackup(key);
    setMessage(result.ok ? t('progress.restored', { restored: result.restored, skipped: result.skipped }) : t(result.reason === 'newer' ? 'progress.restoreNewer' : 'progress.restoreUnreadable'));
  };
  return (
    <section aria-labelledby="progress-backups" className="no-print backups">
      <h2 id="progress-backups">{t('progress.backupsTitle')}</h2>
      <p className="muted">{t('progress.backupsIntro')}</p>
      <ul className="backups__list">
        {unreadRaw !== null && (
          <li>
            <span>{t('progress.backupUnread', { size: unreadRaw.length })}</span>{' '}
            <button type="button" className="button button--quiet" onClick={() => download(PROGRESS_STORAGE_KEY, new Date().toISOString())}>
              {t('progress.backupDownload')}
            </button>
          </li>
        )}
        {backups.map((b) => (
          <li key={b.key}>
            <span>{t('progress.backupItem', { date: formatDate(b.at, locale), size: b.size })}</span>{' '}
            <button type="button" className="button button--quiet" onClick={() => download(b.key, b.at)}>
              {t('progress.backupDownload')}
            </button>{' '}
            <button type="button" className="button" onClick={() => restore(b.key)}>
              {t('progress.backupRestore')}
            </button>
          </li>
        ))}
      </ul>
      <p role="status">{message}</p>
    </section>
  );
}
