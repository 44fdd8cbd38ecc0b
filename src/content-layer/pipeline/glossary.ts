import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { GlossaryFileSchema, type GlossaryEntry } from '../schemas/glossary';
import { ContentError, parseContent } from '../../lib/content-error';
import { CONTENT_DIR, projectRelative } from './paths';

const GLOSSARY_DIR = path.join(CONTENT_DIR, 'glossary');

export type GlossaryTerm = GlossaryEntry & { file: string };

let cached: { stamp: string; terms: GlossaryTerm[] } | undefined;

/**
 * Every term of content/glossary/*.yaml, validated per file, with the file it came from.
 * Synchronous because the MDX compiler (rehype-glossary-terms) needs the terms before collections
 * exist; re-read when a file changes, so `astro dev` sees edits.
 */
export function loadGlossaryTermsSync(): GlossaryTerm[] {
  const names = fs.readdirSync(GLOSSARY_DIR).filter((n) => n.endsWith('.yaml')).sort();
  const stamp = names.map((n) => `${n}:${fs.statSync(path.join(GLOSSARY_DIR, n)).mtimeMs}`).join('|');
  if (cached?.stamp === stamp) return cached.terms;
  const terms: GlossaryTerm[] = [];
  const seen = new Map<string, string>();
  const problems: string[] = [];
  for (const name of names) {
    const full = path.join(GLOSSARY_DIR, name);
    const file = projectRelative(full);
    let raw: unknown;
    try {
      raw = parseYaml(fs.readFileSync(full, 'utf8'));
    } catch (error) {
      throw new ContentError(file, [`not valid YAML: ${(error as Error).message}`]);
    }
    for (const term of parseContent(GlossaryFileSchema, raw, file)) {
      const earlier = seen.get(term.id);
      if (earlier) problems.push(`${file}: term "${term.id}" is already defined in ${earlier}`);
      seen.set(term.id, file);
      terms.push({ ...term, file });
    }
  }
  if (problems.length) throw new ContentError(projectRelative(GLOSSARY_DIR), problems);
  cached = { stamp, terms };
  return terms;
}

/** The same, as the `glossary` collection's loader (content.config.ts). */
export async function loadGlossaryTerms(): Promise<GlossaryTerm[]> {
  // Copies: the content layer may keep or alter what it is given, and the MDX compiler shares the cache.
  return loadGlossaryTermsSync().map((term) => ({ ...term }));
}
