import type { Root, Element, RootContent } from 'hast';

/**
 * Wraps each `<h2>` and what follows it up to the next `<h2>` in a `<section>`, so that one source
 * serves three views: the reading view tracks which sections were read, the deck shows one section
 * per slide, the handout breaks pages between them. Must run after heading ids are assigned.
 * The quiz stays outside the last section, and MDX module code (imports, exports) stays at the root.
 */
export function rehypeSections() {
  return (tree: Root) => {
    const out: RootContent[] = [];
    let section: Element | undefined;
    let index = 0;
    for (const node of tree.children) {
      const isH2 = node.type === 'element' && node.tagName === 'h2';
      const name = (node as { name?: string }).name;
      const staysAtRoot = node.type === ('mdxjsEsm' as string) || name === 'Quiz';
      if (isH2) {
        const id = String((node as Element).properties?.id ?? '');
        const properties: Element['properties'] = { className: ['content-section'], dataSection: String(index++) };
        if (id) properties.ariaLabelledBy = [id];
        const created: Element = { type: 'element', tagName: 'section', properties, children: [node as Element] };
        section = created;
        out.push(created);
      } else if (section && !staysAtRoot) {
        section.children.push(node as Element);
      } else {
        if (staysAtRoot) section = undefined;
        out.push(node);
      }
    }
    tree.children = out;
  };
}
