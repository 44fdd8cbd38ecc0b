/**
 * The MDX components maps of the seminar views. Each view renders the parts of a module it needs
 * with `<Content only={part} components={…} />` (see src/content-layer/schemas/sections.ts), and
 * the map decides how a part looks there; no view reads another component's HTML.
 */
import { mdxComponents } from '../../authoring/index';
import Nothing from './Nothing.astro';
import Inline from './Inline.astro';

/** The reading view's own components (one source, one rendering), except the quiz, which the seminar views show in their own way. */
export const seminarComponents = { ...mdxComponents, Quiz: Nothing };

/**
 * Text as a slide (and the handout's list of key points) shows it: a heading's content without
 * the <h2>, key points without their box and title, links as plain text (nothing on a projected
 * slide is clicked). Glossary links never reach it: the linker leaves headings and key points alone.
 */
export const inlineComponents = { ...seminarComponents, h2: Inline, KeyPoints: Inline, a: Inline };

/** Facilitator notes without their box and title, for the presenter window and the session plan. */
export const notesComponents = { ...seminarComponents, Notes: Inline };
