// SPDX-License-Identifier: EUPL-1.2
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker, type Job } from 'bullmq';
import { Redis } from 'ioredis';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { DataSource } from 'typeorm';
import { TransactionHost } from 'src/database/transaction-host';
import { Role } from 'src/graph/auth/role.enum';
import { DigestJob, batchJobId, type DigestRunJob } from 'src/modules/digests/digest-jobs';
import { FollowFrequency, FollowTargetType } from 'src/modules/follows/follow-enums';
import { FollowsService } from 'src/modules/follows/follows.service';
import { JobQueue } from 'src/modules/jobs/job-queue';
import { JobRegistry } from 'src/modules/jobs/job-registry';
import { QueueName } from 'src/modules/jobs/queue-name';
import { Locale } from 'src/modules/members/locale.enum';
import type { MemberEntity } from 'src/modules/members/member.entity';
import { MembersService } from 'src/modules/members/members.service';
import { viewerOf } from 'src/modules/members/member-viewer';
import { TopicKind } from 'src/modules/taxonomy/topic-kind.enum';
import { TopicsService } from 'src/modules/taxonomy/topics.service';
import { publishedCase } from 'test/factories/case.factory';
import { signedInMember } from 'test/factories/member.factory';
import { terminateSessions } from 'test/helpers/terminate-sessions';
import { startTestApp, type TestApp } from 'test/helpers/test-app';
import { eventually } from 'test/helpers/eventually';
import { finishedJob } from 'test/helpers/finished-job';
import { freePort } from 'test/helpers/free-port';

/**
 * Faults during a digest run: the queue store's connections dropped, a worker dying mid-batch,
 * the SMTP server down. Each ends with every member holding exactly one digest.
 *
 * Every test runs on a Redis server of this file's own (`redis-server` on a free port), never on
 * the shared one: dropping "every connection" there cuts only this file's clients, however many
 * other test files run beside it. The restart test starts one more that keeps an append-only
 * file, and stops and starts it mid-run.
 */
const SCHEDULED_AT = '2026-01-05T06:00:00.000Z';
const PERIOD_KEY = 'DAILY:2026-01-05';
const IN_WINDOW = '2026-01-04T12:00:00.000Z';
const DIGEST_SUBJECT = /^Samråd: (din dagliga|your daily)/;

/**
 * A real SMTP server that can be slow, hang without ever answering, stop and start again, or
 * hold every message after the first `holdAfter` until `release()`.
 */
class TestSmtp {
  readonly messages: ParsedMail[] = [];
  /** Messages whose data began to arrive, answered or not. */
  started = 0;
  private server?: SMTPServer;
  private port = 0;
  private held: (() => void)[] = [];
  private released = false;

  constructor(
    private readonly behaviour: { delayMs?: number; hang?: boolean; holdAfter?: number } = {},
  ) {}

  /** Answers the held messages and every later one at once. */
  release(): void {
    this.released = true;
    for (const answer of this.held.splice(0)) answer();
  }

  private hold(): Promise<void> {
    const { holdAfter } = this.behaviour;
    if (this.released || holdAfter === undefined || this.messages.length < holdAfter)
      return Promise.resolve();
    return new Promise((resolve) => this.held.push(resolve));
  }

  async start(): Promise<string> {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      closeTimeout: 100,
      onData: (stream, _session, callback) => {
        this.started += 1;
        if (this.behaviour.hang) {
          // Take the data and never answer: the sender waits, as on a dead connection.
          stream.resume();
          return;
        }
        simpleParser(stream)
          .then(async (mail) => {
            await new Promise((r) => setTimeout(r, this.behaviour.delayMs ?? 0));
            await this.hold();
            this.messages.push(mail);
            callback();
          })
          .catch((error: Error) => callback(error));
      },
    });
    const server = this.server;
    await new Promise<void>((resolve) => server.listen(this.port, '127.0.0.1', resolve));
    this.port = (server.server.address() as AddressInfo).port;
    return `smtp://127.0.0.1:${this.port}`;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    this.release();
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  digestsTo(email: string): ParsedMail[] {
    return this.messages.filter(
      (m) =>
        DIGEST_SUBJECT.test(m.subject ?? '') && [m.to].flat().some((a) => a?.text.includes(email)),
    );
  }
}

/** An app on Redis (`redisUrl`, a server of this file's) or PostgreSQL, sharing data when given. */
function app(
  smtpUrl: string,
  options: {
    queue?: 'redis' | 'postgres';
    worker?: boolean;
    shared?: TestApp;
    redisUrl?: string;
  } = {},
): Promise<TestApp> {
  const queue = options.queue ?? 'redis';
  return startTestApp({
    queue,
    smtpUrl,
    worker: options.worker ?? false,
    database: options.shared?.database,
    queueNamespace: options.shared?.queueNamespace,
    env: queue === 'redis' ? { REDIS_URL: options.redisUrl ?? ownRedis.url } : {},
  });
}

/**
 * A Redis server of this file's own. With `persistent`, it keeps every write in an append-only
 * file (fsync on each), so it can be stopped and started again on the same port with its queues
 * intact, as a production Redis with persistence would be.
 */
class RestartableRedis {
  private process?: ChildProcess;
  private dir = '';
  private port = 0;

  constructor(private readonly persistent = false) {}

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    this.dir ||= await mkdtemp(join(tmpdir(), 'samrad-redis-'));
    // A port found free may be taken before Redis binds it (other test files probe too): the
    // first start tries fresh ports until one binds; a restart must get its own port back.
    for (let attempt = 0; ; attempt += 1) {
      const fresh = this.port === 0;
      if (fresh) this.port = await freePort();
      if (await this.spawnOn(this.port)) return;
      if (!fresh || attempt >= 4) throw new Error(`redis-server did not start on ${this.port}`);
      this.port = 0;
    }
  }

  /** Starts redis-server on `port`; false when it exited instead (the port was taken). */
  private async spawnOn(port: number): Promise<boolean> {
    const persistence = this.persistent
      ? ['--appendonly', 'yes', '--appendfsync', 'always']
      : ['--appendonly', 'no'];
    const server = spawn(
      'redis-server',
      ['--port', String(port), '--bind', '127.0.0.1', '--dir', this.dir, '--save', '',
        ...persistence], // prettier-ignore
      { stdio: 'ignore' },
    );
    this.process = server;
    const exited = new Promise<false>((resolve) => server.once('exit', () => resolve(false)));
    const client = new Redis(this.url, { lazyConnect: true, retryStrategy: () => 50 });
    try {
      const answered = eventually(async () => {
        if (server.exitCode !== null) return false;
        await client.connect().catch(() => undefined);
        // Ours, not another test's server that took the port first.
        const info = await client.info('server').catch(() => '');
        return info.includes(`process_id:${server.pid}\r`) ? true : undefined;
      }, 10_000);
      return await Promise.race([answered, exited]);
    } finally {
      client.disconnect();
    }
  }

  /** SIGTERM: Redis finishes its append-only file and exits. */
  async stop(): Promise<void> {
    const server = this.process;
    this.process = undefined;
    if (!server || server.exitCode !== null) return;
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
  }

  async remove(): Promise<void> {
    await this.stop();
    if (this.dir) await rm(this.dir, { recursive: true, force: true });
  }
}

/** `count` members following one topic daily, and one GREEN case on that topic in the window. */
async function followersOfNewCase(t: TestApp, count: number): Promise<MemberEntity[]> {
  const [topic] = await t.app.get(TopicsService).list(TopicKind.RISK_AREA);
  const author = await signedInMember(t);
  const moderator = await signedInMember(t, {
    organisationSlug: 'universitets-och-hogskoleradet',
    roles: [Role.MODERATOR],
  });
  const created = await publishedCase(t, author, moderator, {
    title: 'A case every follower hears of',
    riskAreaIds: [topic!.id],
  });
  await t.app
    .get(DataSource)
    .query(`UPDATE case_study SET published_at = $2 WHERE id = $1`, [created.id, IN_WINDOW]);
  const members: MemberEntity[] = [];
  for (let i = 0; i < count; i += 1) {
    const member = await t.app.get(TransactionHost).run(() =>
      t.app.get(MembersService).create({
        email: `digest-${randomBytes(4).toString('hex')}@example.org`,
        displayName: 'Digest Reader',
        passwordHash: null,
        organisationId: author.organisationId,
        locale: i % 2 ? Locale.EN : Locale.SV,
        roles: [Role.MEMBER],
      }),
    );
    await t.app.get(FollowsService).follow(viewerOf(member, 'notification'), {
      targetType: FollowTargetType.TOPIC,
      targetId: topic!.id,
      frequency: FollowFrequency.DAILY,
    });
    members.push(member);
  }
  return members;
}

/** Adds a run of `batchSize` members a batch; the ids of the run job and of its batches. */
async function addRun(
  t: TestApp,
  data: Partial<DigestRunJob> & { batchSize: number },
  members: number,
): Promise<string[]> {
  const runId = `test-run-${randomUUID()}`;
  await t.app
    .get(JobQueue)
    .add(
      QueueName.Digests,
      DigestJob.Run,
      { period: 'DAILY', scheduledAt: SCHEDULED_AT, ...data },
      { jobId: runId },
    );
  const batches = Math.ceil(members / data.batchSize);
  return [runId, ...Array.from({ length: batches }, (_, n) => batchJobId(PERIOD_KEY, n))];
}

/**
 * Waits until every member has a sent delivery row and every job of the run has completed (no
 * job is left that could send a duplicate), then checks one mail and one row each.
 */
async function expectExactlyOneDigestEach(
  t: TestApp,
  smtp: TestSmtp,
  members: readonly MemberEntity[],
  jobIds: readonly string[],
): Promise<void> {
  const sent = async () =>
    (
      await t.app
        .get(DataSource)
        .query<{ n: number }[]>(
          `SELECT count(*)::int AS n FROM email_delivery WHERE delivery_key = $1 AND sent_at IS NOT NULL`,
          [`digest:${PERIOD_KEY}`],
        )
    )[0]!.n;
  await eventually(async () => ((await sent()) === members.length ? true : undefined), 40_000);
  const queue = t.app.get(JobQueue).queue(QueueName.Digests);
  for (const id of jobIds) await finishedJob(queue, id, 40_000);
  for (const member of members) expect(smtp.digestsTo(member.email)).toHaveLength(1);
  const rows = await t.app
    .get(DataSource)
    .query<{ member_id: string; sent_at: Date | null }[]>(
      `SELECT member_id, sent_at FROM email_delivery WHERE delivery_key = $1`,
      [`digest:${PERIOD_KEY}`],
    );
  expect(rows.map((r) => r.member_id).sort()).toEqual(members.map((m) => m.id).sort());
  expect(rows.every((r) => r.sent_at !== null)).toBe(true);
}

/** The Redis server every test of this file runs on unless it starts one of its own. */
const ownRedis = new RestartableRedis();

describe('Digest runs under faults (integration)', () => {
  beforeAll(() => ownRedis.start());
  afterAll(() => ownRedis.remove());

  const cleanup: (() => Promise<unknown>)[] = [];
  /** `close`, callable from the test and again from the clean-up, runs once. */
  const once = (close: () => Promise<unknown>) => {
    let closing: Promise<unknown> | undefined;
    const run = () => (closing ??= close());
    cleanup.push(run);
    return run;
  };

  afterEach(async () => {
    while (cleanup.length) await cleanup.pop()!().catch(() => undefined);
  });

  /**
   * An app with a worker on Redis (`redisUrl`, or this file's own server) sending to an SMTP
   * server that takes two digests and then holds the next until `smtp.release()`, ten followers
   * of a new case, and a run two digests in: however slow the machine, the run cannot finish
   * before the fault.
   */
  const runUnderWay = async (redisUrl?: string) => {
    const smtp = new TestSmtp({ delayMs: 20, holdAfter: 2 });
    const t = await app(await smtp.start(), { worker: true, redisUrl });
    cleanup.push(
      () => smtp.stop(),
      () => t.close(),
    );
    const members = await followersOfNewCase(t, 10);
    const jobIds = await addRun(t, { batchSize: 2 }, members.length);
    await eventually(async () => (smtp.messages.length >= 2 ? true : undefined));
    return { t, smtp, members, jobIds };
  };

  it('completes a run on Redis when every connection of the app is dropped mid-run', async () => {
    const { t, smtp, members, jobIds } = await runUnderWay();
    // The server is this file's own: every client on it but this one is the app's.
    const admin = new Redis(ownRedis.url);
    cleanup.push(() => admin.quit());
    const killed = (await admin.client('KILL', 'TYPE', 'normal', 'SKIPME', 'yes')) as number;
    expect(killed).toBeGreaterThanOrEqual(3);
    expect(smtp.messages.length).toBeLessThan(members.length);
    smtp.release();

    await expectExactlyOneDigestEach(t, smtp, members, jobIds);
  });

  it('completes a run when Redis itself is stopped and started again mid-run', async () => {
    const redis = new RestartableRedis(true);
    cleanup.push(() => redis.remove());
    await redis.start();
    const { t, smtp, members, jobIds } = await runUnderWay(redis.url);
    // Down until the app has noticed: its queue reports the refused reconnection.
    let noticed = false;
    t.app
      .get(JobQueue)
      .queue(QueueName.Digests)
      .once('error', () => (noticed = true));
    await redis.stop();
    expect(smtp.messages.length).toBeLessThan(members.length);
    await eventually(() => (noticed ? true : undefined), 10_000);
    smtp.release();
    await redis.start();

    await expectExactlyOneDigestEach(t, smtp, members, jobIds);
  });

  it('gives every member exactly one digest when a worker dies mid-batch', async () => {
    const good = new TestSmtp();
    const dead = new TestSmtp({ hang: true });
    const goodUrl = await good.start();
    const t = await app(goodUrl);
    cleanup.push(
      () => good.stop(),
      () => t.close(),
    );
    const members = await followersOfNewCase(t, 6);

    // Worker A: its own process (app) whose SMTP server never answers. Workers here have short
    // locks and stall checks, so a dead worker's job is taken over in seconds instead of
    // BullMQ's 30 s defaults; they dispatch to the app's handlers exactly as WorkerHost does.
    const a = await app(await dead.start(), { shared: t });
    cleanup.push(() => dead.stop());
    const closeA = once(() => a.close({ keepDatabase: true }));
    const workerA = quickWorker(a, t.queueNamespace, ownRedis.url);
    const stopA = once(() => workerA.stop(true));
    const jobIds = await addRun(t, { batchSize: 3 }, members.length);
    await eventually(async () => (dead.started >= 1 ? true : undefined));
    // A's first member is claimed and locked, the mail half-sent. Now A dies: it stops working
    // and renewing its lock, its database session ends, its SMTP conversation never completes.
    await stopA();
    await terminateSessions(t.database.name, 'idle-in-transaction');
    await dead.stop();
    await closeA();
    const claimedUnsent = await t.app
      .get(DataSource)
      .query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM email_delivery WHERE sent_at IS NULL`,
      );
    expect(claimedUnsent[0]!.n).toBeGreaterThanOrEqual(1);

    // Worker B takes over the stalled batch and the rest.
    const b = await app(goodUrl, { shared: t });
    cleanup.push(() => b.close({ keepDatabase: true }));
    const workerB = quickWorker(b, t.queueNamespace, ownRedis.url);
    cleanup.push(() => workerB.stop());

    await expectExactlyOneDigestEach(t, good, members, jobIds);
    // The half-sent mail was never accepted, so it does not count as sent.
    expect(dead.started).toBeGreaterThanOrEqual(1);
    expect(dead.messages).toHaveLength(0);
  });

  it('sends every digest once the SMTP server is back (PostgreSQL queue backend)', async () => {
    const smtp = new TestSmtp();
    const smtpUrl = await smtp.start();
    await smtp.stop();
    const t = await app(smtpUrl, { queue: 'postgres', worker: true });
    cleanup.push(
      () => smtp.stop(),
      () => t.close(),
    );
    const members = await followersOfNewCase(t, 4);

    const jobIds = await addRun(t, { batchSize: 2 }, members.length);
    // Both batches fail (connection refused) and wait for their retry, members claimed.
    const queue = t.app.get(JobQueue).queue(QueueName.Digests);
    await eventually(async () => {
      const jobs = await Promise.all([0, 1].map((n) => queue.getJob(batchJobId(PERIOD_KEY, n))));
      return jobs.every((j) => (j?.attemptsMade ?? 0) >= 1) ? true : undefined;
    });
    expect(smtp.messages).toHaveLength(0);
    await smtp.start();

    await expectExactlyOneDigestEach(t, smtp, members, jobIds);
  });
});

/**
 * A BullMQ worker for the digests queue of `t` with short lock and stall settings; `stop(true)`
 * stops it without waiting for its job, as a dying process would.
 */
function quickWorker(t: TestApp, namespace: string, redisUrl: string) {
  const registry = t.app.get(JobRegistry);
  const connection = new Redis(redisUrl, { maxRetriesPerRequest: null });
  const worker = new Worker(
    QueueName.Digests,
    async (job: Job) => {
      const registered = registry.handlerFor(job.name);
      if (!registered) throw new Error(`No handler for job ${job.name}`);
      return registered.handler(job.data, job);
    },
    { connection, prefix: namespace, concurrency: 1, lockDuration: 1500, stalledInterval: 500 },
  );
  worker.on('error', () => undefined);
  return {
    async stop(force = false) {
      await worker.close(force);
      // BullMQ leaves a connection it was given open.
      connection.disconnect();
    },
  };
}
