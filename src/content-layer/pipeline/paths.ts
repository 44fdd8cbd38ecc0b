import path from 'node:path';

/**
 * The project root and the content folder. From the working directory, not from this file's
 * location: during `astro build` this code runs from a bundle inside dist/, and every npm script
 * (build, test, bench) runs in the project root.
 */
export const PROJECT_ROOT = process.cwd();
export const CONTENT_DIR = path.join(PROJECT_ROOT, 'content');

/** A path relative to the project, for messages that name a file. */
export function projectRelative(file: string): string {
  return path.relative(PROJECT_ROOT, file) || file;
}
