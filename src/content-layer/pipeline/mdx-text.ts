import type { Root } from 'mdast';
import { createProcessor } from '@mdx-js/mdx';
import remarkSmartypants from 'remark-smartypants';
import { unified } from 'unified';
import { toString } from 'mdast-util-to-string';
import { joinCjkLines } from '../../lib/cjk';
import { NON_TEXT_COMPONENTS } from '../../lib/author-components';

/**
 * The reader-facing text of an MDX body (frontmatter already removed), for build-time tools that
 * work on the words rather than the page: the plain-language metrics and the job-offer self-check,
 * which takes its list of warning signs from the booklet itself so there is one source.
 */

/** A block of running text as a reader meets it. */
export interface TextBlock {
  kind: 'heading' | 'paragraph' | 'listItem' | 'tableCell';
  text: string;
}

/** Components whose output is not the author's running text (a citation marker, contact cards). */

// Parsing only (no compiling): MDX's own parser, so components and expressions are recognised.
const processor = createProcessor();

// Astro's MDX applies SmartyPants ("…" → “…”, ' → ’); so does this, so text taken from a booklet
// reads exactly as it does on the booklet's page.
const smartPunctuation = unified().use(remarkSmartypants);

export function parseMdxBody(body: string): Root {
  return smartPunctuation.runSync(processor.parse(body) as Root) as Root;
}

type AnyNode = { type: string; name?: string | null; children?: AnyNode[]; value?: string };

/** Removes what a reader does not read: citation markers, expressions, ESM, HTML comments. */
function stripNonText(node: AnyNode): AnyNode {
  if (!node.children) return node;
  const children = node.children
    .filter((c) => !((c.type === 'mdxJsxTextElement' || c.type === 'mdxJsxFlowElement') && NON_TEXT_COMPONENTS.has(c.name ?? '')))
    .filter((c) => !['mdxTextExpression', 'mdxFlowExpression', 'mdxjsEsm', 'html'].includes(c.type))
    .map(stripNonText);
  return { ...node, children };
}

/** Text of a node as it reads: line breaks between Chinese characters vanish (as on the page), others are spaces. */
function readableText(node: AnyNode): string {
  return joinCjkLines(toString(stripNonText(node) as never))
    .replace(/\s+/g, ' ')
    .replace(/ ([.,;:!?])/g, '$1') // the space that stood before a removed citation marker
    .trim();
}

/** Every block of running text, in order. A list item with a nested list yields its parts. */
export function textBlocks(body: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  const walk = (node: AnyNode) => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && NON_TEXT_COMPONENTS.has(node.name ?? '')) return;
    const kind =
      node.type === 'heading' ? 'heading'
      : node.type === 'paragraph' ? 'paragraph'
      : node.type === 'tableCell' ? 'tableCell'
      : node.type === 'listItem' && !node.children?.some((c) => c.type === 'list') ? 'listItem'
      : undefined;
    if (kind) {
      const text = readableText(node);
      if (text) blocks.push({ kind, text });
      return;
    }
    node.children?.forEach(walk);
  };
  walk(parseMdxBody(body) as AnyNode);
  return blocks;
}
