import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import type { Element, Root } from 'hast';
import { rehypeGlossaryTerms } from '../../src/content-layer/pipeline/rehype-glossary-terms';

/** Runs the plugin on one paragraph as if it were the file at `rel`; returns the hrefs of term links and the recorded ids. */
function run(rel: string, text: string) {
  const tree: Root = { type: 'root', children: [{ type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: text }] }] };
  const file = new VFile({ path: path.resolve(rel) });
  rehypeGlossaryTerms()(tree, file);
  const hrefs = ((tree.children[0] as Element).children.filter((c) => c.type === 'element') as Element[]).map(
    (span) => (span.children[0] as Element).properties.href,
  );
  return { hrefs, recorded: (file.data.astro as { frontmatter?: { glossaryTerms?: string[] } } | undefined)?.frontmatter?.glossaryTerms };
}

describe('rehype-glossary-terms', () => {
  it("links the module's own terms, in the module's language", () => {
    expect(run('content/modules/en/ilo-standards.mdx', 'Forced labour and debt bondage.')).toEqual({
      hrefs: ['/en/glossary/#term-forced-labour'],
      recorded: ['forced-labour'],
    });
    expect(run('content/modules/zh-cn/forced-labour-indicators.mdx', '强迫劳动中的债务奴役').hrefs).toEqual(['/zh-cn/glossary/#term-debt-bondage']);
  });

  it('leaves booklets and other files alone', () => {
    expect(run('content/booklets/en/before-you-go.mdx', 'forced labour').hrefs).toEqual([]);
  });
});
