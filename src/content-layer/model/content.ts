import fs from 'node:fs';
import path from 'node:path';
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { DEFAULT_LOCALE, LOCALES, type LocaleCode } from '../../i18n/locales';
import { translationState } from '../translation-revision';
import { ContentError } from '../../lib/content-error';
import { loadCitationRegistry } from '../pipeline/citations';
import { CONTENT_DIR, projectRelative } from '../pipeline/paths';
import { findContentProblems, splitContentId } from './content-checks';
import type { ContentModel } from '../schemas/sections';
import { parseContentModel } from './section-model';
import type { GlossaryEntry } from '../schemas/glossary';
import type { ModuleRule, ModuleRules } from '../../lib/progress-schema';

/**
 * The content as pages use it, checked as a whole once per build. The checks that need more than
 * one file are in ./content-checks.ts (per-file checks are in the schemas and the MDX pipeline);
 * any problem stops the build and names the files.
 */

type LocalizedCollection = 'modules' | 'booklets';

export interface LocalizedEntry<C extends LocalizedCollection> {
  slug: string;
  locale: LocaleCode;
  entry: CollectionEntry<C>;
  file: string;
}

/** A collection's entries with their locale and slug, in page order; the locales are checked by findContentProblems. */
async function loadLocalized<C extends LocalizedCollection>(collection: C) {
  const entries = (await getCollection(collection)) as CollectionEntry<C>[];
  return entries
    .map((entry) => ({ ...splitContentId(entry.id), entry, file: entryFile(entry) }))
    .sort((a, b) => a.entry.data.order - b.entry.data.order || a.slug.localeCompare(b.slug));
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
  const [modules, booklets, quizzes, glossaryTerms, contacts, warningSigns] = await Promise.all([
    loadLocalized('modules'),
    loadLocalized('booklets'),
    getCollection('quizzes'),
    getCollection('glossary'),
    getCollection('contacts'),
    getCollection('warningSigns'),
  ]);
  const problems = findContentProblems({
    registry,
    modules: await Promise.all(modules.map(async (m) => ({ ...m, id: m.entry.id, order: m.entry.data.order, sourceRevision: m.entry.data.sourceRevision, sections: (await contentModel(m.entry)).sections }))),
    booklets: booklets.map((b) => ({ ...b, id: b.entry.id, sourceRevision: b.entry.data.sourceRevision })),
    quizzes: quizzes.map((q) => ({ id: q.id, file: q.filePath ?? `content/quizzes/${q.id}.yaml`, data: q.data })),
    glossary: glossaryTerms.map((g) => g.data),
    contacts: contacts.map((c) => ({ id: c.id, source: c.data.source })),
    contentDir: projectRelative(CONTENT_DIR),
    contactsFile: contacts[0]?.filePath ?? projectRelative(path.join(CONTENT_DIR, 'contacts.yaml')),
    warningSigns: warningSigns.map((s) => ({ id: s.id, cite: s.data.cite })),
    warningSignsFile: projectRelative(path.join(CONTENT_DIR, 'self-check.yaml')),
  });
  if (problems.length)
    throw new ContentError(problems.map((p) => p.file).join(', '), problems.flatMap((p) => p.messages.map((m) => `${p.file}: ${m}`)));
  for (const item of [...modules, ...booklets]) {
    if (item.locale === DEFAULT_LOCALE) continue;
    const source = [...modules, ...booklets].find((o) => o.slug === item.slug && o.locale === DEFAULT_LOCALE && o.entry.collection === item.entry.collection);
    if (!source) continue; // the parity check above has reported it
    const { state } = translationState(item.file, item.entry.data.sourceRevision, source.file, fs.readFileSync(source.file, 'utf8'));
    // A warning, not an error: a correction in English must be able to go live before its translation.
    if (state !== 'current')
      console.warn(`[content] ${item.file}: ${state === 'stale' ? `${source.file} has changed since this translation was made` : 'records no sourceRevision'}; bring it up to date, then npm run content:report -- --mark-translated ${item.file}`);
  }
  // findContentProblems has checked every folder is a locale.
  return { modules: modules as LocalizedEntry<'modules'>[], booklets: booklets as LocalizedEntry<'booklets'>[], quizzes, glossary: glossaryTerms.map((g) => g.data) as GlossaryEntry[], contacts };
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
