import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { CitationFileSchema } from '../schemas/citation';
import { ContentError, parseContent } from '../../lib/content-error';
import { mergeCitationFiles, resolveCitation, sortInstrumentIds, type CitationRegistry } from '../../lib/citation-registry';
import { CONTENT_DIR, projectRelative } from './paths';

const CITATIONS_DIR = path.join(CONTENT_DIR, 'citations');

let cached: { stamp: string; registry: CitationRegistry } | undefined;

/**
 * The citation registry from content/citations/*.yaml, validated. It is read from disk rather than
 * from an Astro collection because the MDX compiler needs it (to check every <Cite ref>) before
 * collections exist. Re-read when a file changes, so `astro dev` sees edits.
 */
export function loadCitationRegistry(): CitationRegistry {
  const names = fs.readdirSync(CITATIONS_DIR).filter((n) => n.endsWith('.yaml')).sort();
  const stamp = names.map((n) => `${n}:${fs.statSync(path.join(CITATIONS_DIR, n)).mtimeMs}`).join('|');
  if (cached?.stamp === stamp) return cached.registry;
  const files = names.map((name) => {
    const full = path.join(CITATIONS_DIR, name);
    const file = projectRelative(full);
    let raw: unknown;
    try {
      raw = parseYaml(fs.readFileSync(full, 'utf8'));
    } catch (error) {
      throw new ContentError(file, [`not valid YAML: ${(error as Error).message}`]);
    }
    return { file, data: parseContent(CitationFileSchema, raw ?? {}, file) };
  });
  const { registry, problems } = mergeCitationFiles(files);
  if (problems.length) throw new ContentError(projectRelative(CITATIONS_DIR), problems);
  cached = { stamp, registry };
  return registry;
}

/** The instruments a page's source list shows for these citation ids, in display order. */
export function sourceListIds(ids: Iterable<string>): string[] {
  const registry = loadCitationRegistry();
  return sortInstrumentIds(registry, [...ids].map((id) => resolveCitation(registry, id)!.instrumentId));
}
