import { describe, expect, it } from 'vitest';
import { buildAgenda, formatOffset, pickAudienceQuestions, textWidth } from '../../src/lib/seminar-plan';
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
