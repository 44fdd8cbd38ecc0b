import { describe, expect, it } from 'vitest';
import { buildAgenda, formatOffset, pickAudienceQuestions, textWidth } from '../../src/lib/seminar-plan';
import { splitSections, withoutIds } from '../../src/lib/section-parts';
import type { Question } from '../../src/content-layer/schemas/quiz';

describe('seminar plan', () => {
  it('builds a cumulative agenda', () => {
    const agenda = buildAgenda([{ heading: 'A', minutes: 10 }, { heading: 'B', minutes: 15 }, { heading: 'C', minutes: 5 }]);
    expect(agenda.map((a) => [a.start, a.end])).toEqual([[0, 10], [10, 25], [25, 30]]);
    expect(formatOffset(75)).toBe('1:15');
    expect(formatOffset(0)).toBe('0:00');
  });
  it('counts a Chinese character about twice as wide as a Latin letter', () => {
    expect(textWidth('abcd')).toBe(4);
    expect(textWidth('强迫')).toBeCloseTo(3.8);
  });
  it('picks short choice questions for the room, never order or case items', () => {
    const text = (s: string) => ({ en: s, 'zh-CN': s });
    const q = (id: string, type: Question['type'], long = false): Question =>
      ({
        id, type, prompt: text(long ? 'x'.repeat(700) : 'Prompt?'), explanation: text('Because.'), cite: ['c029'],
        ...(type === 'truefalse' ? { answer: true } : type === 'order' ? { items: [] } : { options: [{ id: 'a', text: text('A'), correct: true }, { id: 'b', text: text('B'), correct: false }] }),
        ...(type === 'case' ? { case: text('Case') } : {}),
      }) as Question;
    const picked = pickAudienceQuestions([q('o', 'order'), q('c', 'case'), q('long', 'single', true), q('s', 'single'), q('t', 'truefalse'), q('m', 'multiple'), q('s2', 'single')], 3);
    expect(picked.map((p) => p.id)).toEqual(['s', 't', 'm']);
  });
});

describe('section parts', () => {
  const html = `<p>Intro</p>
<section class="content-section" aria-labelledby="a" data-section="0"><h2 id="a">First <span class="glossary-term" id="t1"><a href="/g#x">term</a><span hidden role="tooltip">def</span></span></h2>
<div class="key-points"><p class="key-points__title">Key points</p><ul><li>One</li><li>Two</li></ul></div>
<p>Prose.</p>
<figure class="figure figure--flow"><svg class="figure-svg figure-svg--wide" aria-labelledby="f-t"><title id="f-t">T</title></svg><figcaption>T</figcaption></figure>
<div class="facilitator-notes" data-minutes="12" hidden><p class="facilitator-notes__title">Notes · 12 min</p><p>Give pairs the blaming question "Why didn't you leave?" to rewrite. Ask: <span class="room-question">what <a href="/g#x">term</a> would you use?</span></p></div>
</section>
<section class="content-section" data-section="1"><h2 id="b">Second</h2><div class="key-points"><ul><li>Three</li></ul></div><div class="facilitator-notes" data-minutes="8"><p>Eight.</p></div></section>`;

  it('splits a rendered module into its sections and their parts', () => {
    const { intro, sections } = splitSections(html);
    expect(intro).toBe('<p>Intro</p>');
    expect(sections).toHaveLength(2);
    const [first] = sections;
    expect(first!.heading).toBe('First <span class="glossary-term">term</span>');
    expect(first!.keyPoints).toBe('<ul><li>One</li><li>Two</li></ul>');
    expect(first!.figure).toContain('figure-svg--wide');
    expect(first!.minutes).toBe(12);
    // Only the marked question, never the quoted one that trainees are to rewrite.
    expect(first!.questions).toEqual(['what term would you use?']);
    expect(first!.body).toContain('Prose.');
    expect(first!.body).not.toContain('facilitator-notes');
    expect(sections[1]).toMatchObject({ index: 1, minutes: 8, figure: undefined, questions: [] });
  });
  it('removes ids and references to them for a second copy', () => {
    const copy = withoutIds(splitSections(html).sections[0]!.figure!);
    expect(copy).not.toMatch(/\bid=|aria-labelledby/);
  });
});
