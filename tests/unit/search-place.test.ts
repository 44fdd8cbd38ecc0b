import { describe, expect, it } from 'vitest';
import { bestPlace, type PagefindSubResult } from '../../src/lib/search-place';

const part = (title: string, url: string, matches: number): PagefindSubResult => ({ title, url, excerpt: `…${title}…`, locations: Array.from({ length: matches }, (_, i) => i) });
const page = (sub_results?: PagefindSubResult[]) => ({ url: '/en/modules/m/', excerpt: 'page excerpt', meta: { title: 'Module' }, sub_results });

describe('bestPlace', () => {
  it('leads to the section with the most matches, with its heading and excerpt', () => {
    expect(bestPlace(page([part('Module', '/en/modules/m/', 1), part('Indicators', '/en/modules/m/#indicators', 3), part('Law', '/en/modules/m/#law', 2)])))
      .toEqual({ url: '/en/modules/m/#indicators', section: 'Indicators', excerpt: '…Indicators…' });
  });
  it('keeps the page when its opening holds the most matches, or there are no parts', () => {
    expect(bestPlace(page([part('Module', '/en/modules/m/', 4), part('Law', '/en/modules/m/#law', 2)]))).toEqual({ url: '/en/modules/m/', excerpt: 'page excerpt' });
    expect(bestPlace(page())).toEqual({ url: '/en/modules/m/', excerpt: 'page excerpt' });
  });
  it('gives a tie to the earlier section', () => {
    expect(bestPlace(page([part('A', '/en/modules/m/#a', 2), part('B', '/en/modules/m/#b', 2)])).url).toBe('/en/modules/m/#a');
  });
});
