// SPDX-License-Identifier: EUPL-1.2
import type { Job, Queue } from 'bullmq';
import { eventually } from 'test/helpers/eventually';

/**
 * Waits for a job to complete and returns it as it is then, with its return value; throws at
 * once when it has failed for good.
 *
 * The state is read before the job, never the other way round: a job read while still active
 * carries no return value, and it may complete before its state is read, which then already
 * says completed (a race that only shows on a loaded machine).
 */
export async function finishedJob(queue: Queue, id: string, timeoutMs?: number): Promise<Job> {
  return eventually(async () => {
    const state = await queue.getJobState(id);
    if (state === 'failed')
      throw new Error(`${id} failed: ${(await queue.getJob(id))?.failedReason ?? 'no reason'}`);
    if (state !== 'completed') return undefined;
    return queue.getJob(id);
  }, timeoutMs);
}
