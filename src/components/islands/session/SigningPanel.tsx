import { useEffect, useState } from 'react';
import type { LiteTranslate } from '../../../i18n/translate-lite';
import type { LocaleCode } from '../../../i18n/locales';
import type { TraineeRow } from '../../../lib/cohort-report';
import type { SessionDescriptor } from '../../../lib/session-descriptor';
import { parseRecord, recordBody, signedRecordText, type RecordFields } from '../../../lib/signed-record';
import QrCanvas from './QrCanvas';
import { downloadText, fileNamePart } from './download';
import { createSigningKey, deleteSigningKey, loadSigningKey, type SigningKey } from './signing-key';

/**
 * Records signed by the facilitator: a signing key made on this device, and per trainee a record
 * of attendance and result, signed, to print or send. Anyone with the facilitator's public key
 * can check a record at /<lang>/verify/.
 */
export default function SigningPanel({ session, sessionId, rows, verifyUrl, locale, t }: { session: SessionDescriptor; sessionId: string; rows: TraineeRow[]; verifyUrl: string; locale: LocaleCode; t: LiteTranslate }) {
  const [key, setKey] = useState<SigningKey | null | undefined>(undefined);
  const [error, setError] = useState('');
  const [records, setRecords] = useState<Record<string, string>>({});
  const [confirmDelete, setConfirmDelete] = useState(false);

  useEffect(() => {
    loadSigningKey()
      .then((k) => setKey(k ?? null))
      .catch(() => {
        setKey(null);
        setError(t('session.keyUnavailable'));
      });
  }, [t]);

  const sign = async (row: TraineeRow) => {
    if (!key) return;
    const fields: RecordFields = {
      session: sessionId,
      title: session.title,
      date: session.date,
      place: session.place,
      modules: session.modules.map((m) => m.slug),
      name: row.name,
      before: { correct: row.pre.correct, total: row.pre.total },
      after: { correct: row.post.correct, total: row.post.total },
      key: key.fingerprint,
    };
    const signature = await key.sign(new TextEncoder().encode(recordBody(fields)));
    return signedRecordText(fields, signature);
  };
  const signAll = async (which: TraineeRow[]) => {
    try {
      const made = await Promise.all(which.map(async (r) => [r.key, await sign(r)] as const));
      setRecords((before) => ({ ...before, ...Object.fromEntries(made.filter((m): m is readonly [string, string] => !!m[1])) }));
    } catch {
      setError(t('session.signFailed'));
    }
  };

  return (
    <section className="session-signing" aria-labelledby="session-signing-title">
      <h2 id="session-signing-title" className="no-print">
        {t('session.signingTitle')}
      </h2>
      <p className="no-print">{t('session.signingIntro')}</p>
      {error && (
        <p className="storage-notice" role="alert">
          {error}
        </p>
      )}
      {key === null && (
        <p className="no-print">
          <button
            type="button"
            className="button"
            onClick={() =>
              createSigningKey()
                .then(setKey)
                .catch(() => setError(t('session.keyUnavailable')))
            }
          >
            {t('session.keyCreate')}
          </button>
        </p>
      )}
      {key && (
        <div className="no-print">
          <p>
            {t('session.keyFingerprint')} <strong className="signed-record__fingerprint" data-fingerprint>{key.fingerprint}</strong>
          </p>
          <p>
            <label htmlFor="session-public-key">{t('session.publicKeyLabel')}</label>
            <input id="session-public-key" type="text" readOnly value={key.publicKey} onFocus={(e) => e.currentTarget.select()} />
          </p>
          <p className="muted">{t('session.publicKeyNote', { kind: t(`session.keyKind.${key.kind}`) })}</p>
          <p className="session-actions">
            <button type="button" className="button button--quiet" onClick={() => downloadText(key.publicKey + '\n', `facilitator-key-${key.fingerprint.replace(/ /g, '')}.txt`)}>
              {t('session.publicKeySave')}
            </button>
            <button type="button" className="button" onClick={() => void signAll(rows)} disabled={!rows.length}>
              {t('session.signAll')}
            </button>
            <button type="button" className="button button--quiet" onClick={() => setConfirmDelete(true)}>
              {t('session.keyDelete')}
            </button>
          </p>
          {confirmDelete && (
            <div className="session-confirm-erase" role="alertdialog" aria-labelledby="session-key-delete-question">
              <p id="session-key-delete-question">{t('session.keyDeleteQuestion')}</p>
              <p className="session-actions">
                <button
                  type="button"
                  className="button button--danger"
                  onClick={() =>
                    void deleteSigningKey().then(() => {
                      setKey(null);
                      setRecords({});
                      setConfirmDelete(false);
                    })
                  }
                >
                  {t('session.keyDeleteYes')}
                </button>
                <button type="button" className="button button--quiet" onClick={() => setConfirmDelete(false)} autoFocus>
                  {t('session.eraseNo')}
                </button>
              </p>
            </div>
          )}
          <ul className="session-sign-list">
            {rows.map((r) => (
              <li key={r.key}>
                {r.name}{' '}
                <button type="button" className="button button--quiet" onClick={() => void signAll([r])}>
                  {t('session.signOne', { name: r.name })}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {rows
        .filter((r) => records[r.key])
        .map((r) => (
          <SignedRecordCard key={r.key} text={records[r.key]!} verifyUrl={verifyUrl} locale={locale} t={t} />
        ))}
    </section>
  );
}

function SignedRecordCard({ text, verifyUrl, locale, t }: { text: string; verifyUrl: string; locale: LocaleCode; t: LiteTranslate }) {
  const { fields } = parseRecord(text);
  // Print this record alone: a copy goes into a container of its own, which the print style
  // shows instead of the page (the QR canvas becomes an image, as a canvas copy has no pixels).
  const print = (e: React.MouseEvent<HTMLButtonElement>) => {
    const card = e.currentTarget.closest('.signed-record')!;
    const copy = card.cloneNode(true) as HTMLElement;
    const canvas = card.querySelector('canvas');
    const copiedCanvas = copy.querySelector('canvas');
    if (canvas && copiedCanvas) {
      const img = document.createElement('img');
      img.src = canvas.toDataURL('image/png');
      img.alt = canvas.getAttribute('aria-label') ?? '';
      img.className = canvas.className;
      copiedCanvas.replaceWith(img);
    }
    const holder = document.createElement('div');
    holder.id = 'print-record';
    holder.append(copy);
    document.body.append(holder);
    document.documentElement.dataset.print = 'record';
    const done = () => {
      holder.remove();
      delete document.documentElement.dataset.print;
      removeEventListener('afterprint', done);
    };
    addEventListener('afterprint', done);
    window.print();
  };
  return (
    <article className="signed-record" aria-label={t('session.recordOf', { name: fields.name })} data-record={fields.name}>
      <h3 className="signed-record__title">{t('session.recordTitle')}</h3>
      <p className="signed-record__name">{fields.name}</p>
      <dl className="signed-record__fields">
        <dt>{t('session.fieldTitle')}</dt>
        <dd>{fields.title}</dd>
        <dt>{t('session.fieldDate')}</dt>
        <dd>{new Date(`${fields.date}T00:00:00`).toLocaleDateString(locale, { dateStyle: 'long' })}</dd>
        {fields.place && (
          <>
            <dt>{t('session.fieldPlace')}</dt>
            <dd>{fields.place}</dd>
          </>
        )}
        <dt>{t('session.stage.pre')}</dt>
        <dd>{t('session.recordScore', { correct: fields.before.correct, total: fields.before.total })}</dd>
        <dt>{t('session.stage.post')}</dt>
        <dd>{t('session.recordScore', { correct: fields.after.correct, total: fields.after.total })}</dd>
        <dt>{t('session.keyFingerprint')}</dt>
        <dd>
          <strong>{fields.key}</strong>
        </dd>
      </dl>
      <QrCanvas text={text} size={300} label={t('session.recordQrLabel', { name: fields.name })} />
      <pre className="signed-record__signature" data-record-text>
        {text}
      </pre>
      <p className="signed-record__disclaimer">{t('session.recordProves', { verify: verifyUrl })}</p>
      <p className="session-actions no-print">
        <button type="button" className="button button--quiet" onClick={print}>
          {t('session.recordPrint')}
        </button>
        <button type="button" className="button button--quiet" onClick={() => downloadText(text + '\n', `record-${fileNamePart(fields.name)}-${fields.session}.txt`)}>
          {t('session.recordSave')}
        </button>
      </p>
    </article>
  );
}
