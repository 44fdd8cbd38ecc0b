import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { vi } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { VFile } from 'vfile';
import { createProcessor } from '@mdx-js/mdx';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import remarkSmartypants from 'remark-smartypants';
import type { z } from 'zod';
import { parseContent, type ContentError } from '../../../src/lib/content-error';
import { ModuleFrontmatterSchema } from '../../../src/content-layer/schemas/module';
import { BookletFrontmatterSchema } from '../../../src/content-layer/schemas/booklet';
import { QuizSchema } from '../../../src/content-layer/schemas/quiz';
import { ContactSchema } from '../../../src/content-layer/schemas/contact';
import { DestinationSchema } from '../../../src/content-layer/schemas/destination';
import { WarningSignSchema } from '../../../src/content-layer/schemas/self-check';
import { UiStringsSchema } from '../../../src/content-layer/schemas/ui-strings';
import { findKeyParityProblems } from '../../../src/lib/parity';
import { parseSiteConfig } from '../../../src/content-layer/site-config';
import type { ContentStructure } from '../../../src/content-layer/pipeline/remark-content-structure';

/**
 * Runs every check the build applies to a content folder, the way the build does, and returns the
 * problems as "file: problem" lines. The checks themselves are the project's: the zod schemas, the
 * citation and glossary loaders, the remark/rehype plugin lists of src/content-layer/pipeline/index.ts
 * compiled through @mdx-js/mdx as @astrojs/mdx compiles a page, and findContentProblems. What this
 * file adds is only the reading of files that Astro's loaders do in a build.
 */

export const FIXTURES = path.resolve('tests/fixtures/content');

/** A fresh copy of the valid base/ folder, with the fixture `name` laid over it. */
export function fixtureFolder(name: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `content-${name}-`));
  fs.cpSync(path.join(FIXTURES, 'base'), dir, { recursive: true });
  if (name !== 'base') fs.cpSync(path.join(FIXTURES, name), dir, { recursive: true });
  return dir;
}

// By name: the modules imported afresh for a folder have their own copy of the class.
const lines = (error: unknown): string[] => {
  if (!(error instanceof Error && error.name === 'ContentError')) throw error;
  const { file, problems } = error as ContentError;
  return problems.map((p) => `${file}: ${p}`);
};

const readYaml = (file: string): unknown => parseYaml(fs.readFileSync(file, 'utf8'));
const filesIn = (dir: string, ext: string): string[] =>
  fs.existsSync(dir) ? fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((n) => n.endsWith(ext)).sort().map((n) => path.join(dir, n)) : [];

/** The modules' and booklets' collection ids: "<locale folder>/<slug>". */
const collectionId = (dir: string, file: string) => path.relative(dir, file).split(path.sep).join('/').replace(/\.mdx$/, '');

export async function checkContentFolder(dir: string): Promise<string[]> {
  // The pipeline reads CONTENT_DIR when it is first imported: a fresh module graph for this folder.
  vi.resetModules();
  process.env.CONTENT_DIR = dir;
  try {
    const { remarkPlugins, rehypePlugins } = await import('../../../src/content-layer/pipeline/index');
    const { loadCitationRegistry } = await import('../../../src/content-layer/pipeline/citations');
    const { loadGlossaryTermsSync } = await import('../../../src/content-layer/pipeline/glossary');
    const { findContentProblems } = await import('../../../src/content-layer/model/content-checks');
    const { projectRelative } = await import('../../../src/content-layer/pipeline/paths');
    const problems: string[] = [];
    const attempt = <T,>(run: () => T): T | undefined => {
      try {
        return run();
      } catch (error) {
        problems.push(...lines(error));
        return undefined;
      }
    };
    const parsed = <S extends z.ZodType>(schema: S, data: unknown, file: string) => attempt(() => parseContent(schema, data, projectRelative(file)));

    const registry = attempt(loadCitationRegistry);
    const glossary = attempt(loadGlossaryTermsSync) ?? [];

    // As @astrojs/mdx compiles a page: its SmartyPants, then the project's lists.
    const processor = createProcessor({ remarkPlugins: [remarkSmartypants, ...remarkPlugins], rehypePlugins, jsxImportSource: 'astro', elementAttributeNameCase: 'html' });
    const compile = async (kind: 'modules' | 'booklets', schema: z.ZodType) => {
      const out = [];
      for (const file of filesIn(path.join(dir, kind), '.mdx')) {
        const { frontmatter, content } = parseFrontmatter(fs.readFileSync(file, 'utf8'), { frontmatter: 'empty-with-spaces' });
        const data = parsed(schema, frontmatter, file) as Record<string, unknown> | undefined;
        const vfile = new VFile({ path: file, value: content, data: { astro: { frontmatter } } });
        try {
          await processor.process(vfile);
        } catch (error) {
          problems.push(...lines(error));
          continue;
        }
        const structure = (vfile.data.astro as { frontmatter: { structure: ContentStructure } }).frontmatter.structure;
        out.push({ id: collectionId(path.join(dir, kind), file), file: projectRelative(file), data: data ?? {}, structure });
      }
      return out;
    };
    const modules = await compile('modules', ModuleFrontmatterSchema);
    const booklets = await compile('booklets', BookletFrontmatterSchema);

    const quizzes = filesIn(path.join(dir, 'quizzes'), '.yaml').flatMap((file) => {
      const data = parsed(QuizSchema, readYaml(file), file);
      return data ? [{ id: path.basename(file, '.yaml'), file: projectRelative(file), data }] : [];
    });
    // Astro's file() loader validates each entry of a list on its own.
    const entries = <S extends z.ZodType>(name: string, schema: S) => {
      const file = path.join(dir, name);
      return ((readYaml(file) as unknown[]) ?? []).flatMap((item, i) => {
        const data = attempt(() => parseContent(schema, item, `${projectRelative(file)} (entry ${i + 1})`));
        return data ? [data as z.infer<S>] : [];
      });
    };
    const contacts = entries('contacts.yaml', ContactSchema);
    entries('destinations.yaml', DestinationSchema);
    const warningSigns = entries('self-check.yaml', WarningSignSchema);

    // The UI strings (src/i18n/index.ts): each table against the schema, then key parity.
    const uiDir = path.join(dir, 'ui');
    const tables = filesIn(uiDir, '.json').map((file) => [path.basename(file, '.json'), parsed(UiStringsSchema, JSON.parse(fs.readFileSync(file, 'utf8')), file)] as const);
    const valid = tables.flatMap(([code, table]) => (table ? [[code, table] as const] : []));
    if (valid.length === tables.length)
      problems.push(...findKeyParityProblems(Object.fromEntries(valid)).map((p) => `${projectRelative(uiDir)}/*.json: ${p}`));

    const siteConfig = path.join(dir, 'site.config.yaml');
    attempt(() => parseSiteConfig(fs.readFileSync(siteConfig, 'utf8'), projectRelative(siteConfig)));

    // The build stops at the first file that fails; the checks across files see only valid files.
    if (registry && problems.length === 0)
      for (const p of findContentProblems({
        registry,
        modules: modules.map((m) => ({ id: m.id, file: m.file, order: Number(m.data.order), sourceRevision: m.data.sourceRevision as string | undefined, sections: m.structure.sections })),
        booklets: booklets.map((b) => ({ id: b.id, file: b.file, sourceRevision: b.data.sourceRevision as string | undefined })),
        quizzes,
        glossary,
        contacts,
        contentDir: projectRelative(dir),
        contactsFile: projectRelative(path.join(dir, 'contacts.yaml')),
        warningSigns,
        warningSignsFile: projectRelative(path.join(dir, 'self-check.yaml')),
      }))
        // content.ts throws on any group, so a group without a message would stop a good build.
        problems.push(...(p.messages.length ? p.messages.map((m) => `${p.file}: ${m}`) : [`${p.file}: (a problem without a message)`]));
    // A registry that fails, fails every page that reads it: once is enough.
    return [...new Set(problems)];
  } finally {
    delete process.env.CONTENT_DIR;
  }
}
