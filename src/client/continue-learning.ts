/**
 * Fills in "continue where you left off" and, on the catalogue, each module's status (with the
 * sections read and the quiz's state), from the progress kept on this device. Shows nothing when
 * there is none. "Continue" leads to the quiz while an attempt is under way, else to the first
 * section not read yet (src/lib/continue-target.ts). These pages have no island, so
 * a storage notice (data put aside, storage read-only) is shown here as plain text, and the
 * pending notice is then acknowledged.
 */
import { progressStore } from '../lib/progress-store';
import { moduleStatus } from '../lib/progress-model';
import { own } from '../lib/progress-schema';
import { completionState } from '../lib/completion';
import { continueTarget } from '../lib/continue-target';
import { translatorFrom } from '../i18n/translate-lite';

interface ModuleLink {
  slug: string;
  title: string;
  href: string;
  sections: string[];
  /** Questions in the module's quiz. */
  questions: number;
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

  const completionOf = (m: ModuleLink) => {
    const rule = own(store.rules, m.slug);
    return rule && completionState(own(state.modules, m.slug), { ...rule, questionCount: m.questions });
  };

  const last = state.lastVisited && modules.find((m) => m.slug === state.lastVisited!.slug);
  if (last) {
    const link = box.querySelector<HTMLAnchorElement>('a')!;
    const completion = completionOf(last);
    const target = completion ? continueTarget(completion, state.lastVisited!.section) : { to: 'section' as const, index: state.lastVisited!.section };
    if (target.to === 'quiz') {
      link.href = `${last.href}#quiz-title`;
      link.textContent = t('continue.quiz', { title: last.title, answered: target.answered, total: target.total });
    } else {
      const anchor = last.sections[target.index];
      link.href = anchor ? `${last.href}#${anchor}` : last.href;
      link.textContent = last.title;
    }
    box.hidden = false;
  }

  for (const badge of document.querySelectorAll<HTMLElement>('[data-status-for]')) {
    const slug = badge.dataset.statusFor!;
    const progress = own(state.modules, slug);
    const moduleState = moduleStatus(progress, own(store.rules, slug));
    if (moduleState === 'not-started') continue;
    const module = modules.find((m) => m.slug === slug);
    const completion = module && completionOf(module);
    const status = t(`progress.status.${moduleState}`);
    badge.textContent = completion
      ? [
          status,
          t('completion.sections', { read: completion.read, total: completion.total }),
          t(`completion.quiz.${completion.quiz}`, { best: completion.bestScore, answered: completion.answered, total: completion.questionCount, passMark: completion.passMark }),
        ].join(' · ')
      : progress?.bestScore !== undefined
        ? t('continue.statusScore', { status, score: progress.bestScore })
        : status;
    badge.dataset.status = moduleState;
    badge.hidden = false;
  }
}
