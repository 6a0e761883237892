// SPDX-License-Identifier: EUPL-1.2
import { Injectable } from '@nestjs/common';
import type { Job } from 'bullmq';
import { TransactionHost } from 'src/database/transaction-host';
import { Errors } from 'src/graph/errors/app-error';
import { AuditAction } from 'src/modules/audit/audit-action';
import { AuditService } from 'src/modules/audit/audit.service';
import { JobQueue } from 'src/modules/jobs/job-queue';
import { QueueName } from 'src/modules/jobs/queue-name';
import { OutboxService } from 'src/modules/outbox/outbox.service';
import type { NoPayload } from 'src/modules/outbox/outbox-topics';
import {
  QueuedJobState,
  type JobQueueSummaryType,
  type QueuedJobType,
} from 'src/modules/operations/dto/queued-job.type';

export interface OperationsEventPayloads {
  'operations.job-retried': NoPayload;
  'operations.job-discarded': NoPayload;
}

const REASON_LENGTH = 500;

/**
 * What an operator needs of the queues without redis-cli or SQL: counts per queue, the failed
 * and delayed jobs with their error and attempts, and retry or discard of one job. Works the
 * same on both queue backends (BullMQ's Queue API). Job data is never shown: it can quote
 * members and content, and the error and the kind are what an operator acts on.
 */
@Injectable()
export class JobOperationsService {
  constructor(
    private readonly jobs: JobQueue,
    private readonly tx: TransactionHost,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
  ) {}

  async summaries(): Promise<JobQueueSummaryType[]> {
    return Promise.all(
      Object.values(QueueName).map(async (name) => {
        const counts = await this.jobs
          .queue(name)
          .getJobCounts('waiting', 'active', 'delayed', 'failed');
        return {
          name,
          waiting: counts.waiting ?? 0,
          active: counts.active ?? 0,
          delayed: counts.delayed ?? 0,
          failed: counts.failed ?? 0,
        };
      }),
    );
  }

  /** The newest `first` jobs of a queue in a state. */
  async list(queue: QueueName, state: QueuedJobState, first: number): Promise<QueuedJobType[]> {
    const jobs = await this.jobs.queue(queue).getJobs([state], 0, first - 1, false);
    return jobs
      .filter((job): job is Job => Boolean(job))
      .map((job) => toQueuedJob(queue, state, job));
  }

  /** Runs a failed job again (its attempts start over); audited. */
  async retry(
    actorId: string,
    queue: QueueName,
    jobId: string,
    reason: string,
  ): Promise<QueuedJobType> {
    const job = await this.failedJob(queue, jobId);
    const before = toQueuedJob(queue, QueuedJobState.FAILED, job);
    await job.retry('failed');
    await this.record(actorId, 'operations.job-retried', queue, job, reason);
    return before;
  }

  /** Removes a failed or delayed job for good; audited. */
  async discard(
    actorId: string,
    queue: QueueName,
    jobId: string,
    reason: string,
  ): Promise<QueuedJobType> {
    const job = await this.jobs.queue(queue).getJob(jobId);
    const state = job ? await job.getState() : undefined;
    if (!job || (state !== 'failed' && state !== 'delayed'))
      throw Errors.notFound('Failed or delayed job');
    const discarded = toQueuedJob(queue, state as QueuedJobState, job);
    await job.remove();
    await this.record(actorId, 'operations.job-discarded', queue, job, reason);
    return discarded;
  }

  private async failedJob(queue: QueueName, jobId: string): Promise<Job> {
    const job = await this.jobs.queue(queue).getJob(jobId);
    if (!job || (await job.getState()) !== 'failed') throw Errors.notFound('Failed job');
    return job;
  }

  /**
   * The audit entry and its event in one transaction, after the queue has changed: Redis is not
   * part of a PostgreSQL transaction, so the record follows what was done rather than precede
   * something that may still fail.
   */
  private record(
    actorId: string,
    topic: keyof OperationsEventPayloads,
    queue: QueueName,
    job: Job,
    reason: string,
  ): Promise<void> {
    const target = { type: 'job' as const, id: `${queue}/${job.id}`.slice(0, 64) };
    return this.tx.run(async () => {
      await this.audit.record({
        actorId,
        action:
          topic === 'operations.job-retried' ? AuditAction.JobRetried : AuditAction.JobDiscarded,
        target,
        reason,
        details: { queue, job: job.name, attemptsMade: job.attemptsMade },
      });
      await this.outbox.publish({ topic, aggregate: target });
    });
  }
}

function toQueuedJob(queue: QueueName, state: QueuedJobState, job: Job): QueuedJobType {
  return {
    id: job.id!,
    queue,
    name: job.name,
    state,
    attemptsMade: job.attemptsMade,
    maxAttempts: job.opts.attempts ?? 1,
    failedReason: job.failedReason ? job.failedReason.slice(0, REASON_LENGTH) : undefined,
    createdAt: new Date(job.timestamp),
    runsAt:
      state === QueuedJobState.DELAYED ? new Date(job.timestamp + (job.delay ?? 0)) : undefined,
    finishedAt: job.finishedOn ? new Date(job.finishedOn) : undefined,
  };
}
