// @ts-check
/**
 * Mutation testing (npm run test:mutation; not part of npm test): Stryker changes the code under
 * src/lib/ and the content pipeline one small fault at a time and runs the unit tests against each
 * change; a change no test notices ("survived") marks behaviour the tests do not pin down.
 * The machine this runs on is shared, so two workers; to work on one file, pass
 * `-- --mutate src/lib/parity.ts`. Reports go to reports/mutation/ (git-ignored).
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.config.ts' },
  // Each mutant runs only the tests that reach the mutated code.
  coverageAnalysis: 'perTest',
  // Static mutants (module-level constants) rerun the whole suite each: on this shared 2-core
  // machine they cost two thirds of the time for a tenth of the mutants, so they are left out.
  ignoreStatic: true,
  mutate: [
    'src/lib/**/*.ts',
    'src/content-layer/pipeline/**/*.ts',
    'src/content-layer/model/content-checks.ts',
  ],
  concurrency: 2,
  // The first run of every test (to learn which tests reach which code) takes minutes on a busy machine.
  dryRunTimeoutMinutes: 30,
  // A mutant that loops forever is stopped after 1.5 × its tests' time + 5 s, and counts as killed.
  timeoutMS: 5_000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  cleanTempDir: true,
  thresholds: { high: 90, low: 80, break: null },
};
