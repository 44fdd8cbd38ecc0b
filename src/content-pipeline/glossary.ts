import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { GlossaryFileSchema, type GlossaryEntry } from '../schemas/glossary';
import { ContentError, parseContent } from '../lib/content-error';
import { CONTENT_DIR, projectRelative } from './paths';

const GLOSSARY_DIR = path.join(CONTENT_DIR, 'glossary');

/** Every term of content/glossary/*.yaml, validated per file, with the file it came from. */
export async function loadGlossaryTerms(): Promise<(GlossaryEntry & { file: string })[]> {
  const terms: (GlossaryEntry & { file: string })[] = [];
  const seen = new Map<string, string>();
  const problems: string[] = [];
  for (const name of fs.readdirSync(GLOSSARY_DIR).filter((n) => n.endsWith('.yaml')).sort()) {
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
  return terms;
}
