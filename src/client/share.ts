import { translatorFrom } from '../i18n/translate-lite';

/**
 * Share: the phone's share sheet (Web Share API) where there is one; otherwise the <details>
 * opens on a link to copy, with a Copy button where the clipboard can be written.
 */
export function initShare(): void {
  const box = document.querySelector<HTMLDetailsElement>('details[data-share]');
  const summary = box?.querySelector('summary');
  const input = box?.querySelector<HTMLInputElement>('input');
  const copy = box?.querySelector<HTMLButtonElement>('button[data-copy]');
  const status = box?.querySelector<HTMLElement>('[data-share-status]');
  if (!box || !summary || !input || !copy || !status) return;
  const t = translatorFrom(box.closest<HTMLElement>('[data-strings]')!);
  const data = { title: document.title, url: input.value };

  if (typeof navigator.share === 'function' && (navigator.canShare?.(data) ?? true)) {
    summary.addEventListener('click', (event) => {
      event.preventDefault();
      navigator.share(data).catch((error: unknown) => {
        // Closing the share sheet is a choice, not a failure; anything else falls back to the link.
        if ((error as DOMException)?.name !== 'AbortError') box.open = true;
      });
    });
  }
  input.addEventListener('focus', () => input.select());
  if (navigator.clipboard) {
    copy.hidden = false;
    copy.addEventListener('click', () => {
      navigator.clipboard.writeText(input.value).then(
        () => void (status.textContent = t('bookletKit.copied')),
        () => input.select(),
      );
    });
  }
}
