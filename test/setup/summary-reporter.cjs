// SPDX-License-Identifier: EUPL-1.2
// Prints one plain closing line, "Tests: N passed, N failed, N skipped", after Jest's own
// summary, for tools that read a run's last line rather than Jest's layout. With
// JEST_SUMMARY_JSON set (scripts/test-all.mjs) it writes the counts there instead, and the
// runner prints one line over every tier.
const { writeFileSync } = require('node:fs');

class SummaryReporter {
  onRunComplete(_contexts, results) {
    const { numPassedTests, numFailedTests, numPendingTests, numTodoTests } = results;
    const counts = {
      passed: numPassedTests,
      failed: numFailedTests,
      skipped: numPendingTests + numTodoTests,
    };
    if (process.env.JEST_SUMMARY_JSON) {
      writeFileSync(process.env.JEST_SUMMARY_JSON, JSON.stringify(counts));
      return;
    }
    const line = `Tests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped\n`;
    // Jest prints its own summary after the reporters, so ours waits for the process to end.
    process.once('exit', () => process.stderr.write(line));
  }
}

module.exports = SummaryReporter;
