import path from 'node:path';
import { compile } from '@mdx-js/mdx';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { remarkContentStructure } from '../../src/content-layer/pipeline/remark-content-structure';
import { CONTENT_DIR } from '../../src/content-layer/pipeline/paths';
import { loadCitationRegistry } from '../../src/content-layer/pipeline/citations';
import { lastCheck, oldestCheck, quoteFor, resolveCitation, type ResolvedCitation } from '../../src/lib/citation-registry';
import { citationChecks, formatReport } from '../../src/lib/content-report';
import { CalendarDateSchema, PinpointSchema } from '../../src/content-layer/schemas/citation';
import { textRevision, translationState, withSourceRevision } from '../../src/content-layer/translation-revision';

/** Quotes from the registry, check dates, and translation revisions: what makes accuracy checkable. */

const instrument = { title: { en: 'Law', 'zh-CN': '法' }, short: { en: 'Law', 'zh-CN': '法' }, kind: 'china-law' as const };
const cite = (pinpoint: Record<string, unknown>, inst: Record<string, unknown> = {}): ResolvedCitation => ({
  id: 'x', instrumentId: 'law', instrument: { ...instrument, ...inst }, pinpoint: PinpointSchema.parse({ instrument: 'law', pinpoint: { en: 'Art. 1', 'zh-CN': '第一条' }, ...pinpoint }),
});

describe('quoteFor', () => {
  it("uses the page's language when the registry has it", () => {
    const c = cite({ quote: { en: { text: 'all work', source: 'NORMLEX' }, 'zh-CN': { text: '一切工作', source: 'ILO 中文本' } } });
    expect(quoteFor(c, 'zh-CN')).toEqual({ text: '一切工作', lang: 'zh-CN', source: 'ILO 中文本' });
  });
  it('falls back to the authentic language and says so (lang), e.g. a Chinese statute in an English module', () => {
    expect(quoteFor(cite({ quote: { 'zh-CN': { text: '以暴力', source: 'NPC database' } } }), 'en')).toMatchObject({ text: '以暴力', lang: 'zh-CN' });
  });
  it('is undefined without a quote', () => expect(quoteFor(cite({}), 'en')).toBeUndefined());
  it('rejects a quote with no language', () => {
    expect(PinpointSchema.safeParse({ instrument: 'law', pinpoint: { en: 'a', 'zh-CN': 'b' }, quote: {} }).success).toBe(false);
  });
});

describe('check dates', () => {
  it('accepts a real past date and rejects impossible or future ones', () => {
    expect(CalendarDateSchema.safeParse('2026-11-30').success).toBe(true);
    for (const bad of ['2026-02-31', '2026-13-01', '2999-01-01', '2026-1-1']) expect(CalendarDateSchema.safeParse(bad).success, bad).toBe(false);
  });
  it("a pinpoint's own check wins over its instrument's", () => {
    expect(lastCheck(cite({ checked: { on: '2026-11-01', against: 'LawRefBook' } }, { checked: { on: '2025-01-01', against: 'x' } }))?.on).toBe('2026-11-01');
    expect(lastCheck(cite({}, { checked: { on: '2025-01-01', against: 'x y z' } }))?.on).toBe('2025-01-01');
  });
  it('a page claims a check only when every citation it makes has one, and then the oldest', () => {
    const a = cite({ checked: { on: '2026-10-01', against: 'LawRefBook' } });
    const b = cite({ checked: { on: '2026-06-01', against: 'LawRefBook' } });
    expect(oldestCheck([a, b])?.on).toBe('2026-06-01');
    expect(oldestCheck([a, cite({})])).toBeUndefined();
  });
  it('the report lists citations never checked and those older than a year', () => {
    const registry = {
      instruments: new Map([['law', instrument]]),
      citations: new Map([
        ['old', { instrument: 'law', pinpoint: { en: 'a', 'zh-CN': 'a' }, checked: { on: '2025-06-01', against: 'x' } }],
        ['new', { instrument: 'law', pinpoint: { en: 'b', 'zh-CN': 'b' }, checked: { on: '2026-11-01', against: 'x' } }],
        ['never', { instrument: 'law', pinpoint: { en: 'c', 'zh-CN': 'c' } }],
      ]),
    };
    const checks = citationChecks(registry, new Date('2026-12-01T00:00:00Z'));
    expect(checks).toEqual({ unchecked: ['never'], staleChecks: [{ id: 'old', on: '2025-06-01' }] });
    expect(formatReport({ ...checks, unverified: [], translations: [], openFindings: [] })).toContain('old (2025-06-01)');
  });
});

describe('translation revisions', () => {
  const en = '---\ntitle: A\n---\n## One\nText.\n';
  it('a translation is current, stale or unrecorded against its English source', () => {
    expect(translationState('zh.mdx', textRevision(en), 'en.mdx', en).state).toBe('current');
    expect(translationState('zh.mdx', textRevision(en), 'en.mdx', en.replace('Text', 'New text')).state).toBe('stale');
    expect(translationState('zh.mdx', undefined, 'en.mdx', en).state).toBe('unrecorded');
  });
  it('follows the words, not the catalogue fields: a new audience or order does not make a translation stale', () => {
    const more = en.replace('title: A', 'title: A\norder: 3\naudience: [police]');
    expect(textRevision(more)).toBe(textRevision(en));
    expect(textRevision(en.replace('title: A', 'title: B'))).not.toBe(textRevision(en));
  });
  it('ignores line endings and trailing spaces, not words', () => {
    expect(textRevision(en.replace(/\n/g, '\r\n').replace('Text.', 'Text.  '))).toBe(textRevision(en));
  });
  it('marking a translation replaces its recorded revision', () => {
    const zh = withSourceRevision(withSourceRevision('---\ntitle: 甲\n---\n正文\n', 'aaaaaaaaaaaa'), 'bbbbbbbbbbbb');
    expect(zh).toBe('---\ntitle: 甲\nsourceRevision: bbbbbbbbbbbb\n---\n正文\n');
  });
});

/** The build's structure check over a small module body (the file need not exist). */
async function check(body: string) {
  const file = new VFile({ path: path.join(CONTENT_DIR, 'modules/en/fixture.mdx'), value: body, data: { astro: { frontmatter: {} } } });
  await compile(file, { remarkPlugins: [remarkContentStructure] });
}
const section = (inner: string) => `## S\n\n<KeyPoints>\n- a\n- b\n</KeyPoints>\n\n${inner}\n\n<Notes minutes={5}>\nn\n</Notes>\n\n<Quiz />\n`;

describe('<LegalQuote> in content', () => {
  const registry = loadCitationRegistry();
  const quoted = [...registry.citations].find(([, p]) => p.quote)![0];
  const unquoted = [...registry.citations].find(([, p]) => !p.quote)![0];
  it('renders from the registry: a bare ref passes', async () => {
    await expect(check(section(`<LegalQuote ref="${quoted}" />`))).resolves.toBeUndefined();
  });
  it('fails the build, naming the file and line, when the page carries its own text', async () => {
    await expect(check(section(`<LegalQuote ref="${quoted}">\nwords typed here\n</LegalQuote>`))).rejects.toThrow(/content\/modules\/en\/fixture\.mdx[\s\S]*line \d+: <LegalQuote ref="[^"]+"> quotes text on the page/);
  });
  it('fails the build when the registry holds no quote for the ref', async () => {
    await expect(check(section(`<LegalQuote ref="${unquoted}" />`))).rejects.toThrow(`the registry has no quote for "${unquoted}"`);
  });
  it('every quote in the registry names its source', () => {
    for (const [id, p] of registry.citations) for (const q of Object.values(p.quote ?? {})) expect(q?.source.length, id).toBeGreaterThan(3);
    expect(resolveCitation(registry, quoted)).toBeDefined();
  });
});
