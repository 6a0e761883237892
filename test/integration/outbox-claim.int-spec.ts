// SPDX-License-Identifier: EUPL-1.2
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { TransactionHost } from 'src/database/transaction-host';
import { JobQueue } from 'src/modules/jobs/job-queue';
import { JobRegistry } from 'src/modules/jobs/job-registry';
import { QueueName } from 'src/modules/jobs/queue-name';
import { OutboxRelay } from 'src/modules/outbox/outbox-relay';
import { OutboxService } from 'src/modules/outbox/outbox.service';
import { startTestApp, type TestApp } from 'test/helpers/test-app';

const TOPIC = 'test.claimed' as const;

declare module 'src/modules/outbox/outbox-topics' {
  interface OutboxTopics {
    'test.claimed': { sequence: number };
  }
}

/** Rejects when `work` has not settled within `ms`: a relay pass that waits on a lock fails. */
function within<T>(ms: number, work: Promise<T>): Promise<T> {
  return Promise.race([
    work,
    new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error(`still waiting after ${ms} ms`)), ms).unref(),
    ),
  ]);
}

/**
 * The relay's claim, tested directly and counted by enqueue calls rather than by the jobs that
 * exist afterwards (BullMQ drops a repeated job id, which would hide a double claim). Another
 * relay's claim is played by a second connection holding the rows' locks, as a relay does
 * between its SELECT … FOR UPDATE and its commit.
 */
describe('Outbox relay claim', () => {
  let t: TestApp;
  let enqueued: number;

  beforeAll(async () => {
    t = await startTestApp({ worker: false }); // no background relay: this test drives the passes
    t.app
      .get(JobRegistry)
      .register(
        { queue: QueueName.Maintenance, name: 'test.claimed', events: [TOPIC], concurrency: 1 },
        async () => undefined,
        'claim test handler',
      );
    // Count every enqueue the relay makes, then let it through to the real queue.
    const jobs = t.app.get(JobQueue);
    const add = jobs.add.bind(jobs);
    jobs.add = async (...args: Parameters<JobQueue['add']>) => {
      enqueued += 1;
      return add(...args);
    };
  });

  afterAll(() => t.close());

  beforeEach(() => {
    enqueued = 0;
  });

  async function publish(sequence: number): Promise<void> {
    await t.app.get(TransactionHost).run(() =>
      t.app.get(OutboxService).publish({
        topic: TOPIC,
        aggregate: { type: 'test', id: String(sequence) },
        payload: { sequence },
      }),
    );
  }

  it('skips rows another relay holds, without waiting, and takes them once they are released', async () => {
    for (const sequence of [1, 2, 3]) await publish(sequence);
    const otherRelay = new Client({ connectionString: t.database.url });
    await otherRelay.connect();
    try {
      await otherRelay.query('BEGIN');
      const held = await otherRelay.query(
        'SELECT id FROM outbox WHERE published_at IS NULL ORDER BY id FOR UPDATE',
      );
      expect(held.rowCount).toBe(3);

      // Without SKIP LOCKED this pass would wait for the other relay; without FOR UPDATE it
      // would take the same rows and enqueue them a second time.
      await expect(within(10_000, t.app.get(OutboxRelay).relayBatch())).resolves.toBe(0);
      expect(enqueued).toBe(0);

      // The other relay gives up its claim (its process died): the rows are this relay's now.
      await otherRelay.query('ROLLBACK');
    } finally {
      await otherRelay.end();
    }
    await expect(t.app.get(OutboxRelay).relayBatch()).resolves.toBe(3);
    expect(enqueued).toBe(3);
    await expect(t.app.get(OutboxRelay).relayBatch()).resolves.toBe(0);
    expect(enqueued).toBe(3);
    const [{ unpublished }] = await t.app
      .get(DataSource)
      .query<[{ unpublished: number }]>(
        'SELECT count(*)::int AS unpublished FROM outbox WHERE published_at IS NULL',
      );
    expect(unpublished).toBe(0);
  });

  // Kills the mutants of `start`'s guard (a second start would open a second LISTEN connection and
  // a second loop) and of `stop` (a relay that stays running never ends its loop; one that keeps
  // its listener leaves the connection open).
  it('listens on one connection however often it is started, and closes it when stopped', async () => {
    const relay = t.app.get(OutboxRelay);
    const listeners = async (): Promise<number> => {
      const [{ n }] = await t.app
        .get(DataSource)
        .query<[{ n: number }]>(
          `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND query = 'LISTEN outbox'`,
        );
      return n;
    };
    expect(await listeners()).toBe(0);
    await relay.start();
    await relay.start();
    expect(await listeners()).toBe(1);
    await within(10_000, relay.stop());
    // The server ends the backend just after the client has gone.
    const deadline = Date.now() + 10_000;
    while ((await listeners()) > 0 && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await listeners()).toBe(0);
  });

  it('lets two passes running at once share the rows: each row is enqueued exactly once', async () => {
    for (let sequence = 10; sequence < 60; sequence += 1) await publish(sequence);
    const relay = t.app.get(OutboxRelay);
    const passes = await Promise.all([relay.relayBatch(), relay.relayBatch(), relay.relayBatch()]);
    expect(passes.reduce((sum, n) => sum + n, 0)).toBe(50);
    expect(enqueued).toBe(50);
  });
});
