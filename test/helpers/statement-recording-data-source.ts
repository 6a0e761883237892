// SPDX-License-Identifier: EUPL-1.2
import { DataSource, type Logger as TypeOrmLogger } from 'typeorm';
import { dataSourceOptions } from 'src/database/data-source-options';

/**
 * A DataSource on a test database that records the text of every statement it sends, for
 * specs that check a query budget or count a loop's passes. Empty `statements` in place
 * (`statements.length = 0`) to start counting again.
 */
export async function statementRecordingDataSource(
  url: string,
): Promise<{ db: DataSource; statements: string[] }> {
  const statements: string[] = [];
  const recording: TypeOrmLogger = {
    logQuery: (query) => void statements.push(query),
    logQueryError: () => undefined,
    logQuerySlow: () => undefined,
    logSchemaBuild: () => undefined,
    logMigration: () => undefined,
    log: () => undefined,
  };
  const db = await new DataSource({
    ...dataSourceOptions(url),
    migrations: [],
    logging: ['query'],
    logger: recording,
  }).initialize();
  return { db, statements };
}
