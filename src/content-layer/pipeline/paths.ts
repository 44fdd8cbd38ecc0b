import path from 'node:path';

/**
 * The project root and the content folder. From the working directory, not from this file's
 * location: during `astro build` this code runs from a bundle inside dist/, and every npm script
 * (build, test, bench) runs in the project root.
 */
export const PROJECT_ROOT = process.cwd();
/**
 * content/, or the folder CONTENT_DIR names (absolute, or relative to the project): the tests point
 * it at a small broken content folder to see the build stop on it. content.config.ts reads it too.
 */
export const CONTENT_DIR = path.resolve(PROJECT_ROOT, process.env.CONTENT_DIR || 'content');

/** A path relative to the project, for messages that name a file. */
export function projectRelative(file: string): string {
  return path.relative(PROJECT_ROOT, file) || file;
}
