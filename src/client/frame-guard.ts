/**
 * Refuses to be shown inside another page's frame. A page that framed this one out of sight could
 * make a reader press "Erase everything" or the quick exit without knowing (clickjacking).
 * public/_headers forbids framing (frame-ancestors, X-Frame-Options), but only on hosts that apply
 * that file, and a <meta> Content-Security-Policy cannot carry frame-ancestors. So each page that
 * loads a script anyway also checks for itself, and shows nothing when it is framed.
 */
export function refuseFraming(): void {
  if (window.top === window.self) return;
  document.documentElement.hidden = true;
}
