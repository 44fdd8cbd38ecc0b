import { LOCALES, localeByPath, DEFAULT_LOCALE, type LocaleCode } from '../../i18n/locales';
import { findSlugParityProblems, findStructureProblems, type ModuleShape } from '../../lib/parity';
import { resolveCitation, type CitationRegistry } from '../../lib/citation-registry';
import type { Quiz } from '../schemas/quiz';
import type { GlossaryEntry } from '../schemas/glossary';

/**
 * The checks that need more than one content file (per-file checks are in the schemas and the MDX
 * pipeline): every slug in every language, the same structure in every language, one quiz per
 * module and a quiz that can assess it, glossary, contact and warning-sign sources that exist. Pure, so the tests
 * run it on small broken content folders; src/content-layer/model/content.ts hands it the
 * collections on every build.
 */

/** Quiz policy (content/AUTHORING.md): enough items to assess a module, some of them case scenarios. */
export const MIN_QUIZ_QUESTIONS = 12;
export const MIN_CASE_QUESTIONS = 2;

/** A module or booklet file, by its collection id ("en/ilo-standards"). */
export interface LocalizedFileInput {
  /** The collection id: "<locale folder>/<slug>". */
  id: string;
  /** The file, relative to the project (for messages). */
  file: string;
  sourceRevision?: string | undefined;
}

export interface ModuleInput extends LocalizedFileInput {
  order: number;
  /** The sections the MDX pipeline recorded (remarkPluginFrontmatter.structure.sections). */
  sections: ModuleShape['sections'];
}

export interface ContentChecksInput {
  registry: CitationRegistry;
  modules: ModuleInput[];
  booklets: LocalizedFileInput[];
  quizzes: { id: string; file: string; data: Quiz }[];
  glossary: (GlossaryEntry & { file: string })[];
  contacts: { id: string; source: string }[];
  /** The warning signs of content/self-check.yaml, with the rule each cites. */
  warningSigns: { id: string; cite?: string | undefined }[];
  /** The content folder relative to the project ("content"), for messages about files that are missing or span languages. */
  contentDir: string;
  /** Where contacts and warning signs come from, for messages. */
  contactsFile: string;
  warningSignsFile: string;
}

export interface ContentProblem {
  file: string;
  messages: string[];
}

/** The locale folder and slug of a collection id; `locale` is undefined when the folder is not a locale. */
export function splitContentId(id: string): { folder: string; slug: string; locale: LocaleCode | undefined } {
  const [folder = '', slug = ''] = id.split('/');
  return { folder, slug, locale: localeByPath(folder)?.code };
}

/** Every problem across the content, grouped by the file to open (empty when all is well). */
export function findContentProblems(input: ContentChecksInput): ContentProblem[] {
  const { registry } = input;
  const problems: ContentProblem[] = [];
  const report = (file: string, messages: string[]) => void (messages.length && problems.push({ file, messages }));
  const known = (ref: string) => resolveCitation(registry, ref) !== undefined;

  const localized = <T extends LocalizedFileInput>(kind: 'modules' | 'booklets', items: T[]) => {
    const split = items.map((item) => ({ ...item, ...splitContentId(item.id) }));
    for (const item of split)
      if (!item.locale) report(item.file, [`folder "${item.folder}" is not a locale (expected ${LOCALES.map((l) => l.path).join(' or ')})`]);
    const inLocales = split.filter((item): item is typeof item & { locale: LocaleCode } => item.locale !== undefined);
    report(`${input.contentDir}/${kind}/`, findSlugParityProblems(inLocales, LOCALES.map((l) => l.code)));
    return inLocales;
  };
  const modules = localized('modules', input.modules);
  const booklets = localized('booklets', input.booklets);

  const slugs = new Set(modules.map((m) => m.slug));
  for (const slug of slugs) {
    const versions = modules.filter((m) => m.slug === slug);
    report(`${input.contentDir}/modules/*/${slug}.mdx`, findStructureProblems(versions.map((v) => ({ file: v.file, sections: v.sections }))));
    const orders = new Set(versions.map((v) => v.order));
    if (orders.size > 1) report(`${input.contentDir}/modules/*/${slug}.mdx`, [`order differs between languages: ${[...orders].join(' vs ')}`]);
    if (!input.quizzes.some((q) => q.id === slug)) report(`${input.contentDir}/quizzes/${slug}.yaml`, ['missing: every module needs a quiz file']);
  }
  for (const quiz of input.quizzes) {
    const messages: string[] = [];
    if (quiz.data.module !== quiz.id) messages.push(`module: "${quiz.data.module}" must equal the file name "${quiz.id}"`);
    if (!slugs.has(quiz.id)) messages.push(`no module "${quiz.id}" in ${input.contentDir}/modules/`);
    const { questions } = quiz.data;
    if (questions.length < MIN_QUIZ_QUESTIONS) messages.push(`questions: a module's quiz needs at least ${MIN_QUIZ_QUESTIONS} questions, found ${questions.length}`);
    const cases = questions.filter((q) => q.type === 'case').length;
    if (cases < MIN_CASE_QUESTIONS) messages.push(`questions: a module's quiz needs at least ${MIN_CASE_QUESTIONS} case scenarios (type: case), found ${cases}`);
    for (const q of questions) for (const ref of q.cite) if (!known(ref)) messages.push(`question "${q.id}": unknown citation "${ref}"`);
    report(quiz.file, messages);
  }
  for (const term of input.glossary) {
    const messages: string[] = [];
    if (!known(term.source)) messages.push(`term "${term.id}": unknown source "${term.source}"`);
    for (const m of term.modules) if (!slugs.has(m)) messages.push(`term "${term.id}": unknown module "${m}"`);
    report(term.file, messages);
  }
  report(input.contactsFile, input.contacts.filter((c) => !known(c.source)).map((c) => `contact "${c.id}": unknown source "${c.source}"`));
  report(input.warningSignsFile, input.warningSigns.filter((s) => s.cite && !known(s.cite)).map((s) => `sign "${s.id}": unknown citation "${s.cite}"`));
  for (const item of [...modules, ...booklets])
    if (item.locale === DEFAULT_LOCALE && item.sourceRevision)
      report(item.file, ['sourceRevision: only a translation records the revision of its English source']);
  return problems;
}
