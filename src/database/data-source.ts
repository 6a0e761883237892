// SPDX-License-Identifier: EUPL-1.2
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from 'src/database/data-source-options';

/**
 * The data source the TypeORM CLI uses (`npm run migration:generate`, `migration:run`). It needs
 * a real DATABASE_URL: the CLI does not start embedded PostgreSQL.
 */
const url = process.env.DATABASE_URL;
if (!url) {
  throw new Error('DATABASE_URL must be set for the TypeORM CLI');
}

export const cliDataSource = new DataSource(dataSourceOptions(url));
