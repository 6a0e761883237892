// SPDX-License-Identifier: EUPL-1.2
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { AppModule } from 'src/app.module';
import { AppConfig } from 'src/config/app-config';
import { seedDemoData, seedReferenceData } from 'src/bootstrap/seeder';

/** `npm run seed [-- --demo]`: reference data (and, with --demo, the demo accounts). */
async function main(): Promise<void> {
  const config = AppConfig.from(AppConfig.parse(process.env));
  const app = await NestFactory.createApplicationContext(
    AppModule.forRoot(config, { http: false }),
    { logger: ['error', 'warn'] },
  );
  try {
    await seedReferenceData(app);
    if (process.argv.includes('--demo')) {
      if (config.isProduction) throw new Error('Demo data is refused in production');
      await seedDemoData(app);
    }
  } finally {
    await app.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
