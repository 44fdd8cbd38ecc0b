import { startDeck } from './deck';

// The audience window's entry point, shared by the site (a module script) and the USB copy (a
// classic script, tools/make-usb-copy.ts).
const root = document.querySelector<HTMLElement>('.deck');
if (root) startDeck(root);
