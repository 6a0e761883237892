// SPDX-License-Identifier: EUPL-1.2
import { SetMetadata } from '@nestjs/common';
import type { QueueName } from 'src/modules/jobs/queue-name';

export const ON_JOB = 'samrad:on-job';

export interface JobHandlerOptions {
  queue: QueueName;
  /** `'<feature>.<action>'`; one handler per name, checked at start-up. */
  name: string;
  /** Outbox topics that the relay turns into this job (job id = outbox id). */
  events?: readonly string[];
  /** Parallel jobs per worker process for this queue (the largest declared wins). */
  concurrency?: number;
}

/**
 * Marks a provider method as the handler of one job (Immich's `@OnJob`). The method receives the
 * job's data and must be idempotent: a job can run again after a crash or a retry.
 */
export const OnJob = (options: JobHandlerOptions) => SetMetadata(ON_JOB, options);
