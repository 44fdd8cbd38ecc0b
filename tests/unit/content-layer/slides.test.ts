import { describe, expect, it } from 'vitest';
import { buildSlides } from '../../../src/lib/slides';

describe('buildSlides', () => {
  it('puts the title first, then one slide per section, the questions, and the sources last', () => {
    const slides = buildSlides(['s0', 's1', 's2'], ['q0', 'q1']);
    expect(slides.map((s) => s.kind)).toEqual(['title', 'section', 'section', 'section', 'question', 'question', 'sources']);
    expect(slides.map((s) => s.position)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(slides[2]).toEqual({ kind: 'section', position: 2, section: 's1', index: 1 });
    expect(slides[5]).toEqual({ kind: 'question', position: 5, question: 'q1', index: 1 });
  });
  it('counts two slides more than sections and questions, also with no questions', () => {
    for (const [sections, questions] of [[1, 0], [6, 3], [9, 1]] as const)
      expect(buildSlides(Array(sections).fill(0), Array(questions).fill(0))).toHaveLength(2 + sections + questions);
    expect(buildSlides(['only'], []).map((s) => s.kind)).toEqual(['title', 'section', 'sources']);
  });
});
