import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { AppConfig } from 'src/config/app-config';
import { createApiApp, listen } from 'src/bootstrap/create-app';
import { seedDemoData, seedReferenceData } from 'src/bootstrap/seeder';
import { startEmbeddedPostgres } from 'src/database/embedded-postgres';
import { runMigrations } from 'src/database/migrate';
import { DEMO_PASSWORD } from 'src/database/seed/demo-accounts';

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

  const url = `${config.publicUrl}/`;
  logger.log(
    [
      `Samråd is ready in ${((Date.now() - started) / 1000).toFixed(1)} s: ${url} (GraphQL: ${url}graphql)`,
      `Queues: ${config.queueBackend}; mail: ${config.env.SMTP_URL ? 'SMTP' : `${config.env.DATA_DIR}/mail`}`,
      `Demo accounts (password "${DEMO_PASSWORD}"):`,
      ...accounts.map((a) => `  ${a.email.padEnd(28)} ${a.purpose}`),
    ].join('\n'),
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
