// SPDX-License-Identifier: EUPL-1.2
// Runs Jest's `runCLI` several times in this one process, in band, as Stryker's Jest runner does
// (once for the dry run, then once per mutant), and prints each run's counts. A database-tier
// mutation score is only meaningful when every run passes: a run that fails for a reason of its
// own (state left by the run before it) would count every mutant as killed.
//
//   node scripts/mutation/jest-runs-in-one-process.cjs [runs] [spec…]
//   node scripts/mutation/jest-runs-in-one-process.cjs 2 test/integration/outbox-claim.int-spec.ts
//
// Exits non-zero when any run has a failing test or suite.
const path = require('node:path');
const { runCLI } = require('jest');
const jestConfig = require('../../jest.config.js');

const root = path.resolve(__dirname, '..', '..');
const [runsArg, ...specs] = process.argv.slice(2);
const runs = Number(runsArg ?? 2);
const tests = specs.length > 0 ? specs : ['test/integration/outbox-claim.int-spec.ts'];
const integration = jestConfig.projects.find((p) => p.displayName === 'integration');
const { displayName: _name, ...project } = integration;
const config = {
  ...project,
  rootDir: root,
  testTimeout: jestConfig.testTimeout,
  testMatch: tests.map((t) => `<rootDir>/${t}`),
};

async function main() {
  let failed = false;
  for (let run = 1; run <= runs; run++) {
    const started = Date.now();
    const { results } = await runCLI(
      { config: JSON.stringify(config), runInBand: true, silent: true, _: [], $0: 'jest' },
      [root],
    );
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(
      `run ${run}: ${results.numPassedTests} passed, ${results.numFailedTests} failed, ` +
        `${results.numFailedTestSuites} suites failed (${seconds} s)`,
    );
    for (const suite of results.testResults)
      if (suite.failureMessage) console.log(suite.failureMessage.slice(0, 2000));
    failed ||= results.numFailedTests > 0 || results.numFailedTestSuites > 0;
  }
  process.exitCode = failed ? 1 : 0;
}

void main();
