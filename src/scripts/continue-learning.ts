/**
 * Fills in "continue where you left off" and, on the catalogue, each module's status, from the
 * progress kept on this device. Shows nothing when there is none.
 */
import { progressStore } from '../lib/progress-store';
import { moduleStatus } from '../lib/progress-model';
import { createLiteTranslator } from '../i18n/translate-lite';

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
  const t = createLiteTranslator(JSON.parse(box.dataset.strings ?? '{}'));
  const state = progressStore().getState();

  const last = state.lastVisited && modules.find((m) => m.slug === state.lastVisited!.slug);
  if (last) {
    const link = box.querySelector<HTMLAnchorElement>('a')!;
    const anchor = last.sections[state.lastVisited!.section];
    link.href = anchor ? `${last.href}#${anchor}` : last.href;
    link.textContent = last.title;
    box.hidden = false;
  }

  for (const badge of document.querySelectorAll<HTMLElement>('[data-status-for]')) {
    const progress = state.modules[badge.dataset.statusFor!];
    const status = moduleStatus(progress);
    if (status === 'not-started') continue;
    badge.textContent = progress?.bestScore !== undefined ? t('continue.statusScore', { status: t(`progress.status.${status}`), score: progress.bestScore }) : t(`progress.status.${status}`);
    badge.dataset.status = status;
    badge.hidden = false;
  }
}
