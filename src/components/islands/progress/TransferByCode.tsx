import { lazy, Suspense, useRef, useState } from 'react';
import type { LiteTranslate } from '../../../i18n/translate-lite';
import { progressStore } from '../../../lib/progress-store';
import { codeModules, encodeProgressCode, groupCode, readProgressCode, type CodeResult } from '../../../lib/progress-code';

// Loaded apart from the page: the QR drawing library only when a code is shown, and the camera's
// decoder (jsQR, inside QrScanner) only when the camera is started.
const QrCanvas = lazy(() => import('../session/QrCanvas'));
const QrScanner = lazy(() => import('../session/QrScanner'));

type Refusal = Exclude<Extract<CodeResult, { ok: false }>['reason'], 'too-large' | 'not-json'>;

/**
 * Moving progress to another device without a file (src/lib/progress-code.ts): this device shows
 * its progress as a QR code and a text code; the other reads it with its camera or from pasted
 * text, and merges it after the same checks as an imported file. Nothing is sent anywhere.
 */
export default function TransferByCode({ t }: { t: LiteTranslate }) {
  const store = progressStore();
  const modules = codeModules(store.rules);
  const [shown, setShown] = useState<{ code: string; count: number } | undefined>();
  const [copyMessage, setCopyMessage] = useState('');
  const [scans, setScans] = useState(0);
  const [typed, setTyped] = useState('');
  const [pending, setPending] = useState<Extract<CodeResult, { ok: true }> | undefined>();
  const [message, setMessage] = useState('');
  const [refused, setRefused] = useState(false);
  const codeText = useRef<HTMLTextAreaElement>(null);

  const show = () => {
    const { modules: progress, learnerName, lastVisited } = store.getState();
    const code = encodeProgressCode({ modules: progress, learnerName, ...(lastVisited ? { lastVisited } : {}) }, modules);
    setShown({ code, count: modules.filter((slug) => Object.hasOwn(progress, slug)).length });
    setCopyMessage('');
  };

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(groupCode(shown!.code));
      setCopyMessage(t('progress.codeCopied'));
    } catch {
      // No clipboard (a page served over plain http, or permission refused): the text is selected for the learner to copy.
      codeText.current?.select();
      setCopyMessage(t('progress.codeCopyFailed'));
    }
  };

  const read = (text: string) => {
    const result = readProgressCode(text, modules, { rules: store.rules });
    setRefused(!result.ok);
    if (result.ok) {
      setPending(result);
      setScans((n) => n + 1);
      setMessage(t('progress.codeReady', { count: result.moduleCount }));
    } else {
      setPending(undefined);
      setMessage(t(`progress.codeError.${result.reason as Refusal}`));
    }
  };

  const merge = () => {
    if (!pending) return;
    store.getState().importProgress(pending.data, 'merge');
    setPending(undefined);
    setTyped('');
    setMessage(t('progress.codeMerged'));
  };

  const cancel = () => {
    setPending(undefined);
    setMessage(t('progress.codeCancelled'));
  };

  return (
    <section aria-labelledby="progress-code" className="no-print transfer-code">
      <h2 id="progress-code">{t('progress.codeTitle')}</h2>
      <p className="muted">{t('progress.codeIntro')}</p>
      <p className="transfer-code__privacy">{t('progress.codePrivacy')}</p>

      <h3>{t('progress.codeShowTitle')}</h3>
      {shown ? (
        <div className="transfer-code__shown">
          <p>{t('progress.codeHolds', { count: shown.count })}</p>
          <Suspense fallback={<p className="muted">{t('progress.loading')}</p>}>
            <QrCanvas text={shown.code} label={t('progress.codeQrLabel')} size={300} className="transfer-code__qr" />
          </Suspense>
          <label htmlFor="progress-code-text">{t('progress.codeText')}</label>
          <textarea id="progress-code-text" ref={codeText} readOnly rows={5} value={groupCode(shown.code)} className="transfer-code__text" onFocus={(e) => e.currentTarget.select()} />
          <p className="muted">{t('progress.codeTextHint')}</p>
          <p className="transfer-code__actions">
            <button type="button" className="button" onClick={() => void copy()}>
              {t('progress.codeCopy')}
            </button>
            <button type="button" className="button button--quiet" onClick={() => setShown(undefined)}>
              {t('progress.codeHide')}
            </button>
          </p>
          <p role="status">{copyMessage}</p>
        </div>
      ) : (
        <p>
          <button type="button" className="button" onClick={show}>
            {t('progress.codeShow')}
          </button>
        </p>
      )}

      <h3>{t('progress.codeReadTitle')}</h3>
      <Suspense fallback={<p className="muted">{t('progress.loading')}</p>}>
        {/* A new key after a code was read unmounts the reader, which stops the camera. */}
        <QrScanner key={scans} onText={read} t={t} />
      </Suspense>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          read(typed);
        }}
      >
        <label htmlFor="progress-code-input">{t('progress.codeInput')}</label>
        <textarea id="progress-code-input" rows={4} value={typed} onChange={(e) => setTyped(e.target.value)} className="transfer-code__text" autoComplete="off" autoCapitalize="characters" spellCheck={false} />
        <p>
          <button type="submit" className="button button--quiet">
            {t('progress.codeRead')}
          </button>
        </p>
      </form>
      <p role="status" className={refused ? 'transfer-code__message transfer-code__message--refused' : 'transfer-code__message'}>
        {message}
      </p>
      {pending && (
        <p className="transfer__choice">
          <button type="button" className="button" onClick={merge}>
            {t('progress.codeMerge')}
          </button>{' '}
          <button type="button" className="button button--quiet" onClick={cancel}>
            {t('progress.codeCancel')}
          </button>
        </p>
      )}
    </section>
  );
}
