// SPDX-License-Identifier: EUPL-1.2
import { randomBytes } from 'node:crypto';
import { Logger } from '@nestjs/common';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { AppConfig } from 'src/config/app-config';
import { JobQueue } from 'src/modules/jobs/job-queue';
import { JobRegistry } from 'src/modules/jobs/job-registry';
import { QueueBackend } from 'src/modules/jobs/queue-backend';
import { QueueName } from 'src/modules/jobs/queue-name';
import { OutboxRelay, outboxJobId } from 'src/modules/outbox/outbox-relay';
import { statementRecordingDataSource } from 'test/helpers/statement-recording-data-source';
import { createTestDatabase, type TestDatabase } from 'test/helpers/test-database';
import { withClient } from 'test/helpers/with-client';
import { TEST_REDIS_URL } from 'test/setup/test-env';

/** Only the registry's `register` and `subscribersOf` are used here: no module discovery. */
const noDiscovery = new Proxy(
  {},
  {
    get(_, property) {
      throw new Error(`the registry used ${String(property)}`);
    },
  },
) as never;

/** Rejects when `work` has not settled within `ms`. */
function within<T>(ms: number, work: Promise<T>): Promise<T> {
  return Promise.race([
    work,
    new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error(`still waiting after ${ms} ms`)), ms).unref(),
    ),
  ]);
}

async function until(condition: () => Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`not within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * The outbox relay built on its own (a database, BullMQ on Redis, a registry with this test's
 * subscribers), without the API or a worker: its pass, its batches and its loop.
 * outbox-relay.int-spec.ts and outbox-claim.int-spec.ts check the same through whole apps on
 * both queue backends.
 */
describe('OutboxRelay on its own', () => {
  let database: TestDatabase;
  let db: DataSource;
  let backend: QueueBackend;
  let jobs: JobQueue;
  let relay: OutboxRelay;
  let statements: string[];

  beforeAll(async () => {
    database = await createTestDatabase();
    ({ db, statements } = await statementRecordingDataSource(database.url));
    const config = AppConfig.from(
      AppConfig.parse(
        {},
        { NODE_ENV: 'test', DATABASE_URL: database.url, REDIS_URL: TEST_REDIS_URL },
      ),
    );
    backend = new QueueBackend(config, {
      namespace: `relay_${process.pid}_${randomBytes(4).toString('hex')}`,
    });
    jobs = new JobQueue(backend);
    const registry = new JobRegistry(noDiscovery, noDiscovery, noDiscovery);
    const handler = async () => undefined;
    registry.register(
      { queue: QueueName.Maintenance, name: 'test.first', events: ['test.both'] },
      handler,
      'relay test',
    );
    registry.register(
      { queue: QueueName.Search, name: 'test.second', events: ['test.both', 'test.search'] },
      handler,
      'relay test',
    );
    relay = new OutboxRelay(db, registry, jobs, config);
  });

  afterAll(async () => {
    await relay?.stop();
    for (const name of [QueueName.Maintenance, QueueName.Search])
      await jobs?.queue(name).obliterate({ force: true });
    await jobs?.onApplicationShutdown();
    await backend?.onApplicationShutdown();
    await db?.destroy();
    await database?.drop();
  });

  beforeEach(async () => {
    await db.query(`DELETE FROM outbox`);
    for (const name of [QueueName.Maintenance, QueueName.Search])
      await jobs.queue(name).obliterate({ force: true });
  });

  async function insert(
    topic: string,
    count = 1,
    payload: Record<string, unknown> = {},
  ): Promise<string[]> {
    const rows = await db.query<{ id: string }[]>(
      `INSERT INTO outbox (topic, aggregate_type, aggregate_id, payload)
       SELECT $1, 'thing', 'thing-' || n, $2::jsonb FROM generate_series(1, $3::int) n
       RETURNING id`,
      [topic, JSON.stringify(payload), count],
    );
    return rows.map((r) => String(r.id));
  }

  const unpublished = async () =>
    (
      await db.query<[{ n: number }]>(
        `SELECT count(*)::int AS n FROM outbox WHERE published_at IS NULL`,
      )
    )[0].n;

  const jobCount = async (queue: QueueName) =>
    (await jobs.queue(queue).getJobs(['waiting', 'delayed', 'prioritized', 'active'])).length;

  it('hands each row to every subscriber of its topic, as a job named after the row, and marks it published', async () => {
    const [both] = await insert('test.both', 1, { sequence: 7 });
    const [searchOnly] = await insert('test.search');
    // A topic no job subscribes to is published all the same: nothing is waiting for it.
    await insert('test.nobody');
    const [{ created_at: createdAt }] = await db.query<[{ created_at: Date }]>(
      `SELECT created_at FROM outbox WHERE id = $1`,
      [both],
    );

    await expect(relay.relayBatch()).resolves.toBe(3);
    expect(await unpublished()).toBe(0);

    const first = await jobs.queue(QueueName.Maintenance).getJob(outboxJobId(both!));
    expect(first?.name).toBe('test.first');
    expect(first?.data).toEqual({
      outboxId: both,
      topic: 'test.both',
      aggregate: { type: 'thing', id: 'thing-1' },
      payload: { sequence: 7 },
      occurredAt: createdAt.toISOString(),
    });
    const second = await jobs.queue(QueueName.Search).getJob(`outbox-${both}`);
    expect(second?.name).toBe('test.second');
    expect(second?.data).toEqual(first?.data);
    expect((await jobs.queue(QueueName.Search).getJob(`outbox-${searchOnly}`))?.name).toBe(
      'test.second',
    );
    expect(await jobCount(QueueName.Maintenance)).toBe(1);
    expect(await jobCount(QueueName.Search)).toBe(2);

    // Nothing left: the next pass finds nothing, enqueues nothing and writes nothing.
    statements.length = 0;
    await expect(relay.relayBatch()).resolves.toBe(0);
    expect(statements.filter((s) => /^\s*(UPDATE|INSERT)/i.test(s))).toEqual([]);
    expect(await jobCount(QueueName.Search)).toBe(2);
  });

  it('relays at most 200 rows a pass, oldest first', async () => {
    const ids = await insert('test.search', 201);
    await expect(relay.relayBatch()).resolves.toBe(200);
    const [left] = await db.query<[{ id: string }]>(
      `SELECT id FROM outbox WHERE published_at IS NULL`,
    );
    expect(String(left.id)).toBe(ids[200]);
    await expect(relay.relayBatch()).resolves.toBe(1);
    expect(await jobCount(QueueName.Search)).toBe(201);
  });

  it('relays in its loop once started, on one connection however often started, and stops', async () => {
    const listeners = async (): Promise<number> =>
      (
        await db.query<[{ n: number }]>(
          `SELECT count(*)::int AS n FROM pg_stat_activity
            WHERE datname = current_database() AND query = 'LISTEN outbox'`,
        )
      )[0].n;
    expect(await listeners()).toBe(0);
    await relay.start();
    await relay.start();
    expect(await listeners()).toBe(1);

    // More than a batch: the loop goes on until everything is published.
    await insert('test.search', 250);
    await until(async () => (await unpublished()) === 0);
    expect(await jobCount(QueueName.Search)).toBe(250);

    // Nest's shutdown hook (before the pool closes) stops it as `stop` does.
    await within(10_000, relay.beforeApplicationShutdown());
    await until(async () => (await listeners()) === 0);
    // Stopped: a row written now stays where it is, past the relay's 2 s poll.
    await insert('test.search');
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    expect(await unpublished()).toBe(1);
  });

  it('can be stopped while its first pass still runs, and again when stopped', async () => {
    await relay.start();
    await within(10_000, relay.stop());
    await within(10_000, relay.stop());
  });

  it('takes a notification during a pass in its stride', async () => {
    // Another session holds the table, so the relay's first pass waits; a NOTIFY arrives then.
    const holder = new Client({ connectionString: database.url });
    await holder.connect();
    try {
      await holder.query('BEGIN');
      await holder.query('LOCK TABLE outbox IN ACCESS EXCLUSIVE MODE');
      await relay.start();
      await withClient(database.url, (c) => c.query('NOTIFY outbox'));
      await new Promise((resolve) => setTimeout(resolve, 300));
      await holder.query('ROLLBACK');
    } finally {
      await holder.end();
    }
    await insert('test.search');
    await until(async () => (await unpublished()) === 0);
    await within(10_000, relay.stop());
  });

  // Kills the loop mutants that turn waiting into spinning (a pass after every empty pass): the
  // relay would hammer the database. How much sooner a pass comes is not tested: see README.
  it('waits between passes while there is nothing to relay', async () => {
    const passes = () => statements.filter((s) => /FOR UPDATE SKIP LOCKED/.test(s)).length;
    statements.length = 0;
    const started = Date.now();
    await relay.start();
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const elapsed = Date.now() - started;
    await within(10_000, relay.stop());
    // The first pass, one per 2 s poll since, and one more for rounding: a spinning loop
    // makes hundreds.
    expect(passes()).toBeGreaterThanOrEqual(1);
    expect(passes()).toBeLessThanOrEqual(2 + Math.floor(elapsed / 2_000));
  });

  /**
   * With the relay's 2 s poll frozen (its `setTimeout` faked, nothing else), a row can only go
   * out through what makes a pass come at once: the notification's wake, a notification that
   * came during a pass, a full batch. Without them the row would wait for a poll that never
   * comes, so these are checked without measuring time.
   */
  describe('with the poll frozen', () => {
    const realSetTimeout = setTimeout;
    const settle = (ms: number) => new Promise((resolve) => realSetTimeout(resolve, ms));
    const passes = () => statements.filter((s) => /FOR UPDATE SKIP LOCKED/.test(s)).length;
    async function eventually(condition: () => Promise<boolean>): Promise<void> {
      const deadline = Date.now() + 10_000;
      while (!(await condition())) {
        if (Date.now() > deadline) throw new Error('not within 10000 ms (the frozen poll?)');
        await settle(50);
      }
    }

    beforeEach(() => {
      jest.useFakeTimers({
        doNotFake: [
          'Date',
          'hrtime',
          'nextTick',
          'performance',
          'queueMicrotask',
          'setImmediate',
          'clearImmediate',
          'setInterval',
          'clearInterval',
        ],
      });
      statements.length = 0;
    });

    afterEach(async () => {
      // Stopping wakes the loop itself; the real timers come back afterwards.
      await relay.stop();
      jest.useRealTimers();
    });

    it('is woken by a notification while it waits', async () => {
      await relay.start();
      await eventually(async () => passes() >= 1);
      await settle(200);
      await insert('test.search');
      await eventually(async () => (await unpublished()) === 0);
    });

    it('goes on at once after a full batch', async () => {
      await insert('test.search', 250);
      await relay.start();
      await eventually(async () => (await unpublished()) === 0);
    });

    it('passes again at once for a row committed during its pass', async () => {
      // Marking the first row published takes a second (a trigger sleeps), and the second row
      // is committed, and notified, meanwhile: after this pass it is next, not after a poll.
      await db.query(`
        CREATE FUNCTION slow_publishing() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN PERFORM pg_sleep(1); RETURN NEW; END $$;
        CREATE TRIGGER slow_publishing BEFORE UPDATE ON outbox
          FOR EACH ROW WHEN (OLD.aggregate_id = 'first') EXECUTE FUNCTION slow_publishing();`);
      try {
        await db.query(
          `INSERT INTO outbox (topic, aggregate_type, aggregate_id) VALUES ('test.search', 'thing', 'first')`,
        );
        await relay.start();
        await eventually(async () => statements.some((s) => /UPDATE outbox/.test(s)));
        await insert('test.search');
        await eventually(async () => (await unpublished()) === 0);
      } finally {
        await db.query(`DROP TRIGGER slow_publishing ON outbox; DROP FUNCTION slow_publishing()`);
      }
    });
  });

  it('logs losing its listening connection', async () => {
    const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    try {
      await relay.start();
      await db.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
          WHERE datname = current_database() AND query = 'LISTEN outbox'`,
      );
      await until(async () => warn.mock.calls.length > 0);
      expect(warn).toHaveBeenCalledWith(
        { err: expect.stringMatching(/terminat/i) },
        'Outbox listener error',
      );
    } finally {
      warn.mockRestore();
      await within(10_000, relay.stop());
    }
  });

  it('logs a failed pass and carries on with the next', async () => {
    const error = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    try {
      await db.query(`
        CREATE FUNCTION refuse_publishing() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'publishing refused'; END $$;
        CREATE TRIGGER refuse_publishing BEFORE UPDATE ON outbox
          FOR EACH ROW EXECUTE FUNCTION refuse_publishing();`);
      await insert('test.search');
      await relay.start();
      await until(async () => error.mock.calls.length > 0);
      expect(error).toHaveBeenCalledWith(
        { err: expect.stringMatching(/publishing refused/) },
        'Outbox relay pass failed',
      );
      expect(await unpublished()).toBe(1);
      await db.query(`DROP TRIGGER refuse_publishing ON outbox; DROP FUNCTION refuse_publishing()`);
      // The loop is still running: the row goes out on a later pass.
      await until(async () => (await unpublished()) === 0);
    } finally {
      error.mockRestore();
      await within(10_000, relay.stop());
    }
  });
});
