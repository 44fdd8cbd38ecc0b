import path from 'node:path';
import { compile } from '@mdx-js/mdx';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { remarkContentStructure, type ContentStructure } from '../../src/content-layer/pipeline/remark-content-structure';
import { CONTENT_DIR } from '../../src/content-layer/pipeline/paths';

/** <Ask> marks the questions for the room; the build checks where they stand and counts them. */

async function structureOf(notes: string, outside = ''): Promise<ContentStructure> {
  const body = `## S\n\n<KeyPoints>\n- a\n- b\n</KeyPoints>\n\n${outside}\n\n<Notes minutes={5}>\n${notes}\n</Notes>\n\n<Quiz />\n`;
  const file = new VFile({ path: path.join(CONTENT_DIR, 'modules/en/fixture.mdx'), value: body, data: { astro: { frontmatter: {} } } });
  await compile(file, { remarkPlugins: [remarkContentStructure] });
  return (file.data.astro as { frontmatter: { structure: ContentStructure } }).frontmatter.structure;
}

describe('<Ask> in facilitator notes', () => {
  it('counts the marked questions of a section, and only those', async () => {
    const s = await structureOf('Pair exercise: rewrite "Why didn\'t you call the police?" Then ask: <Ask>what did you change?</Ask> And: <Ask>why?</Ask>');
    expect(s.sections[0]!.questions).toBe(2);
    expect((await structureOf('Ask: who decided? No mark, so no question.')).sections[0]!.questions).toBe(0);
  });
  it('stops the build for a mark outside the notes, an empty mark, or one inside another', async () => {
    await expect(structureOf('n', 'Prose with <Ask>a question?</Ask>')).rejects.toThrow(/line \d+: <Ask> marks a question for the room and belongs inside <Notes>/);
    await expect(structureOf('Ask: <Ask></Ask>')).rejects.toThrow('<Ask> is empty');
    await expect(structureOf('Ask: <Ask>one <Ask>two?</Ask></Ask>')).rejects.toThrow('<Ask> inside another <Ask>');
  });
});
