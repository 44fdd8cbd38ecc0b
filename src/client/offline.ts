/**
 * "Save for offline" / "Remove from this device". Nothing is registered until the reader presses
 * Save. Workbox precaches every page and file listed at build time while installing; once the
 * worker is active the saved pages open without a connection. Remove unregisters the worker and
 * deletes its caches.
 */

import { translatorFrom } from '../i18n/translate-lite';

type Status = 'Saving' | 'Saved' | 'Removed' | 'Failed' | 'NoConnection';

function installed(registration: ServiceWorkerRegistration): Promise<void> {
  const worker = registration.installing ?? registration.waiting ?? registration.active;
  if (!worker) return Promise.reject(new Error('no service worker'));
  if (worker.state === 'activated') return Promise.resolve();
  return new Promise((resolve, reject) => {
    worker.addEventListener('statechange', () => {
      if (worker.state === 'activated') resolve();
      if (worker.state === 'redundant') reject(new Error('install failed'));
    });
  });
}

/**
 * Whether the site can be reached now. navigator.onLine is false only when the device knows it has
 * no network; a connection that is there but leads nowhere (a dead Wi-Fi, a captive portal) shows
 * as a failed request.
 */
async function siteReachable(url: string): Promise<boolean> {
  if (!navigator.onLine) return false;
  try {
    await fetch(url, { method: 'HEAD', cache: 'no-store' });
    return true;
  } catch {
    return false;
  }
}

export function initOffline(): void {
  const box = document.querySelector<HTMLElement>('[data-offline]');
  const save = box?.querySelector<HTMLButtonElement>('[data-offline-save]');
  const remove = box?.querySelector<HTMLButtonElement>('[data-offline-remove]');
  const status = box?.querySelector<HTMLElement>('[data-offline-status]');
  const unsupported = box?.querySelector<HTMLElement>('[data-offline-unsupported]');
  if (!box || !save || !remove || !status || !unsupported) return;
  // The message stays for browsers without service workers (many in-app browsers) or the Cache API.
  if (!('serviceWorker' in navigator) || !('caches' in window)) return;
  const container = navigator.serviceWorker;
  const scriptUrl = box.dataset.sw ?? '/sw.js';
  const cacheId = box.dataset.cacheId ?? '';

  const t = translatorFrom(status);
  const say = (what: Status | '') => void (status.textContent = what ? t(`bookletKit.offline${what}`) : '');
  const showSaved = (saved: boolean) => {
    save.hidden = saved;
    remove.hidden = !saved;
  };
  unsupported.hidden = true;

  void container.getRegistration('/').then((registration) => showSaved(!!registration?.active), () => showSaved(false));

  save.addEventListener('click', async () => {
    save.disabled = true;
    say('Saving');
    try {
      const registration = await container.register(scriptUrl, { scope: '/' });
      await installed(registration);
      showSaved(true);
      say('Saved');
    } catch {
      // Without a connection the browser is not to blame: say what is missing, not "cannot".
      if (await siteReachable(scriptUrl)) {
        say('Failed');
        unsupported.hidden = false;
      } else say('NoConnection');
    } finally {
      save.disabled = false;
    }
  });

  remove.addEventListener('click', async () => {
    remove.disabled = true;
    try {
      const registrations = await container.getRegistrations();
      await Promise.all(registrations.map((r) => r.unregister()));
      const names = await caches.keys();
      await Promise.all(names.filter((name) => name.startsWith(cacheId)).map((name) => caches.delete(name)));
      showSaved(false);
      say('Removed');
    } catch {
      say('Failed');
    } finally {
      remove.disabled = false;
    }
  });
}
