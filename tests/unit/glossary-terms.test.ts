import { describe, expect, it } from 'vitest';
import type { Element, Root, RootContent } from 'hast';
import { createTermMatcher, linkGlossaryTerms, matchForms, type MatchableTerm } from '../../src/lib/glossary-terms';

const term = (id: string, headword: string): MatchableTerm => ({ id, term: headword, definition: `definition of ${id}` });
const text = (value: string) => ({ type: 'text' as const, value });
const el = (tagName: string, children: RootContent[], properties = {}): Element => ({ type: 'element', tagName, properties, children: children as Element['children'] });
const jsx = (name: string, children: RootContent[]) => ({ type: 'mdxJsxFlowElement', name, attributes: [], children }) as unknown as RootContent;
const href = (id: string) => `/en/glossary/#term-${id}`;

/** The ids of the term links in a tree, with the text each wraps, in document order. */
function links(tree: Root): [string, string][] {
  const found: [string, string][] = [];
  const walk = (node: { children?: RootContent[] }) => {
    for (const child of node.children ?? []) {
      if (child.type === 'element' && child.tagName === 'a' && String(child.properties.href).includes('#term-')) {
        found.push([String(child.properties.href).split('#term-')[1]!, (child.children[0] as { value: string }).value]);
      }
      walk(child as { children?: RootContent[] });
    }
  };
  walk(tree);
  return found;
}

describe('matchForms', () => {
  it('drops a parenthetical, in either script, and keeps the headword as written', () => {
    expect(matchForms('report (of a labour violation)')).toEqual(['report (of a labour violation)', 'report']);
    expect(matchForms('强迫劳动（强迫或强制劳动）')).toEqual(['强迫劳动（强迫或强制劳动）', '强迫劳动']);
    expect(matchForms('forced labour')).toEqual(['forced labour']);
  });
});

describe('term matcher', () => {
  it('finds only the first use of each term', () => {
    const m = createTermMatcher([term('forced-labour', 'forced labour')]);
    expect(m.find('Forced labour is a crime. So is forced labour abroad.')).toEqual([{ id: 'forced-labour', start: 0, end: 13 }]);
    expect(m.find('forced labour again')).toEqual([]);
    expect(m.used).toEqual(['forced-labour']);
  });

  it('prefers the longest term, and a used longer term still blocks the shorter one inside it', () => {
    const m = createTermMatcher([term('fl', 'forced labour'), term('focl', 'forced or compulsory labour'), term('ind', 'indicators of forced labour')]);
    const first = 'The indicators of forced labour help; forced or compulsory labour is defined.';
    expect(m.find(first).map((x) => [x.id, first.slice(x.start, x.end)])).toEqual([
      ['ind', 'indicators of forced labour'],
      ['focl', 'forced or compulsory labour'],
    ]);
    // "forced labour" inside a later "indicators of forced labour" is not a use of "forced labour".
    expect(m.find('More indicators of forced labour.')).toEqual([]);
    expect(m.find('Then forced labour itself.').map((x) => x.id)).toEqual(['fl']);
  });

  it('matches English whole words, in any case, across line breaks and hyphens, with a plural', () => {
    const m = createTermMatcher([term('buyer', 'buyer'), term('hrdd', 'human-rights due diligence'), term('eo', "employers' organisation")]);
    const s = 'Subcontractors and BUYERS use Human rights due\ndiligence with employers’ organisations.';
    expect(m.find(s).map((x) => s.slice(x.start, x.end))).toEqual(['BUYERS', 'Human rights due\ndiligence', 'employers’ organisations']);
    // Not inside a longer word.
    expect(createTermMatcher([term('isolation', 'isolation')]).find('isolationism and nonisolation')).toEqual([]);
  });

  it('matches Chinese as an exact substring, without word boundaries', () => {
    const m = createTermMatcher([term('fl', '强迫劳动（强迫或强制劳动）'), term('crime', '强迫劳动罪')]);
    const s = '构成强迫劳动罪的，依法追究；强迫劳动是国际标准中的概念。';
    expect(m.find(s).map((x) => [x.id, s.slice(x.start, x.end)])).toEqual([
      ['crime', '强迫劳动罪'],
      ['fl', '强迫劳动'],
    ]);
  });
});

describe('linkGlossaryTerms', () => {
  const terms = [term('forced-labour', 'forced labour'), term('debt-bondage', 'debt bondage'), term('referral', 'referral')];

  it('links the first use outside headings, links, key points, figures, quotes, notes and code', () => {
    const tree: Root = {
      type: 'root',
      children: [
        el('h2', [text('Forced labour and debt bondage')]),
        jsx('KeyPoints', [el('ul', [el('li', [text('forced labour, debt bondage, referral')])])]),
        jsx('LegalQuote', [el('p', [text('forced labour')])]),
        jsx('Notes', [el('p', [text('referral')])]),
        jsx('ElementsFigure', []),
        el('figure', [el('figcaption', [text('debt bondage')])]),
        el('p', [el('a', [text('forced labour')], { href: '/x' }), text(' and '), el('code', [text('referral')])]),
        jsx('Callout', [el('p', [text('A case of debt bondage.')])]),
        el('p', [text('Here forced labour is defined; '), el('strong', [text('referral')]), text(', then forced labour again and debt bondage again.')]),
      ],
    };
    expect(linkGlossaryTerms(tree, terms, { href })).toEqual(['debt-bondage', 'forced-labour', 'referral']);
    expect(links(tree)).toEqual([
      ['debt-bondage', 'debt bondage'],
      ['forced-labour', 'forced labour'],
      ['referral', 'referral'],
    ]);
  });

  it('builds a link described by a hidden tooltip that keeps the definition', () => {
    const tree: Root = { type: 'root', children: [el('p', [text('Victims of forced labour need help.')])] };
    linkGlossaryTerms(tree, terms, { href });
    const p = tree.children[0] as Element;
    expect((p.children[0] as { value: string }).value).toBe('Victims of ');
    expect((p.children[2] as { value: string }).value).toBe(' need help.');
    const wrapper = p.children[1] as Element;
    expect(wrapper.properties).toMatchObject({ className: ['glossary-term'], id: 'term-use-forced-labour' });
    const [link, tip] = wrapper.children as Element[];
    expect(link!.properties).toMatchObject({ href: '/en/glossary/#term-forced-labour', ariaDescribedBy: ['term-tip-forced-labour'] });
    expect(tip!.properties).toMatchObject({ id: 'term-tip-forced-labour', role: 'tooltip', hidden: true });
    expect((tip!.children[0] as { value: string }).value).toBe('definition of forced-labour');
  });

  it('does not link inside a term it has already linked', () => {
    const tree: Root = { type: 'root', children: [el('p', [text('forced labour')])] };
    linkGlossaryTerms(tree, terms, { href });
    linkGlossaryTerms(tree, [term('labour', 'labour')], { href });
    expect(links(tree)).toEqual([['forced-labour', 'forced labour']]);
  });
});
