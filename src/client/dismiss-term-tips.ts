/**
 * WCAG 1.4.13: a definition shown on hover or focus must be dismissible without moving the pointer
 * or focus. CSS shows it (no JavaScript needed to read it); Escape hides it here until the pointer
 * or focus leaves the term.
 */
export function dismissTermTipsOnEscape(): void {
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    for (const term of document.querySelectorAll<HTMLElement>('.glossary-term:is(:hover, :focus-within)')) {
      term.classList.add('glossary-term--dismissed');
      const reset = () => term.classList.remove('glossary-term--dismissed');
      term.addEventListener('mouseleave', reset, { once: true });
      term.addEventListener('focusout', reset, { once: true });
    }
  });
}
