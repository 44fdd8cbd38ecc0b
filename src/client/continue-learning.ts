/**
 * Fills in "continue where you left off" and, on the catalogue, each module's status, from the
 * progress kept on this device. Shows nothing when there is none. These pages have no island, so
 * a storage notice (data put aside, storage read-only) is shown here as plain text, and the
 * pending notice is then acknowledged.
 */
import { progressStore } from '../lib/progress-store';
import { moduleStatus } from '../lib/progress-model';
import { own } from '../lib/progress-schema';
import { translatorFrom } from '../i18n/translate-lite';

interface ModuleLink {
  slug: string;
  title: string;
  href: string;
  sections: string[];
}

export function showContinue(): void {
  const box = document.querySelector<HTMLElement>('[data-continue]');
  if (!box) return;
  const modules = JSON.parse(box.dataset.modules ?? '[]') as ModuleLink[];
  const t = translatorFrom(box);
  const store = progressStore(JSON.parse(box.dataset.rules ?? '{}'));
  const state = store.getState();

  const notice = document.querySelector<HTMLElement>('[data-storage-notice]');
  const status = store.storage.status();
  if (notice && status !== 'ok') {
    notice.textContent = t(`storage.${status}`);
    notice.hidden = false;
    store.storage.acknowledge();
  }

  const last = state.lastVisited && modules.find((m) => m.slug === state.lastVisited!.slug);
  if (last) {
    const link = box.querySelector<HTMLAnchorElement>('a')!;
    const anchor = last.sections[state.lastVisited!.section];
    link.href = anchor ? `${last.href}#${anchor}` : last.href;
    link.textContent = last.title;
    box.hidden = false;
  }

  for (const badge of document.querySelectorAll<HTMLElement>('[data-status-for]')) {
    const slug = badge.dataset.statusFor!;
    const progress = own(state.modules, slug);
    const moduleState = moduleStatus(progress, own(store.rules, slug));
    if (moduleState === 'not-started') continue;
    badge.textContent = progress?.bestScore !== undefined ? t('continue.statusScore', { status: t(`progress.status.${moduleState}`), score: progress.bestScore }) : t(`progress.status.${moduleState}`);
    badge.dataset.status = moduleState;
    badge.hidden = false;
  }
}
