// SPDX-License-Identifier: EUPL-1.2
import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from 'src/config/app-config';
import { dataSourceOptions } from 'src/database/data-source-options';
import { TransactionHost } from 'src/database/transaction-host';

@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        ...dataSourceOptions(config.env.DATABASE_URL, { poolSize: config.env.DATABASE_POOL_SIZE }),
        // Migrations are run by `npm run migration:run`, the dev bootstrap and the test setup,
        // never implicitly by an API process that may be one of several starting at once.
        migrationsRun: false,
      }),
    }),
  ],
  providers: [TransactionHost],
  exports: [TransactionHost],
})
export class DatabaseModule {}
