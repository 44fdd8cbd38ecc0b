import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { findingIds, LedgerFileSchema, ledgerProblems } from '../../src/lib/review-ledger';

/** Every finding of every review report in content/reviews/ has exactly one ledger entry. */
const DIR = path.resolve('content/reviews');
const reports = fs.readdirSync(DIR).filter((f) => f.endsWith('.md') && f !== 'README.md');
const ledgers = fs
  .readdirSync(DIR)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => ({ file: `content/reviews/${f}`, data: LedgerFileSchema.parse(parseYaml(fs.readFileSync(path.join(DIR, f), 'utf8'))) }));

describe('findingIds', () => {
  it('reads headings, bullets, asides and numbered items of a section without headings', () => {
    const md = [
      '## A. Errors', '### A1. one', '- **C2 (certain).** two', '- **D3.** three',
      '## E. Pedagogy', '1. **first**', '   - sub', '2. **second**',
      '## F. Brief', '- **F1 (likely).** x', '- **Aside (outside).** y',
      '## G. Ranked', '### 5. five', '1. **not a finding: part of 5**',
      '```', '### 9. in a fence', '```',
    ].join('\n');
    expect(findingIds(md)).toEqual(['A1', 'C2', 'D3', 'E1', 'E2', 'F1', 'F-aside', '5']);
  });
});

describe('ledgerProblems', () => {
  const entry = { status: 'fixed' as const, reason: 'fixed in both languages' };
  it('names missing, unknown and doubled entries', () => {
    const a = { file: 'a.yaml', data: { review: 'r.md', findings: { A1: entry, A9: entry } } };
    const b = { file: 'b.yaml', data: { review: 'r.md', findings: { A1: entry } } };
    expect(ledgerProblems(['A1', 'A2'], [a, b])).toEqual([
      'a.yaml: finding A9 is not in r.md',
      'b.yaml: finding A1 is also answered in a.yaml',
      'r.md: finding A2 has no ledger entry',
    ]);
  });
  it('requires a source for a rejection', () => {
    expect(LedgerFileSchema.safeParse({ review: 'r.md', findings: { A1: { status: 'rejected', reason: 'the law says otherwise' } } }).success).toBe(false);
  });
});

describe.each(reports)('content/reviews/%s', (report) => {
  const ids = findingIds(fs.readFileSync(path.join(DIR, report), 'utf8'));
  it('has findings', () => expect(ids.length).toBeGreaterThan(10));
  it('has one ledger entry per finding', () => {
    expect(ledgerProblems(ids, ledgers.filter((l) => l.data.review === report))).toEqual([]);
  });
});
