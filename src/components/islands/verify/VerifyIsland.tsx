import { useEffect, useMemo, useState } from 'react';
import type { Strings } from '../../../i18n/translator';
import { createLiteTranslator } from '../../../i18n/translate-lite';
import type { LocaleCode } from '../../../i18n/locales';
import { PUBLIC_KEY_PREFIX, RecordError, verifyRecord, type RecordFields } from '../../../lib/signed-record';
import { verifyEd25519 } from '../session/signing-key';
import QrScanner from '../session/QrScanner';

type Outcome = { ok: true; fields: RecordFields } | { ok: false; message: string };

/** Checks a signed seminar record against a facilitator's public key, in this browser. */
export default function VerifyIsland({ locale, strings }: { locale: LocaleCode; strings: Strings }) {
  const t = useMemo(() => createLiteTranslator(strings, locale), [strings, locale]);
  const [record, setRecord] = useState('');
  const [key, setKey] = useState('');
  const [outcome, setOutcome] = useState<Outcome | undefined>();
  // The form appears once the script runs: text typed into a server-rendered form before then would be lost.
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  if (!ready) return <p className="muted">{t('verify.loading')}</p>;

  const check = async () => {
    try {
      setOutcome({ ok: true, fields: await verifyRecord(record, key, verifyEd25519) });
    } catch (e) {
      setOutcome({ ok: false, message: e instanceof RecordError ? t(`verify.problem.${e.problem}`) : t('verify.problem.format') });
    }
  };

  return (
    <div className="verify-page" data-ready>
      <p>
        <label htmlFor="verify-record">{t('verify.recordLabel')}</label>
        <textarea id="verify-record" rows={12} value={record} onChange={(e) => setRecord(e.target.value)} spellCheck={false} />
      </p>
      <p>
        <label htmlFor="verify-key">{t('verify.keyLabel')}</label>
        <input id="verify-key" type="text" value={key} onChange={(e) => setKey(e.target.value)} spellCheck={false} autoComplete="off" />
      </p>
      <details className="verify-scan">
        <summary>{t('verify.scan')}</summary>
        <QrScanner onText={(text) => (text.trim().startsWith(PUBLIC_KEY_PREFIX) ? setKey(text.trim()) : setRecord(text))} t={t} />
      </details>
      <p>
        <button type="button" className="button" onClick={() => void check()} disabled={!record.trim() || !key.trim()}>
          {t('verify.check')}
        </button>
      </p>
      <div aria-live="polite">
        {outcome?.ok === true && (
          <div className="verify-result--ok" data-verdict="valid">
            <p>
              <strong>{t('verify.valid')}</strong>
            </p>
            <p>{t('verify.validMeans', { fingerprint: outcome.fields.key })}</p>
            <ul>
              <li>{t('verify.fieldName', { value: outcome.fields.name })}</li>
              <li>{t('verify.fieldSession', { title: outcome.fields.title, date: new Date(`${outcome.fields.date}T00:00:00`).toLocaleDateString(locale, { dateStyle: 'long' }), place: outcome.fields.place || '—' })}</li>
              <li>{t('verify.fieldScores', { before: `${outcome.fields.before.correct}/${outcome.fields.before.total}`, after: `${outcome.fields.after.correct}/${outcome.fields.after.total}` })}</li>
            </ul>
            <p>{t('verify.validDoesNotMean')}</p>
          </div>
        )}
        {outcome?.ok === false && (
          <div className="verify-result--bad" data-verdict="invalid" role="alert">
            <p>
              <strong>{t('verify.invalid')}</strong> {outcome.message}
            </p>
          </div>
        )}
      </div>
    </div>
  );
}
