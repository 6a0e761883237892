// SPDX-License-Identifier: EUPL-1.2
import { Module } from '@nestjs/common';
import { JobOperationsResolver } from 'src/modules/operations/job-operations.resolver';
import { JobOperationsService } from 'src/modules/operations/job-operations.service';

/** What an operator does through the API: see, retry and discard background jobs. */
@Module({ providers: [JobOperationsService, JobOperationsResolver] })
export class OperationsModule {}
