import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { getContainerRenderer as mdxRenderer } from '@astrojs/mdx/container-renderer';
import { beforeAll, describe, expect, it } from 'vitest';
import * as victimIdentification from '../../../content/modules/en/victim-identification.mdx';
import * as victimIdentificationZh from '../../../content/modules/zh-cn/victim-identification.mdx';
import * as fixture from '../../fixtures/section-model/en/sections-model.mdx';
import SlideList from '../../../src/components/views/seminar/SlideList.astro';
import { inlineComponents, notesComponents, seminarComponents } from '../../../src/components/views/seminar/seminar-components';
import { parseContentModel, partFor } from '../../../src/content-layer/model/section-model';
import { partId } from '../../../src/content-layer/schemas/sections';
import type { ModuleView } from '../../../src/content-layer/model/view';
import type { SeminarModule } from '../../../src/content-layer/model/seminar';

/**
 * The real author components and a real module (content/modules/…/victim-identification.mdx),
 * compiled by the build's own pipeline and rendered through Astro's Container API: the seminar
 * views take each part by its id from the section model, whatever markup the components produce.
 */
const FILE = 'content/modules/en/victim-identification.mdx';
const model = parseContentModel(victimIdentification.frontmatter, FILE);
const view = (name: ModuleView['name']) => ({ view: { name, module: 'victim-identification' } });
let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create({ renderers: await loadRenderers([mdxRenderer()]) });
});
const render = (props: Record<string, unknown>, name: ModuleView['name'] = 'slides') =>
  container.renderToString(victimIdentification.default as never, { props, locals: view(name), request: new Request('http://localhost/en/modules/victim-identification/slides/') });
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();

describe('a module rendered part by part', () => {
  it('gives a slide the key points the model records, without the box and its title', async () => {
    const html = await render({ only: partFor(model, FILE, 0, 'keyPoints'), components: inlineComponents });
    expect(html).toMatch(/^\s*<ul>/);
    expect(html).not.toMatch(/key-points|Key points/);
    for (const point of model.sections[0]!.keyPointTexts) expect(text(html)).toContain(point);
    // The reading view's own rendering of the same part is the real <KeyPoints> box.
    const box = await render({ only: partFor(model, FILE, 0, 'keyPoints'), components: seminarComponents }, 'reading');
    expect(box).toMatch(/<p class="key-points__title"[^>]*>Key points<\/p>/);
  });

  it('shows a link in the key points as plain text on a slide', async () => {
    const html = await container.renderToString(fixture.default as never, { props: { only: partId(0, 'keyPoints'), components: inlineComponents }, locals: view('slides') });
    expect(html).toMatch(/<li>One <em>point<\/em> with a link<\/li>/);
  });

  it('gives the heading as inline text and the notes without their box', async () => {
    expect((await render({ only: partFor(model, FILE, 1, 'heading'), components: inlineComponents })).trim()).toBe(model.sections[1]!.heading);
    const notes = await render({ only: partFor(model, FILE, 0, 'notes'), components: notesComponents }, 'presenter');
    expect(notes).not.toContain('facilitator-notes');
    expect(notes.length).toBeGreaterThan(100);
  });

  it('draws a figure wide only on the slides, and without ids in a second copy', async () => {
    const index = model.sections.findIndex((s) => s.figures > 0);
    const only = partFor(model, FILE, index, 'figure');
    const slides = await render({ only, components: seminarComponents }, 'slides');
    expect(slides).toContain('figure-svg--wide');
    expect(slides).not.toContain('figure-svg--narrow');
    expect(slides).toMatch(/ id="fig-/);
    const copy = await render({ only, components: seminarComponents, copy: true }, 'presenter');
    expect(copy).toContain('<figure');
    expect(copy).not.toMatch(/\sid=|aria-labelledby/);
  });

  it('renders the whole text, sections and all, without `only`', async () => {
    const whole = await render({ components: seminarComponents }, 'reading');
    expect(whole.match(/<section class="content-section"/g)).toHaveLength(model.sections.length);
    expect(whole).not.toContain('facilitator-notes');
    expect(whole).toContain(`aria-labelledby="${model.sections[0]!.headingId}"`);
  });
});

describe('the slides of a module with a missing part', () => {
  const seminar = (sectionsEn = model.sections): SeminarModule => {
    const zh = parseContentModel(victimIdentificationZh.frontmatter, 'content/modules/zh-cn/victim-identification.mdx');
    const entry = (data: unknown, file: string, locale: string) => ({ slug: 'victim-identification', locale, file, entry: { data } });
    return {
      slug: 'victim-identification',
      locale: 'en',
      otherLocale: 'zh-CN',
      module: entry({ ...victimIdentification.frontmatter, audience: [] }, FILE, 'en'),
      other: entry({ ...victimIdentificationZh.frontmatter, audience: [] }, 'content/modules/zh-cn/victim-identification.mdx', 'zh-CN'),
      Content: victimIdentification.default,
      OtherContent: victimIdentificationZh.default,
      model: { ...model, sections: sectionsEn },
      otherModel: zh,
      quiz: { questions: [] },
      audienceQuestions: [],
      sourceIds: [],
    } as unknown as SeminarModule;
  };

  it('renders every section slide from the model', async () => {
    const html = await container.renderToString(SlideList, { props: { seminar: seminar() }, locals: view('slides') });
    expect(html.match(/class="slide slide--section"/g)).toHaveLength(model.sections.length);
    expect(html.match(/class="slide__points"[^>]*>\s*<ul>/g)).toHaveLength(model.sections.length * 2);
  });

  it('stops with the file and the section when a section has no key points', async () => {
    const broken = model.sections.map((s, i) => (i === 2 ? { ...s, hasKeyPoints: false, keyPoints: 0, keyPointTexts: [] } : s));
    await expect(container.renderToString(SlideList, { props: { seminar: seminar(broken) }, locals: view('slides') })).rejects.toThrow(
      new RegExp(`${FILE}:\\n  - section 3 \\("${model.sections[2]!.heading}"\\): the seminar views need <KeyPoints>`),
    );
    expect(partId(2, 'keyPoints')).toBe('2:keyPoints');
  });
});
