// SPDX-License-Identifier: EUPL-1.2
import { Injectable, Logger } from '@nestjs/common';
import type { JobSchedulerJson } from 'bullmq';
import { JobQueue } from 'src/modules/jobs/job-queue';
import type { QueueName } from 'src/modules/jobs/queue-name';

/** A recurring job: BullMQ's job scheduler under a stable id. */
export interface JobSchedule {
  queue: QueueName;
  /** Stable across deployments: one scheduler per id, however often the app starts. */
  id: string;
  /** Cron, read in `tz`. */
  pattern: string;
  tz: string;
  jobName: string;
  data: Record<string, unknown>;
}

export type ScheduleOutcome = 'created' | 'updated' | 'repaired' | 'unchanged';

/**
 * Recurring jobs: features name theirs at module init (`register`, no I/O), and the worker
 * registers them with the queue store when it starts (`ensureRegistered`), so an API-only
 * process does no scheduler work at start-up.
 *
 * Registration must not lose a run that is due.
 *
 * `Queue.upsertJobScheduler` is idempotent in what it stores (one scheduler per id), but it
 * always replaces the scheduler's pending job with one for the next slot after *now*. If the
 * workers were down at the last slot, that pending job is the missed run, waiting for a worker;
 * upserting on the way up would delete it. So a scheduler that already exists with the same
 * definition and still has its pending job is left alone: the first worker up runs the missed
 * job once (`job.opts.prevMillis` = the slot it was scheduled for) and BullMQ then schedules
 * the next slot after now. Upsert only creates, changes a definition, or repairs a scheduler
 * whose pending job is gone.
 */
@Injectable()
export class JobSchedules {
  private readonly logger = new Logger(JobSchedules.name);

  private readonly registered = new Map<string, JobSchedule>();

  constructor(private readonly jobs: JobQueue) {}

  /** Names recurring jobs, by id; the worker makes them real (`ensureRegistered`). */
  register(...schedules: JobSchedule[]): void {
    for (const schedule of schedules) this.registered.set(schedule.id, schedule);
  }

  ensureRegistered(): Promise<void> {
    return this.ensureAll([...this.registered.values()]);
  }

  async ensure(schedule: JobSchedule): Promise<ScheduleOutcome> {
    const queue = this.jobs.queue(schedule.queue);
    const existing = await queue.getJobScheduler(schedule.id);
    let outcome: ScheduleOutcome = 'created';
    if (existing && sameDefinition(existing, schedule)) {
      // BullMQ names a scheduler's pending job after the slot it is for.
      const pending =
        existing.next !== undefined && existing.next !== null
          ? await queue.getJob(`repeat:${schedule.id}:${existing.next}`)
          : undefined;
      if (pending) return 'unchanged';
      outcome = 'repaired';
    } else if (existing) {
      outcome = 'updated';
    }
    await queue.upsertJobScheduler(
      schedule.id,
      { pattern: schedule.pattern, tz: schedule.tz },
      { name: schedule.jobName, data: schedule.data },
    );
    this.logger.log({ scheduler: schedule.id, outcome }, 'Job scheduler registered');
    return outcome;
  }

  /**
   * Ensures each schedule; a queue store that is down must not stop the process (the next
   * start tries again), but it is logged as an error because no run will be scheduled.
   */
  async ensureAll(schedules: readonly JobSchedule[]): Promise<void> {
    for (const schedule of schedules) {
      await this.ensure(schedule).catch((error: unknown) =>
        this.logger.error(
          { scheduler: schedule.id, err: error instanceof Error ? error.message : String(error) },
          'Job scheduler not registered',
        ),
      );
    }
  }
}

function sameDefinition(existing: JobSchedulerJson, schedule: JobSchedule): boolean {
  return (
    existing.name === schedule.jobName &&
    existing.pattern === schedule.pattern &&
    existing.tz === schedule.tz &&
    !existing.every &&
    JSON.stringify(existing.template?.data ?? {}) === JSON.stringify(schedule.data)
  );
}
