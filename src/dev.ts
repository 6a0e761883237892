// SPDX-License-Identifier: EUPL-1.2
// First: with TRACING=otlp it instruments modules before they are loaded.
import 'src/observability/register-tracing';
import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppConfig } from 'src/config/app-config';
import { createApiApp, listen } from 'src/bootstrap/create-app';
import { seedDemoData, seedReferenceData } from 'src/bootstrap/seeder';
import { startEmbeddedPostgres, type EmbeddedPostgres } from 'src/database/embedded-postgres';
import { runMigrations } from 'src/database/migrate';
import { DataSource } from 'typeorm';
import { DEMO_PASSWORD } from 'src/database/seed/demo-accounts';
import { formatReadyBanner } from 'src/database/seed/demo-accounts-banner';

/**
 * `npm run dev`: the whole platform on a machine with nothing but Node. Without DATABASE_URL it
 * starts embedded PostgreSQL (data kept in .data/postgres); without REDIS_URL the queues run on
 * BullMQ's PostgreSQL backend; without SMTP_URL mail is written to .data/mail. Migrations and
 * seed data are applied, and API and worker run in this one process.
 *
 * Ctrl-C (SIGINT) or SIGTERM closes the app first (HTTP, workers, relay, pools) and only then
 * stops the embedded PostgreSQL, which runs in its own process group so that the terminal's
 * signal does not reach it first; then the process exits 0.
 */
async function main(): Promise<void> {
  const started = Date.now();
  const logger = new Logger('Samråd');
  const env = AppConfig.parse(process.env, { NODE_ENV: process.env.NODE_ENV ?? 'development' });
  // What a signal has to stop, as far as start-up has got.
  const running: { app?: NestExpressApplication; embedded?: EmbeddedPostgres } = {};
  let stopping = false;
  const shutDown = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.log(`${signal}: shutting down`);
    try {
      await running.app?.close();
      await running.embedded?.stop();
    } catch (error) {
      logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
      process.exit(1);
    }
    process.exit(0);
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.on(signal, (received) => void shutDown(received));

  if (!env.DATABASE_URL) {
    running.embedded = await startEmbeddedPostgres(env.DATA_DIR, logger);
    env.DATABASE_URL = running.embedded.url;
    logger.log('Embedded PostgreSQL is running (no DATABASE_URL)');
  }
  const config = AppConfig.from(env);
  const applied = await runMigrations(config.env.DATABASE_URL);
  if (applied.length) logger.log(`Applied migrations: ${applied.join(', ')}`);

  const app = await createApiApp(config, { runWorker: true, shutdownHooks: false });
  running.app = app;
  await seedReferenceData(app);
  const accounts = await seedDemoData(app);
  await listen(app, config, config.env.PORT);

  const seconds = (Date.now() - started) / 1000;
  // The seed's mail is delivered (and logged) by the worker just after start; print the accounts
  // after it, as plain text, so they are the last thing on the terminal and readable.
  await outboxDrained(app.get(DataSource));
  process.stdout.write(
    formatReadyBanner({
      url: `${config.publicUrl}/ (GraphQL: ${config.publicUrl}/graphql)`,
      seconds,
      queues: config.queueBackend,
      mail: config.env.SMTP_URL ? 'SMTP' : `${config.env.DATA_DIR}/mail`,
      password: DEMO_PASSWORD,
      accounts,
    }),
  );
}

/** Until every outbox event is published and its jobs had a moment to log (at most 15 s). */
async function outboxDrained(db: DataSource): Promise<void> {
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  for (let waited = 0; waited < 15_000; waited += 250) {
    const [row] = await db.query<{ n: number }[]>(
      'SELECT count(*)::int AS n FROM outbox WHERE published_at IS NULL',
    );
    if (row?.n === 0) break;
    await sleep(250);
  }
  await sleep(1_500);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
