import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { analyseMdxFile } from '../../src/content-layer/pipeline/analyse-mdx';
import { loadCitationRegistry } from '../../src/content-layer/pipeline/citations';
import { resolveCitation } from '../../src/lib/citation-registry';
import { findSlugParityProblems, findStructureProblems } from '../../src/lib/parity';
import { QuizSchema } from '../../src/content-layer/schemas/quiz';
import { LOCALES } from '../../src/i18n/locales';
import { MIN_CASE_QUESTIONS, MIN_QUIZ_QUESTIONS } from '../../src/content-layer/model/content-checks';

/**
 * The real content, checked with the same functions the build uses, so a content problem shows up
 * in seconds without a build: both languages of everything, the same structure, resolvable
 * citations, complete bilingual quizzes.
 */
const CONTENT = path.resolve('content');
const filesIn = (kind: string) =>
  LOCALES.flatMap((l) =>
    fs.readdirSync(path.join(CONTENT, kind, l.path)).filter((f) => f.endsWith('.mdx')).map((f) => ({ locale: l.code, slug: f.replace(/\.mdx$/, ''), file: path.join(CONTENT, kind, l.path, f) })),
  );

describe.each(['modules', 'booklets'])('content/%s', (kind) => {
  const files = filesIn(kind);

  it('exists in every language', () => {
    expect(findSlugParityProblems(files, LOCALES.map((l) => l.code))).toEqual([]);
  });

  const slugs = [...new Set(files.map((f) => f.slug))];
  it.each(slugs)('%s: same structure in every language', async (slug) => {
    const versions = await Promise.all(files.filter((f) => f.slug === slug).map(async (f) => ({ file: f.file, ...(await analyseMdxFile(f.file)) })));
    expect(findStructureProblems(versions.map((v) => ({ file: v.file, sections: v.structure.sections })))).toEqual([]);
  });
});

describe('content/quizzes', () => {
  const modules = new Set(filesIn('modules').map((f) => f.slug));
  it('has one quiz per module', () => {
    const quizzes = fs.readdirSync(path.join(CONTENT, 'quizzes')).map((f) => f.replace(/\.yaml$/, ''));
    expect(quizzes.sort()).toEqual([...modules].sort());
  });

  it.each([...modules])('%s: every item has text, an explanation and a resolvable citation in both languages', (slug) => {
    const quiz = QuizSchema.parse(parseYaml(fs.readFileSync(path.join(CONTENT, 'quizzes', `${slug}.yaml`), 'utf8')));
    const registry = loadCitationRegistry();
    // The build enforces the same policy (content-checks.ts); here it shows up without a build.
    expect(quiz.questions.length).toBeGreaterThanOrEqual(MIN_QUIZ_QUESTIONS);
    expect(quiz.questions.filter((q) => q.type === 'case').length).toBeGreaterThanOrEqual(MIN_CASE_QUESTIONS);
    for (const q of quiz.questions) {
      for (const l of LOCALES) expect(q.explanation[l.code].length, `${q.id} ${l.code}`).toBeGreaterThan(10);
      for (const ref of q.cite) expect(resolveCitation(registry, ref), `${q.id}: ${ref}`).toBeDefined();
    }
  });
});
