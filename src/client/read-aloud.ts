/**
 * Read aloud with the device's own speech (speechSynthesis). The button stays hidden unless the
 * device has a local voice for the page's language (pickLocalVoice): never an online voice, which
 * would send the text elsewhere. The page is read block by block (one utterance per paragraph or
 * list item), which also avoids Chromium cutting off long utterances.
 */
import { pickLocalVoice } from '../lib/reading-aids';
import { translatorFrom } from '../i18n/translate-lite';

const BLOCKS = 'h1, h2, h3, p, li, td, th';
const SKIP = '[data-read-skip], .sources, .cite, [aria-hidden="true"]';

function textOf(block: Element): string {
  const copy = block.cloneNode(true) as Element;
  copy.querySelectorAll(SKIP).forEach((n) => n.remove());
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function initReadAloud(): void {
  const button = document.querySelector<HTMLButtonElement>('button[data-read-aloud]');
  const root = document.querySelector<HTMLElement>('[data-read-root]');
  const synth = window.speechSynthesis;
  if (!button || !root || !synth || typeof SpeechSynthesisUtterance === 'undefined') return;
  const lang = document.documentElement.lang;
  const startLabel = button.textContent ?? '';
  const stopLabel = translatorFrom(button.closest<HTMLElement>('[data-strings]')!)('bookletKit.readAloudStop');
  let voice: SpeechSynthesisVoice | undefined;
  let reading = false;

  const show = (on: boolean) => {
    reading = on;
    button.textContent = on ? stopLabel : startLabel;
  };
  const stop = () => {
    synth.cancel();
    show(false);
  };
  const findVoice = () => {
    voice = pickLocalVoice(synth.getVoices(), lang);
    button.hidden = !voice;
    if (!voice && reading) stop();
  };
  findVoice();
  synth.addEventListener('voiceschanged', findVoice);

  button.addEventListener('click', () => {
    if (reading || !voice) return stop();
    const blocks = [...root.querySelectorAll(BLOCKS)]
      .filter((b) => !b.closest(SKIP) && !b.querySelector('p, li'))
      .map(textOf)
      .filter(Boolean);
    if (!blocks.length) return;
    synth.cancel();
    show(true);
    blocks.forEach((text, i) => {
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.voice = voice!;
      utterance.lang = voice!.lang;
      if (i === blocks.length - 1) utterance.onend = () => show(false);
      utterance.onerror = () => show(false);
      synth.speak(utterance);
    });
  });
  // Speech must not go on after the reader has left the page.
  addEventListener('pagehide', () => synth.cancel());
}
