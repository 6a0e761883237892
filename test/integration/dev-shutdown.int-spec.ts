// SPDX-License-Identifier: EUPL-1.2
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, ensureApiBuilt } from 'test/helpers/built-api';

const READY = /Samråd is ready in/;

/**
 * `npm run dev` stops cleanly on Ctrl-C (issue 11): the app closes before its embedded
 * PostgreSQL stops, so nothing logs an ERROR, and the process exits 0. Ctrl-C in a terminal
 * signals the whole foreground process group, so the test starts dev.js as the leader of a group
 * of its own and signals that group, as the terminal would.
 */
describe('npm run dev shutdown (built dev.js, embedded PostgreSQL, SIGINT)', () => {
  let dataDir: string;

  beforeAll(() => {
    ensureApiBuilt();
    dataDir = mkdtempSync(join(tmpdir(), 'samrad-dev-'));
    // Under root the embedded server runs as `postgres`, which must reach its data folder.
    chmodSync(dataDir, 0o755);
  }, 300_000);

  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('closes the app, then PostgreSQL, logs no ERROR and exits 0', async () => {
    const dev = spawn(process.execPath, [join(ROOT, 'dist', 'src', 'dev.js')], {
      cwd: ROOT,
      detached: true,
      // Nothing from the test run's environment: no DATABASE_URL, REDIS_URL or SMTP_URL.
      env: { PATH: process.env.PATH, HOME: process.env.HOME, DATA_DIR: dataDir, PORT: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    dev.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    dev.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
      dev.once('exit', (code, signal) => done({ code, signal })),
    );
    try {
      await new Promise<void>((ready, failed) => {
        const timer = setInterval(() => {
          if (READY.test(output)) {
            clearInterval(timer);
            ready();
          } else if (dev.exitCode !== null) {
            clearInterval(timer);
            failed(new Error(`dev.js exited before it was ready:\n${output}`));
          }
        }, 250);
      });
      const before = output.length;
      process.kill(-dev.pid!, 'SIGINT');
      const { code, signal } = await exited;
      const shutdown = output.slice(before);
      const errorLines = output
        .split('\n')
        .filter((line) => /"level":50|\bERROR\b/.test(line) && !line.includes('"level":30'));
      expect({ code, signal, errorLines }).toEqual({ code: 0, signal: null, errorLines: [] });
      expect(shutdown).toMatch(/SIGINT: shutting down/);
      // The embedded server has stopped with the app: nothing listens on its port any more.
      const probe = spawnSync('pg_isready', ['-h', '127.0.0.1', '-p', '54329'], {
        encoding: 'utf8',
      });
      expect(probe.status).not.toBe(0);
    } finally {
      if (dev.exitCode === null && dev.signalCode === null) process.kill(-dev.pid!, 'SIGKILL');
    }
  }, 420_000);
});
