import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

/**
 * Ends the run with one plain line, "e2e: N passed, N failed, N skipped", so that the end-to-end
 * count shows beside vitest's in `npm test` output and CI can read it.
 */
export default class SummaryReporter implements Reporter {
  private passed = 0;
  private failed = 0;
  private skipped = 0;

  onTestEnd(_test: TestCase, result: TestResult) {
    if (result.status === 'passed') this.passed++;
    else if (result.status === 'skipped') this.skipped++;
    else if (result.retry === 0 || result.status !== 'interrupted') this.failed++;
  }

  onEnd(_result: FullResult) {
    console.log(`\ne2e: ${this.passed} passed, ${this.failed} failed, ${this.skipped} skipped`);
  }

  printsToStdio() {
    return false;
  }
}
