// Prints one plain closing line, "Tests: N passed, N failed, N skipped", after Jest's own
// summary, for tools that read a run's last line rather than Jest's layout.
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const { numPassedTests, numFailedTests, numPendingTests, numTodoTests } = results;
    const line = `Tests: ${numPassedTests} passed, ${numFailedTests} failed, ${numPendingTests + numTodoTests} skipped\n`;
    // Jest prints its own summary after the reporters, so ours waits for the process to end.
    process.once('exit', () => process.stderr.write(line));
  }
}

module.exports = SummaryReporter;
