import { describe, expect, it } from 'vitest';
import { loadCitationRegistry } from '../../src/content-layer/pipeline/citations';

/**
 * Chinese laws and regulations number their articles in Chinese numerals (第十八条第二款), and
 * officials read Arabic numerals in a Chinese pinpoint as careless (review 2026-12, finding C14).
 * Treaties and ILO documents keep their own numbering and are not checked here.
 */
describe('Chinese pinpoints of Chinese law', () => {
  const registry = loadCitationRegistry();
  const chinese = [...registry.citations.entries()].filter(([, c]) => {
    const kind = registry.instruments.get(c.instrument)?.kind;
    return kind === 'china-law' || kind === 'china-regulation';
  });

  it('covers the Chinese statutes', () => expect(chinese.length).toBeGreaterThan(40));

  it('use Chinese numerals for articles, paragraphs and items', () => {
    const arabic = chinese.filter(([, c]) => /第\s*\d+\s*[条款项]/.test(c.pinpoint['zh-CN'])).map(([id, c]) => `${id}: ${c.pinpoint['zh-CN']}`);
    expect(arabic).toEqual([]);
  });
});
