import { getViteConfig } from 'astro/config';

/**
 * The tests that render real components through Astro's Container API (`*.container.test.ts`):
 * they need Astro's Vite plugins (.astro and .mdx files, the content pipeline of astro.config.mjs).
 * A project of its own, so the other unit tests start without them.
 */
export default getViteConfig({
  test: {
    name: 'astro',
    include: ['tests/unit/**/*.container.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
  },
});
