import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import type { Element, ElementContent, Root, RootContent } from 'hast';

/**
 * Splits a rendered module (the HTML that <Content components={mdxComponents} /> produces) into
 * its sections, so that the deck, the presenter window, the handout and the session plan all take
 * their text from the one MDX source. The build wraps each `##` section in
 * `<section class="content-section" data-section="n">` (src/content-layer/pipeline/rehype-sections.ts);
 * inside it the parts are recognised by the classes the MDX components render.
 */

export interface SectionParts {
  index: number;
  /** The heading's inner HTML, as plain inline content (see forSlide). */
  heading: string;
  /** The key-points list(s), without the box title, as plain inline content (see forSlide). */
  keyPoints: string;
  /** The section's first figure (`figure.figure`), if any. */
  figure?: string;
  /** The facilitator notes' inner HTML, without their title. */
  notes: string;
  /** The questions for the room that the notes mark with <Ask> (`.room-question`), as inline HTML. */
  questions: string[];
  /** The section's minutes in a seminar (`<Notes minutes>`). */
  minutes: number;
  /** Everything a reader sees: the section without its heading and without the notes. */
  body: string;
  /** All of the section's figures (the slides show the first). */
  figures: string[];
  /** The section's case studies (<Callout kind="case">), each as HTML. */
  cases: string[];
  /** The reading text alone: the body without its key points, figures and case studies (the handout shows those apart). */
  prose: string;
}

export interface SplitModule {
  /** What comes before the first section (the introduction). */
  intro: string;
  sections: SectionParts[];
}

const classes = (node: RootContent | ElementContent): string[] => {
  if (node.type !== 'element') return [];
  const c = node.properties?.className;
  return Array.isArray(c) ? c.map(String) : c ? String(c).split(/\s+/) : [];
};
const hasClass = (node: RootContent | ElementContent, name: string) => classes(node).includes(name);

function* walk(nodes: (RootContent | ElementContent)[]): Generator<Element> {
  for (const node of nodes) {
    if (node.type !== 'element') continue;
    yield node;
    yield* walk(node.children);
  }
}

const html = (nodes: ElementContent | ElementContent[]) => toHtml(nodes as never);

/** The nodes without the elements that `drop` picks, at any depth. */
function without(nodes: ElementContent[], drop: (n: Element) => boolean): ElementContent[] {
  return nodes.flatMap((node): ElementContent[] => {
    if (node.type !== 'element') return [node];
    if (drop(node)) return [];
    return [{ ...node, children: without(node.children, drop) }];
  });
}

/**
 * Inline content for a slide: links become plain text (nothing on a projected slide is clicked,
 * and a glossary link would take the deck away) and hidden helpers (glossary tooltips) go.
 */
function forSlide(nodes: ElementContent[]): ElementContent[] {
  return nodes.flatMap((node): ElementContent[] => {
    if (node.type !== 'element') return [node];
    if (node.properties?.hidden) return [];
    const children = forSlide(node.children);
    if (node.tagName === 'a') return children;
    const { id: _id, ariaDescribedBy: _d, ...properties } = node.properties ?? {};
    return [{ ...node, properties, children }];
  });
}

function sectionParts(section: Element, fallbackIndex: number): SectionParts {
  const children = section.children;
  const heading = children.find((n): n is Element => n.type === 'element' && n.tagName === 'h2');
  const keyPointsBox = children.find((n) => hasClass(n, 'key-points')) as Element | undefined;
  const notesBox = [...walk(children)].find((n) => hasClass(n, 'facilitator-notes'));
  const figure = [...walk(children)].find((n) => n.tagName === 'figure' && hasClass(n, 'figure'));
  const notesContent = (notesBox?.children ?? []).filter((n) => !hasClass(n, 'facilitator-notes__title'));
  const keyPoints = (keyPointsBox?.children ?? []).filter((n) => !hasClass(n, 'key-points__title'));
  const body = children.filter((n) => n !== heading && n !== notesBox);
  const index = Number(section.properties?.dataSection ?? fallbackIndex);
  return {
    index: Number.isFinite(index) ? index : fallbackIndex,
    heading: heading ? html(forSlide(heading.children)) : '',
    keyPoints: html(forSlide(keyPoints)),
    figure: figure ? html(figure) : undefined,
    notes: html(notesContent),
    questions: [...walk(notesContent)].filter((n) => hasClass(n, 'room-question')).map((n) => html(forSlide(n.children)).trim()),
    minutes: Number(notesBox?.properties?.dataMinutes ?? 0) || 0,
    body: html(body),
    figures: [...walk(children)].filter((n) => n.tagName === 'figure' && hasClass(n, 'figure')).map((n) => html(n)),
    cases: [...walk(body)].filter((n) => hasClass(n, 'callout--case')).map((n) => html(n)),
    prose: html(
      without(body as ElementContent[], (n) => n === keyPointsBox || (n.tagName === 'figure' && hasClass(n, 'figure')) || hasClass(n, 'callout--case')),
    ).trim(),
  };
}

export function splitSections(rendered: string): SplitModule {
  const tree: Root = fromHtml(rendered, { fragment: true });
  const intro: ElementContent[] = [];
  const sections: SectionParts[] = [];
  for (const node of tree.children) {
    if (node.type === 'element' && node.tagName === 'section' && hasClass(node, 'content-section')) {
      sections.push(sectionParts(node, sections.length));
    } else if (sections.length === 0 && node.type !== 'doctype') {
      intro.push(node as ElementContent);
    }
  }
  return { intro: html(intro).trim(), sections };
}

/**
 * The same HTML without `id` attributes and without references to ids, for a second copy of a
 * slide on the same page (the presenter's "next slide" preview): duplicate ids would break the
 * page's accessibility tree. The copy is hidden from assistive technology by its container.
 */
export function withoutIds(fragment: string): string {
  const tree: Root = fromHtml(fragment, { fragment: true });
  for (const node of walk(tree.children)) {
    for (const key of ['id', 'ariaLabelledBy', 'ariaDescribedBy', 'htmlFor']) delete node.properties[key];
  }
  return toHtml(tree);
}
