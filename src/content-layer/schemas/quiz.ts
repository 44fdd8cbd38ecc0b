import { z } from 'zod';
import { IdSchema, LocalizedTextSchema } from './localized';

const OptionSchema = z.strictObject({
  id: IdSchema,
  text: LocalizedTextSchema,
  correct: z.boolean().default(false),
  feedback: LocalizedTextSchema.optional(),
});
export type QuizOption = z.infer<typeof OptionSchema>;

const common = {
  id: IdSchema,
  prompt: LocalizedTextSchema,
  explanation: LocalizedTextSchema,
  cite: z.array(IdSchema).min(1, 'every question needs at least one citation'),
};

const options = z.array(OptionSchema).min(2).max(12);

const SingleSchema = z.strictObject({ ...common, type: z.literal('single'), options });
const MultipleSchema = z.strictObject({ ...common, type: z.literal('multiple'), options });
const TrueFalseSchema = z.strictObject({ ...common, type: z.literal('truefalse'), answer: z.boolean() });
const OrderSchema = z.strictObject({
  ...common,
  type: z.literal('order'),
  /** In the correct order; the island shows them shuffled. */
  items: z.array(z.strictObject({ id: IdSchema, text: LocalizedTextSchema })).min(3).max(8),
});
const CaseSchema = z.strictObject({
  ...common,
  type: z.literal('case'),
  case: LocalizedTextSchema,
  options: z.array(OptionSchema.extend({ feedback: LocalizedTextSchema })).min(2).max(12),
});

export const QuestionSchema = z
  .discriminatedUnion('type', [SingleSchema, MultipleSchema, TrueFalseSchema, OrderSchema, CaseSchema])
  .superRefine((q, ctx) => {
    if (q.type === 'truefalse') return;
    const list = q.type === 'order' ? q.items : q.options;
    const ids = list.map((o) => o.id);
    const dup = ids.find((id, i) => ids.indexOf(id) !== i);
    if (dup) ctx.addIssue({ code: 'custom', message: `question "${q.id}": option id "${dup}" is used twice` });
    if (q.type === 'order') return;
    const correct = q.options.filter((o) => o.correct).length;
    if (q.type === 'single' && correct !== 1)
      ctx.addIssue({ code: 'custom', message: `question "${q.id}": a single-choice question needs exactly one correct option, found ${correct}` });
    if ((q.type === 'multiple' || q.type === 'case') && correct < 1)
      ctx.addIssue({ code: 'custom', message: `question "${q.id}": needs at least one correct option` });
  });
export type Question = z.infer<typeof QuestionSchema>;
export type QuestionType = Question['type'];

export const QuizSchema = z
  .strictObject({
    module: IdSchema,
    passMark: z.number().int().min(1).max(100).optional(),
    questions: z.array(QuestionSchema).min(1),
  })
  .superRefine((quiz, ctx) => {
    const ids = quiz.questions.map((q) => q.id);
    const dup = ids.find((id, i) => ids.indexOf(id) !== i);
    if (dup) ctx.addIssue({ code: 'custom', path: ['questions'], message: `question id "${dup}" is used twice` });
  });
export type Quiz = z.infer<typeof QuizSchema>;
