/**
 * Small decisions behind the booklet pages' scripts, kept here so they are tested without a
 * browser: which voice may read a page aloud, and when two key presses count as a quick exit.
 */

/** The part of SpeechSynthesisVoice the choice needs. */
export interface VoiceLike {
  lang: string;
  localService: boolean;
  default?: boolean;
}

// Chinese tags whose voices speak Cantonese: reading Mandarin text with them would mislead.
const NOT_MANDARIN = /^(zh-(hk|mo)|yue)\b/;

/**
 * A voice on this device for a page language, or undefined. Only voices that run on the device
 * (`localService`): an online voice would send the page's text to a speech service elsewhere,
 * which a reader at risk must not have happen without knowing. The exact tag wins ("zh-CN"),
 * then the same language (a Taiwan Mandarin voice reads Simplified Chinese text correctly),
 * and the device's default among equals.
 */
export function pickLocalVoice<V extends VoiceLike>(voices: readonly V[], pageLang: string): V | undefined {
  const norm = (tag: string) => tag.replace(/_/g, '-').toLowerCase();
  const want = norm(pageLang);
  const primary = want.split('-')[0];
  const local = voices.filter((v) => v.localService === true);
  const byDefault = (list: V[]) => list.find((v) => v.default) ?? list[0];
  const exact = local.filter((v) => norm(v.lang) === want);
  if (exact.length) return byDefault(exact);
  const sameLanguage = local.filter((v) => {
    const tag = norm(v.lang);
    if (tag.split('-')[0] !== primary) return false;
    return !(primary === 'zh' && NOT_MANDARIN.test(tag));
  });
  return byDefault(sameLanguage);
}

/**
 * A detector for a key pressed twice in quick succession (the quick exit's Escape, Escape).
 * Feed it every keydown; it answers true on the second press within `withinMs`. Any other key in
 * between starts over, so Escape used once to close something never exits by accident.
 */
export function createDoublePress(key: string, withinMs = 1000) {
  let last = -Infinity;
  return (event: { key: string; timeStamp: number; repeat?: boolean }): boolean => {
    if (event.key !== key || event.repeat) {
      last = -Infinity;
      return false;
    }
    if (event.timeStamp - last <= withinMs) {
      last = -Infinity;
      return true;
    }
    last = event.timeStamp;
    return false;
  };
}
