/**
 * The content pipeline, in the order it runs on every module and booklet. astro.config.mjs hands
 * these lists to Astro, and the pipeline tests run the same lists on small fixture files, so a
 * check tested there is the check the build applies.
 */
import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import remarkCjkFriendly from 'remark-cjk-friendly';
import { remarkContentStructure } from './remark-content-structure';
import { rehypeSections } from './rehype-sections';
import { rehypeGlossaryTerms } from './rehype-glossary-terms';
import { remarkJoinCjkLines } from './remark-join-cjk-lines';

// remark-cjk-friendly: **bold** next to Chinese punctuation works as Chinese authors expect.
export const remarkPlugins = [remarkCjkFriendly, remarkJoinCjkLines, remarkContentStructure];
// Heading ids must exist before the sections are wrapped (their aria-labelledby names them).
// Glossary terms are linked before the wrapping, which puts the text inside components that the
// linker does not enter; the wrapping then puts each link in the part it belongs to.
export const rehypePlugins = [rehypeHeadingIds, rehypeGlossaryTerms, rehypeSections];
