/**
 * Checks that the languages of the site say the same things: the same UI keys, the same content
 * slugs, the same module structure. Each function returns a list of problems (empty when all is
 * well) so that tests can assert on them and the build can report them all at once.
 */

const PLACEHOLDER = /\{\{\s*([\w.]+)\s*\}\}/g;

function placeholders(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '').sort();
}

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** A key without its i18next plural suffix ("search.count_one" → "search.count"), and the form. */
export function pluralBase(key: string): { base: string; form?: string } {
  const m = PLURAL_SUFFIX.exec(key);
  return m ? { base: key.slice(0, m.index), form: m[1] } : { base: key };
}

/**
 * UI string tables (keyed by locale code): every key in every language, with the same
 * {{placeholders}}. A key with plural forms (i18next's `key_one`, `key_other`…) is one key: each
 * language has exactly the forms its plural rules use (English one and other, Chinese only other;
 * not i18next's `_zero`, which the browser translator does not read), and every form has the
 * placeholders of the others.
 */
export function findKeyParityProblems(tables: Record<string, Record<string, string>>): string[] {
  const problems: string[] = [];
  const langs = Object.keys(tables);
  // base key → language → form ('' for a plain key) → text
  const keys = new Map<string, Map<string, Map<string, string>>>();
  for (const l of langs)
    for (const [key, text] of Object.entries(tables[l] ?? {})) {
      const { base, form = '' } = pluralBase(key);
      if (!keys.has(base)) keys.set(base, new Map());
      const byLang = keys.get(base)!;
      if (!byLang.has(l)) byLang.set(l, new Map());
      byLang.get(l)!.set(form, text);
    }
  for (const [key, byLang] of [...keys].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const missingIn = langs.filter((l) => !byLang.has(l));
    if (missingIn.length) {
      problems.push(`key "${key}" is missing in ${missingIn.join(', ')}`);
      continue;
    }
    const plural = [...byLang.values()].some((forms) => [...forms.keys()].some((f) => f !== ''));
    for (const l of langs) {
      const forms = [...byLang.get(l)!.keys()];
      if (!plural) continue;
      const needed = new Intl.PluralRules(l).resolvedOptions().pluralCategories as string[];
      const missing = needed.filter((f) => !forms.includes(f));
      const extra = forms.filter((f) => !needed.includes(f)).map((f) => (f === '' ? `"${key}" without a plural suffix` : `_${f}`));
      if (missing.length) problems.push(`key "${key}" needs the plural forms ${missing.map((f) => `_${f}`).join(', ')} in ${l}`);
      if (extra.length) problems.push(`key "${key}" has ${extra.join(', ')} in ${l}, which ${l} does not use`);
    }
    const texts = langs.flatMap((l) => [...byLang.get(l)!].map(([form, text]) => ({ where: form ? `${l} (_${form})` : l, ph: placeholders(text).join(',') })));
    const [first, ...rest] = texts;
    for (const other of rest) {
      if (first && other.ph !== first.ph)
        problems.push(`key "${key}" has placeholders {${first.ph}} in ${first.where} but {${other.ph}} in ${other.where}`);
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
