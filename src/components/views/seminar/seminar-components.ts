/**
 * The MDX components for the seminar views: the reading view's own (one source, one rendering),
 * except the quiz, which the deck shows as audience questions and the handout as an answer key.
 */
import { mdxComponents } from '../../authoring/index';
import Nothing from './Nothing.astro';

export const seminarComponents = { ...mdxComponents, Quiz: Nothing };
