import { describe, expect, it } from 'vitest';
import { moveIslandStyleToHead } from '../../src/integrations/island-style-to-head';

const STYLE = '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>';

describe('moving the island style into <head>', () => {
  it('moves it from the body to the end of the head', () => {
    const html = `<html><head><title>x</title></head><body><article>${STYLE}<astro-island></astro-island></article></body></html>`;
    expect(moveIslandStyleToHead(html)).toBe(`<html><head><title>x</title>${STYLE}</head><body><article><astro-island></astro-island></article></body></html>`);
  });
  it('leaves a page alone when the style is already in the head or absent', () => {
    const inHead = `<html><head>${STYLE}</head><body></body></html>`;
    expect(moveIslandStyleToHead(inHead)).toBe(inHead);
    expect(moveIslandStyleToHead('<html><head></head><body></body></html>')).toBe('<html><head></head><body></body></html>');
  });
});
