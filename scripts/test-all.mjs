// SPDX-License-Identifier: EUPL-1.2
// `npm test`: every tier in one run — Jest (unit, integration, API end-to-end), Vitest (web
// client logic), then Playwright (browser journeys against the built platform) — and one plain
// closing line over all of them, "Tests: N passed, N failed, N skipped", which CI reads.
// Each runner writes its counts to a JSON file; a runner that crashes before reporting counts
// as one failure, so a broken tier can never look green.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'samrad-test-'));
const totals = { passed: 0, failed: 0, skipped: 0 };

function run(label, command, args, env = {}) {
  console.log(`\n== ${label}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

function add(label, ok, counts) {
  if (!counts) {
    console.error(`${label}: no results (the runner failed before reporting)`);
    totals.failed += 1;
    return;
  }
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  totals.skipped += counts.skipped;
  if (!ok && counts.failed === 0) {
    console.error(`${label}: the runner failed although no test did (setup or teardown error)`);
    totals.failed += 1;
  }
}

const jestFile = join(dir, 'jest.json');
const jestOk = run('Jest', 'npx', ['jest', ...process.argv.slice(2)], {
  JEST_SUMMARY_JSON: jestFile,
});
add('Jest', jestOk, readJson(jestFile));

const vitestFile = join(dir, 'vitest.json');
const vitestOk = run('Vitest (web client)', 'npm', [
  'run',
  'test:unit',
  '-w',
  'web',
  '--',
  '--reporter=default',
  '--reporter=json',
  `--outputFile=${vitestFile}`,
]);
const vitest = readJson(vitestFile);
add(
  'Vitest',
  vitestOk,
  vitest && {
    passed: vitest.numPassedTests,
    failed: vitest.numFailedTests,
    skipped: vitest.numPendingTests + (vitest.numTodoTests ?? 0),
  },
);

const buildOk = run('Build (API and web client)', 'npm', ['run', 'build', '--silent']);
if (buildOk) {
  const playwrightFile = join(dir, 'playwright.json');
  const playwrightOk = run(
    'Playwright (browser journeys)',
    'npm',
    ['run', 'test:e2e', '-w', 'web'],
    {
      PLAYWRIGHT_JSON: playwrightFile,
    },
  );
  const stats = readJson(playwrightFile)?.stats;
  add(
    'Playwright',
    playwrightOk,
    stats && {
      passed: stats.expected + stats.flaky,
      failed: stats.unexpected,
      skipped: stats.skipped,
    },
  );
} else {
  add('Build', false, undefined);
}

rmSync(dir, { recursive: true, force: true });
const line = `Tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`;
process.stdout.write(`\n${line}\n`);
process.exitCode = totals.failed > 0 ? 1 : 0;
