import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { MIN_QUIZ_QUESTIONS } from '../../../src/content-layer/model/content-checks';

/**
 * `astro build` itself on a copy of the real content with one author's mistake in it (CONTENT_DIR
 * points the build at the copy): the build must stop and say which file and which field. One
 * mistake the MDX pipeline catches, one that only the checks across files in content.ts catch, so
 * both ways a content error reaches the build's output are covered. Both stop before any page is
 * written.
 */

const ASTRO = path.resolve('node_modules/astro/bin/astro.mjs');

function brokenCopy(name: string, edit: (dir: string) => void): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `broken-${name}-`));
  fs.cpSync(path.resolve('content'), dir, { recursive: true });
  edit(dir);
  return dir;
}

function build(contentDir: string): Promise<{ failed: boolean; output: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [ASTRO, 'build'],
      { env: { ...process.env, CONTENT_DIR: contentDir, OUT_DIR: path.join(contentDir, '.dist'), ASTRO_TELEMETRY_DISABLED: '1' }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => resolve({ failed: error !== null, output: `${stdout}\n${stderr}` }),
    );
  });
}

// Under Stryker no mutant can reach a build in another process; the dry run would only spend time on it.
describe.skipIf(process.env.STRYKER_MUTATOR_WORKER !== undefined)('astro build on broken content', () => {
  it('stops naming the file and the field, for the pipeline and for the checks across files', async () => {
    const durationOff = brokenCopy('duration', (dir) => {
      const file = path.join(dir, 'modules/en/ilo-standards.mdx');
      const text = fs.readFileSync(file, 'utf8');
      expect(text).toMatch(/^duration: 90$/m);
      fs.writeFileSync(file, text.replace(/^duration: 90$/m, 'duration: 95'));
    });
    const quizTooShort = brokenCopy('quiz', (dir) => {
      const file = path.join(dir, 'quizzes/ilo-standards.yaml');
      const quiz = parseYaml(fs.readFileSync(file, 'utf8')) as { questions: { type: string }[] };
      // Keep the case scenarios, so that the count of questions is the one rule broken.
      const others = quiz.questions.filter((q) => q.type !== 'case');
      const cases = quiz.questions.filter((q) => q.type === 'case');
      quiz.questions = [...cases, ...others].slice(0, MIN_QUIZ_QUESTIONS - 1);
      fs.writeFileSync(file, stringifyYaml(quiz));
    });
    // One after the other: builds of one project share its .astro/ folder.
    const pipeline = await build(durationOff);
    const crossFile = await build(quizTooShort);

    expect(pipeline.failed).toBe(true);
    expect(pipeline.output).toMatch(/modules\/en\/ilo-standards\.mdx[\s\S]*duration is 95 minutes[\s\S]*add up to 90/);
    expect(crossFile.failed).toBe(true);
    expect(crossFile.output).toMatch(new RegExp(`quizzes/ilo-standards\\.yaml[\\s\\S]*questions: .*at least ${MIN_QUIZ_QUESTIONS} questions, found ${MIN_QUIZ_QUESTIONS - 1}`));
  }, 240_000);
});
