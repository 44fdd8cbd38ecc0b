import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ContentError } from '../../lib/content-error';
import { projectRelative } from './paths';

/** One YAML file of a folder: its path for messages (relative to the project) and what it holds. */
export interface YamlFile {
  file: string;
  raw: unknown;
}

/**
 * A reader for a folder of YAML files (content/citations/, content/glossary/) that the MDX
 * compiler needs before Astro's collections exist. Files are read in name order; `build` turns
 * them into the registry. The result is kept until a file is added, removed or changed, so that
 * `astro dev` sees edits. A file that is not valid YAML stops the build, naming the file.
 */
export function yamlFolderReader<T>(dir: string, build: (files: YamlFile[]) => T): () => T {
  let cached: { stamp: string; value: T } | undefined;
  return () => {
    const names = fs.readdirSync(dir).filter((n) => n.endsWith('.yaml')).sort();
    const stamp = names.map((n) => `${n}:${fs.statSync(path.join(dir, n)).mtimeMs}`).join('|');
    if (cached?.stamp === stamp) return cached.value;
    const files = names.map((name) => {
      const full = path.join(dir, name);
      const file = projectRelative(full);
      try {
        return { file, raw: parseYaml(fs.readFileSync(full, 'utf8')) as unknown };
      } catch (error) {
        throw new ContentError(file, [`not valid YAML: ${(error as Error).message}`]);
      }
    });
    cached = { stamp, value: build(files) };
    return cached.value;
  };
}
