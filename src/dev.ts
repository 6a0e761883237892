import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { AppConfig } from 'src/config/app-config';
import { createApiApp, listen } from 'src/bootstrap/create-app';
import { seedDemoData, seedReferenceData } from 'src/bootstrap/seeder';
import { startEmbeddedPostgres } from 'src/database/embedded-postgres';
import { runMigrations } from 'src/database/migrate';
import { DataSource } from 'typeorm';
import { DEMO_PASSWORD } from 'src/database/seed/demo-accounts';
import { formatReadyBanner } from 'src/database/seed/demo-accounts-banner';

/**
 * `npm run dev`: the whole platform on a machine with nothing but Node. Without DATABASE_URL it
 * starts embedded PostgreSQL (data kept in .data/postgres); without REDIS_URL the queues run on
 * BullMQ's PostgreSQL backend; without SMTP_URL mail is written to .data/mail. Migrations and
 * seed data are applied, and API and worker run in this one process.
 */
async function main(): Promise<void> {
  const started = Date.now();
  const logger = new Logger('Samråd');
  const env = AppConfig.parse(process.env, { NODE_ENV: process.env.NODE_ENV ?? 'development' });
  if (!env.DATABASE_URL) {
    const embedded = await startEmbeddedPostgres(env.DATA_DIR, logger);
    env.DATABASE_URL = embedded.url;
    // embedded-postgres stops the server itself when this process exits.
    logger.log('Embedded PostgreSQL is running (no DATABASE_URL)');
  }
  const config = AppConfig.from(env);
  const applied = await runMigrations(config.env.DATABASE_URL);
  if (applied.length) logger.log(`Applied migrations: ${applied.join(', ')}`);

  const app = await createApiApp(config, { runWorker: true });
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
