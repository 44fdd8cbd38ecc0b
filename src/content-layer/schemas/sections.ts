import { z } from 'zod';

/**
 * The section model: what the content pipeline records about a module or booklet as it compiles
 * it (src/content-layer/pipeline/remark-content-structure.ts records, rehype-sections.ts adds the
 * heading ids and marks the parts in the rendered tree). Pages read it through one accessor,
 * `contentModel()` in src/content-layer/model/content.ts, which checks it against this schema.
 * The seminar views render a section's parts by the ids `partId` gives; the model says which exist.
 */

import { FIGURE_COMPONENTS } from '../../lib/author-components';

/** MDX components that draw a figure (src/lib/author-components.ts); each counts as one figure of its section. */
export { FIGURE_COMPONENTS };
export type FigureComponent = (typeof FIGURE_COMPONENTS)[number];

export const SectionSchema = z.strictObject({
  /** 0-based position among the `##` sections. */
  index: z.number().int().nonnegative(),
  /** The heading as plain text. */
  heading: z.string().min(1),
  /** The heading's id (the one rehypeHeadingIds gives, which the reading view's links use). */
  headingId: z.string().min(1),
  /** Whether the section has its <KeyPoints> box (a module's sections must; a booklet's have none). */
  hasKeyPoints: z.boolean(),
  /** How many bullets the <KeyPoints> box holds, and their plain text, in order. */
  keyPoints: z.number().int().nonnegative(),
  keyPointTexts: z.array(z.string()),
  /** Whether the section has facilitator notes (<Notes minutes>), and their minutes (0 without). */
  hasNotes: z.boolean(),
  minutes: z.number().int().nonnegative(),
  /** How many questions for the room the notes mark with <Ask>, and their plain text. */
  questions: z.number().int().nonnegative(),
  questionTexts: z.array(z.string().min(1)),
  /** How many figures the section draws, and which component draws each, in order. */
  figures: z.number().int().nonnegative(),
  figureComponents: z.array(z.enum(FIGURE_COMPONENTS as [FigureComponent, ...FigureComponent[]])),
  /** How many case studies (<Callout kind="case">) it holds. */
  cases: z.number().int().nonnegative(),
  /** The citation refs the section cites, in order of first use. */
  citeRefs: z.array(z.string()),
}).refine((s) => s.keyPoints === s.keyPointTexts.length && s.questions === s.questionTexts.length && s.figures === s.figureComponents.length, {
  message: 'counts do not match the recorded lists',
});
export type Section = z.infer<typeof SectionSchema>;

export const ContentModelSchema = z.strictObject({
  /** Whether text comes before the first section (the introduction). */
  hasIntro: z.boolean(),
  sections: z.array(SectionSchema).min(1),
  /** Every citation ref in the file, in order of first use. */
  citeRefs: z.array(z.string()),
  /** The quiz the module's <Quiz /> shows (content/quizzes/<quiz>.yaml); null for a booklet. */
  quiz: z.string().min(1).nullable(),
  /** The glossary terms linked in the text (rehype-glossary-terms), by id. */
  glossaryTerms: z.array(z.string()),
});
export type ContentModel = z.infer<typeof ContentModelSchema>;

/**
 * The parts of the rendered tree a view can ask for: `<Content only={partId(…)} />` renders just
 * that part. Within a section: its heading, key points, reading text (every run of prose: they
 * share one id), each figure and case study by position, the facilitator notes. At the root: the
 * introduction before the first section and the quiz.
 */
export type SectionPartKind = 'heading' | 'keyPoints' | 'prose' | 'notes' | 'figure' | 'case';
export function partId(section: number, kind: SectionPartKind, position = 0): string {
  return kind === 'figure' || kind === 'case' ? `${section}:${kind}-${position}` : `${section}:${kind}`;
}
/** Whether the part `id` lies in section `section` (so a section asked for another part can skip its own). */
export function isPartOfSection(id: string, section: number): boolean {
  return id.startsWith(`${section}:`);
}
export const INTRO_PART = 'intro';
export const QUIZ_PART = 'quiz';
/** Whitespace between parts and anything after the quiz: never asked for, so shown only by the whole text. */
export const UNLISTED_PART = 'unlisted';
