import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from 'src/database/data-source-options';

/** Applies every pending migration; returns the names applied. */
export async function runMigrations(url: string): Promise<string[]> {
  const dataSource = new DataSource(dataSourceOptions(url));
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  } finally {
    await dataSource.destroy();
  }
}

/** `npm run migration:run` and the compose `migrate` service. */
if (require.main === module) {
  const logger = new Logger('Migrations');
  const url = process.env.DATABASE_URL;
  if (!url) {
    logger.error('DATABASE_URL must be set');
    process.exit(1);
  }
  runMigrations(url)
    .then((names) => logger.log(names.length ? `Applied ${names.join(', ')}` : 'Nothing to apply'))
    .catch((error: unknown) => {
      logger.error(error instanceof Error ? error.message : String(error));
      process.exit(1);
    });
}
