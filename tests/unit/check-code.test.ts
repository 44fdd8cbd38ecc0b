import { describe, expect, it } from 'vitest';
import { checkCode, normaliseCode, parseRecordLines } from '../../src/lib/check-code';

const lines = [
  { module: 1, score: 93, date: '2026-11-20' },
  { module: 3, score: 87, date: '2026-11-23' },
];

describe('completion record check code', () => {
  it('is stable, eight characters, and ignores case, spacing and line order in the name and modules', () => {
    const code = checkCode('Li Wei', lines);
    expect(code).toMatch(/^[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/);
    expect(checkCode('  li   wei ', [...lines].reverse())).toBe(code);
  });

  it('changes when any field is edited', () => {
    const code = checkCode('Li Wei', lines);
    expect(checkCode('Li Wen', lines)).not.toBe(code);
    expect(checkCode('Li Wei', [{ ...lines[0]!, score: 98 }, lines[1]!])).not.toBe(code);
    expect(checkCode('Li Wei', [{ ...lines[0]!, date: '2026-11-21' }, lines[1]!])).not.toBe(code);
    expect(checkCode('Li Wei', lines.slice(0, 1))).not.toBe(code);
  });

  it('reads typed lines in English or Chinese punctuation and reports the ones it cannot read', () => {
    expect(parseRecordLines('1, 93, 2026-11-20\n3，87%，2026-11-23\n\nnonsense')).toEqual({ lines, bad: ['nonsense'] });
    expect(normaliseCode(' abcd efgh ')).toBe('ABCD-EFGH');
  });
});
