import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { displayNumber, oldestCheck, walletLabel } from '../../src/lib/help-contacts';
import { ContactSchema, type Contact } from '../../src/content-layer/schemas/contact';

/**
 * The help contacts as people at risk read them, on the help card, in the booklets and on the
 * printed wallet card. Each check below answers a finding of the December content review
 * (content/reviews/2026-12-content-modules-5-7-booklets.md).
 */
const contacts: Contact[] = (parseYaml(fs.readFileSync('content/contacts.yaml', 'utf8')) as unknown[]).map((c) => ContactSchema.parse(c));
const byId = (id: string) => contacts.find((c) => c.id === id)!;
const booklets = ['en', 'zh-cn'].flatMap((dir) =>
  fs.readdirSync(path.join('content/booklets', dir)).map((f) => ({ file: `${dir}/${f}`, text: fs.readFileSync(path.join('content/booklets', dir, f), 'utf8') })),
);
const everyText = (c: Contact) => [c.name, c.for, c.note, c.short, c.hours].flatMap((t) => (t ? Object.values(t) : []));

describe('help contacts', () => {
  it('never offer 0086 as equal to +86: 00 is not the international prefix everywhere (finding 2)', () => {
    for (const c of contacts) for (const text of everyText(c)) expect(text, c.id).not.toMatch(/0086/);
    for (const { file, text } of booklets) expect(text, file).not.toMatch(/0086/);
  });

  it('say that 110 is the police of mainland China, not that 110 works only in China (finding 3)', () => {
    const police = byId('police-110');
    for (const text of everyText(police)) expect(text).not.toMatch(/only in China|仅限国内|只在国内/);
    expect(police.short!.en).toMatch(/mainland China/);
    expect(police.short!['zh-CN']).toMatch(/中国内地/);
    // Japan, a main destination, also uses 110 for its police.
    expect(police.note!.en).toMatch(/Japan 110/);
  });

  it('include 12345 for checking a recruiter before departure (finding 8)', () => {
    expect(byId('gov-12345').number).toBe('12345');
  });

  it('do not offer 12333 for employers abroad (finding 9)', () => {
    expect(byId('hrss-12333').for.en).toMatch(/not with employers abroad/);
  });
});

describe('the wallet card', () => {
  const partly: Contact = { ...byId('legal-12348'), certainty: 'partly', note: { en: 'n', 'zh-CN': 'n' } };

  it('marks a partly verified number "(check)" on the card itself (finding 16)', () => {
    expect(walletLabel(partly, 'en', '(check)')).toBe('Legal advice, legal aid (in China) (check)');
    expect(walletLabel(byId('legal-12348'), 'zh-CN', '（请核实）')).toBe('法律服务热线（国内）');
  });

  it('claims the oldest check of its numbers', () => {
    const dates = [{ checked: new Date('2026-12-01') }, { checked: new Date('2026-11-01') }];
    expect(oldestCheck(dates).toISOString().slice(0, 10)).toBe('2026-11-01');
  });

  it('keeps a number on one line', () => {
    expect(displayNumber('+86-10-12308')).toBe('+86\u201110\u201112308');
  });
});

describe('the booklets', () => {
  const text = (file: string) => booklets.find((b) => b.file === file)!.text;

  it('give the honest line on people forced to break the law, with Criminal Law Art 28 (finding 4)', () => {
    for (const file of ['en/if-something-goes-wrong.mdx', 'zh-cn/if-something-goes-wrong.mdx']) {
      expect(text(file)).toContain('cn-criminal-law-art28');
      expect(text(file)).not.toMatch(/victim first|首先是受害人/);
    }
  });

  it('tie the reserve fund to a licensed company and a complaint (finding 7)', () => {
    expect(text('en/before-you-go.mdx')).toMatch(/only if you go through a licensed company/);
    expect(text('zh-cn/before-you-go.mdx')).toMatch(/只有通过有资格的公司出国，才有这层保障/);
  });

  it('cover the contractor route (finding 6)', () => {
    for (const file of ['en/before-you-go.mdx', 'zh-cn/before-you-go.mdx']) expect(text(file)).toContain('cn-overseas-contracting-regulation-art12');
  });
});
