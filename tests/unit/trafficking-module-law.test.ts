import fs from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * Regression checks for the legal errors the December 2026 review found in module 4
 * (content/reviews/2026-12-content-modules-1-4.md, A1–A5). They read the source files as
 * authors write them, so a later edit that brings an error back fails here with the file named.
 */
const read = (p: string) => fs.readFileSync(p, 'utf8');
const EN = 'content/modules/en/trafficking-chinese-law.mdx';
const ZH = 'content/modules/zh-cn/trafficking-chinese-law.mdx';
const GLOSSARY = 'content/glossary/trafficking-chinese-law.yaml';
const QUIZ = 'content/quizzes/trafficking-chinese-law.yaml';

describe('module 4: Criminal Law Arts 240–242 as the statute and the SPC interpretation say', () => {
  it('A1: a child-buyer may only be punished more lightly (从轻), never below the range (减轻)', () => {
    // A clause about a bought child that runs on, without a clause break, into 减轻.
    const childGetsReduction = /被买儿童[^；。\n]*减轻/;
    for (const file of [ZH, GLOSSARY, QUIZ]) expect(read(file), file).not.toMatch(childGetsReduction);
    expect(read(ZH)).toMatch(/被买儿童[^；。\n]*可以从轻处罚/);
    expect(read(EN)).toMatch(/bought child[^.]*more lightly\*\* \(从轻处罚\)/);
  });

  it('A2: obstructing a rescue is convicted under Art 277; Art 242(2) only for crowd ringleaders', () => {
    expect(read(EN)).not.toMatch(/punished under Article 242/);
    expect(read(ZH)).not.toMatch(/依照第二百四十二条处罚/);
    for (const file of [EN, ZH]) {
      expect(read(file), file).toContain('cn-criminal-law-art277');
      expect(read(file), file).toContain('cn-criminal-law-art242-para2');
    }
  });

  it('A3: the spectrum figure does not teach Labour Law Art 96 as a stage before the crime', () => {
    for (const file of [EN, ZH]) {
      const figure = read(file).match(/<SpectrumFigure[\s\S]*?\/>/)?.[0] ?? '';
      expect(figure, file).not.toBe('');
      expect(figure, file).not.toMatch(/Art 96|第96条/);
    }
  });

  it('A4: Art 240 excludes every male aged 14 or over, not only adult men', () => {
    expect(read(EN)).not.toMatch(/adult men excluded|Cases of adult men/);
    expect(read(ZH)).not.toMatch(/成年男性被害的案件/);
    expect(read(EN)).toMatch(/boys of 14 to 17/);
    expect(read(ZH)).toMatch(/14至17周岁的男孩/);
  });

  it('A5: the under-14 rule is cited to the SPC 2016 interpretation, Art 9', () => {
    for (const file of [EN, ZH]) expect(read(file), file).toContain('spc-trafficking-interpretation-2016-art9');
  });
});
