import { describe, expect, it } from 'vitest';
import { compile } from '@mdx-js/mdx';
import { remarkJoinCjkLines } from '../../src/content-layer/pipeline/remark-join-cjk-lines';

const html = async (md: string) => String(await compile(md, { remarkPlugins: [remarkJoinCjkLines], outputFormat: 'function-body' }));

describe('joining Chinese lines', () => {
  it('removes the space a line break would leave between Chinese sentences', async () => {
    expect(await html('出国打工，能多挣钱。\n走之前多查一查。')).toContain('出国打工，能多挣钱。走之前多查一查。');
  });
  it('joins lines written with CRLF line ends too', async () => {
    expect(await html('出国打工，能多挣钱。\r\n走之前多查一查。')).toContain('出国打工，能多挣钱。走之前多查一查。');
  });
  it('keeps the space between English words and between English and Chinese', async () => {
    const out = await html('Keep your\npassport.\n护照 C029\n公约');
    expect(out).toContain('Keep your\\npassport.');
    expect(out).toContain('C029\\n公约');
  });
});
