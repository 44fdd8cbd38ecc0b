import path from 'node:path';
import { compile } from '@mdx-js/mdx';
import { VFile } from 'vfile';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { effectiveReadingMode, pagerFor, parseReadingMode, savedPlace, withSavedPlace } from '../../src/lib/section-reading';
import { remarkContentStructure } from '../../src/content-layer/pipeline/remark-content-structure';
import { CONTENT_DIR } from '../../src/content-layer/pipeline/paths';

/** A module read one section at a time on a phone (src/lib/section-reading.ts, src/client/section-reader.ts). */

describe('reading mode', () => {
  it('reads section by section on a narrow screen unless the learner chose the whole page; a desktop keeps the whole page', () => {
    expect(effectiveReadingMode(true, undefined)).toBe('sections');
    expect(effectiveReadingMode(true, 'page')).toBe('page');
    expect(effectiveReadingMode(true, 'sections')).toBe('sections');
    expect(effectiveReadingMode(false, undefined)).toBe('page');
    expect(effectiveReadingMode(false, 'sections')).toBe('page');
  });
  it('accepts only a stored value it wrote', () => {
    expect(parseReadingMode('page')).toBe('page');
    expect(parseReadingMode('sections')).toBe('sections');
    for (const raw of [null, undefined, '', 'PAGE', '"page"', '{}', 'page ']) expect(parseReadingMode(raw)).toBeUndefined();
  });
});

describe('previous, next and "n of N"', () => {
  it('counts sections only; the end part (quiz, sources) follows the last section', () => {
    expect(pagerFor(0, 3, true)).toEqual({ previous: undefined, next: 1, counter: { n: 1, total: 3 } });
    expect(pagerFor(2, 3, true)).toEqual({ previous: 1, next: 3, counter: { n: 3, total: 3 } });
    expect(pagerFor(3, 3, true)).toEqual({ previous: 2, next: undefined, counter: undefined });
    expect(pagerFor(2, 3, false)).toEqual({ previous: 1, next: undefined, counter: { n: 3, total: 3 } });
  });
  it('always links to parts that exist, and the counter matches the part', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 }), fc.boolean(), fc.double({ min: 0, max: 1, noNaN: true }), (count, hasEnd, at) => {
        const last = hasEnd ? count : count - 1;
        const current = Math.min(last, Math.floor(at * (last + 1)));
        const { previous, next, counter } = pagerFor(current, count, hasEnd);
        for (const part of [previous, next]) if (part !== undefined) expect(part).toBeGreaterThanOrEqual(0), expect(part).toBeLessThanOrEqual(last);
        if (previous !== undefined && next !== undefined) expect(next - previous).toBe(2);
        if (counter) expect(counter).toEqual({ n: current + 1, total: count });
        else expect(current).toBe(count);
      }),
    );
  });
});

describe('the place kept in a history entry', () => {
  it('round-trips and keeps the state other code put there', () => {
    const state = withSavedPlace({ other: 1 }, { part: 3, y: 1234.6 });
    expect(state.other).toBe(1);
    expect(savedPlace(state)).toEqual({ part: 3, y: 1235 });
    expect(savedPlace(withSavedPlace(state, { part: 4, y: 10 }))).toEqual({ part: 4, y: 10 });
    expect(savedPlace(withSavedPlace(null, { part: 0, y: 0 }))).toEqual({ part: 0, y: 0 });
  });
  it('ignores a state it did not write', () => {
    for (const state of [null, undefined, 'x', 3, [], {}, { fwgSectionReader: null }, { fwgSectionReader: { part: -1, y: 0 } }, { fwgSectionReader: { part: 1.5, y: 0 } }, { fwgSectionReader: { part: 1, y: Number.NaN } }, { fwgSectionReader: { part: '1', y: 0 } }])
      expect(savedPlace(state)).toBeUndefined();
  });
});

describe('a section opens with its key points', () => {
  const compileModule = async (section: string) => {
    const body = `Intro.\n\n${section}\n\n<Quiz />\n`;
    const file = new VFile({ path: path.join(CONTENT_DIR, 'modules/en/fixture.mdx'), value: body, data: { astro: { frontmatter: {} } } });
    await compile(file, { remarkPlugins: [remarkContentStructure] });
  };
  const keyPoints = '<KeyPoints>\n- a\n- b\n</KeyPoints>';
  const notes = '<Notes minutes={5}>\nn\n</Notes>';
  it('accepts <KeyPoints> right under the heading', async () => {
    await expect(compileModule(`## S\n\n${keyPoints}\n\nProse.\n\n${notes}`)).resolves.toBeUndefined();
  });
  it('stops the build, with the line, when anything comes between the heading and <KeyPoints>', async () => {
    await expect(compileModule(`## S\n\nProse first.\n\n${keyPoints}\n\n${notes}`)).rejects.toThrow(/line 7: <KeyPoints> of "S" must come first, right under the ## heading/);
  });
});
