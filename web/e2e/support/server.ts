// SPDX-License-Identifier: EUPL-1.2
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import type * as SmtpCaptureModule from '../../../test/helpers/smtp-capture';

// The API's own SMTP capture (test/helpers), a CommonJS module to this ES-module package.
const { SmtpCapture } = createRequire(import.meta.url)(
  '../../../test/helpers/smtp-capture.ts',
) as typeof SmtpCaptureModule;
type SmtpCapture = InstanceType<typeof SmtpCapture>;

const REPO_ROOT = resolve(import.meta.dirname, '../../..');
const ADMIN_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface RunningServer {
  /** http://127.0.0.1:<port>, the client and the API on one origin. */
  url: string;
  /** Every e-mail the platform sent, parsed (a real SMTP server on loopback). */
  mail: SmtpCapture;
  /** The platform's own database (its queues live there too: no REDIS_URL). */
  databaseUrl: string;
  /** Runs SQL on this server's own database (to age a session, as time would). */
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  stop(): Promise<void>;
}

function databaseUrl(name: string): string {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function waitUntilReady(url: string, child: ChildProcess, output: () => string) {
  // Migrating and seeding a fresh database takes ~40 s on a quiet machine; leave room for a busy one.
  const deadline = Date.now() + 240_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Server exited early:\n${output()}`);
    try {
      if ((await fetch(`${url}/ready`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`Server not ready within 240 s:\n${output()}`);
}

/**
 * Starts the built platform (`dist/src/dev.js`: migrations, reference and demo data, API and
 * worker in one process, serving the built client from web/dist) on its own empty PostgreSQL
 * database and a free port, with e-mail going to an SMTP capture. Needs `npm run build` first.
 */
/**
 * `host`: the name the browser uses. 127.0.0.1 by default; `localhost` where WebAuthn runs,
 * since a relying party id cannot be an IP address (the server listens on loopback either way).
 */
export async function startServer(
  env: Record<string, string> = {},
  host = '127.0.0.1',
): Promise<RunningServer> {
  const database = `samrad_web_${process.pid}_${Date.now().toString(36)}`;
  await adminQuery(`CREATE DATABASE "${database}"`);
  const mail = new SmtpCapture();
  const smtpUrl = await mail.start();
  const port = await freePort();
  const url = `http://${host}:${port}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'samrad-web-'));
  let output = '';
  const child = spawn(process.execPath, ['--enable-source-maps', 'dist/src/dev.js'], {
    cwd: REPO_ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      PORT: String(port),
      PUBLIC_URL: url,
      DATABASE_URL: databaseUrl(database),
      DATABASE_POOL_SIZE: '4',
      QUEUE_POOL_SIZE: '2',
      SMTP_URL: `${smtpUrl}?pool=false`,
      DATA_DIR: dataDir,
      WEB_DIST_DIR: 'web/dist',
      // The MFA role rule is off for journeys that sign in demo moderators and admins with a
      // password alone; e2e/mfa.spec.ts turns it on through serverEnv.
      MFA_REQUIRED_ROLES: '',
      // Every journey runs from one address, often as the same demo member: a budget no journey
      // reaches, but on, so the browser tests run through the limiter as production does.
      API_RATE_LIMIT_MEMBER_POINTS: '100000',
      API_RATE_LIMIT_ADDRESS_POINTS: '100000',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    await mail.stop();
    await adminQuery(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await waitUntilReady(url, child, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  const query = async <T>(sql: string, params: unknown[] = []): Promise<T[]> => {
    const client = new pg.Client({ connectionString: databaseUrl(database) });
    await client.connect();
    try {
      return (await client.query(sql, params)).rows as T[];
    } finally {
      await client.end();
    }
  };
  return { url, mail, databaseUrl: databaseUrl(database), query, stop };
}
