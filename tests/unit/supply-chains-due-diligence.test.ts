import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { QuizSchema } from '../../src/content-layer/schemas/quiz';

/**
 * Module 7 teaches due diligence from the OECD Due Diligence Guidance (2018) and the UN Guiding
 * Principles, not from a cycle of its own (review 2026-12, findings 24 and 32), and gives the date
 * from which the EU Forced Labour Regulation applies. These checks keep an invented order or a
 * misquoted date from coming back.
 */
const read = (p: string) => fs.readFileSync(path.resolve(p), 'utf8');
const OECD_STEPS = ['embed', 'identify', 'prevent', 'track', 'communicate', 'remediate'];

describe('supply-chains: due diligence', () => {
  const quiz = QuizSchema.parse(parseYaml(read('content/quizzes/supply-chains.yaml')));

  it('keys the due-diligence order item to the six OECD steps, cited to the OECD guidance', () => {
    const item = quiz.questions.find((q) => q.id === 'due-diligence-cycle-order');
    expect(item?.type).toBe('order');
    expect(item && 'items' in item ? item.items.map((i) => i.id) : []).toEqual(OECD_STEPS);
    expect(item?.cite).toContain('oecd-due-diligence-2018-steps');
  });

  it.each([
    ['content/modules/en/supply-chains.mdx', 'not quoted from any ILO instrument', '14 December 2027'],
    ['content/modules/zh-cn/supply-chains.mdx', '并非引自国际劳工组织的任何文书', '2027年12月14日'],
  ])('%s cites the OECD steps and the EU ban date, and drops the invented cycle', (file, invented, euDate) => {
    const text = read(file);
    expect(text).toContain('<Cite ref="oecd-due-diligence-2018-steps" />');
    expect(text).toContain('<Cite ref="ungp-2011-principle-17" />');
    expect(text).not.toContain(invented);
    expect(text).toContain(euDate);
  });
});
