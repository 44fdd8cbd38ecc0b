import path from 'node:path';
import { GlossaryFileSchema, type GlossaryEntry } from '../schemas/glossary';
import { ContentError, parseContent } from '../../lib/content-error';
import { CONTENT_DIR, projectRelative } from './paths';
import { yamlFolderReader } from './yaml-folder';

const GLOSSARY_DIR = path.join(CONTENT_DIR, 'glossary');

export type GlossaryTerm = GlossaryEntry & { file: string };

/**
 * Every term of content/glossary/*.yaml, validated per file, with the file it came from.
 * Synchronous because the MDX compiler (rehype-glossary-terms) needs the terms before collections
 * exist; re-read when a file changes, so `astro dev` sees edits.
 */
export const loadGlossaryTermsSync: () => GlossaryTerm[] = yamlFolderReader(GLOSSARY_DIR, (files) => {
  const terms: GlossaryTerm[] = [];
  const seen = new Map<string, string>();
  const problems: string[] = [];
  for (const { file, raw } of files) {
    for (const term of parseContent(GlossaryFileSchema, raw, file)) {
      const earlier = seen.get(term.id);
      if (earlier) problems.push(`${file}: term "${term.id}" is already defined in ${earlier}`);
      seen.set(term.id, file);
      terms.push({ ...term, file });
    }
  }
  if (problems.length) throw new ContentError(projectRelative(GLOSSARY_DIR), problems);
  return terms;
});

/** The same, as the `glossary` collection's loader (content.config.ts). */
export async function loadGlossaryTerms(): Promise<GlossaryTerm[]> {
  // Copies: the content layer may keep or alter what it is given, and the MDX compiler shares the cache.
  return loadGlossaryTermsSync().map((term) => ({ ...term }));
}
