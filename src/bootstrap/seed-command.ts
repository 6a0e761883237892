// SPDX-License-Identifier: EUPL-1.2
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { AppModule } from 'src/app.module';
import { AppConfig } from 'src/config/app-config';
import { cliLogger, cliNestLogger, runCommand } from 'src/bootstrap/cli-log';
import { seedDemoData, seedReferenceData } from 'src/bootstrap/seeder';

const log = cliLogger('seed');

/** `npm run seed [-- --demo]`: reference data (and, with --demo, the demo accounts). */
runCommand(log, async () => {
  const config = AppConfig.from(AppConfig.parse(process.env));
  const demo = process.argv.includes('--demo');
  if (demo && config.isProduction) throw new Error('Demo data is refused in production');
  const app = await NestFactory.createApplicationContext(
    AppModule.forRoot(config, { http: false }),
    { logger: cliNestLogger() },
  );
  try {
    await seedReferenceData(app);
    log.info('Reference data loaded (organisations, topics)');
    if (demo) {
      await seedDemoData(app);
      log.info('Demo accounts, cases and questions loaded');
    }
  } finally {
    await app.close();
  }
});
