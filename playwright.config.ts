import { defineConfig } from '@playwright/test';
import { chromiumExecutable, CHROMIUM_ARGS } from './tools/lib/browser.ts';

/**
 * End-to-end tests run against the built site served by `astro preview` (never `astro dev`: the
 * CSP, the search index and the bundles exist only in a build). `npm test` builds before this runs.
 */
const PORT = Number(process.env.E2E_PORT ?? 4329);

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  fullyParallel: true,
  workers: 2,
  reporter: [['list'], ['./tests/e2e/summary-reporter.ts']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: { executablePath: chromiumExecutable(), args: CHROMIUM_ARGS },
    browserName: 'chromium',
    serviceWorkers: 'allow',
  },
  webServer: {
    // dist/ must exist before the tests are collected (they enumerate its pages): `npm test` builds first.
    command: `ASTRO_TELEMETRY_DISABLED=1 npx astro preview --host 127.0.0.1 --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    timeout: 300_000,
    reuseExistingServer: !process.env.CI,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
