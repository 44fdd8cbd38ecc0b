/**
 * The glossary page's filter: hides the entries whose terms (in either language) do not contain
 * what the reader types, and any letter group left empty, and says how many remain in a live
 * region. The page renders every term and keeps the filter hidden, so without JavaScript nothing
 * is lost. Its messages come from the page (data-strings) and speak through translate-lite.
 */
import { translatorFrom } from '../i18n/translate-lite';

/** Lower case, full-width letters and spaces folded, runs of spaces made one. */
const normalize = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

export function initGlossaryFilter(): void {
  const box = document.querySelector<HTMLElement>('[data-glossary-filter]');
  const input = box?.querySelector<HTMLInputElement>('input');
  const status = document.querySelector<HTMLElement>('[data-glossary-status]');
  const jump = document.querySelector<HTMLElement>('[data-glossary-jump]');
  if (!box || !input || !status) return;
  const groups = [...document.querySelectorAll<HTMLElement>('[data-glossary-group]')].map((group) => ({
    group,
    entries: [...group.querySelectorAll<HTMLElement>('[data-glossary-entry]')].map((el) => ({ el, text: normalize(el.dataset.terms ?? '') })),
  }));
  const total = Number(status.dataset.total);
  const t = translatorFrom(status);
  box.hidden = false;

  let announce: ReturnType<typeof setTimeout> | undefined;
  const update = () => {
    const query = normalize(input.value);
    let shown = 0;
    for (const { group, entries } of groups) {
      let inGroup = 0;
      for (const { el, text } of entries) {
        const match = text.includes(query);
        el.hidden = !match;
        if (match) inGroup++;
      }
      group.hidden = inGroup === 0;
      shown += inGroup;
    }
    // The letter links would lead to hidden groups while a filter is on.
    if (jump) jump.hidden = query !== '';
    const key = !query ? 'glossary.filter.all' : shown === 0 ? 'glossary.filter.none' : 'glossary.filter.count';
    const message = t(key, { count: shown, total, query: input.value.trim() });
    // Announced once typing pauses, not at every keystroke.
    clearTimeout(announce);
    announce = setTimeout(() => (status.textContent = message), 250);
  };
  input.addEventListener('input', update);
  // The browser may restore the box's text when the reader comes back to the page.
  if (input.value) update();
}
