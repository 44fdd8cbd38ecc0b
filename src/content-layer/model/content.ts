import fs from 'node:fs';
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { DEFAULT_LOCALE, LOCALES, localeByPath, type LocaleCode } from '../../i18n/locales';
import { translationState } from '../translation-revision';
import { ContentError } from '../../lib/content-error';
import { findSlugParityProblems, findStructureProblems } from '../../lib/parity';
import { resolveCitation } from '../../lib/citation-registry';
import { loadCitationRegistry } from '../pipeline/citations';
import type { ContentModel } from '../schemas/sections';
import { parseContentModel } from './section-model';
import type { GlossaryEntry } from '../schemas/glossary';
import type { ModuleRule, ModuleRules } from '../../lib/progress-schema';

/**
 * The content as pages use it, checked as a whole once per build. Checks that need more than one
 * file live here (per-file checks are in the schemas and the MDX pipeline): every slug in every
 * language, the same structure in every language, quizzes that belong to a module, glossary and
 * contact sources that exist. Any problem stops the build and names the files.
 */

type LocalizedCollection = 'modules' | 'booklets';

export interface LocalizedEntry<C extends LocalizedCollection> {
  slug: string;
  locale: LocaleCode;
  entry: CollectionEntry<C>;
  file: string;
}

function splitId<C extends LocalizedCollection>(entry: CollectionEntry<C>): LocalizedEntry<C> {
  const [folder = '', slug = ''] = entry.id.split('/');
  const locale = localeByPath(folder);
  const file = entryFile(entry);
  if (!locale) throw new ContentError(file, [`folder "${folder}" is not a locale (expected ${LOCALES.map((l) => l.path).join(' or ')})`]);
  return { slug, locale: locale.code, entry, file };
}

async function loadLocalized<C extends LocalizedCollection>(collection: C): Promise<LocalizedEntry<C>[]> {
  const entries = (await getCollection(collection)) as CollectionEntry<C>[];
  const items = entries.map((e) => splitId(e));
  const problems = findSlugParityProblems(items, LOCALES.map((l) => l.code));
  if (problems.length) throw new ContentError(`content/${collection}/`, problems);
  return items.sort((a, b) => a.entry.data.order - b.entry.data.order || a.slug.localeCompare(b.slug));
}

/**
 * The section model the MDX pipeline recorded for an entry (sections and their parts, citations,
 * quiz, linked glossary terms), checked against its schema: the one way pages read what the
 * pipeline recorded. A record that does not match stops the build with the file.
 */
export async function contentModel(entry: CollectionEntry<LocalizedCollection>): Promise<ContentModel> {
  const { remarkPluginFrontmatter } = await render(entry);
  return parseContentModel(remarkPluginFrontmatter, entryFile(entry));
}

function entryFile(entry: CollectionEntry<LocalizedCollection>): string {
  return entry.filePath ?? `content/${entry.collection}/${entry.id}`;
}

async function checkAll() {
  const registry = loadCitationRegistry();
  const [modules, booklets, quizzes, glossaryTerms, contacts] = await Promise.all([
    loadLocalized('modules'),
    loadLocalized('booklets'),
    getCollection('quizzes'),
    getCollection('glossary'),
    getCollection('contacts'),
  ]);
  const problems: { file: string; messages: string[] }[] = [];
  const report = (file: string, messages: string[]) => messages.length && problems.push({ file, messages });

  const slugs = new Set(modules.map((m) => m.slug));
  for (const slug of slugs) {
    const versions = modules.filter((m) => m.slug === slug);
    const shapes = await Promise.all(versions.map(async (v) => ({ file: v.file, sections: (await contentModel(v.entry)).sections })));
    report(`content/modules/*/${slug}.mdx`, findStructureProblems(shapes));
    const orders = new Set(versions.map((v) => v.entry.data.order));
    if (orders.size > 1) report(`content/modules/*/${slug}.mdx`, [`order differs between languages: ${[...orders].join(' vs ')}`]);
    if (!quizzes.some((q) => q.id === slug)) report(`content/quizzes/${slug}.yaml`, ['missing: every module needs a quiz file']);
  }
  for (const quiz of quizzes) {
    const file = quiz.filePath ?? `content/quizzes/${quiz.id}.yaml`;
    const messages: string[] = [];
    if (quiz.data.module !== quiz.id) messages.push(`module: "${quiz.data.module}" must equal the file name "${quiz.id}"`);
    if (!slugs.has(quiz.id)) messages.push(`no module "${quiz.id}" in content/modules/`);
    for (const q of quiz.data.questions)
      for (const ref of q.cite) if (!resolveCitation(registry, ref)) messages.push(`question "${q.id}": unknown citation "${ref}"`);
    report(file, messages);
  }
  for (const { data: term } of glossaryTerms) {
    const messages: string[] = [];
    if (!resolveCitation(registry, term.source)) messages.push(`term "${term.id}": unknown source "${term.source}"`);
    for (const m of term.modules) if (!slugs.has(m)) messages.push(`term "${term.id}": unknown module "${m}"`);
    report(term.file, messages);
  }
  report(
    'content/contacts.yaml',
    contacts.filter((c) => !resolveCitation(registry, c.data.source)).map((c) => `contact "${c.id}": unknown source "${c.data.source}"`),
  );
  for (const item of [...modules, ...booklets]) {
    if (item.locale === DEFAULT_LOCALE) {
      if (item.entry.data.sourceRevision) report(item.file, ['sourceRevision: only a translation records the revision of its English source']);
      continue;
    }
    const source = [...modules, ...booklets].find((o) => o.slug === item.slug && o.locale === DEFAULT_LOCALE && o.entry.collection === item.entry.collection);
    if (!source) continue; // the parity check above has reported it
    const { state } = translationState(item.file, item.entry.data.sourceRevision, source.file, fs.readFileSync(source.file, 'utf8'));
    // A warning, not an error: a correction in English must be able to go live before its translation.
    if (state !== 'current')
      console.warn(`[content] ${item.file}: ${state === 'stale' ? `${source.file} has changed since this translation was made` : 'records no sourceRevision'}; bring it up to date, then npm run content:report -- --mark-translated ${item.file}`);
  }
  if (problems.length)
    throw new ContentError(problems.map((p) => p.file).join(', '), problems.flatMap((p) => p.messages.map((m) => `${p.file}: ${m}`)));
  return { modules, booklets, quizzes, glossary: glossaryTerms.map((g) => g.data) as GlossaryEntry[], contacts };
}

let checked: ReturnType<typeof checkAll> | undefined;

/** All content, checked. Memoised: the checks run once per build, whichever page asks first. */
export function loadContent() {
  return (checked ??= checkAll());
}

export async function modulesIn(locale: LocaleCode) {
  return (await loadContent()).modules.filter((m) => m.locale === locale);
}

/**
 * Each module's section count and pass mark, keyed by slug: the rules the progress schema checks a
 * completion against (src/lib/progress-schema.ts). The same in every language (the build checks
 * that the structure matches), so taken from the first locale.
 */
export async function progressRules(): Promise<ModuleRules> {
  const rules: Record<string, ModuleRule> = {};
  for (const { slug, entry } of await modulesIn(LOCALES[0]!.code))
    rules[slug] = { sectionCount: (await contentModel(entry)).sections.length, passMark: entry.data.passMark };
  return rules;
}

export async function bookletsIn(locale: LocaleCode) {
  return (await loadContent()).booklets.filter((b) => b.locale === locale);
}
