import { describe, expect, it } from 'vitest';
import { QuizSchema } from '../../src/content-layer/schemas/quiz';
import { ModuleFrontmatterSchema } from '../../src/content-layer/schemas/module';
import { ContactSchema } from '../../src/content-layer/schemas/contact';
import { CitationFileSchema } from '../../src/content-layer/schemas/citation';
import { ContentError, parseContent } from '../../src/lib/content-error';

const text = (s: string) => ({ en: s, 'zh-CN': s });
const question = {
  id: 'q1',
  type: 'single',
  prompt: text('Which?'),
  options: [
    { id: 'a', text: text('A'), correct: true },
    { id: 'b', text: text('B') },
  ],
  explanation: text('Because.'),
  cite: ['c029-art2-1'],
};

describe('quiz schema', () => {
  it('accepts a well-formed quiz', () => {
    expect(QuizSchema.safeParse({ module: 'm', questions: [question] }).success).toBe(true);
  });

  it('requires both languages in every text', () => {
    const broken = { ...question, prompt: { en: 'Which?' } };
    const error = () => parseContent(QuizSchema, { module: 'm', questions: [broken] }, 'content/quizzes/m.yaml');
    expect(error).toThrow(ContentError);
    expect(error).toThrow(/content\/quizzes\/m\.yaml[\s\S]*questions\.0\.prompt\.zh-CN/);
  });

  it('rejects a single-choice question with two right answers', () => {
    const two = { ...question, options: question.options.map((o) => ({ ...o, correct: true })) };
    const result = QuizSchema.safeParse({ module: 'm', questions: [two] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/exactly one correct option/);
  });

  it('requires feedback on every option of a case scenario, and a citation on every question', () => {
    const caseQ = { ...question, type: 'case', case: text('A worker …') };
    expect(QuizSchema.safeParse({ module: 'm', questions: [caseQ] }).success).toBe(false);
    expect(QuizSchema.safeParse({ module: 'm', questions: [{ ...question, cite: [] }] }).success).toBe(false);
  });

  it('rejects duplicate question ids, which would mix up stored progress', () => {
    const result = QuizSchema.safeParse({ module: 'm', questions: [question, question] });
    expect(result.error?.issues.map((i) => i.message)).toContain('question id "q1" is used twice');
  });
});

describe('content errors', () => {
  it('name the file first, then one problem a line', () => {
    const error = new ContentError('content/quizzes/m.yaml', ['questions.0.cite: needs one', 'questions.1.id: bad']);
    expect(error.message).toBe('content/quizzes/m.yaml:\n  - questions.0.cite: needs one\n  - questions.1.id: bad');
  });
});

describe('module frontmatter schema', () => {
  const valid = {
    title: 'ILO standards',
    summary: 'What the instruments require.',
    order: 1,
    duration: 90,
    audience: ['police'],
    objectives: ['Explain one.', 'Explain two.', 'Explain three.'],
    sources: ['c029'],
    updated: '2026-11-23',
  };
  it('defaults the pass mark to 80 per cent', () => {
    expect(ModuleFrontmatterSchema.parse(valid).passMark).toBe(80);
  });
  it('rejects unknown fields and audiences', () => {
    expect(ModuleFrontmatterSchema.safeParse({ ...valid, colour: 'red' }).success).toBe(false);
    expect(ModuleFrontmatterSchema.safeParse({ ...valid, audience: ['everyone'] }).success).toBe(false);
  });
});

describe('contact and citation schemas', () => {
  it('keeps tel: links to digits', () => {
    const contact = {
      id: 'x', number: '12308', tel: '+86 10 12308', name: text('n'), hours: text('h'), for: text('f'),
      source: 's', checked: '2026-11-01', certainty: 'verified',
    };
    expect(ContactSchema.safeParse(contact).success).toBe(false);
    expect(ContactSchema.safeParse({ ...contact, tel: '+861012308' }).success).toBe(true);
  });
  it('requires ids in lower-case-hyphen form', () => {
    const file = { citations: { 'C029 Art 2': { instrument: 'c029', pinpoint: text('Art. 2') } } };
    expect(CitationFileSchema.safeParse(file).success).toBe(false);
  });
});
