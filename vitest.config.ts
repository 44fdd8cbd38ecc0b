import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          exclude: ['tests/unit/**/*.container.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
        },
      },
      './vitest.astro.config.ts',
    ],
  },
});
