import { describe, expect, it } from 'vitest';
import { layoutColumn, layoutRow, wrapText } from '../../src/lib/figure-layout';
import { textWidth } from '../../src/lib/cjk';

describe('figure text wrapping', () => {
  it('breaks Latin text at spaces and keeps every line within the width', () => {
    const lines = wrapText('recruitment, transport, transfer, harbouring or receipt of persons', 200, 16);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(textWidth(line, 16)).toBeLessThanOrEqual(200);
    expect(lines.join(' ')).toBe('recruitment, transport, transfer, harbouring or receipt of persons');
  });

  it('breaks Chinese between characters but never before closing punctuation', () => {
    const lines = wrapText('暴力、威胁、限制人身自由、克扣工资、扣押证件', 16 * 6, 16);
    expect(lines.join('')).toBe('暴力、威胁、限制人身自由、克扣工资、扣押证件');
    for (const line of lines) expect(line).not.toMatch(/^[，。、；：）》]/);
  });

  it('lays boxes out in a row and in a column with one join between each pair', () => {
    const items = [{ label: 'Act', detail: 'recruitment' }, { label: 'Means' }, { label: 'Purpose' }];
    const row = layoutRow(items);
    expect(row.boxes).toHaveLength(3);
    expect(row.joins).toHaveLength(2);
    expect(row.boxes.at(-1)!.x + row.boxes.at(-1)!.width).toBeCloseTo(row.width);
    const column = layoutColumn(items);
    expect(column.joins.every((j) => j.direction === 'down')).toBe(true);
    expect(column.boxes[1]!.y).toBeGreaterThan(column.boxes[0]!.y + column.boxes[0]!.height);
  });
});
