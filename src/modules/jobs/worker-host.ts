// SPDX-License-Identifier: EUPL-1.2
import { Injectable, Logger, type BeforeApplicationShutdown } from '@nestjs/common';
import type { Job, Worker } from 'bullmq';
import { JobRegistry } from 'src/modules/jobs/job-registry';
import { JobSchedules } from 'src/modules/jobs/job-schedules';
import { QueueBackend } from 'src/modules/jobs/queue-backend';
import { Metrics } from 'src/modules/metrics/metrics';
import { WorkerHeartbeat } from 'src/modules/jobs/worker-heartbeat';

/**
 * Consumer side: one BullMQ Worker per queue that has handlers, dispatching each job to the
 * handler registered for its name. Started explicitly by the worker entry point (or the API in
 * the embedded default), never just by importing the module.
 */
@Injectable()
export class WorkerHost implements BeforeApplicationShutdown {
  private readonly logger = new Logger(WorkerHost.name);
  private workers: Worker[] = [];
  private stopping = false;

  constructor(
    private readonly registry: JobRegistry,
    private readonly backend: QueueBackend,
    private readonly schedules: JobSchedules,
    private readonly metrics: Metrics,
    private readonly heartbeat: WorkerHeartbeat,
  ) {}

  async start(): Promise<void> {
    this.stopping = false;
    // Recurring jobs are the workers' business: registered where they run, not by every API.
    await this.schedules.ensureRegistered();
    for (const queue of this.registry.queues()) {
      const worker = this.backend.createWorker(
        queue,
        (job) => this.process(job),
        this.registry.concurrencyOf(queue),
      );
      worker.on('completed', () => this.metrics.jobsFinished.inc({ queue, outcome: 'completed' }));
      worker.on('failed', (job, error) => {
        this.metrics.jobsFinished.inc({ queue, outcome: 'failed' });
        this.logger.warn(
          { queue, job: job?.name, jobId: job?.id, attempt: job?.attemptsMade, err: error.message },
          'Job failed',
        );
      });
      worker.on('error', (error) => {
        // Once shutdown has begun, a connection ended under a closing worker (the embedded
        // PostgreSQL of `npm run dev` stops right after the app) is expected, not a fault.
        if (this.stopping)
          this.logger.warn(
            { queue, err: error.message },
            'Worker connection ended during shutdown',
          );
        else this.logger.error({ queue, err: error.message }, 'Worker error');
      });
      this.workers.push(worker);
      // run() resolves only when the worker closes; errors surface through the 'error' event.
      void worker
        .run()
        .catch((error: unknown) =>
          this.logger.error({ queue, err: String(error) }, 'Worker stopped'),
        );
      await worker.waitUntilReady();
    }
    // Beats only while every BullMQ worker of this process still runs.
    const workers = this.workers;
    await this.heartbeat.start(() => workers.length > 0 && workers.every((w) => w.isRunning()));
    this.logger.log(`Workers started for queues: ${this.registry.queues().join(', ') || '(none)'}`);
  }

  async stop(): Promise<void> {
    this.stopping = true;
    const workers = this.workers;
    this.workers = [];
    await this.heartbeat.stop();
    await Promise.allSettled(workers.map((w) => w.close()));
  }

  /** Before the database pool closes: the jobs in flight finish on their connections. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.stop();
  }

  private async process(job: Job): Promise<unknown> {
    const registered = this.registry.handlerFor(job.name);
    if (!registered) throw new Error(`No handler for job ${job.name}`);
    return registered.handler(job.data, job);
  }
}
