import type { Root, Element, ElementContent, RootContent } from 'hast';
import type { MdxJsxAttribute, MdxJsxFlowElementHast } from 'mdast-util-mdx-jsx';
import type { Program } from 'estree';
import type { VFile } from 'vfile';
import { ContentError } from '../../lib/content-error';
import { projectRelative } from './paths';
import { FIGURE_COMPONENTS, INTRO_PART, QUIZ_PART, UNLISTED_PART, partId, type FigureComponent } from '../schemas/sections';
import type { ContentStructure } from './remark-content-structure';

/**
 * Gives the rendered tree the shape of the section model (src/content-layer/schemas/sections.ts),
 * so that one source serves every view:
 * - each `<h2>` and what follows it up to the next `<h2>` goes into a <ContentSection> (the reading
 *   view's `<section class="content-section">`: it tracks which sections were read);
 * - inside it, every node goes into a <SectionPart id="…"> (heading, key points, runs of prose,
 *   each figure and case study, the notes), and at the root the introduction and the quiz do too;
 * - both receive `only={props.only}`: `<Content />` renders the whole text as before, while
 *   `<Content only="2:keyPoints" />` renders that part alone (the seminar views do this).
 * It also adds each heading's id to the recorded model and checks that the parts the model
 * lists are where the views will ask for them. Must run after heading ids are assigned.
 * MDX module code (imports, exports) stays at the root.
 */

/** `{props.<name>}`: a prop of the rendered <Content />, passed on (`only` to every wrapper, `copy` to figures). */
function propAttribute(name: 'only' | 'copy'): MdxJsxAttribute {
  const estree: Program = {
    type: 'Program',
    sourceType: 'module',
    body: [
      {
        type: 'ExpressionStatement',
        expression: { type: 'MemberExpression', object: { type: 'Identifier', name: 'props' }, property: { type: 'Identifier', name }, computed: false, optional: false },
      },
    ],
  };
  return { type: 'mdxJsxAttribute', name, value: { type: 'mdxJsxAttributeValueExpression', value: `props.${name}`, data: { estree } } };
}

function wrapper(name: 'SectionPart' | 'ContentSection', attributes: Record<string, string | undefined>, children: RootContent[]): MdxJsxFlowElementHast {
  const attrs: MdxJsxAttribute[] = Object.entries(attributes)
    .filter((e): e is [string, string] => e[1] !== undefined)
    .map(([key, value]) => ({ type: 'mdxJsxAttribute', name: key, value }));
  return { type: 'mdxJsxFlowElement', name, attributes: [...attrs, propAttribute('only')], children: children as ElementContent[] };
}

const jsxName = (node: RootContent) => (node.type === ('mdxJsxFlowElement' as string) ? (node as unknown as MdxJsxFlowElementHast).name : undefined);
const jsxAttribute = (node: RootContent, name: string) =>
  (node as unknown as MdxJsxFlowElementHast).attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name)?.value;
const isWhitespace = (node: RootContent) => node.type === 'text' && !node.value.trim();

/** Which part of section `index` a node at the section's top level belongs to. */
function partOf(node: RootContent, index: number, seen: { figure: number; case: number }): string {
  if (node.type === 'element' && node.tagName === 'h2') return partId(index, 'heading');
  const name = jsxName(node);
  if (name === 'KeyPoints') return partId(index, 'keyPoints');
  if (name === 'Notes') return partId(index, 'notes');
  if (FIGURE_COMPONENTS.includes(name as FigureComponent)) {
    // `<Content copy />` renders a second copy of a figure on the page (the presenter's preview): without ids.
    (node as unknown as MdxJsxFlowElementHast).attributes.push(propAttribute('copy'));
    return partId(index, 'figure', seen.figure++);
  }
  if (name === 'Callout' && jsxAttribute(node, 'kind') === 'case') return partId(index, 'case', seen.case++);
  return partId(index, 'prose');
}

/** Consecutive nodes with the same part id in one wrapper; whitespace goes with prose before it, else unlisted. */
function wrapParts(nodes: RootContent[], idOf: (node: RootContent) => string): RootContent[] {
  const out: RootContent[] = [];
  let run: { id: string; nodes: RootContent[] } | undefined;
  const prose = (id: string) => id.endsWith(':prose') || id === INTRO_PART;
  for (const node of nodes) {
    const id = isWhitespace(node) ? (run && prose(run.id) ? run.id : UNLISTED_PART) : idOf(node);
    if (run?.id === id) run.nodes.push(node);
    else {
      run = { id, nodes: [node] };
      out.push(wrapper('SectionPart', { id }, run.nodes));
    }
  }
  return out;
}

export function rehypeSections() {
  return (tree: Root, file: VFile) => {
    const out: RootContent[] = [];
    const sections: { heading: Element; nodes: RootContent[] }[] = [];
    let current: RootContent[] | undefined;
    let root: 'intro' | 'after' = 'intro';
    const rootNodes: { part: string; node: RootContent }[] = [];
    for (const node of tree.children) {
      if (node.type === ('mdxjsEsm' as string)) {
        rootNodes.push({ part: '', node });
        continue;
      }
      const isH2 = node.type === 'element' && node.tagName === 'h2';
      if (isH2) {
        sections.push({ heading: node as Element, nodes: [node] });
        current = sections.at(-1)!.nodes;
        rootNodes.push({ part: `section`, node });
      } else if (jsxName(node) === 'Quiz') {
        // The quiz stays outside the last section; what follows it belongs to no section either.
        current = undefined;
        rootNodes.push({ part: QUIZ_PART, node });
        root = 'after';
      } else if (current) {
        current.push(node);
      } else {
        rootNodes.push({ part: root === 'intro' ? INTRO_PART : UNLISTED_PART, node });
      }
    }

    const structure = (file.data.astro as { frontmatter?: { structure?: ContentStructure } } | undefined)?.frontmatter?.structure;
    const problems: string[] = [];
    let sectionIndex = 0;
    let pending: { part: string; nodes: RootContent[] } | undefined;
    const flushRoot = () => {
      if (pending) out.push(...wrapParts(pending.nodes, () => pending!.part));
      pending = undefined;
    };
    for (const { part, node } of rootNodes) {
      if (part === 'section') {
        flushRoot();
        const index = sectionIndex++;
        const { heading, nodes } = sections[index]!;
        const id = heading.properties?.id ? String(heading.properties.id) : undefined;
        const seen = { figure: 0, case: 0 };
        const children = wrapParts(nodes, (n) => partOf(n, index, seen));
        out.push(wrapper('ContentSection', { index: String(index), labelledBy: id }, children));
        const recorded = structure?.sections[index] as (ContentStructure['sections'][number] & { headingId?: string }) | undefined;
        if (!recorded) continue;
        if (id) recorded.headingId = id;
        // The views ask for figures and case studies by position in the section: they must stand
        // at its top level, where this pass marks them, not inside another element.
        if (seen.figure !== recorded.figures)
          problems.push(`section "${recorded.heading}": ${recorded.figures - seen.figure} figure(s) sit inside another element; put each <${recorded.figureComponents.join('>, <')}> directly in the section`);
        if (seen.case !== recorded.cases)
          problems.push(`section "${recorded.heading}": a <Callout kind="case"> sits inside another element; put each case study directly in the section`);
      } else if (!part) {
        flushRoot();
        out.push(node);
      } else {
        if (pending?.part !== part) {
          flushRoot();
          pending = { part, nodes: [] };
        }
        pending.nodes.push(node);
      }
    }
    flushRoot();
    if (structure) (structure as ContentStructure & { hasIntro?: boolean }).hasIntro = rootNodes.some((r) => r.part === INTRO_PART && !isWhitespace(r.node));
    if (structure && structure.sections.length !== sections.length)
      problems.push(`the pipeline recorded ${structure.sections.length} sections but the page has ${sections.length} <h2> headings`);
    if (problems.length && file.path) throw new ContentError(projectRelative(file.path), problems);
    tree.children = out;
  };
}
