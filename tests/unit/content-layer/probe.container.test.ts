import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { it, expect } from 'vitest';
import SectionPart from '../../../src/components/authoring/structure/SectionPart.astro';
it('renders', async () => {
  const c = await AstroContainer.create();
  const html = await c.renderToString(SectionPart, { props: { id: 'a', only: 'a' }, slots: { default: '<p>x</p>' } });
  expect(html).toBe('<p>x</p>');
  expect(await c.renderToString(SectionPart, { props: { id: 'a', only: 'b' }, slots: { default: '<p>x</p>' } })).toBe('');
});
