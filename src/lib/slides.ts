/**
 * The slides of a module, in order: a title slide, one slide per `##` section, the audience
 * questions, and a closing slide with the sources. The one place that knows the order and the
 * count: the slide list, the deck's counter and the presenter's notes all take them from here.
 */

export type Slide<S, Q> =
  | { kind: 'title'; position: number }
  | { kind: 'section'; position: number; section: S; index: number }
  | { kind: 'question'; position: number; question: Q; index: number }
  | { kind: 'sources'; position: number };

/** `position` is the slide's 0-based place in the deck (data-slide); its number on screen is position + 1. */
export function buildSlides<S, Q>(sections: readonly S[], questions: readonly Q[]): Slide<S, Q>[] {
  const slides: Slide<S, Q>[] = [{ kind: 'title', position: 0 }];
  sections.forEach((section, index) => slides.push({ kind: 'section', position: slides.length, section, index }));
  questions.forEach((question, index) => slides.push({ kind: 'question', position: slides.length, question, index }));
  slides.push({ kind: 'sources', position: slides.length });
  return slides;
}
