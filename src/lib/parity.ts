/**
 * Checks that the languages of the site say the same things: the same UI keys, the same content
 * slugs, the same module structure. Each function returns a list of problems (empty when all is
 * well) so that tests can assert on them and the build can report them all at once.
 */

const PLACEHOLDER = /\{\{\s*([\w.]+)\s*\}\}/g;

function placeholders(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '').sort();
}

/** UI string tables: every key in every language, with the same {{placeholders}}. */
export function findKeyParityProblems(tables: Record<string, Record<string, string>>): string[] {
  const problems: string[] = [];
  const langs = Object.keys(tables);
  const allKeys = new Set(langs.flatMap((l) => Object.keys(tables[l] ?? {})));
  for (const key of [...allKeys].sort()) {
    const missingIn = langs.filter((l) => !(key in (tables[l] ?? {})));
    if (missingIn.length) {
      problems.push(`key "${key}" is missing in ${missingIn.join(', ')}`);
      continue;
    }
    const [first, ...rest] = langs.map((l) => ({ l, ph: placeholders(tables[l]![key]!).join(',') }));
    for (const other of rest) {
      if (first && other.ph !== first.ph)
        problems.push(`key "${key}" has placeholders {${first.ph}} in ${first.l} but {${other.ph}} in ${other.l}`);
    }
  }
  return problems;
}

export interface LocalizedFile {
  locale: string;
  slug: string;
  file: string;
}

/** Content that exists once per language: every slug in every language. */
export function findSlugParityProblems(files: LocalizedFile[], locales: readonly string[]): string[] {
  const bySlug = new Map<string, LocalizedFile[]>();
  for (const f of files) bySlug.set(f.slug, [...(bySlug.get(f.slug) ?? []), f]);
  const problems: string[] = [];
  for (const [slug, present] of [...bySlug].sort(([a], [b]) => a.localeCompare(b))) {
    const missing = locales.filter((l) => !present.some((p) => p.locale === l));
    if (missing.length)
      problems.push(`"${slug}" exists as ${present.map((p) => p.file).join(', ')} but not in ${missing.join(', ')}`);
  }
  return problems;
}

/** The shape of one language version of a module, as the content pipeline extracts it. */
export interface ModuleShape {
  file: string;
  sections: { heading: string; keyPoints: number; minutes: number; figures: number; cases: number; questions: number }[];
}

/** The language versions of one module have the same sections, key points, timings, figures, cases and marked questions. */
export function findStructureProblems(shapes: ModuleShape[]): string[] {
  const [first, ...rest] = shapes;
  if (!first) return [];
  const problems: string[] = [];
  for (const other of rest) {
    if (other.sections.length !== first.sections.length) {
      problems.push(`${first.file} has ${first.sections.length} sections but ${other.file} has ${other.sections.length}`);
      continue;
    }
    first.sections.forEach((a, i) => {
      const b = other.sections[i]!;
      for (const field of ['keyPoints', 'minutes', 'figures', 'cases', 'questions'] as const) {
        if (a[field] !== b[field])
          problems.push(
            `section ${i + 1} ("${a.heading}" / "${b.heading}"): ${field} is ${a[field]} in ${first.file} but ${b[field]} in ${other.file}`,
          );
      }
    });
  }
  return problems;
}
