/**
 * A module one section at a time on a phone. The page is built whole (no JavaScript, desktop and
 * print read it as one page); on a narrow screen this script hides every part but one: a `##`
 * section (the first with the module's introduction), or the end part (quiz and sources) after
 * the last section.
 *
 * Why a script and the URL fragment, not CSS :target: the part shown must follow any fragment
 * (a heading from the table of contents, a #term-use-… from the glossary, a search result inside a
 * section, a citation in the end part), there must be a first section when there is no fragment,
 * the learner's choice must be remembered, and focus must move. The fragment stays the state:
 * previous/next are plain #heading links, so Back returns to the section before, a reload or a
 * copied link opens the same section, and this script reacts to `hashchange`.
 * Parts are hidden "until found" (plain `hidden` in browsers that do not know it), so find in page
 * still finds text in the other sections (the browser reveals it and this script switches to it).
 * The reading-progress rules are untouched: a hidden section is never on screen, a shown one is
 * read when its end has been on screen, as in the whole page.
 * Kept small on purpose: a module page with a quiz has 80 KB of JavaScript in all (budget.spec.ts).
 */
import { browserLocalStorage, createSafeStorage } from '../lib/safe-storage';
import { translatorFrom } from '../i18n/translate-lite';
import { effectiveReadingMode, NARROW_SCREEN_QUERY, pagerFor, parseReadingMode, READING_MODE_STORAGE_KEY, savedPlace, withSavedPlace } from '../lib/section-reading';

const $ = <E extends Element = HTMLElement>(selector: string, root: ParentNode = document) => root.querySelector<E>(selector)!;

export function readBySection(): void {
  const article = $('article[data-module-slug]');
  const bar = $('[data-section-mode]');
  const pager = $('[data-section-pager]');
  const sections = article ? [...article.querySelectorAll<HTMLElement>('.content-section')] : [];
  if (!bar || !pager || sections.length < 2) return;
  const last = sections[sections.length - 1]!;
  const around = (other: Element, position: number) =>
    // (a script among them, the quiz island's loader, is unaffected by `hidden`)
    [...article.children].filter((el): el is HTMLElement => !!(other.compareDocumentPosition(el) & position));
  const intro = around(sections[0]!, Node.DOCUMENT_POSITION_PRECEDING);
  const end = around(last, Node.DOCUMENT_POSITION_FOLLOWING);
  const parts = sections.map((s, i) => (i ? [s] : [...intro, s]));
  if (end.length) parts.push(end);

  const t = translatorFrom(pager);
  const storage = createSafeStorage(browserLocalStorage, READING_MODE_STORAGE_KEY);
  const stored = storage.read();
  const narrow = matchMedia(NARROW_SCREEN_QUERY);
  const toggles = document.querySelectorAll<HTMLButtonElement>('[data-reading-mode-toggle]');
  const links = pager.querySelectorAll('a'); // previous, next
  let bySection = effectiveReadingMode(narrow.matches, stored.ok ? parseReadingMode(stored.raw) : undefined) === 'sections';
  let current = 0;

  /** The heading a part opens with; the end part's is the quiz title (looked up each time: the quiz island re-renders it). */
  const headingOf = (part: number) => parts[part]?.map((el) => (el.matches('h2[id]') ? el : $('h2[id]', el))).find(Boolean);
  /** The part holding an element, or -1 outside the module text (header, table of contents). */
  const partOf = (el: Element | null) => (el ? parts.findIndex((p) => p.some((e) => e.contains(el))) : -1);
  const target = (hash: string) => {
    try {
      return document.getElementById(decodeURIComponent(hash.slice(1)));
    } catch {
      return null; // a malformed %-escape in a hand-typed link
    }
  };
  const focus = (el: HTMLElement) => {
    el.tabIndex = -1;
    el.focus({ preventScroll: true });
  };

  const render = () => {
    parts.forEach((els, i) =>
      els.forEach((el) => {
        if (!bySection || i === current) el.removeAttribute('hidden');
        else if (!el.hidden) el.setAttribute('hidden', 'until-found'); // plain `hidden` where "until found" is unknown
      }),
    );
    bar.hidden = !narrow.matches;
    pager.hidden = !bySection;
    bar.toggleAttribute('data-by-section', bySection);
    const { previous, next, counter } = pagerFor(current, sections.length, !!end.length);
    const count = bySection && counter ? t('module.sectionPager.counter', counter) : '';
    document.querySelectorAll('[data-section-counter]').forEach((el) => (el.textContent = count));
    [previous, next].forEach((part, i) => {
      const link = links[i]!;
      const heading = part === undefined ? undefined : headingOf(part);
      link.hidden = !heading;
      if (!heading) return;
      link.hash = heading.id;
      link.lastElementChild!.textContent = heading.textContent!.trim();
      link.toggleAttribute('data-end', part === sections.length);
    });
  };

  /** Shows the part holding the fragment's target (or the part saved for Back) and brings it on screen; a part's heading takes focus. */
  const open = () => {
    const place = savedPlace(history.state);
    const el = target(location.hash);
    const part = partOf(el) >= 0 ? partOf(el) : (place?.part ?? -1);
    if (!bySection || !parts[part]) return false;
    current = part;
    render();
    if (place) scrollTo(0, place.y);
    else if (el && el === headingOf(part)) {
      // The top of the part: the bar ("Section 4 of 9") right above it comes on screen too.
      bar.scrollIntoView();
      focus(el);
    } else el?.scrollIntoView({ block: 'center' });
    return true;
  };

  /** Before leaving this place (a same-page link, a reload, another page), keep it in the history entry for Back. */
  const save = () => {
    if (bySection) history.replaceState(withSavedPlace(history.state, { part: current, y: scrollY }), '');
  };

  toggles.forEach((button) =>
    button.addEventListener('click', () => {
      const inPager = pager.contains(button);
      bySection = !bySection;
      storage.write(bySection ? 'sections' : 'page');
      // What stays put on screen: the button pressed, or (the pager's button disappears with the pager) the part shown, whose heading takes focus.
      const heading = headingOf(current)!;
      const anchor = inPager ? (sections[current] ?? heading) : button;
      const before = anchor.getBoundingClientRect().top;
      render();
      scrollBy(0, anchor.getBoundingClientRect().top - before);
      if (inPager) focus(heading);
    }),
  );
  document.addEventListener(
    'click',
    (event) => {
      const a = (event.target as Element).closest?.('a');
      if (a?.hash && a.pathname === location.pathname) save();
    },
    true,
  );
  addEventListener('pagehide', save);
  addEventListener('hashchange', open);
  // Find in page reveals a hidden part: make it the one shown.
  parts.forEach((els, i) =>
    els.forEach((el) =>
      el.addEventListener('beforematch', () => {
        current = i;
        render();
      }),
    ),
  );
  if (!open()) render();
}
