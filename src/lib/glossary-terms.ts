import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import { hasHan } from './cjk';
import { TERM_LINKED_COMPONENTS } from './author-components';

/**
 * Links the first use of each glossary term in a module to its glossary entry, with the
 * definition alongside (rehype-glossary-terms runs this on every module at build time).
 * Pure functions over strings and hast trees, so they can be tested without a build.
 */

/** A term as the matcher sees it, in the language of the text. */
export interface MatchableTerm {
  id: string;
  /** The headword, e.g. "强迫劳动（强迫或强制劳动）" or "report (of a labour violation)". */
  term: string;
  definition: string;
}

export interface TermMatch {
  id: string;
  start: number;
  end: number;
}

const PARENTHETICAL = /\s*[（(][^（）()]*[）)]/gu;

/**
 * The strings that count as a use of a headword: the headword without its parenthetical (which
 * qualifies the sense, "report (of a labour violation)", or gives the long form, "强迫劳动（强迫或强制
 * 劳动）"; running text almost never repeats it), and the headword as written.
 */
export function matchForms(term: string): string[] {
  const bare = term.replace(PARENTHETICAL, '').replace(/\s+/g, ' ').trim();
  return [...new Set([term.trim(), bare].filter((f) => f.length > 0))];
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A regular expression source for one form. Latin forms: whole words, any case, a line break or
 * hyphen where the headword has a space ("human-rights due diligence" / "human rights due
 * diligence"), either apostrophe, and a plural "s"/"es". Chinese forms: the exact characters
 * (Chinese has no spaces to mark word boundaries).
 */
function formPattern(form: string): string {
  if (hasHan(form)) return escapeRegExp(form);
  const body = escapeRegExp(form)
    .replace(/[\s-]+/g, '[\\s\\u00a0-]+')
    .replace(/['’]/g, "['’]");
  return `(?<![\\p{L}\\p{N}])${body}(?:e?s)?(?![\\p{L}\\p{N}])`;
}

export interface TermMatcher {
  /**
   * The uses in `text` of terms not matched before (by this matcher), at most one per term.
   * Where forms overlap the longest wins, and a use of a term already linked still blocks the
   * shorter terms inside it ("强迫劳动罪" is never a use of "强迫劳动").
   */
  find(text: string): TermMatch[];
  /** Ids matched so far, in order. */
  readonly used: string[];
}

export function createTermMatcher(terms: readonly Pick<MatchableTerm, 'id' | 'term'>[]): TermMatcher {
  const forms = terms
    .flatMap((t) => matchForms(t.term).map((form) => ({ id: t.id, form })))
    // Longest first: a regex alternation takes the first alternative that matches at a position.
    .sort((a, b) => b.form.length - a.form.length);
  const used: string[] = [];
  const source = forms.map((f) => `(${formPattern(f.form)})`).join('|');
  return {
    used,
    find(text) {
      if (!forms.length || !text.trim()) return [];
      const pattern = new RegExp(source, 'giu');
      const found: TermMatch[] = [];
      for (const m of text.matchAll(pattern)) {
        const index = m.slice(1).findIndex((g) => g !== undefined);
        const id = forms[index]!.id;
        if (used.includes(id)) continue;
        used.push(id);
        found.push({ id, start: m.index, end: m.index + m[0].length });
      }
      return found;
    },
  };
}

/** HTML elements whose text is never linked: headings, links, code, figures, buttons. */
const SKIPPED_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'a', 'code', 'pre', 'kbd', 'samp', 'figure', 'svg', 'script', 'style', 'button', 'label', 'summary', 'dfn', 'abbr']);
/**
 * MDX components whose text may be linked. Any other component is skipped: key points are slide
 * text, a legal quote is verbatim, notes are for the facilitator (hidden in the reading view,
 * where a first use there would be a link nobody sees), figures and citations are not prose.
 */
const LINKED_COMPONENTS = TERM_LINKED_COMPONENTS; // from src/lib/author-components.ts
export const TERM_CLASS = 'glossary-term';

interface JsxNode {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  children: RootContent[];
}

function classNames(node: Element): string[] {
  const c: unknown = node.properties?.className;
  return Array.isArray(c) ? c.map(String) : typeof c === 'string' ? c.split(/\s+/) : [];
}

function skipped(node: RootContent): boolean {
  if (node.type === 'element') return SKIPPED_TAGS.has(node.tagName) || classNames(node).includes(TERM_CLASS);
  const type = (node as { type: string }).type;
  if (type === 'mdxJsxFlowElement' || type === 'mdxJsxTextElement') return !LINKED_COMPONENTS.has((node as unknown as JsxNode).name ?? '');
  return false;
}

export interface LinkOptions {
  /** The glossary entry of a term: "/en/glossary/#term-forced-labour". */
  href: (id: string) => string;
}

/** The id of a term's first use in a module, the target of the glossary page's module links. */
export const termUseId = (id: string) => `term-use-${id}`;

/** The element that replaces a use: the link, then the definition that describes it. */
function termElement(term: MatchableTerm, text: string, href: string): Element {
  const tipId = `term-tip-${term.id}`;
  return {
    type: 'element',
    tagName: 'span',
    // The glossary page links each module it lists to this first use.
    properties: { className: [TERM_CLASS], id: termUseId(term.id) },
    children: [
      { type: 'element', tagName: 'a', properties: { className: [`${TERM_CLASS}__link`], href, ariaDescribedBy: [tipId] }, children: [{ type: 'text', value: text }] },
      // `hidden` keeps the definition out of the reading flow (and out of pages that do not load
      // glossary.css); aria-describedby still gives it to screen readers with the link, and
      // glossary.css shows it on hover and focus, without JavaScript.
      {
        type: 'element',
        tagName: 'span',
        properties: { className: [`${TERM_CLASS}__tip`], id: tipId, role: 'tooltip', hidden: true, dataPagefindIgnore: 'all' },
        children: [{ type: 'text', value: term.definition }],
      },
    ],
  };
}

/**
 * Wraps the first use of each term in `tree` (document order) in a link to its glossary entry
 * with its definition, skipping headings, links, code, figures, and MDX components other than
 * callouts. Returns the ids linked, in order.
 */
export function linkGlossaryTerms(tree: Root, terms: readonly MatchableTerm[], options: LinkOptions): string[] {
  const byId = new Map(terms.map((t) => [t.id, t]));
  const matcher = createTermMatcher(terms);
  const walk = (parent: { children: RootContent[] }) => {
    const out: RootContent[] = [];
    for (const node of parent.children) {
      if (node.type === 'text') {
        const matches = matcher.find(node.value);
        let at = 0;
        for (const m of matches) {
          if (m.start > at) out.push({ type: 'text', value: node.value.slice(at, m.start) } satisfies Text);
          out.push(termElement(byId.get(m.id)!, node.value.slice(m.start, m.end), options.href(m.id)));
          at = m.end;
        }
        if (at === 0) out.push(node);
        else if (at < node.value.length) out.push({ type: 'text', value: node.value.slice(at) } satisfies Text);
        continue;
      }
      if (!skipped(node) && 'children' in node && Array.isArray(node.children)) walk(node as { children: RootContent[] });
      out.push(node);
    }
    parent.children = out as ElementContent[];
  };
  walk(tree);
  return [...matcher.used];
}
