// SPDX-License-Identifier: EUPL-1.2
import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import {
  DIGEST_BATCH_SIZE,
  DigestJob,
  batchJobId,
  type DigestBatchJob,
  type DigestRunJob,
  type ScheduledJobInfo,
} from 'src/modules/digests/digest-jobs';
import {
  DIGEST_CRON,
  DIGEST_PERIODS,
  DIGEST_TIME_ZONE,
  digestWindow,
  latestSlot,
  type DigestPeriod,
} from 'src/modules/digests/digest-period';
import { DigestsRepository } from 'src/modules/digests/digests.repository';
import { FollowFrequency } from 'src/modules/follows/follow-enums';
import { JobQueue } from 'src/modules/jobs/job-queue';
import { OnJob } from 'src/modules/jobs/on-job.decorator';
import { QueueName } from 'src/modules/jobs/queue-name';
import { JobSchedules, type JobSchedule } from 'src/modules/jobs/job-schedules';

/** `digest-daily` (07:00) and `digest-weekly` (Mondays 07:00), Stockholm time. */
export const DIGEST_SCHEDULES: readonly JobSchedule[] = DIGEST_PERIODS.map((period) => ({
  queue: QueueName.Digests,
  id: `digest-${period.toLowerCase()}`,
  pattern: DIGEST_CRON[period],
  tz: DIGEST_TIME_ZONE,
  jobName: DigestJob.Run,
  data: { period } satisfies DigestRunJob,
}));

/**
 * Starts a digest period: works out its key and window from the slot it was scheduled for and
 * fans out one `digests.batch` job per group of members who follow something at that
 * frequency. Batch job ids are derived from the period, so running a period again (a retry, a
 * late duplicate, an operator) adds no second batch while the first is still kept by BullMQ
 * (7 days); the delivery rows stop a second mail in any case.
 */
@Injectable()
export class DigestRunProcessor implements OnModuleInit {
  private readonly logger = new Logger(DigestRunProcessor.name);

  constructor(
    private readonly repository: DigestsRepository,
    private readonly jobs: JobQueue,
    private readonly schedules: JobSchedules,
  ) {}

  onModuleInit(): void {
    this.schedules.register(...DIGEST_SCHEDULES);
  }

  @OnJob({ queue: QueueName.Digests, name: DigestJob.Run })
  async run(
    data: DigestRunJob,
    job?: ScheduledJobInfo,
  ): Promise<{ periodKey: string; members: number; batches: number }> {
    const period = data.period;
    if (!DIGEST_PERIODS.includes(period))
      throw new Error(`Unknown digest period ${String(period)}`);
    const window = digestWindow(period, this.scheduledAt(period, data, job));
    const memberIds = await this.repository.membersFollowing(FollowFrequency[period]);
    const size = Math.max(1, Math.min(data.batchSize ?? DIGEST_BATCH_SIZE, DIGEST_BATCH_SIZE));
    const batches: DigestBatchJob[] = [];
    for (let i = 0; i < memberIds.length; i += size) {
      batches.push({
        period,
        periodKey: window.key,
        windowStart: window.start.toISOString(),
        windowEnd: window.end.toISOString(),
        memberIds: memberIds.slice(i, i + size),
      });
    }
    await this.jobs.queue(QueueName.Digests).addBulk(
      batches.map((batch, batchNo) => ({
        name: DigestJob.Batch,
        data: batch,
        opts: { jobId: batchJobId(window.key, batchNo) },
      })),
    );
    this.logger.log(
      { periodKey: window.key, members: memberIds.length, batches: batches.length },
      'Digest period fanned out',
    );
    return { periodKey: window.key, members: memberIds.length, batches: batches.length };
  }

  /**
   * The slot this run is for. A job made by a scheduler carries it as `opts.prevMillis` (its
   * `timestamp` is when the job was created, the slot before; a run missed while no worker was
   * up is still that job, so a late run keeps its own period). A run added by hand names it in
   * `scheduledAt`. Without either (the worker passed only the data) the latest slot at or
   * before now is the best guess: right for a late run unless a whole period was missed.
   */
  private scheduledAt(period: DigestPeriod, data: DigestRunJob, job?: ScheduledJobInfo): Date {
    if (data.scheduledAt) {
      const at = new Date(data.scheduledAt);
      if (Number.isNaN(at.getTime())) throw new Error('scheduledAt is not a date');
      return at;
    }
    const prevMillis = job?.opts?.prevMillis;
    if (typeof prevMillis === 'number' && prevMillis > 0) return new Date(prevMillis);
    return latestSlot(period, new Date());
  }
}
