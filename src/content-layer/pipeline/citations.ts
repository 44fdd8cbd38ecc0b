import path from 'node:path';
import { CitationFileSchema } from '../schemas/citation';
import { ContentError, parseContent } from '../../lib/content-error';
import { mergeCitationFiles, resolveCitation, sortInstrumentIds, type CitationRegistry } from '../../lib/citation-registry';
import { CONTENT_DIR, projectRelative } from './paths';
import { yamlFolderReader } from './yaml-folder';

const CITATIONS_DIR = path.join(CONTENT_DIR, 'citations');

/**
 * The citation registry from content/citations/*.yaml, validated. It is read from disk rather than
 * from an Astro collection because the MDX compiler needs it (to check every <Cite ref>) before
 * collections exist. Re-read when a file changes, so `astro dev` sees edits.
 */
export const loadCitationRegistry: () => CitationRegistry = yamlFolderReader(CITATIONS_DIR, (files) => {
  const parsed = files.map(({ file, raw }) => ({ file, data: parseContent(CitationFileSchema, raw ?? {}, file) }));
  const { registry, problems } = mergeCitationFiles(parsed);
  if (problems.length) throw new ContentError(projectRelative(CITATIONS_DIR), problems);
  return registry;
});

/** The instruments a page's source list shows for these citation ids, in display order. */
export function sourceListIds(ids: Iterable<string>): string[] {
  const registry = loadCitationRegistry();
  return sortInstrumentIds(registry, [...ids].map((id) => resolveCitation(registry, id)!.instrumentId));
}
