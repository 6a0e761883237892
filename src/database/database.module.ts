// SPDX-License-Identifier: EUPL-1.2
import { Global, Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from 'src/config/app-config';
import { dataSourceOptions } from 'src/database/data-source-options';
import { TransactionHost } from 'src/database/transaction-host';

export interface DatabaseModuleOptions {
  /**
   * The pool serves API requests: its connections get DATABASE_STATEMENT_TIMEOUT_MS. The worker
   * process and the command-line tools (reindex, seed, migrate) run without one.
   */
  api: boolean;
}

@Global()
@Module({})
export class DatabaseModule {
  static forRoot({ api }: DatabaseModuleOptions): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [AppConfig],
          useFactory: (config: AppConfig) => ({
            ...dataSourceOptions(config.env.DATABASE_URL, {
              poolSize: config.env.DATABASE_POOL_SIZE,
              statementTimeoutMs: api ? config.env.DATABASE_STATEMENT_TIMEOUT_MS : 0,
            }),
            // Migrations are run by `npm run migration:run`, the dev bootstrap and the test setup,
            // never implicitly by an API process that may be one of several starting at once.
            migrationsRun: false,
          }),
        }),
      ],
      providers: [TransactionHost],
      exports: [TransactionHost],
    };
  }
}
