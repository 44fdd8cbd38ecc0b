/**
 * A small decision behind the booklet pages' read-aloud, kept here so it is tested without a
 * browser: which voice may read a page aloud. (When two key presses count as a quick exit:
 * double-press.ts, apart so that each page script bundles only what it uses.)
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
