// SPDX-License-Identifier: EUPL-1.2
import { Controller, Get, HttpException, HttpStatus } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { QueueBackend } from 'src/modules/jobs/queue-backend';
import { JobQueue } from 'src/modules/jobs/job-queue';
import { QueueName } from 'src/modules/jobs/queue-name';

/** Liveness and readiness for orchestrators; they reveal nothing but up or down. */
@Controller()
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
    private readonly backend: QueueBackend,
  ) {}

  @Get('health')
  health() {
    return { status: 'ok' };
  }

  @Get('ready')
  async ready() {
    const checks = await Promise.allSettled([
      this.dataSource.query('SELECT 1'),
      // Counting jobs round-trips to the queue store, whichever backend it is.
      this.jobs.queue(QueueName.Maintenance).getJobCounts('waiting'),
    ]);
    const [database, queue] = checks.map((c) => (c.status === 'fulfilled' ? 'up' : 'down'));
    const body = {
      status: database === 'up' && queue === 'up' ? 'ok' : 'unavailable',
      database,
      queue,
      queueBackend: this.backend.kind,
    };
    if (body.status !== 'ok') throw new HttpException(body, HttpStatus.SERVICE_UNAVAILABLE);
    return body;
  }
}
