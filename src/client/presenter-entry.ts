import { startPresenter } from './presenter';

// The presenter window's entry point, shared by the site (a module script) and the USB copy (a
// classic script, tools/make-usb-copy.ts).
const root = document.querySelector<HTMLElement>('.presenter');
if (root) startPresenter(root);
