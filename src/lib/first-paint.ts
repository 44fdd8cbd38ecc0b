/**
 * The one inline script of our own: on the deck and presenter pages it runs in the head, before
 * the first paint, and marks the page as scripted, so the deck lays out once as its script will
 * show it (src/styles/deck.css). Inline so that it runs before anything is drawn; its sha256 hash
 * is in the page's CSP (src/layouts/DeckLayout.astro), and the inline-script check
 * (tests/e2e/reader-safety.spec.ts, F21) allows exactly this text.
 */
export const MARK_SCRIPTED = "document.documentElement.classList.add('scripted')";
