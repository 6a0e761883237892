// SPDX-License-Identifier: EUPL-1.2
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ensureApiBuilt, ROOT } from 'test/helpers/built-api';
import { createTestDatabase, type TestDatabase } from 'test/helpers/test-database';

interface Run {
  code: number | null;
  /** Every line of stdout and stderr, each parsed as JSON (a line that is not fails the test). */
  lines: Record<string, unknown>[];
}

/** Runs a compiled command as the image does (`node dist/src/bootstrap/…`). */
function run(script: string, args: string[], env: Record<string, string>): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [join(ROOT, 'dist/src/bootstrap', script), ...args], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', NODE_ENV: 'test', LOG_LEVEL: 'info', ...env },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', fail);
    child.on('close', (code) => {
      const lines = output
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => {
          try {
            return JSON.parse(line) as Record<string, unknown>;
          } catch {
            throw new Error(`${script}: a line that is not JSON: ${line}\n---\n${output}`);
          }
        });
      done({ code, lines });
    });
  });
}

/**
 * Issue 15: "the CLI commands log JSON too". The one-off commands, run the way
 * docs/operations.md says to run them in the image, write only JSON lines (pino's shape, as the
 * API's: level, time, msg, plus the command's name), failures included.
 */
describe('one-off commands log JSON lines', () => {
  let database: TestDatabase;
  let env: Record<string, string>;

  beforeAll(async () => {
    ensureApiBuilt();
    database = await createTestDatabase();
    env = { DATABASE_URL: database.url, DATABASE_POOL_SIZE: '2', QUEUE_POOL_SIZE: '1' };
  }, 600_000);

  afterAll(() => database.drop());

  it('seed: what it loaded, one JSON object per line', async () => {
    const { code, lines } = await run('seed-command.js', [], env);
    expect(code).toBe(0);
    expect(lines).toContainEqual(
      expect.objectContaining({
        level: 'info',
        command: 'seed',
        msg: 'Reference data loaded (organisations, topics)',
        time: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      }),
    );
  }, 120_000);

  it('search:check: its figures as fields, exit 0 on an index that matches', async () => {
    const { code, lines } = await run('search-command.js', ['check'], env);
    expect({ code, lines }).toEqual({
      code: 0,
      lines: expect.arrayContaining([
        expect.objectContaining({
          level: 'info',
          command: 'search:check',
          checked: expect.any(Number),
          missing: 0,
          extra: 0,
          stale: 0,
        }),
      ]),
    });
  }, 120_000);

  it('a failure is an error line and exit 1, not a stack trace', async () => {
    const { code, lines } = await run('search-command.js', ['reindex'], {
      ...env,
      DATABASE_POOL_SIZE: 'many',
    });
    expect(code).toBe(1);
    expect(lines).toEqual([
      expect.objectContaining({
        level: 'error',
        command: 'search:reindex',
        msg: expect.stringContaining('DATABASE_POOL_SIZE'),
      }),
    ]);
    const usage = await run('search-command.js', ['rebuild'], env);
    expect(usage.code).toBe(2);
    expect(usage.lines).toEqual([
      expect.objectContaining({ level: 'error', msg: 'usage: search-command reindex | check' }),
    ]);
  }, 120_000);
});
