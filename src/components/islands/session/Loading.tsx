import type { LiteTranslate } from '../../../i18n/translate-lite';

/** What the server renders before the island runs; it stays only where module scripts cannot run (a page opened from a file). */
export default function Loading({ t }: { t: LiteTranslate }) {
  return (
    <div className="session-loading">
      <p className="muted">{t('session.loading')}</p>
      <p className="muted">{t('session.loadingFromFile')}</p>
    </div>
  );
}
