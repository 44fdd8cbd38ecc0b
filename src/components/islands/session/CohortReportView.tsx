import { useMemo, useState } from 'react';
import type { LiteTranslate } from '../../../i18n/translate-lite';
import type { LocaleCode } from '../../../i18n/locales';
import { cohortReport, sortTrainees, traineesCsv, type Cohort, type ItemRow, type TraineeSortKey } from '../../../lib/cohort-report';
import type { SessionDescriptor } from '../../../lib/session-descriptor';
import { asScorable, type PoolModule, type SessionQuestion } from '../../../lib/session-pool';
import { downloadText, fileNamePart } from './download';
import SigningPanel from './SigningPanel';

/**
 * The cohort report: per trainee, per item and per module, computed by src/lib/cohort-report.ts
 * from the results on this laptop. Sortable, printable (the print view leaves out everything
 * else on the page), exported as CSV, erased with a confirmation.
 */
export default function CohortReportView({ session, cohort, items, locale, t, onErase, verifyUrl }: {
  session: SessionDescriptor;
  /** The verification page, at the address the trainees use. */
  verifyUrl: string;
  cohort: Cohort;
  items: { module: PoolModule; question: SessionQuestion }[];
  locale: LocaleCode;
  t: LiteTranslate;
  onErase: () => void;
}) {
  const report = useMemo(() => cohortReport(cohort, items.map((i) => ({ module: i.module.slug, question: asScorable(i.question) }))), [cohort, items]);
  const [sort, setSort] = useState<{ key: TraineeSortKey; descending: boolean }>({ key: 'name', descending: false });
  const [confirming, setConfirming] = useState(false);
  const rows = sortTrainees(report.trainees, sort.key, sort.descending, locale);
  const count = report.trainees.length;

  const header = (key: TraineeSortKey, label: string) => {
    const active = sort.key === key;
    return (
      <th scope="col" aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : undefined}>
        <button type="button" className="session-sort" onClick={() => setSort({ key, descending: active ? !sort.descending : key !== 'name' })}>
          {label}
          <span aria-hidden="true">{active ? (sort.descending ? ' ▼' : ' ▲') : ''}</span>
        </button>
      </th>
    );
  };

  const csv = () =>
    downloadText(
      traineesCsv(report, {
        name: t('session.colName'),
        preCorrect: t('session.csvPreCorrect'),
        prePercent: t('session.csvPrePercent'),
        postCorrect: t('session.csvPostCorrect'),
        postPercent: t('session.csvPostPercent'),
        gain: t('session.csvGain'),
      }),
      `cohort-${fileNamePart(session.title)}-${session.date}.csv`,
      'text/csv',
    );

  return (
    <section className="session-report" aria-labelledby="session-report-title" data-trainees={count}>
      <h2 id="session-report-title">{t('session.reportTitle')}</h2>
      <p className="print-only">
        {session.title} · {session.date}
        {session.place && ` · ${session.place}`}
      </p>
      <p className="session-report__summary" data-summary>
        {count ? t('session.reportSummary', { count, pre: report.meanPre, post: report.meanPost, gain: signed(report.meanGain) }) : t('session.reportEmpty')}
      </p>
      {count > 0 && (
        <>
          <table className="session-table" data-table="trainees">
            <caption>{t('session.traineesCaption', { total: items.length })}</caption>
            <thead>
              <tr>
                {header('name', t('session.colName'))}
                {header('pre', t('session.colPre'))}
                {header('post', t('session.colPost'))}
                {header('gain', t('session.colGain'))}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.key}>
                  <th scope="row">{r.name}</th>
                  <td>{t('session.scoreCell', { correct: r.pre.correct, total: r.pre.total, percent: r.pre.percent })}</td>
                  <td>{t('session.scoreCell', { correct: r.post.correct, total: r.post.total, percent: r.post.percent })}</td>
                  <td>{t('session.gainCell', { gain: signed(r.gain) })}</td>
                </tr>
              ))}
            </tbody>
          </table>

          <h3>{t('session.itemsTitle')}</h3>
          <ItemChart rows={report.items} t={t} />
          <table className="session-table" data-table="items">
            <caption>{t('session.itemsCaption', { count })}</caption>
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">{t('session.colQuestion')}</th>
                <th scope="col">{t('session.colBefore')}</th>
                <th scope="col">{t('session.colAfter')}</th>
                <th scope="col">{t('session.colMissed')}</th>
              </tr>
            </thead>
            <tbody>
              {report.items.map((row, i) => {
                const q = items[i]!.question;
                const missed = row.misses.filter((m) => m.missedPost > 0 || m.missedPre > 0).slice(0, 2);
                return (
                  <tr key={`${row.module}/${row.id}`}>
                    <td>{i + 1}</td>
                    <td>
                      <span className="muted">{items[i]!.module.title}</span>
                      <br />
                      {q.prompt}
                    </td>
                    <td>{row.sharePre}%</td>
                    <td>{row.sharePost}%</td>
                    <td>
                      {'options' in q &&
                        missed.map((m) => (
                          <span key={m.optionId} className="session-missed">
                            {t('session.missedCell', { option: q.options.find((o) => o.id === m.optionId)?.text ?? m.optionId, pre: m.missedPre, post: m.missedPost })}
                          </span>
                        ))}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>

          <h3>{t('session.modulesTitle')}</h3>
          <ul className="session-modules" data-table="modules">
            {report.modules.map((m) => (
              <li key={m.module}>{t('session.moduleCompletion', { title: items.find((i) => i.module.slug === m.module)!.module.title, completed: m.completed, total: m.trainees })}</li>
            ))}
          </ul>
        </>
      )}
      <p className="session-actions no-print">
        <button type="button" className="button" onClick={csv} disabled={!count}>
          {t('session.exportCsv')}
        </button>
        <button type="button" className="button button--quiet" onClick={() => print()} disabled={!count}>
          {t('session.print')}
        </button>
        <button type="button" className="button button--quiet" onClick={() => setConfirming(true)} disabled={!count || confirming}>
          {t('session.erase')}
        </button>
      </p>
      {confirming && (
        <div className="session-confirm-erase no-print" role="alertdialog" aria-labelledby="session-erase-question">
          <p id="session-erase-question">{t('session.eraseQuestion', { count })}</p>
          <p className="session-actions">
            <button
              type="button"
              className="button button--danger"
              onClick={() => {
                onErase();
                setConfirming(false);
              }}
            >
              {t('session.eraseYes')}
            </button>
            <button type="button" className="button button--quiet" onClick={() => setConfirming(false)} autoFocus>
              {t('session.eraseNo')}
            </button>
          </p>
        </div>
      )}
      <p className="muted">{t('session.storedHere')}</p>
      <SigningPanel session={session} sessionId={cohort.sessionId} rows={rows} verifyUrl={verifyUrl} locale={locale} t={t} />
    </section>
  );
}

const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

/** Share correct per item, before and after, as paired bars: inline SVG, text in the page's language. */
function ItemChart({ rows, t }: { rows: ItemRow[]; t: LiteTranslate }) {
  const barW = 14;
  const gap = 10;
  const height = 160;
  const left = 48;
  const width = left + rows.length * (2 * barW + gap) + gap;
  const y = (share: number) => 10 + (height - 10) * (1 - share / 100);
  return (
    <figure className="session-chart">
      <svg viewBox={`0 0 ${width} ${height + 40}`} role="img" aria-labelledby="session-chart-title" width="100%" preserveAspectRatio="xMinYMin meet">
        <title id="session-chart-title">{t('session.chartTitle')}</title>
        {[0, 50, 100].map((v) => (
          <g key={v}>
            <line x1={left - 4} x2={width} y1={y(v)} y2={y(v)} className="session-chart__grid" />
            <text x={left - 8} y={y(v) + 4} textAnchor="end" className="session-chart__label">
              {v}%
            </text>
          </g>
        ))}
        {rows.map((r, i) => {
          const x = left + gap + i * (2 * barW + gap);
          return (
            <g key={`${r.module}/${r.id}`}>
              <rect x={x} y={y(r.sharePre)} width={barW} height={height - y(r.sharePre)} className="session-chart__pre">
                <title>{t('session.chartBar', { n: i + 1, before: r.sharePre, after: r.sharePost })}</title>
              </rect>
              <rect x={x + barW} y={y(r.sharePost)} width={barW} height={height - y(r.sharePost)} className="session-chart__post" />
              <text x={x + barW} y={height + 16} textAnchor="middle" className="session-chart__label">
                {i + 1}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>
        <span className="session-key session-key--pre" aria-hidden="true" /> {t('session.colBefore')} <span className="session-key session-key--post" aria-hidden="true" /> {t('session.colAfter')}
      </figcaption>
    </figure>
  );
}
