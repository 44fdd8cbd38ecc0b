import { createHash } from 'node:crypto';
import { parse as parseYaml } from 'yaml';

/**
 * Which revision of the English text a translation matches. A translated module or booklet records
 * the revision of its English file in its frontmatter (`sourceRevision`); when the English changes,
 * the revision no longer matches and the build warns. A hash of the text rather than a git commit,
 * so the check works in a copy of the site without its history (a tarball, a USB stick's source).
 */
export function textRevision(source: string): string {
  const normalised = translatableText(source).replace(/\r\n?/g, '\n').replace(/[ \t]+$/gm, '').trim();
  return createHash('sha256').update(normalised).digest('hex').slice(0, 12);
}

/** Frontmatter fields a translator translates; the others (order, audience, dates) do not make a translation stale. */
export const TRANSLATED_FIELDS = ['title', 'summary', 'objectives'] as const;

/** What a translation follows in an MDX file: the translated frontmatter fields and the body. */
export function translatableText(mdx: string): string {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(mdx);
  if (!match) return mdx;
  const frontmatter = (parseYaml(match[1]!) ?? {}) as Record<string, unknown>;
  const fields = TRANSLATED_FIELDS.filter((f) => f in frontmatter).map((f) => JSON.stringify([f, frontmatter[f]]));
  return `${fields.join('\n')}\n${mdx.slice(match[0].length)}`;
}

export const REVISION_PATTERN = /^[0-9a-f]{12}$/;

export interface TranslationState {
  file: string;
  source: string;
  /** up to date, changed since, or never recorded */
  state: 'current' | 'stale' | 'unrecorded';
}

/** Compares a translation's recorded revision with its source file's current one. */
export function translationState(file: string, recorded: string | undefined, source: string, sourceText: string): TranslationState {
  const state = recorded === undefined ? 'unrecorded' : recorded === textRevision(sourceText) ? 'current' : 'stale';
  return { file, source, state };
}

/** Sets `sourceRevision: <rev>` in an MDX file's frontmatter, replacing an earlier one. */
export function withSourceRevision(mdx: string, revision: string): string {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(mdx);
  if (!match) throw new Error('no frontmatter');
  const lines = match[1]!.split('\n').filter((l) => !l.startsWith('sourceRevision:'));
  lines.push(`sourceRevision: ${revision}`);
  return `---\n${lines.join('\n')}\n---\n${mdx.slice(match[0].length)}`;
}
