// SPDX-License-Identifier: EUPL-1.2
import { createRequire } from 'node:module';
import type * as BullMQ from 'bullmq';
import type { RunningServer } from './server';

// The API's own BullMQ (the repository root's), a CommonJS module to this ES-module package.
const { createPostgresBackend, withBackend } = createRequire(import.meta.url)(
  'bullmq',
) as typeof BullMQ;

/**
 * Puts jobs straight into one of the platform's queues, as a producer in the API would: the
 * browser server runs BullMQ's PostgreSQL backend in its own database, namespace `bullmq`
 * (src/modules/jobs/queue-backend.ts). A job named `test.no-handler` has no handler, so the
 * platform's worker really fails it (as in test/e2e/job-operations.e2e-spec.ts).
 */
export async function withQueue<T>(
  server: RunningServer,
  name: string,
  work: (queue: BullMQ.Queue) => Promise<T>,
): Promise<T> {
  const postgres = withBackend(createPostgresBackend);
  const queue = new postgres.Queue(name, {
    connection: {
      connectionString: server.databaseUrl,
      schema: 'bullmq',
      migrate: true,
      max: 1,
    },
  }) as unknown as BullMQ.Queue;
  try {
    return await work(queue);
  } finally {
    await queue.close();
  }
}

/** Adds a job no handler knows, with one attempt, and waits until the worker has failed it. */
export async function failedJob(server: RunningServer, queueName: string, jobId: string) {
  await withQueue(server, queueName, async (queue) => {
    await queue.add(
      'test.no-handler',
      { note: 'data an operator never sees' },
      {
        jobId,
        attempts: 1,
      },
    );
    const deadline = Date.now() + 60_000;
    while ((await queue.getJobState(jobId)) !== 'failed') {
      if (Date.now() > deadline) throw new Error(`${jobId} did not fail within 60 s`);
      await new Promise((r) => setTimeout(r, 250));
    }
  });
}

/** A job due in an hour: delayed, as a retry waiting for its backoff or a scheduled run is. */
export async function delayedJob(server: RunningServer, queueName: string, jobId: string) {
  await withQueue(server, queueName, (queue) =>
    queue.add('test.no-handler', {}, { jobId, delay: 3_600_000 }),
  );
}
