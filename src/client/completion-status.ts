/**
 * On a module's reading page: says where the trainee stands against the completion rule (sections
 * read, quiz state, what is still missing, with links), in the boxes of CompletionStatus.astro;
 * adds a "Mark as read" button at the end of each section and a tick in the table of contents
 * beside each section read. Everything follows the progress store, so the boxes change as the
 * trainee reads, marks a section or finishes the quiz.
 *
 * A section marked read cannot be marked unread: reading is also recorded when the end of a
 * section is on screen, which is where the button sits, so an "unread" state would be undone at
 * once; and a completion record already earned should not be lost to a mis-tap.
 */
import type { ProgressStore } from '../lib/progress-store';
import { own } from '../lib/progress-schema';
import { completionState, type CompletionState } from '../lib/completion';
import { translatorFrom } from '../i18n/translate-lite';
import type { UiKey } from '../i18n/keys';

const QUIZ_ANCHOR = '#quiz-title';

/** Called by trackReading (src/client/reading-progress.ts), which has the module's data at hand. */
export function showCompletion(article: HTMLElement, store: ProgressStore, slug: string, sectionCount: number, passMark: number): void {
  const top = document.querySelector<HTMLElement>('section.completion[data-strings]');
  if (!top) return;
  const t = translatorFrom(top);
  const rule = { sectionCount, passMark, questionCount: Number(top.dataset.questionCount) };
  const sections = [...article.querySelectorAll<HTMLElement>('section.content-section[data-section]')];

  const buttons = sections.map((section, index) => {
    const holder = document.createElement('p');
    holder.className = 'mark-read';
    holder.setAttribute('aria-live', 'polite');
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'button button--quiet';
    button.addEventListener('click', () => {
      if (!button.hasAttribute('aria-disabled')) store.getState().markSectionRead(slug, index, rule.sectionCount, rule.passMark);
    });
    holder.append(button);
    // Before the facilitator notes, which close a section but are not part of reading it.
    const last = section.lastElementChild;
    section.insertBefore(holder, last?.matches('.facilitator-notes') ? last : null);
    return button;
  });
  const tocLinks = sections.map((section) => document.querySelector<HTMLAnchorElement>(`.toc a[href="#${section.getAttribute('aria-labelledby')}"]`));

  const link = (href: string, text: string) => Object.assign(document.createElement('a'), { href, textContent: text });
  const line = (...parts: (string | Node)[]) => {
    const p = document.createElement('p');
    p.append(...parts);
    return p;
  };
  /** A string with one {{placeholder}}, filled with nodes (links) rather than text. */
  const around = (key: UiKey, parts: (string | Node)[]) => {
    const [before = '', after = ''] = t(key).split(/\{\{\w+\}\}/);
    return [before, ...parts, after];
  };
  const stateLines = (s: CompletionState): HTMLElement[] => {
    const quiz = t(`completion.quiz.${s.quiz}`, { best: s.bestScore, answered: s.answered, total: s.questionCount, passMark: s.passMark });
    const summary = line(t('completion.sections', { read: s.read, total: s.total }), ' · ', quiz);
    if (s.complete) {
      const done = line(`✓ ${t('completion.complete')}`);
      done.className = 'completion__done';
      return [summary, done, line(link(top.dataset.recordHref!, t('completion.recordLink')))];
    }
    const items: (string | Node)[] = [];
    if (!s.read) items.push(t('completion.missingAll'));
    else if (s.unread.length)
      items.push(
        ...around(
          'completion.missingSections',
          s.unread.flatMap((i, n) => [n ? t('list.separator') : '', link(`#${sections[i]?.getAttribute('aria-labelledby')}`, t('completion.sectionNumber', { n: i + 1 }))]),
        ),
      );
    if (s.quiz !== 'passed') items.push(items.length ? ' · ' : '', link(QUIZ_ANCHOR, t('completion.missingQuiz')));
    return [summary, line(...around('completion.missing', items))];
  };

  const render = () => {
    const state = completionState(own(store.getState().modules, slug), rule);
    buttons.forEach((button, i) => {
      const read = !state.unread.includes(i);
      button.textContent = read ? `✓ ${t('completion.markedRead')}` : t('completion.markRead');
      if (read) button.setAttribute('aria-disabled', 'true');
      else button.removeAttribute('aria-disabled');
      const toc = tocLinks[i];
      if (toc && read && !toc.querySelector('.toc__read')) {
        const tick = document.createElement('span');
        tick.className = 'toc__read';
        tick.append(' ✓', Object.assign(document.createElement('span'), { className: 'visually-hidden', textContent: t('completion.tocRead') }));
        toc.append(tick);
      }
    });
    for (const box of document.querySelectorAll<HTMLElement>('[data-completion-state]')) {
      box.replaceChildren(...stateLines(state));
      box.hidden = false;
      // Not `hidden`: the section reader hides the quiz box with the rest of the quiz while a section is shown.
      box.closest<HTMLElement>('.completion')!.removeAttribute('data-completion-pending');
    }
  };
  render();
  store.subscribe(render);
}
