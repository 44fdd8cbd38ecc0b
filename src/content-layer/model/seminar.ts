import { getEntry, render } from 'astro:content';
import { pairedLocale, type LocaleCode } from '../../i18n/locales';
import { localizedItemPaths } from '../../i18n/static-paths';
import { contentModel, loadContent, type LocalizedEntry } from './content';
import { loadCitationRegistry, sourceListIds } from '../pipeline/citations';
import { pickAudienceQuestions } from '../../lib/seminar-plan';
import type { ContentModel } from '../schemas/sections';

/**
 * What the seminar views (deck, presenter window, handout, session plan) need for one module in
 * one language: the module in this language and in the other (dual-language slides), its
 * section model and rendered MDX (which the views render part by part), its quiz and the audience
 * questions, and its source list.
 */

export interface SeminarModule {
  slug: string;
  locale: LocaleCode;
  otherLocale: LocaleCode;
  module: LocalizedEntry<'modules'>;
  other: LocalizedEntry<'modules'>;
  Content: Awaited<ReturnType<typeof render>>['Content'];
  OtherContent: Awaited<ReturnType<typeof render>>['Content'];
  /** The section model of the module in this language and in the other. */
  model: ContentModel;
  otherModel: ContentModel;
  quiz: NonNullable<Awaited<ReturnType<typeof getEntry<'quizzes', string>>>>['data'];
  audienceQuestions: ReturnType<typeof pickAudienceQuestions>;
  /** The module's source list (its frontmatter `sources`), as instrument ids in display order. */
  sourceIds: string[];
}

/** getStaticPaths for /[lang]/modules/[slug]/<view>/: one page per module and language. */
export async function seminarStaticPaths() {
  return localizedItemPaths((await loadContent()).modules, 'module');
}

export async function loadSeminarModule(module: LocalizedEntry<'modules'>): Promise<SeminarModule> {
  const { modules } = await loadContent();
  const otherLocale = pairedLocale(module.locale).code;
  const other = modules.find((m) => m.slug === module.slug && m.locale === otherLocale)!;
  const [mine, theirs, model, otherModel] = await Promise.all([render(module.entry), render(other.entry), contentModel(module.entry), contentModel(other.entry)]);
  const quizEntry = model.quiz ? await getEntry('quizzes', model.quiz) : undefined;
  if (!quizEntry) throw new Error(`no quiz for module "${module.slug}"`);
  return {
    slug: module.slug,
    locale: module.locale,
    otherLocale,
    module,
    other,
    Content: mine.Content,
    OtherContent: theirs.Content,
    model,
    otherModel,
    quiz: quizEntry.data,
    audienceQuestions: pickAudienceQuestions(quizEntry.data.questions),
    sourceIds: sourceListIds(module.entry.data.sources),
  };
}

/** An instrument's short name and full title in a language (for the closing slide and the plan). */
export function instrumentNames(id: string, locale: LocaleCode) {
  const inst = loadCitationRegistry().instruments.get(id)!;
  return { short: inst.short[locale], title: inst.title[locale], url: inst.url };
}
