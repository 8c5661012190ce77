/**
 * Ends the test output with one plain line, "Tests: N passed, N failed[, N skipped]", which CI
 * systems read whatever the runner. Vitest's own summary stays above it.
 */
import type { Reporter, TestModule } from 'vitest/node';

export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: readonly TestModule[]) {
    const counts = { passed: 0, failed: 0, skipped: 0, pending: 0 };
    for (const module of testModules) {
      for (const test of module.children.allTests()) counts[test.result().state] += 1;
    }
    // A file that fails outside its tests (in a hook, or on import) counts as one failure.
    const failedModules = testModules.filter(
      (m) => m.state() === 'failed' && ![...m.children.allTests()].some((t) => t.result().state === 'failed'),
    ).length;
    const skipped = counts.skipped ? `, ${counts.skipped} skipped` : '';
    console.log(`\nTests: ${counts.passed} passed, ${counts.failed + failedModules} failed${skipped}`);
  }
}
