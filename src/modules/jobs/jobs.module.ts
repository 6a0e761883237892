// SPDX-License-Identifier: EUPL-1.2
import { Global, Module, type DynamicModule } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { JobQueue } from 'src/modules/jobs/job-queue';
import { JobRegistry } from 'src/modules/jobs/job-registry';
import { JobSchedules } from 'src/modules/jobs/job-schedules';
import {
  QueueBackend,
  QUEUE_BACKEND_SETTINGS,
  type QueueBackendSettings,
} from 'src/modules/jobs/queue-backend';
import { AppConfig } from 'src/config/app-config';
import { WorkerHeartbeat } from 'src/modules/jobs/worker-heartbeat';
import { WorkerHost } from 'src/modules/jobs/worker-host';

@Global()
@Module({})
export class JobsModule {
  static forRoot(settings: QueueBackendSettings): DynamicModule {
    return {
      module: JobsModule,
      imports: [DiscoveryModule],
      providers: [
        { provide: QUEUE_BACKEND_SETTINGS, useValue: settings },
        {
          provide: QueueBackend,
          inject: [AppConfig, QUEUE_BACKEND_SETTINGS],
          useFactory: (config: AppConfig, s: QueueBackendSettings) => new QueueBackend(config, s),
        },
        JobRegistry,
        JobQueue,
        JobSchedules,
        WorkerHost,
        WorkerHeartbeat,
      ],
      exports: [
        JobQueue,
        JobRegistry,
        JobSchedules,
        WorkerHost,
        WorkerHeartbeat,
        QueueBackend,
        QUEUE_BACKEND_SETTINGS,
      ],
    };
  }
}
