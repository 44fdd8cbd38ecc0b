/**
 * On a module's reading page: records which sections the learner has read (a section counts as
 * read once its end has been on screen) and where to continue, and shows where the trainee stands
 * (src/client/completion-status.ts). Stores through the progress store, so the quiz island and the
 * progress page see the same data.
 */
import { progressStore } from '../lib/progress-store';
import { showCompletion } from './completion-status';

export function trackReading(): void {
  const article = document.querySelector<HTMLElement>('[data-module-slug]');
  if (!article) return;
  const slug = article.dataset.moduleSlug!;
  const sectionCount = Number(article.dataset.sectionCount);
  const passMark = Number(article.dataset.passMark);
  const store = progressStore(JSON.parse(article.dataset.progressRules ?? '{}'));
  // One script for the page's progress (the byte budget of a module page is tight).
  showCompletion(article, store, slug, sectionCount, passMark);
  store.getState().visit(slug, store.getState().lastVisited?.slug === slug ? store.getState().lastVisited!.section : 0);
  if (!('IntersectionObserver' in window)) return;

  const sections = [...article.querySelectorAll<HTMLElement>('section.content-section[data-section]')];
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        const section = entry.target.closest<HTMLElement>('section.content-section');
        const index = Number(section?.dataset.section);
        if (!Number.isInteger(index)) continue;
        store.getState().markSectionRead(slug, index, sectionCount, passMark);
        store.getState().visit(slug, index);
        observer.unobserve(entry.target);
      }
    },
    { threshold: 0.5 },
  );
  // The last block of a section stands for "read to the end" (not the notes, nor the "Mark as
  // read" button that src/client/completion-status.ts may have added).
  for (const section of sections) {
    const end = [...section.children].reverse().find((el) => !el.matches('.facilitator-notes, .mark-read'));
    if (end) observer.observe(end);
  }
}
