/**
 * Reading a module one `##` section at a time on a phone: the rules the page script
 * (src/client/section-reader.ts) follows, kept free of the DOM so they can be tested.
 *
 * A module page has N sections and, after them, an end part (the quiz and the source list). In
 * section mode one part shows at a time; the end part counts as the part after the last section.
 */

export type ReadingMode = 'sections' | 'page';

/** The learner's choice, in their own browser (erased with the rest of the site's data: fwg- prefix). */
export const READING_MODE_STORAGE_KEY = 'fwg-reading-mode';

/** Phones and small tablets: below this the module reads section by section unless the learner chose the whole page. */
export const NARROW_SCREEN_QUERY = '(max-width: 47.99rem)';

/** What the learner stored, or undefined when nothing valid is stored. */
export function parseReadingMode(raw: string | null | undefined): ReadingMode | undefined {
  return raw === 'sections' || raw === 'page' ? raw : undefined;
}

/** Section by section is the default on narrow screens only; a desktop keeps the whole page. */
export function effectiveReadingMode(narrow: boolean, chosen: ReadingMode | undefined): ReadingMode {
  return narrow ? (chosen ?? 'sections') : 'page';
}

export interface Pager {
  /** The part "previous" leads to, if any. */
  previous?: number;
  /** The part "next" leads to, if any; equal to sectionCount for the end part. */
  next?: number;
  /** "Section n of total", on sections only (the end part is not a section). */
  counter?: { n: number; total: number };
}

/** Previous and next around part `current` (0 … sectionCount, the end part last) of `sectionCount` sections, with or without an end part. */
export function pagerFor(current: number, sectionCount: number, hasEnd: boolean): Pager {
  return {
    previous: current > 0 ? current - 1 : undefined,
    next: current < sectionCount - (hasEnd ? 0 : 1) ? current + 1 : undefined,
    counter: current < sectionCount ? { n: current + 1, total: sectionCount } : undefined,
  };
}

/** Where the learner was in a history entry, so Back and reload return to the same part and place. */
export interface SavedPlace {
  part: number;
  y: number;
}

const PLACE_KEY = 'fwgSectionReader';

/** The place saved in a history entry's state, if it is one (other code may keep its own state there). */
export function savedPlace(state: unknown): SavedPlace | undefined {
  const place = (state as Record<string, Partial<SavedPlace>> | null)?.[PLACE_KEY];
  return Number.isInteger(place?.part) && place!.part! >= 0 && Number.isFinite(place?.y) && place!.y! >= 0 ? (place as SavedPlace) : undefined;
}

/** A history state with the place added, keeping whatever else the state holds (history states are objects or null). */
export function withSavedPlace(state: unknown, place: SavedPlace): Record<string, unknown> {
  return { ...(state as object), [PLACE_KEY]: { part: place.part, y: Math.round(place.y) } };
}
