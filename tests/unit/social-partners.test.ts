import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { analyseMdxFile } from '../../src/content-layer/pipeline/analyse-mdx';
import { caseIndicators } from '../../src/lib/checklist';
import { QuizSchema, type Question } from '../../src/content-layer/schemas/quiz';
import { AUDIENCES } from '../../src/content-layer/schemas/module';

/**
 * Module 9 and what is built from it: the key-point texts the MDX pipeline records for the
 * printable checklist, the checklist's indicators, and the catalogue's audience filter CSS.
 */
const moduleFile = (lang: string) => path.resolve('content/modules', lang, 'social-partners.mdx');
const quiz = QuizSchema.parse(parseYaml(fs.readFileSync(path.resolve('content/quizzes/social-partners.yaml'), 'utf8')));

describe('the MDX pipeline records each section\'s key-point texts', () => {
  it.each(['en', 'zh-cn'])('%s: one text per bullet, in order, as plain text', async (lang) => {
    const { structure } = await analyseMdxFile(moduleFile(lang));
    for (const s of structure.sections) {
      expect(s.keyPointTexts).toHaveLength(s.keyPoints);
      for (const text of s.keyPointTexts) {
        expect(text.length).toBeGreaterThan(3);
        expect(text).not.toMatch(/[<>*]/); // no markup: the checklist prints the text as it is
      }
    }
    const first = structure.sections[0]!.keyPointTexts[0];
    expect(first).toBe(lang === 'en' ? 'The ILO is tripartite: governments, workers and employers' : '国际劳工组织由政府、工人、雇主三方组成');
  });

  it('keeps inline markup out of the text and nested bullets as their own items', async () => {
    const dir = fs.mkdtempSync(path.join(path.resolve('content/modules/en'), '.tmp-'));
    const file = path.join(dir, 'x.mdx');
    try {
      fs.writeFileSync(file, '## A\n\n<KeyPoints>\n- **Bold** and `code` words\n- Outer\n  - Inner\n</KeyPoints>\n\n<Notes minutes={5}>n</Notes>\n\n<Quiz />\n');
      const { structure } = await analyseMdxFile(file);
      expect(structure.sections[0]!.keyPointTexts).toEqual(['Bold and code words', 'Outer', 'Inner']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('checklist indicators', () => {
  it('are the options some case keys as present, once each, in order of first appearance', () => {
    const ids = caseIndicators(quiz.questions).map((i) => i.id);
    expect(ids).toEqual(['document-retention', 'debt-bondage', 'restriction-of-movement', 'deception', 'withholding-of-wages', 'isolation', 'intimidation-and-threats']);
  });

  it('leave out distractors and options of other question types', () => {
    const text = (s: string) => ({ en: s, 'zh-CN': s });
    const questions = [
      { id: 'q1', type: 'single', prompt: text('p'), explanation: text('e'), cite: ['c029'], options: [{ id: 'a', text: text('A'), correct: true }, { id: 'b', text: text('B'), correct: false }] },
      { id: 'c1', type: 'case', case: text('c'), prompt: text('p'), explanation: text('e'), cite: ['c029'], options: [{ id: 'x', text: text('X'), correct: false, feedback: text('f') }, { id: 'y', text: text('Y1'), correct: true, feedback: text('f') }] },
      { id: 'c2', type: 'case', case: text('c'), prompt: text('p'), explanation: text('e'), cite: ['c029'], options: [{ id: 'y', text: text('Y2'), correct: true, feedback: text('f') }, { id: 'z', text: text('Z'), correct: true, feedback: text('f') }] },
    ] as Question[];
    expect(caseIndicators(questions)).toEqual([{ id: 'y', text: text('Y1') }, { id: 'z', text: text('Z') }]);
  });
});

describe('the catalogue audience filter', () => {
  const css = fs.readFileSync(path.resolve('src/styles/catalogue.css'), 'utf8');
  it.each([...AUDIENCES])('has a CSS rule for %s', (a) => {
    expect(css).toContain(`.catalogue-page:has(#audience-${a}:checked) .module-card:not(.for-${a})`);
  });
  it('has a UI label in both languages for every audience', () => {
    for (const lang of ['en', 'zh-CN']) {
      const table = JSON.parse(fs.readFileSync(path.resolve(`src/i18n/ui/${lang}.json`), 'utf8')) as Record<string, string>;
      for (const a of AUDIENCES) {
        expect(table[`audience.${a}`], `${lang} audience.${a}`).toBeTruthy();
        expect(table[`catalogue.filter.${a}`], `${lang} catalogue.filter.${a}`).toBeTruthy();
      }
    }
  });
});
