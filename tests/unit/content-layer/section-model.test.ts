import fs from 'node:fs';
import path from 'node:path';
import { createElement, Fragment, type ReactNode } from 'react';
import * as runtime from 'react/jsx-runtime';
import { renderToStaticMarkup } from 'react-dom/server';
import { compile, run } from '@mdx-js/mdx';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { remarkPlugins, rehypePlugins } from '../../../src/content-layer/pipeline/index';
import { CONTENT_DIR } from '../../../src/content-layer/pipeline/paths';
import { parseContentModel, partFor } from '../../../src/content-layer/model/section-model';
import { INTRO_PART, QUIZ_PART, partId } from '../../../src/content-layer/schemas/sections';
import { ContentError } from '../../../src/lib/content-error';

/**
 * The section model as the build records it: the fixture modules in tests/fixtures/section-model/ go
 * through the pipeline's own plugin lists (src/content-layer/pipeline/index.ts), compiled as if
 * they were content/modules/en/<name>.mdx, as Astro compiles them.
 */
const FIXTURES = path.resolve('tests/fixtures/section-model/en');
const fixtureFile = (name: string) => path.join(FIXTURES, `${name}.mdx`);

async function compileFixture(name: string, source = fs.readFileSync(fixtureFile(name), 'utf8')) {
  const file = new VFile({
    path: path.join(CONTENT_DIR, 'modules/en', `${name}.mdx`),
    value: source,
    data: { astro: { frontmatter: { duration: undefined } } },
  });
  const code = String(await compile(file, { remarkPlugins, rehypePlugins, outputFormat: 'function-body' }));
  const frontmatter = (file.data.astro as { frontmatter: Record<string, unknown> }).frontmatter;
  return { code, frontmatter, model: parseContentModel(frontmatter, fixtureFile(name)) };
}

/**
 * Renders the compiled module as a page would, with stand-ins for the wrappers that follow the
 * same contract as the real ones (the Container test renders the real Astro components).
 */
function standIns() {
  const show = (id: string, o?: string) => o === undefined || o === id;
  const tag = (name: string) => (props: { children?: ReactNode; [k: string]: unknown }) => createElement('x-' + name.toLowerCase(), { 'data-props': JSON.stringify({ ...props, children: undefined }) }, props.children);
  const components = {
    SectionPart: ({ id, only: o, children }: { id: string; only?: string; children?: ReactNode }) => (show(id, o) ? createElement(Fragment, null, children) : null),
    ContentSection: ({ index, only: o, children }: { index: string; only?: string; children?: ReactNode }) =>
      o === undefined ? createElement('section', { className: 'content-section', 'data-section': index }, children) : createElement(Fragment, null, children),
    KeyPoints: tag('KeyPoints'),
    Notes: tag('Notes'),
    Ask: tag('Ask'),
    Cite: tag('Cite'),
    Callout: tag('Callout'),
    FlowFigure: tag('FlowFigure'),
    SpectrumFigure: tag('SpectrumFigure'),
    ElementsFigure: tag('ElementsFigure'),
    Quiz: tag('Quiz'),
  };
  return components;
}

async function renderFixture(code: string, only?: string, props: Record<string, unknown> = {}, components: Record<string, unknown> = standIns()): Promise<string> {
  const { default: Content } = await run(code, { ...runtime, baseUrl: import.meta.url });
  return renderToStaticMarkup(createElement(Content as never, { components, only, ...props }));
}

describe('the section model', () => {
  it('records each section as typed data: heading and its id, key points, minutes, questions, figures, cases, citations, quiz', async () => {
    const { model } = await compileFixture('sections-model');
    expect(model.quiz).toBe('sections-model');
    expect(model.hasIntro).toBe(true);
    const withoutIntro = fs.readFileSync(fixtureFile('sections-model'), 'utf8').replace(/^An introduction.*\n/, '');
    expect((await compileFixture('sections-model', withoutIntro)).model.hasIntro).toBe(false);
    expect(model.citeRefs).toEqual(['c029-art2-1', 'c029-art2-2']);
    expect(model.sections).toHaveLength(2);
    expect(model.sections[0]).toEqual({
      index: 0,
      heading: 'First section',
      headingId: 'first-section',
      hasKeyPoints: true,
      keyPoints: 2,
      keyPointTexts: ['One point with a link', 'Two points'],
      hasNotes: true,
      minutes: 10,
      questions: 1,
      questionTexts: ['What would you do first?'],
      figures: 1,
      figureComponents: ['FlowFigure'],
      cases: 1,
      citeRefs: ['c029-art2-2'],
    });
    expect(model.sections[1]).toMatchObject({ index: 1, headingId: 'second-section', minutes: 5, questionTexts: [], figureComponents: ['SpectrumFigure', 'ElementsFigure'], cases: 0 });
  });

  it('renders the whole text without `only`, and exactly one part with it', async () => {
    const { code, model } = await compileFixture('sections-model');
    const whole = await renderFixture(code);
    expect(whole).toMatch(/^<p>An introduction/);
    expect(whole.match(/<section class="content-section"/g)).toHaveLength(model.sections.length);
    expect(whole).toContain('<x-quiz');

    const keyPoints = await renderFixture(code, partFor(model, 'f', 0, 'keyPoints'));
    expect(keyPoints).toMatch(/^<x-keypoints[^>]*><ul>\s*<li>One <em>point<\/em> with <a href="https:\/\/example.org\/">a link<\/a><\/li>\s*<li>Two points<\/li>\s*<\/ul><\/x-keypoints>$/);
    expect(await renderFixture(code, partFor(model, 'f', 0, 'heading'))).toBe('<h2 id="first-section">First section</h2>');
    // The runs of prose share one id: both paragraphs, around the figure, and nothing else.
    const prose = await renderFixture(code, partId(0, 'prose'));
    expect(prose).toContain('Prose before the figure.');
    expect(prose).toContain('More prose after it');
    expect(prose).not.toMatch(/x-flowfigure|x-callout|x-notes|x-keypoints|<h2/);
    expect(await renderFixture(code, partFor(model, 'f', 1, 'figure', 1))).toMatch(/^<x-elementsfigure[^>]*><\/x-elementsfigure>$/);
    expect(await renderFixture(code, partFor(model, 'f', 0, 'case'))).toMatch(/^<x-callout/);
    expect(await renderFixture(code, partFor(model, 'f', 0, 'notes'))).toMatch(/^<x-notes[^>]*>.*<x-ask[^>]*>What would you do first\?<\/x-ask>.*<\/x-notes>$/s);
    expect(await renderFixture(code, INTRO_PART)).toMatch(/^<p>An introduction.*<\/p>\s*$/s);
    expect(await renderFixture(code, QUIZ_PART)).toMatch(/^<x-quiz[^>]*><\/x-quiz>$/);
  });

  it('passes `copy` on to figures only, so that a second copy on the page can leave out its ids', async () => {
    const { code, model } = await compileFixture('sections-model');
    const seen: Record<string, unknown>[] = [];
    const record = (name: string) => (props: Record<string, unknown>) => (seen.push({ name, copy: props.copy }), null);
    await renderFixture(code, partFor(model, 'f', 0, 'figure'), { copy: true }, { ...standIns(), FlowFigure: record('FlowFigure'), KeyPoints: record('KeyPoints') });
    await renderFixture(code, partFor(model, 'f', 0, 'keyPoints'), { copy: true }, { ...standIns(), FlowFigure: record('FlowFigure'), KeyPoints: record('KeyPoints') });
    expect(seen).toEqual([{ name: 'FlowFigure', copy: true }, { name: 'KeyPoints', copy: undefined }]);
  });
});

describe('a module with a missing part', () => {
  it('stops the build at the section that lacks its key points, naming file and section', async () => {
    await expect(compileFixture('missing-key-points')).rejects.toThrow(/content\/modules\/en\/missing-key-points\.mdx:[\s\S]*section "A section without key points" needs exactly one <KeyPoints>, found 0/);
  });

  it('stops a view that asks for a part the section model lacks, naming file and section', async () => {
    const { model } = await compileFixture('sections-model');
    const file = fixtureFile('sections-model');
    expect(() => partFor(model, file, 0, 'figure', 1)).toThrow(ContentError);
    expect(() => partFor(model, file, 0, 'figure', 1)).toThrow(/sections-model\.mdx:\n {2}- section 1 \("First section"\): the seminar views need figure 2, which the section does not have/);
    expect(() => partFor(model, file, 1, 'case')).toThrow(/section 2 \("Second section"\): the seminar views need case study 1/);
    const withoutKeyPoints = { ...model, sections: [{ ...model.sections[0]!, hasKeyPoints: false, keyPoints: 0, keyPointTexts: [] }] };
    expect(() => partFor(withoutKeyPoints, file, 0, 'keyPoints')).toThrow(/section 1 \("First section"\): the seminar views need <KeyPoints>/);
    expect(() => partFor(model, file, 2, 'heading')).toThrow(/asks for section 3, but the file has 2/);
  });

  it('stops the build for a figure that sits inside another element, where no view could ask for it', async () => {
    await expect(compileFixture('nested-figure')).rejects.toThrow(/nested-figure\.mdx:\n {2}- section "A section": 1 figure\(s\) sit inside another element/);
  });

  it('refuses a recorded model that does not match the schema, naming the file and the field', async () => {
    const { frontmatter } = await compileFixture('sections-model');
    const structure = frontmatter.structure as { sections: Record<string, unknown>[] };
    const broken = { ...frontmatter, structure: { ...structure, sections: [{ ...structure.sections[0], headingId: undefined }] } };
    expect(() => parseContentModel(broken, 'content/modules/en/x.mdx')).toThrow(/content\/modules\/en\/x\.mdx \(section model\):\n {2}- sections\.0\.headingId/);
    expect(() => parseContentModel({}, 'content/modules/en/x.mdx')).toThrow(/sections: /);
    const miscounted = { ...frontmatter, structure: { ...structure, sections: [{ ...structure.sections[0], keyPoints: 3 }] } };
    expect(() => parseContentModel(miscounted, 'x.mdx')).toThrow(/counts do not match the recorded lists/);
  });
});
