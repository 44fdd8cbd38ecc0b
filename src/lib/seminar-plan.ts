import type { Question } from '../content-layer/schemas/quiz';
import { isWide, textWidth as cjkTextWidth } from './cjk';

/**
 * Seminar arithmetic shared by the deck, the presenter window and the session plan: the timed
 * agenda from the sections' minutes, and which quiz items fit on a slide as audience questions.
 */

export interface AgendaItem {
  index: number;
  heading: string;
  minutes: number;
  /** Minutes from the start of the session. */
  start: number;
  end: number;
}

export function buildAgenda(sections: readonly { heading: string; minutes: number }[], start = 0): AgendaItem[] {
  let clock = start;
  return sections.map((s, index) => {
    const item = { index, heading: s.heading, minutes: s.minutes, start: clock, end: clock + s.minutes };
    clock += s.minutes;
    return item;
  });
}

/** Minutes as a clock offset from the start: 0 → "0:00", 75 → "1:15". */
export function formatOffset(minutes: number): string {
  const m = Math.max(0, Math.round(minutes));
  return `${Math.floor(m / 60)}:${String(m % 60).padStart(2, '0')}`;
}

type AudienceQuestion = Extract<Question, { type: 'single' | 'multiple' | 'truefalse' }>;

/**
 * How wide a text is on a slide, in Latin-character units: a Chinese character takes about twice
 * the width of an average Latin letter at the same font size.
 */
export function textWidth(text: string): number {
  // Counted in characters, not em (src/lib/cjk.ts's glyph estimate): the budgets below were set in
  // characters, and the em estimate would pick other questions for two decks.
  return cjkTextWidth(text, 1, (ch) => (isWide(ch) ? 1.9 : 1));
}

const SLIDE_BUDGET = 600;
const OPTION_BUDGET = 150;
const MAX_OPTIONS = 5;

function fitsOnSlide(q: AudienceQuestion): boolean {
  const options = q.type === 'truefalse' ? [] : q.options;
  if (options.length > MAX_OPTIONS) return false;
  return Object.keys(q.prompt).every((lang) => {
    const l = lang as keyof typeof q.prompt;
    const optionWidths = options.map((o) => textWidth(o.text[l]));
    if (optionWidths.some((w) => w > OPTION_BUDGET)) return false;
    const total = textWidth(q.prompt[l]) + optionWidths.reduce((a, b) => a + b, 0) + textWidth(q.explanation[l]);
    return total <= SLIDE_BUDGET;
  });
}

/**
 * Up to `max` quiz items to put to the room: single-choice, multiple-choice and true/false items
 * (order and case items need more space than a slide has) whose text fits a slide in every
 * language, so that both languages' decks have the same slides. Spread over the quiz, in order.
 */
export function pickAudienceQuestions(questions: readonly Question[], max = 3): AudienceQuestion[] {
  const candidates = questions.filter(
    (q): q is AudienceQuestion => (q.type === 'single' || q.type === 'multiple' || q.type === 'truefalse') && fitsOnSlide(q),
  );
  if (candidates.length <= max) return candidates;
  return Array.from({ length: max }, (_, i) => candidates[Math.floor((i * candidates.length) / max)]!);
}
