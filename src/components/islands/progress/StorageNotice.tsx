import { useEffect, useState } from 'react';
import type { SafeStorage, StorageStatus } from '../../../lib/safe-storage';
import type { LiteTranslate } from '../../../i18n/translate-lite';

/**
 * Tells the learner, in plain words, when progress is not being saved on this device or when
 * saved data had to be put aside. Silent when all is well. Once shown, a pending notice is
 * acknowledged, so the next page does not repeat it.
 */
export default function StorageNotice({ storage, t }: { storage: Pick<SafeStorage, 'status' | 'subscribe' | 'acknowledge'>; t: LiteTranslate }) {
  const [status, setStatus] = useState<StorageStatus>(() => storage.status());
  useEffect(() => {
    setStatus(storage.status());
    return storage.subscribe(setStatus);
  }, [storage]);
  useEffect(() => {
    if (status !== 'ok') storage.acknowledge();
  }, [status, storage]);
  if (status === 'ok') return null;
  return (
    <p className={`storage-notice storage-notice--${status}`} role="alert">
      {t(`storage.${status}`)}
    </p>
  );
}
