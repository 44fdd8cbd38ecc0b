import path from 'node:path';
import type { Root, RootContent, Heading, ListItem } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { toString } from 'mdast-util-to-string';
import { loadCitationRegistry } from './citations';
import { resolveCitation } from '../../lib/citation-registry';
import { ContentError } from '../../lib/content-error';
import { AUTHOR_COMPONENTS, FIGURE_ITEMS, isAuthorComponent, type AuthorComponent } from '../../lib/author-components';
import { projectRelative, CONTENT_DIR } from './paths';
import { FIGURE_COMPONENTS, type FigureComponent, type Section } from '../schemas/sections';

export { FIGURE_COMPONENTS };

interface JsxNode {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: { type: string; name?: string; value?: unknown }[];
  children: RootContent[];
  position?: { start: { line: number } };
}

function isJsx(node: unknown, name?: string): node is JsxNode {
  const n = node as JsxNode;
  return (n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement') && (name === undefined || n.name === name);
}

/** An attribute's value: a string literal, or the source of an expression such as {10}. */
function attribute(node: JsxNode, name: string): string | undefined {
  const attr = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  if (!attr) return undefined;
  if (typeof attr.value === 'string') return attr.value;
  const expr = attr.value as { value?: string } | undefined;
  return expr?.value;
}

/** How many entries an attribute's array literal holds (steps={[…]}), or undefined when it is not one. */
function arrayLength(node: JsxNode, name: string): number | undefined {
  const attr = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  const program = (attr?.value as { data?: { estree?: { body: { type: string; expression?: { type: string; elements: unknown[] } }[] } } } | undefined)?.data?.estree;
  const expression = program?.body[0]?.expression;
  return expression?.type === 'ArrayExpression' ? expression.elements.length : undefined;
}

function countNodes(nodes: RootContent[], test: (n: unknown) => boolean): number {
  let count = 0;
  for (const node of nodes) visit(node, (n) => void (test(n) && count++));
  return count;
}

/**
 * One `##` section as this pass records it: the section model (src/content-layer/schemas/sections.ts)
 * but for the heading id, which rehype-sections adds once rehypeHeadingIds has given it.
 */
export type SectionStructure = Omit<Section, 'headingId'>;

/** The JSX elements below `nodes` (at any depth) that `test` picks, in document order. */
function jsxBelow(nodes: RootContent[], test: (n: JsxNode) => boolean): JsxNode[] {
  const found: JsxNode[] = [];
  for (const node of nodes) visit(node, (n) => void (isJsx(n) && test(n) && found.push(n)));
  return found;
}

/** The plain text of every list item below `nodes` (nested items count on their own, as before). */
function listItemTexts(nodes: RootContent[]): string[] {
  const texts: string[] = [];
  for (const node of nodes)
    visit(node, 'listItem', (item: ListItem) => {
      // The item's own paragraphs only: a nested list's bullets are items of their own.
      texts.push(item.children.filter((c) => c.type !== 'list').map((c) => toString(c)).join(' ').trim());
    });
  return texts;
}

export interface ContentStructure {
  sections: SectionStructure[];
  citeRefs: string[];
  /** The quiz a module's <Quiz /> shows: content/quizzes/<slug>.yaml, named after the module file. */
  quiz: string | null;
}

/** Which content kind a compiled file is, from its path (content/modules/… or content/booklets/…). */
function contentKind(file: VFile): 'modules' | 'booklets' | undefined {
  if (!file.path) return undefined;
  // Relative to the content folder, split by the platform's separator (also right on Windows).
  const [kind, ...rest] = path.relative(CONTENT_DIR, file.path).split(path.sep);
  return (kind === 'modules' || kind === 'booklets') && rest.length ? kind : undefined;
}

/**
 * Checks the structure of a module or booklet as it is compiled, and records it for the pages:
 * - every <Cite ref> and <LegalQuote ref> names a known citation, and a <LegalQuote> takes its
 *   words from the registry (no text of its own);
 * - no `#` heading (the page supplies the title);
 * - modules: every `##` section has one <KeyPoints> of 2–5 bullets, right under its heading, and one <Notes minutes={n}>,
 *   the minutes add up to the frontmatter `duration`, and the body holds one <Quiz />;
 * - an <Ask> (a question for the room) sits inside <Notes>, holds text, and holds no other <Ask>.
 * Problems stop the build with the file and line. The structure goes to
 * `remarkPluginFrontmatter.structure`, where the parity check and the views read it.
 */
export function remarkContentStructure() {
  return (tree: Root, file: VFile) => {
    const kind = contentKind(file);
    if (!kind) return;
    const registry = loadCitationRegistry();
    const problems: string[] = [];
    const at = (node: { position?: { start: { line: number } } }) => `line ${node.position?.start.line ?? '?'}`;

    const citeRefs: string[] = [];
    visit(tree, (node) => {
      if (!isJsx(node)) return;
      // A capitalised name is a component; only those of src/lib/author-components.ts exist on the
      // page (MDX would fail at render time, far from the line, or show nothing).
      if (node.name && /^[A-Z]/.test(node.name) && !isAuthorComponent(node.name))
        problems.push(`${at(node)}: <${node.name}> is not a component authors can use (see content/AUTHORING.md)`);
      const items = node.name && isAuthorComponent(node.name) ? (AUTHOR_COMPONENTS[node.name] as AuthorComponent).items : undefined;
      if (items) {
        for (const name of ['title', 'description']) if (!attribute(node, name)?.trim()) problems.push(`${at(node)}: <${node.name}> needs ${name}="…"`);
        const count = arrayLength(node, items.list);
        const boxes = (count ?? 0) + (items.extra && attribute(node, items.extra) ? 1 : 0);
        if (count === undefined) problems.push(`${at(node)}: <${node.name}> needs ${items.list}={[…]}, a list of boxes`);
        else if (boxes < FIGURE_ITEMS.min || boxes > FIGURE_ITEMS.max)
          problems.push(`${at(node)}: <${node.name}> ${items.list}: a figure draws ${FIGURE_ITEMS.min}–${FIGURE_ITEMS.max} boxes, found ${boxes}`);
      }
      if (node.name === 'LegalQuote') {
        // A quote's words live once, in the registry, with their source; a page only names the ref.
        const ref = attribute(node, 'ref');
        const citation = ref ? resolveCitation(registry, ref) : undefined;
        if (node.children.length || attribute(node, 'lang'))
          problems.push(`${at(node)}: <LegalQuote ref="${ref ?? ''}"> quotes text on the page: put the words in content/citations/ (quote: of "${ref ?? '…'}") and write <LegalQuote ref="${ref ?? '…'}" />`);
        else if (citation && !citation.pinpoint?.quote)
          problems.push(`${at(node)}: <LegalQuote ref="${ref}">: the registry has no quote for "${ref}" (add quote: to it in content/citations/)`);
      }
      if (node.name === 'Cite' || node.name === 'LegalQuote') {
        const ref = attribute(node, 'ref');
        if (!ref) problems.push(`${at(node)}: <${node.name}> needs ref="…"`);
        else if (!resolveCitation(registry, ref)) problems.push(`${at(node)}: unknown citation ref "${ref}" (see content/citations/)`);
        else citeRefs.push(ref);
      }
    });
    // Questions for the room: only inside the facilitator notes, where the session plan reads them.
    const checkAsks = (nodes: RootContent[], inNotes: boolean, inAsk: boolean) => {
      for (const node of nodes) {
        if (isJsx(node, 'Ask')) {
          if (!inNotes) problems.push(`${at(node)}: <Ask> marks a question for the room and belongs inside <Notes>`);
          if (inAsk) problems.push(`${at(node)}: <Ask> inside another <Ask>`);
          if (!toString(node as never).trim()) problems.push(`${at(node)}: <Ask> is empty`);
        }
        const children = (node as { children?: RootContent[] }).children;
        if (children) checkAsks(children, inNotes || isJsx(node, 'Notes'), inAsk || isJsx(node, 'Ask'));
      }
    };
    checkAsks(tree.children, false, false);
    visit(tree, 'heading', (h: Heading) => {
      if (h.depth === 1) problems.push(`${at(h)}: "# ${toString(h)}" — use ## for sections; the page supplies the title`);
    });

    const sections: ContentStructure['sections'] = [];
    let current: { heading: Heading; nodes: RootContent[] } | undefined;
    const flush = () => {
      if (!current) return;
      const { heading, nodes } = current;
      const title = toString(heading);
      const keyPoints = nodes.filter((n) => isJsx(n, 'KeyPoints')) as JsxNode[];
      const notes = nodes.filter((n) => isJsx(n, 'Notes')) as JsxNode[];
      const keyPointTexts = keyPoints[0] ? listItemTexts(keyPoints[0].children) : [];
      const bullets = keyPointTexts.length;
      const minutes = Number(notes[0] ? attribute(notes[0], 'minutes') : NaN);
      if (kind === 'modules') {
        if (keyPoints.length !== 1) problems.push(`${at(heading)}: section "${title}" needs exactly one <KeyPoints>, found ${keyPoints.length}`);
        else if (bullets < 2 || bullets > 5) problems.push(`${at(keyPoints[0]!)}: <KeyPoints> of "${title}" needs 2–5 bullets, found ${bullets}`);
        // A section read alone on a phone opens with its key points: nothing comes between them and the heading.
        if (keyPoints.length === 1 && nodes[0] !== keyPoints[0]) problems.push(`${at(keyPoints[0]!)}: <KeyPoints> of "${title}" must come first, right under the ## heading`);
        if (notes.length !== 1) problems.push(`${at(heading)}: section "${title}" needs exactly one <Notes minutes={n}>, found ${notes.length}`);
        else if (!Number.isInteger(minutes) || minutes < 1) problems.push(`${at(notes[0]!)}: <Notes> of "${title}" needs minutes={n} with a whole number of minutes`);
      }
      const refs = jsxBelow(nodes, (n) => n.name === 'Cite' || n.name === 'LegalQuote').map((n) => attribute(n, 'ref') ?? '');
      const questionTexts = jsxBelow(nodes, (n) => n.name === 'Ask').map((n) => toString(n as never).trim());
      const figureComponents = jsxBelow(nodes, (n) => FIGURE_COMPONENTS.includes(n.name as FigureComponent)).map((n) => n.name as FigureComponent);
      sections.push({
        index: sections.length,
        heading: title,
        hasKeyPoints: keyPoints.length > 0,
        keyPoints: bullets,
        keyPointTexts,
        hasNotes: notes.length > 0,
        minutes: Number.isFinite(minutes) ? minutes : 0,
        questions: questionTexts.length,
        questionTexts,
        figures: figureComponents.length,
        figureComponents,
        cases: jsxBelow(nodes, (n) => n.name === 'Callout' && attribute(n, 'kind') === 'case').length,
        citeRefs: [...new Set(refs.filter(Boolean))],
      });
    };
    for (const node of tree.children) {
      if (node.type === 'heading' && node.depth === 2) {
        flush();
        current = { heading: node, nodes: [] };
      } else if (current) current.nodes.push(node);
    }
    flush();
    if (sections.length === 0) problems.push('no ## sections: the body needs at least one');

    const frontmatter = ((file.data.astro ??= {}) as { frontmatter?: Record<string, unknown> }).frontmatter ?? {};
    if (kind === 'modules') {
      const quizzes = countNodes(tree.children, (n) => isJsx(n, 'Quiz'));
      if (quizzes !== 1) problems.push(`the module needs exactly one <Quiz /> (at the end), found ${quizzes}`);
      const total = sections.reduce((sum, s) => sum + s.minutes, 0);
      if (typeof frontmatter.duration === 'number' && total !== frontmatter.duration)
        problems.push(`duration is ${frontmatter.duration} minutes but the sections' <Notes minutes> add up to ${total}`);
      for (const source of (frontmatter.sources as string[] | undefined) ?? [])
        if (!resolveCitation(registry, source)) problems.push(`sources: unknown citation or instrument "${source}"`);
    }

    if (problems.length) throw new ContentError(projectRelative(file.path), problems);
    const quiz = kind === 'modules' ? path.basename(file.path!, path.extname(file.path!)) : null;
    const structure: ContentStructure = { sections, citeRefs: [...new Set(citeRefs)], quiz };
    (file.data.astro as { frontmatter?: Record<string, unknown> }).frontmatter = { ...frontmatter, structure };
  };
}
