import fs from 'node:fs';
import nodePath from 'node:path';
import { compile } from '@mdx-js/mdx';
import { VFile } from 'vfile';
import { parse as parseYaml } from 'yaml';
import { remarkContentStructure, type ContentStructure } from './remark-content-structure';

/**
 * Runs a content MDX file through the same structure checks as the build, outside Astro: for unit
 * tests over the real content and for scripts (plain-language metrics). Astro parses frontmatter
 * itself, so this does the same before handing the body to MDX.
 */
export async function analyseMdxFile(path: string): Promise<{ frontmatter: Record<string, unknown>; structure: ContentStructure; body: string }> {
  const source = fs.readFileSync(path, 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n/.exec(source);
  const frontmatter = (match ? parseYaml(match[1]!) : {}) as Record<string, unknown>;
  const body = match ? source.slice(match[0].length) : source;
  // Absolute, as Astro passes it: the checks apply to files under content/ only.
  const file = new VFile({ path: nodePath.resolve(path), value: body, data: { astro: { frontmatter } } });
  await compile(file, { remarkPlugins: [remarkContentStructure] });
  const structure = (file.data.astro as { frontmatter: { structure?: ContentStructure } }).frontmatter.structure;
  if (!structure) throw new Error(`${path}: not a module or booklet under content/`);
  return { frontmatter, structure, body };
}
