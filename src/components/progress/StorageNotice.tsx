import { useEffect, useState } from 'react';
import type { StorageStatus } from '../../lib/safe-storage';
import type { LiteTranslate } from '../../i18n/translate-lite';

/**
 * Tells the learner, in plain words, when progress is not being saved on this device or when
 * saved data had to be put aside. Silent when all is well.
 */
export default function StorageNotice({ storage, t }: { storage: { status(): StorageStatus; subscribe(l: (s: StorageStatus) => void): () => void }; t: LiteTranslate }) {
  const [status, setStatus] = useState<StorageStatus>(() => storage.status());
  useEffect(() => {
    setStatus(storage.status());
    return storage.subscribe(setStatus);
  }, [storage]);
  if (status === 'ok') return null;
  return (
    <p className={`storage-notice storage-notice--${status}`} role="alert">
      {t(`storage.${status}`)}
    </p>
  );
}
