// SPDX-License-Identifier: EUPL-1.2
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TEMPLATE_DATABASE_ENV } from 'test/setup/test-env';

export const ROOT = join(__dirname, '..', '..');

/**
 * Builds the API into dist/ once per test run, for the suites that start real processes
 * (`node dist/src/main.js`, `worker.js`, `dev.js`). Two such files run at once in two Jest
 * workers; a lock directory makes the second wait for the first's build instead of writing into
 * dist/ at the same time, and a stamp named after the run's template database says it is done.
 */
export function ensureApiBuilt(): void {
  const run = process.env[TEMPLATE_DATABASE_ENV] ?? `pid${process.pid}`;
  const stamp = join(ROOT, 'dist', `.built-for-${run}`);
  const lock = join(ROOT, '.api-build.lock');
  const deadline = Date.now() + 600_000;
  for (;;) {
    if (existsSync(stamp)) return;
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`Waited 10 min for ${lock}; remove it if stale`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500);
    }
  }
  try {
    if (existsSync(stamp)) return;
    const build = spawnSync('npm', ['run', 'build:api'], { cwd: ROOT, encoding: 'utf8' });
    if (build.status !== 0) throw new Error(`build:api failed:\n${build.stdout}${build.stderr}`);
    writeFileSync(stamp, '');
  } finally {
    rmdirSync(lock);
  }
}
