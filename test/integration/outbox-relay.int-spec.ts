// SPDX-License-Identifier: EUPL-1.2
import { DataSource } from 'typeorm';
import { TransactionHost } from 'src/database/transaction-host';
import { JobQueue } from 'src/modules/jobs/job-queue';
import { JobRegistry } from 'src/modules/jobs/job-registry';
import { QueueName } from 'src/modules/jobs/queue-name';
import { OutboxService } from 'src/modules/outbox/outbox.service';
import { outboxJobId } from 'src/modules/outbox/outbox-relay';
import type { OutboxEventJob } from 'src/modules/outbox/outbox-event';
import { startTestApp, type QueueBackendKind, type TestApp } from 'test/helpers/test-app';

const TOPIC = 'test.happened' as const;

// A topic of this test's own, declared the way every feature declares its topics' payloads.
declare module 'src/modules/outbox/outbox-topics' {
  interface OutboxTopics {
    'test.happened': { sequence: number };
  }
}

async function waitUntil(
  condition: () => boolean | Promise<boolean>,
  timeoutMs = 20_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('Timed out waiting');
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * Every event of this test's topic relayed and its job completed: no job is left that could
 * hand an event over again, so "exactly once" can be counted.
 */
async function everyEventHandled(t: TestApp): Promise<void> {
  const queue = t.app.get(JobQueue).queue(QueueName.Maintenance);
  await waitUntil(async () => {
    const rows = await t.app
      .get(DataSource)
      .query<{ id: string; published: boolean }[]>(
        `SELECT id, published_at IS NOT NULL AS published FROM outbox WHERE topic = $1`,
        [TOPIC],
      );
    if (rows.some((row) => !row.published)) return false;
    const states = await Promise.all(rows.map((row) => queue.getJobState(outboxJobId(row.id))));
    return states.every((state) => state === 'completed');
  });
}

describe.each<QueueBackendKind>(['postgres', 'redis'])(
  'Outbox relay on the %s queue backend',
  (backend) => {
    let first: TestApp;
    let second: TestApp;
    /** What the handlers saw, across both worker processes (apps) in this test process. */
    const handled: { app: string; outboxId: string; sequence: number }[] = [];

    function registerHandler(t: TestApp, app: string): void {
      t.app.get(JobRegistry).register(
        { queue: QueueName.Maintenance, name: 'test.record', events: [TOPIC], concurrency: 4 },
        async (data) => {
          const job = data as OutboxEventJob<typeof TOPIC>;
          handled.push({ app, outboxId: job.outboxId, sequence: job.payload.sequence });
        },
        `test handler ${app}`,
      );
    }

    beforeAll(async () => {
      first = await startTestApp({ queue: backend, worker: false });
      // A second worker process on the same database and queues.
      second = await startTestApp({
        queue: backend,
        worker: false,
        database: first.database,
        queueNamespace: first.queueNamespace,
      });
      registerHandler(first, 'first');
      registerHandler(second, 'second');
      await Promise.all([first.startWorker(), second.startWorker()]);
    });

    afterAll(async () => {
      await second.close({ keepDatabase: true });
      await first.close();
    });

    async function publish(t: TestApp, sequence: number, rollback = false): Promise<void> {
      const work = t.app.get(TransactionHost).run(async () => {
        await t.app.get(OutboxService).publish({
          topic: TOPIC,
          aggregate: { type: 'test', id: String(sequence) },
          payload: { sequence },
        });
        if (rollback) throw new Error('roll back');
      });
      if (rollback) await expect(work).rejects.toThrow('roll back');
      else await work;
    }

    it('hands every committed event to its handler exactly once with two relays, and never a rolled-back one', async () => {
      const committed: number[] = [];
      const writes: Promise<void>[] = [];
      for (let sequence = 1; sequence <= 120; sequence += 1) {
        const rollback = sequence % 10 === 0;
        if (!rollback) committed.push(sequence);
        writes.push(publish(sequence % 2 ? first : second, sequence, rollback));
      }
      await Promise.all(writes);
      await waitUntil(() => handled.length >= committed.length);
      await everyEventHandled(first);

      expect(handled.map((h) => h.sequence).sort((a, b) => a - b)).toEqual(committed);
      expect(new Set(handled.map((h) => h.outboxId)).size).toBe(committed.length);
      expect(new Set(handled.map((h) => h.app)).size).toBeGreaterThanOrEqual(1);
      const unpublished = await first.app
        .get(DataSource)
        .query('SELECT count(*)::int AS n FROM outbox WHERE published_at IS NULL');
      expect(unpublished[0].n).toBe(0);
    });

    it('refuses to publish an event outside a transaction', async () => {
      await expect(
        first.app.get(OutboxService).publish({
          topic: TOPIC,
          aggregate: { type: 'test', id: 'x' },
          payload: { sequence: 0 },
        }),
      ).rejects.toThrow('must be called inside TransactionHost.run');
    });

    it('drops a re-enqueued event whose job already exists (crash between enqueue and commit)', async () => {
      await publish(first, 1000);
      await waitUntil(() => handled.some((h) => h.sequence === 1000));
      // Simulate the crash: the row is marked unpublished again, so the relay enqueues it again.
      await first.app
        .get(DataSource)
        .query(`UPDATE outbox SET published_at = NULL WHERE payload->>'sequence' = '1000'`);
      await first.app.get(DataSource).query(`NOTIFY outbox`);
      await waitUntil(async () => {
        const rows = await first.app
          .get(DataSource)
          .query('SELECT count(*)::int AS n FROM outbox WHERE published_at IS NULL');
        return rows[0].n === 0;
      });
      // Re-enqueued before it was marked published again: a job that got through would be
      // waiting or running now, not completed.
      await everyEventHandled(first);
      expect(handled.filter((h) => h.sequence === 1000)).toHaveLength(1);
    });
  },
);
