// SPDX-License-Identifier: EUPL-1.2
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { AppModule } from 'src/app.module';
import { AppConfig } from 'src/config/app-config';
import { cliLogger, cliNestLogger } from 'src/bootstrap/cli-log';
import { seedReferenceData } from 'src/bootstrap/seeder';
import { runMigrations } from 'src/database/migrate';

const log = cliLogger('migrate');

/**
 * `npm run migration:run`, the image's `node dist/src/bootstrap/migrate-command.js` and the
 * compose `migrate` job: applies pending migrations, then loads the reference data every
 * installation needs (member organisations and topics; countries come from a package), adding
 * what is missing and leaving what is there, so running it again changes nothing.
 */
export async function migrateAndLoadReferenceData(
  config: AppConfig,
  options: { queueNamespace?: string } = {},
): Promise<string[]> {
  const applied = await runMigrations(config.env.DATABASE_URL);
  log.info(
    { applied },
    applied.length ? `Applied ${applied.length} migration(s)` : 'Nothing to apply',
  );
  const app = await NestFactory.createApplicationContext(
    AppModule.forRoot(config, { http: false, queueNamespace: options.queueNamespace }),
    { logger: cliNestLogger() },
  );
  try {
    await seedReferenceData(app);
    log.info('Reference data loaded (organisations, topics)');
  } finally {
    await app.close();
  }
  return applied;
}

if (require.main === module) {
  migrateAndLoadReferenceData(AppConfig.from(AppConfig.parse(process.env))).catch(
    (error: unknown) => {
      log.error(error instanceof Error ? error.message : String(error));
      process.exit(1);
    },
  );
}
