/**
 * A module one section at a time on a phone. The page is built whole (no JavaScript, desktop and
 * print read it as one page); on a narrow screen this script hides every part but one: a `##`
 * section, or the end part (quiz and sources) after the last section.
 *
 * Why a script and the URL fragment, not CSS :target: the part shown must follow any fragment
 * (a heading from the table of contents, a #term-use-… from the glossary, a search result inside a
 * section, a citation in the end part), there must be a first section when there is no fragment,
 * the learner's choice must be remembered, and focus must move. The fragment stays the state:
 * previous/next are plain #heading links, so Back returns to the section before, a reload or a
 * copied link opens the same section, and this script only reacts to `hashchange`.
 * Sections are hidden "until found" where the browser supports it, so find in page still finds
 * text in the other sections (the browser reveals it and this script switches to that section).
 * The reading-progress rules are untouched: a hidden section is never on screen, a shown one is
 * read when its end has been on screen, as in the whole page.
 */
import { browserLocalStorage, createSafeStorage } from '../lib/safe-storage';
import { createLiteTranslator } from '../i18n/translate-lite';
import {
  effectiveReadingMode,
  NARROW_SCREEN_QUERY,
  pagerFor,
  parseReadingMode,
  READING_MODE_STORAGE_KEY,
  savedPlace,
  withSavedPlace,
  type ReadingMode,
} from '../lib/section-reading';

export function readBySection(): void {
  const article = document.querySelector<HTMLElement>('article[data-module-slug]');
  const bar = document.querySelector<HTMLElement>('[data-section-mode]');
  const pager = document.querySelector<HTMLElement>('[data-section-pager]');
  if (!article || !bar || !pager || !('matchMedia' in window)) return;
  const sections = [...article.querySelectorAll<HTMLElement>(':scope > section.content-section')];
  if (sections.length < 2) return;
  const lastSection = sections[sections.length - 1]!;
  const endPart = [...article.children].filter(
    (el): el is HTMLElement => el instanceof HTMLElement && !(el instanceof HTMLScriptElement) && !!(lastSection.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING),
  );
  // The module's introduction belongs to the first part; the end part (quiz, sources) follows the last section.
  const intro = [...article.children].filter(
    (el): el is HTMLElement => el instanceof HTMLElement && !(el instanceof HTMLScriptElement) && !!(sections[0]!.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_PRECEDING),
  );
  const partCount = sections.length + (endPart.length ? 1 : 0);

  const t = createLiteTranslator(JSON.parse(pager.dataset.strings ?? '{}'));
  const storage = createSafeStorage(browserLocalStorage, READING_MODE_STORAGE_KEY);
  const read = storage.read();
  let chosen = read.ok ? parseReadingMode(read.raw) : undefined;
  const narrow = window.matchMedia(NARROW_SCREEN_QUERY);
  const untilFound = 'onbeforematch' in document.body;
  const toggles = [...document.querySelectorAll<HTMLButtonElement>('[data-reading-mode-toggle]')];
  const status = bar.querySelector<HTMLElement>('[data-section-status]')!;
  const barCount = bar.querySelector<HTMLElement>('[data-section-mode-count]')!;
  const pagerCount = pager.querySelector<HTMLElement>('[data-section-pager-count]')!;
  const previousLink = pager.querySelector<HTMLAnchorElement>('[data-section-pager-previous]')!;
  const nextLink = pager.querySelector<HTMLAnchorElement>('[data-section-pager-next]')!;
  const tocLinks = [...document.querySelectorAll<HTMLAnchorElement>('.toc a[href^="#"]')];

  let mode: ReadingMode = 'page';
  let current = 0;

  const elementsOf = (part: number) => (part === 0 ? [...intro, sections[0]!] : part < sections.length ? [sections[part]!] : endPart);
  /** The heading a part opens with (the end part's is the quiz title; the quiz island may re-render it, so look it up each time). */
  const headingOf = (part: number) =>
    part < sections.length ? sections[part]!.querySelector<HTMLElement>('h2') : (endPart.map((el) => el.querySelector<HTMLElement>('h2[id]')).find(Boolean) ?? null);
  /** The part holding an element, or -1 for anything outside the module text (header, table of contents). */
  const partOf = (el: Element): number => {
    const i = sections.findIndex((s) => s.contains(el));
    if (i >= 0) return i;
    if (intro.some((e) => e.contains(el))) return 0;
    return endPart.some((e) => e.contains(el)) ? sections.length : -1;
  };
  const fragmentTarget = (hash: string): HTMLElement | null => {
    if (hash.length < 2) return null;
    try {
      return document.getElementById(decodeURIComponent(hash.slice(1)));
    } catch {
      return null; // a malformed %-escape in a hand-typed link
    }
  };
  /** The part whose text crosses the upper third of the screen: what the learner is reading now. */
  const partInView = (): number => {
    const line = window.innerHeight / 3;
    let found = 0;
    sections.forEach((section, i) => {
      if (!section.hidden && section.getBoundingClientRect().top <= line) found = i;
    });
    // The end part begins where the last section ends (the quiz island has no box of its own to measure).
    if (endPart.length && !lastSection.hidden && lastSection.getBoundingClientRect().bottom <= line) found = sections.length;
    return found;
  };

  const setHidden = (el: HTMLElement, hide: boolean) => {
    if (!hide) el.removeAttribute('hidden');
    else if (!el.hasAttribute('hidden')) el.setAttribute('hidden', untilFound && sections.includes(el) ? 'until-found' : '');
  };

  const fillLink = (link: HTMLAnchorElement, part: number | undefined) => {
    const heading = part === undefined ? null : headingOf(part);
    link.hidden = !heading?.id;
    if (!heading?.id) return;
    link.href = `#${heading.id}`;
    link.querySelector('[data-section-pager-title]')!.textContent = heading.textContent?.trim() ?? '';
    const label = link.querySelector('[data-section-pager-label]');
    if (label) label.textContent = t(part === sections.length ? 'module.sectionPager.nextEnd' : 'module.sectionPager.next');
  };

  const render = () => {
    const bySection = mode === 'sections';
    article.dataset.readingMode = mode;
    for (let i = 0; i < partCount; i++) for (const el of elementsOf(i)) setHidden(el, bySection && i !== current);
    bar.hidden = !narrow.matches;
    pager.hidden = !bySection;
    for (const button of toggles) button.textContent = t(bySection ? 'module.sectionMode.toPage' : 'module.sectionMode.toSections');
    const { previous, next, counter } = pagerFor(current, sections.length, endPart.length > 0);
    const count = bySection && counter ? t('module.sectionPager.counter', counter) : '';
    barCount.textContent = count;
    pagerCount.textContent = count;
    pagerCount.hidden = !count;
    fillLink(previousLink, previous);
    fillLink(nextLink, next);
    for (const link of tocLinks) {
      const target = fragmentTarget(link.hash);
      if (bySection && target && partOf(target) === current) link.setAttribute('aria-current', 'true');
      else link.removeAttribute('aria-current');
    }
  };

  const announce = (text: string) => {
    // Emptied first so that the same text twice (back and forth) is announced again.
    status.textContent = '';
    window.setTimeout(() => (status.textContent = text), 50);
  };

  const announceSection = () => {
    const counter = pagerFor(current, sections.length, endPart.length > 0).counter;
    announce(counter ? t('module.sectionPager.counter', counter) : (headingOf(current)?.textContent?.trim() ?? ''));
  };

  const focusHeading = (heading: HTMLElement) => {
    if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
    heading.focus({ preventScroll: true });
  };

  /** Shows the part that holds the fragment's target and brings the target on screen (a section's heading also takes focus). */
  const openFragment = (place: ReturnType<typeof savedPlace>): boolean => {
    const target = fragmentTarget(location.hash);
    const part = target ? partOf(target) : -1;
    if (mode !== 'sections') return false;
    const next = part >= 0 ? part : place && place.part < partCount ? place.part : -1;
    if (next < 0) return false;
    const changed = next !== current;
    current = next;
    render();
    if (place) window.scrollTo(0, place.y);
    else if (target === headingOf(current)) {
      // The top of the part: the bar ("Section 4 of 9") right above it comes on screen too.
      (bar.hidden ? target : bar).scrollIntoView({ block: 'start' });
      focusHeading(target);
    } else target?.scrollIntoView({ block: 'center' });
    if (changed) announceSection();
    return true;
  };

  /** Before leaving this place (a link, a reload, another page), keep it in the history entry for Back. */
  const savePlace = () => {
    if (mode !== 'sections') return;
    try {
      history.replaceState(withSavedPlace(history.state, { part: current, y: window.scrollY }), '');
    } catch {
      // some embedded browsers refuse replaceState: Back then opens the fragment's section at its start
    }
  };

  /** What stays put on screen when the mode changes: a section, or the quiz heading for the end part. */
  const anchorOf = (part: number): HTMLElement | null => (part < sections.length ? sections[part]! : headingOf(part));

  const switchMode = (to: ReadingMode, keepInView?: HTMLElement | null) => {
    if (to === 'sections') current = partInView();
    const anchor = keepInView ?? anchorOf(current);
    const before = anchor?.getBoundingClientRect().top;
    mode = to;
    render();
    if (anchor && before !== undefined && !anchor.hidden) window.scrollBy(0, anchor.getBoundingClientRect().top - before);
  };

  for (const button of toggles) {
    button.addEventListener('click', () => {
      const to: ReadingMode = mode === 'sections' ? 'page' : 'sections';
      const inPager = pager.contains(button);
      chosen = to;
      storage.write(to);
      if (to === 'page') {
        // Keep the section being read where it is on screen; the pager's own button disappears, so focus goes to that section's heading.
        switchMode('page', inPager ? anchorOf(current) : button);
        if (inPager) {
          const heading = headingOf(current);
          if (heading) focusHeading(heading);
        }
        announce(t('module.sectionMode.pageShown'));
      } else {
        switchMode('sections', button);
        announceSection();
      }
    });
  }

  narrow.addEventListener('change', () => {
    const to = effectiveReadingMode(narrow.matches, chosen);
    if (to === mode) return render();
    switchMode(to);
  });

  // Same-page links (previous/next, the table of contents, citations): save the place first, so Back comes back to it.
  document.addEventListener(
    'click',
    (event) => {
      const link = (event.target as Element | null)?.closest?.('a[href]');
      if (link instanceof HTMLAnchorElement && link.hash && link.pathname === location.pathname && link.origin === location.origin) savePlace();
    },
    true,
  );
  window.addEventListener('pagehide', savePlace);
  window.addEventListener('hashchange', () => openFragment(savedPlace(history.state)));
  // Find in page reveals a hidden section: make it the section shown.
  for (const section of sections)
    section.addEventListener('beforematch', () => {
      if (mode !== 'sections') return;
      current = sections.indexOf(section);
      render();
      announceSection();
    });

  mode = effectiveReadingMode(narrow.matches, chosen);
  if (!openFragment(savedPlace(history.state))) render();
}
