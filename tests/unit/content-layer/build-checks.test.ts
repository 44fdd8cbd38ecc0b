import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkContentFolder, fixtureFolder, FIXTURES } from './content-folder';

/**
 * One negative fixture per check the build applies to content (tests/fixtures/content/<check>/,
 * laid over the valid base/ folder). Each must fail with exactly one problem that names the file,
 * the field (or line, or section) and says what is wrong. The expected text is a stable fragment of
 * the message, so rewording a message keeps the test; dropping a check fails it.
 */

interface Expected {
  /** The file the message must name (end of its path). */
  file: string;
  /** The field, line or section the message must name. */
  where: string;
  /** What is wrong, in words that should survive a rewording. */
  says: string;
}

const FAILS: Record<string, Expected> = {
  // The MDX pipeline (src/content-layer/pipeline/remark-content-structure.ts)
  'pipeline-duration': { file: 'modules/en/sample.mdx', where: 'duration is 12', says: 'add up to 10' },
  'pipeline-legalquote-text': { file: 'modules/en/sample.mdx', where: 'line 26', says: 'quotes text on the page' },
  'pipeline-legalquote-lang': { file: 'modules/en/sample.mdx', where: 'line 26', says: 'quotes text on the page' },
  'pipeline-legalquote-no-quote': { file: 'modules/en/sample.mdx', where: 'line 26', says: 'no quote for "cn-criminal-law-art244"' },
  'pipeline-cite-no-ref': { file: 'modules/en/sample.mdx', where: 'line 24', says: '<Cite> needs ref' },
  'pipeline-cite-unknown': { file: 'modules/en/sample.mdx', where: 'line 39', says: 'unknown citation ref "cn-criminal-law-art999"' },
  'pipeline-booklet-cite-unknown': { file: 'booklets/en/guide.mdx', where: 'line 11', says: 'unknown citation ref "c0029"' },
  'pipeline-ask-outside-notes': { file: 'modules/en/sample.mdx', where: 'line 24', says: 'inside <Notes>' },
  'pipeline-ask-nested': { file: 'modules/en/sample.mdx', where: 'line 29', says: 'inside another <Ask>' },
  'pipeline-ask-empty': { file: 'modules/en/sample.mdx', where: 'line 29', says: '<Ask> is empty' },
  'pipeline-h1': { file: 'modules/en/sample.mdx', where: 'line 15', says: '# Sample module' },
  'pipeline-keypoints-missing': { file: 'modules/en/sample.mdx', where: '"The offence"', says: 'found 0' },
  'pipeline-keypoints-twice': { file: 'modules/en/sample.mdx', where: '"The offence"', says: 'found 2' },
  'pipeline-keypoints-count': { file: 'modules/en/sample.mdx', where: '"The offence"', says: '2–5 bullets, found 1' },
  'pipeline-keypoints-too-many': { file: 'modules/en/sample.mdx', where: '"The offence"', says: '2–5 bullets, found 6' },
  'pipeline-unknown-component': { file: 'modules/en/sample.mdx', where: 'line 24', says: '<Warning> is not a component authors can use' },
  'pipeline-figure-items': { file: 'modules/en/sample.mdx', where: 'line 28', says: 'a figure draws 2–6 boxes, found 1' },
  'pipeline-keypoints-not-first': { file: 'modules/en/sample.mdx', where: '"The definition"', says: 'must come first, right under the ## heading' },
  'pipeline-figure-nested': { file: 'modules/en/sample.mdx', where: 'section "The definition"', says: 'sit inside another element' },
  'pipeline-notes-missing': { file: 'modules/en/sample.mdx', where: '"The offence"', says: '<Notes minutes={n}>, found 0' },
  'pipeline-notes-twice': { file: 'modules/en/sample.mdx', where: '"The offence"', says: '<Notes minutes={n}>, found 2' },
  'pipeline-notes-minutes': { file: 'modules/en/sample.mdx', where: '"The offence"', says: 'whole number of minutes' },
  'pipeline-no-sections': { file: 'booklets/en/guide.mdx', where: '##', says: 'at least one' },
  'pipeline-quiz-missing': { file: 'modules/en/sample.mdx', where: '<Quiz />', says: 'found 0' },
  'pipeline-sources-unknown': { file: 'modules/en/sample.mdx', where: 'sources', says: '"c999"' },
  // Frontmatter and data files (src/content-layer/schemas/)
  'schema-module-audience': { file: 'modules/en/sample.mdx', where: 'audience.0', says: 'labour-inspectors' },
  'schema-module-unknown-field': { file: 'modules/en/sample.mdx', where: '(top level)', says: 'colour' },
  'schema-module-objectives': { file: 'modules/en/sample.mdx', where: 'objectives', says: '>=3' },
  'schema-booklet-reading-minutes': { file: 'booklets/en/guide.mdx', where: 'readingMinutes', says: '<=10' },
  'schema-source-revision': { file: 'modules/zh-cn/sample.mdx', where: 'sourceRevision', says: '12-character revision' },
  'schema-quiz-translation': { file: 'quizzes/sample.yaml', where: 'questions.2.prompt.zh-CN', says: 'expected string' },
  'schema-quiz-single-correct': { file: 'quizzes/sample.yaml', where: 'question "q1"', says: 'exactly one correct option, found 2' },
  'schema-quiz-option-id-twice': { file: 'quizzes/sample.yaml', where: 'question "q1"', says: 'option id "a" is used twice' },
  'schema-quiz-case-feedback': { file: 'quizzes/sample.yaml', where: 'questions.10.options.1.feedback', says: 'expected object' },
  'schema-quiz-case-no-correct': { file: 'quizzes/sample.yaml', where: 'question "case1"', says: 'at least one correct option' },
  'schema-quiz-no-citation': { file: 'quizzes/sample.yaml', where: 'questions.0.cite', says: 'at least one citation' },
  'schema-quiz-question-id-twice': { file: 'quizzes/sample.yaml', where: 'questions', says: 'question id "q1" is used twice' },
  'schema-quiz-order-items': { file: 'quizzes/sample.yaml', where: 'questions.0.items', says: '>=3' },
  'schema-contact-tel': { file: 'contacts.yaml (entry 1)', where: 'tel', says: 'digits' },
  'schema-contact-partly-note': { file: 'contacts.yaml (entry 1)', where: 'note', says: '`partly`' },
  'schema-destination-missing': { file: 'destinations.yaml (entry 1)', where: 'missing', says: 'no verified number' },
  'schema-destination-kind': { file: 'destinations.yaml (entry 1)', where: 'numbers.0.kind', says: '"embassy"' },
  'schema-self-check-weight': { file: 'self-check.yaml (entry 1)', where: 'weight', says: '"warning"' },
  'schema-glossary-translation': { file: 'glossary/terms.yaml', where: '0.zh-CN', says: 'expected object' },
  'schema-citation-date': { file: 'citations/fixture.yaml', where: 'citations.cn-criminal-law-art244.checked.on', says: 'not in the future' },
  'schema-citation-quote-language': { file: 'citations/fixture.yaml', where: 'citations.c029-art2-1.quote', says: 'at least one language' },
  'schema-citation-id': { file: 'citations/fixture.yaml', where: 'citations.Criminal Law Art 244', says: 'key' },
  // The citation and glossary registries (src/content-layer/pipeline/citations.ts, glossary.ts)
  'citations-defined-twice': { file: 'citations/more.yaml', where: 'id "c029"', says: 'already defined in' },
  'citations-unknown-instrument': { file: 'citations/more.yaml', where: 'citation "c105-art1"', says: 'instrument "c105", which is not defined' },
  'citations-yaml': { file: 'citations/more.yaml', where: 'line 3', says: 'not valid YAML' },
  'glossary-defined-twice': { file: 'glossary/terms.yaml', where: 'term "forced-labour"', says: 'already defined in' },
  'glossary-yaml': { file: 'glossary/more.yaml', where: 'line 2', says: 'not valid YAML' },
  // UI strings (src/i18n/index.ts: the schema, then key parity) and the site configuration
  'ui-strings-key-missing': { file: 'ui/*.json', where: 'key "nav.modules"', says: 'missing in zh-CN' },
  'ui-strings-placeholder': { file: 'ui/*.json', where: 'key "quiz.score"', says: 'placeholders {score,total} in en but {score} in zh-CN' },
  'ui-strings-empty': { file: 'ui/zh-CN.json', where: 'nav.modules', says: 'must not be empty' },
  'ui-strings-key-form': { file: 'ui/en.json', where: 'Modules', says: 'key' },
  'site-config-icp': { file: 'site.config.yaml', where: 'icp', says: 'ICP' },
  'site-config-contact': { file: 'site.config.yaml', where: 'contact', says: 'email' },
  'site-config-date': { file: 'site.config.yaml', where: 'contentReviewed', says: 'YYYY-MM' },
  'site-config-yaml': { file: 'site.config.yaml', where: 'line 4', says: 'not valid YAML' },
  // Across files (src/content-layer/model/content-checks.ts)
  'cross-slug-parity': { file: 'booklets/en/extra.mdx', where: 'booklets/: "extra"', says: 'not in zh-CN' },
  'cross-locale-folder': { file: 'booklets/fr/only-here.mdx', where: 'folder "fr"', says: 'not a locale (expected en or zh-cn)' },
  'cross-structure': { file: 'modules/*/sample.mdx', where: 'section 2', says: 'keyPoints is 2 in' },
  'cross-structure-cases': { file: 'modules/*/sample.mdx', where: 'section 2', says: 'cases is 0 in' },
  'cross-structure-questions': { file: 'modules/*/sample.mdx', where: 'section 2', says: 'questions is 0 in' },
  'cross-structure-figures': { file: 'modules/*/sample.mdx', where: 'section 2', says: 'figures is 0 in' },
  'cross-structure-sections': { file: 'modules/*/sample.mdx', where: 'modules/zh-cn/sample.mdx has 3', says: 'has 2 sections' },
  'cross-order': { file: 'modules/*/sample.mdx', where: 'order', says: '1 vs 2' },
  'cross-quiz-file-missing': { file: 'quizzes/second.yaml', where: 'missing', says: 'needs a quiz file' },
  'cross-quiz-without-module': { file: 'quizzes/other.yaml', where: 'module "other"', says: 'modules/' },
  'cross-quiz-module-field': { file: 'quizzes/sample.yaml', where: 'module:', says: 'must equal the file name "sample"' },
  'cross-quiz-too-few-questions': { file: 'quizzes/sample.yaml', where: 'questions', says: 'at least 12 questions, found 10' },
  'cross-quiz-too-few-cases': { file: 'quizzes/sample.yaml', where: 'questions', says: 'at least 2 case scenarios (type: case), found 1' },
  'cross-quiz-unknown-citation': { file: 'quizzes/sample.yaml', where: 'question "case1"', says: 'unknown citation "cn-criminal-law-art999"' },
  'cross-glossary-unknown-source': { file: 'glossary/terms.yaml', where: 'term "forced-labour"', says: 'unknown source "c029-art2-9"' },
  'cross-glossary-unknown-module': { file: 'glossary/terms.yaml', where: 'term "forced-labour"', says: 'unknown module "samples"' },
  'cross-contact-unknown-source': { file: 'contacts.yaml', where: 'contact "consular-12308"', says: 'unknown source "consular-launch"' },
  'cross-self-check-unknown-citation': { file: 'self-check.yaml', where: 'sign "deposit"', says: 'unknown citation "c029-art99"' },
  'cross-source-revision-in-english': { file: 'modules/en/sample.mdx', where: 'sourceRevision', says: 'only a translation' },
};

describe('content checks', () => {
  it('pass the valid base folder', async () => {
    expect(await checkContentFolder(fixtureFolder('base'))).toEqual([]);
  });

  it('have a row here for every fixture folder', () => {
    const folders = fs.readdirSync(FIXTURES, { withFileTypes: true }).filter((d) => d.isDirectory() && d.name !== 'base').map((d) => d.name);
    expect(folders.sort()).toEqual(Object.keys(FAILS).sort());
  });

  it.each(Object.entries(FAILS))('%s: fails naming the file and the field', async (name, expected) => {
    const problems = await checkContentFolder(fixtureFolder(name));
    expect(problems, 'the fixture breaks exactly one rule').toHaveLength(1);
    const [problem] = problems as [string];
    expect(problem).toContain(expected.file);
    expect(problem).toContain(expected.where);
    expect(problem).toContain(expected.says);
    // The file is named before what is wrong with it.
    expect(problem.indexOf(expected.file)).toBeLessThan(problem.lastIndexOf(expected.says));
  });
});
