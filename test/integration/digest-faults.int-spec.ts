import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
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
import { TEST_REDIS_URL } from 'test/setup/test-env';
import { eventually } from 'test/helpers/eventually';

/**
 * Faults during a digest run: the queue store's connections dropped, a worker dying mid-batch,
 * the SMTP server down. Each ends with every member holding exactly one digest.
 *
 * The shared Redis keeps nothing on disk (`--save ""`), so the restart test starts a Redis
 * server of its own that keeps an append-only file, and stops and starts it mid-run. The other
 * Redis tests use their own database index on the shared server, so dropping connections there
 * cuts only their own (CLIENT KILL TYPE normal would cut other test files running in parallel).
 */
const REDIS_DB = 13;
const REDIS_URL = (() => {
  const url = new URL(TEST_REDIS_URL);
  url.pathname = `/${REDIS_DB}`;
  return url.toString();
})();
const SCHEDULED_AT = '2026-01-05T06:00:00.000Z';
const PERIOD_KEY = 'DAILY:2026-01-05';
const IN_WINDOW = '2026-01-04T12:00:00.000Z';
const DIGEST_SUBJECT = /^Samråd: (din dagliga|your daily)/;

/** A real SMTP server that can be slow, hang without ever answering, stop and start again. */
class TestSmtp {
  readonly messages: ParsedMail[] = [];
  /** Messages whose data began to arrive, answered or not. */
  started = 0;
  private server?: SMTPServer;
  private port = 0;

  constructor(private readonly behaviour: { delayMs?: number; hang?: boolean } = {}) {}

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
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  digestsTo(email: string): ParsedMail[] {
    return this.messages.filter(
      (m) =>
        DIGEST_SUBJECT.test(m.subject ?? '') && [m.to].flat().some((a) => a?.text.includes(email)),
    );
  }
}

/** An app on Redis (this file's database index) or PostgreSQL, sharing data when given. */
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
    env: queue === 'redis' ? { REDIS_URL: options.redisUrl ?? REDIS_URL } : {},
  });
}

/**
 * A Redis server of this test's own that keeps every write in an append-only file (fsync on
 * each), so it can be stopped and started again on the same port with its queues intact, as a
 * production Redis with persistence would be.
 */
class RestartableRedis {
  private process?: ChildProcess;
  private dir = '';
  private port = 0;

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    this.dir ||= await mkdtemp(join(tmpdir(), 'samrad-redis-'));
    this.port ||= await freePort();
    const server = spawn(
      'redis-server',
      ['--port', String(this.port), '--bind', '127.0.0.1', '--dir', this.dir, '--save', '',
        '--appendonly', 'yes', '--appendfsync', 'always'], // prettier-ignore
      { stdio: 'ignore' },
    );
    this.process = server;
    const client = new Redis(this.url, { lazyConnect: true, retryStrategy: () => 50 });
    try {
      await eventually(async () => {
        await client.connect().catch(() => undefined);
        return (await client.ping().catch(() => undefined)) === 'PONG' ? true : undefined;
      }, 10_000);
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

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
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

async function addRun(t: TestApp, data: Partial<DigestRunJob> = {}): Promise<void> {
  await t.app
    .get(JobQueue)
    .add(
      QueueName.Digests,
      DigestJob.Run,
      { period: 'DAILY', scheduledAt: SCHEDULED_AT, ...data },
      { jobId: `test-run-${randomUUID()}` },
    );
}

/** Waits until every member has a sent delivery row, then checks one mail and one row each. */
async function expectExactlyOneDigestEach(
  t: TestApp,
  smtp: TestSmtp,
  members: readonly MemberEntity[],
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
  // Time for a duplicate, were one coming.
  await new Promise((r) => setTimeout(r, 500));
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

describe('Digest runs under faults (integration)', () => {
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
   * An app with a worker on Redis (`redisUrl`, or this file's database on the shared server)
   * sending to a slow SMTP server, ten followers of a new case, and a run two digests in.
   */
  const runUnderWay = async (redisUrl?: string) => {
    const smtp = new TestSmtp({ delayMs: 120 });
    const t = await app(await smtp.start(), { worker: true, redisUrl });
    cleanup.push(
      () => smtp.stop(),
      () => t.close(),
    );
    const members = await followersOfNewCase(t, 10);
    await addRun(t, { batchSize: 2 });
    await eventually(async () => (smtp.messages.length >= 2 ? true : undefined));
    return { t, smtp, members };
  };

  it('completes a run on Redis when every connection of the app is dropped mid-run', async () => {
    const { t, smtp, members } = await runUnderWay();
    const admin = new Redis(TEST_REDIS_URL);
    cleanup.push(() => admin.quit());
    const clients = (await admin.client('LIST')) as string;
    const ours = clients
      .split('\n')
      .filter((line) => line.includes(` db=${REDIS_DB} `))
      .map((line) => /(?:^|\s)id=(\d+)/.exec(line)?.[1])
      .filter((id): id is string => id !== undefined);
    expect(ours.length).toBeGreaterThanOrEqual(3);
    for (const id of ours) await admin.client('KILL', 'ID', id).catch(() => undefined);
    expect(smtp.messages.length).toBeLessThan(members.length);

    await expectExactlyOneDigestEach(t, smtp, members);
  });

  it('completes a run when Redis itself is stopped and started again mid-run', async () => {
    const redis = new RestartableRedis();
    cleanup.push(() => redis.remove());
    await redis.start();
    const { t, smtp, members } = await runUnderWay(redis.url);
    await redis.stop();
    const sentWhileDown = smtp.messages.length;
    // Down long enough for every client to notice and start reconnecting.
    await new Promise((r) => setTimeout(r, 1_000));
    expect(sentWhileDown).toBeLessThan(members.length);
    await redis.start();

    await expectExactlyOneDigestEach(t, smtp, members);
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
    const workerA = quickWorker(a, t.queueNamespace);
    const stopA = once(() => workerA.stop(true));
    await addRun(t, { batchSize: 3 });
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
    const workerB = quickWorker(b, t.queueNamespace);
    cleanup.push(() => workerB.stop());

    await expectExactlyOneDigestEach(t, good, members);
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

    await addRun(t, { batchSize: 2 });
    // Both batches fail (connection refused) and wait for their retry, members claimed.
    const queue = t.app.get(JobQueue).queue(QueueName.Digests);
    await eventually(async () => {
      const jobs = await Promise.all([0, 1].map((n) => queue.getJob(batchJobId(PERIOD_KEY, n))));
      return jobs.every((j) => (j?.attemptsMade ?? 0) >= 1) ? true : undefined;
    });
    expect(smtp.messages).toHaveLength(0);
    await smtp.start();

    await expectExactlyOneDigestEach(t, smtp, members);
  });
});

/**
 * A BullMQ worker for the digests queue of `t` with short lock and stall settings; `stop(true)`
 * stops it without waiting for its job, as a dying process would.
 */
function quickWorker(t: TestApp, namespace: string) {
  const registry = t.app.get(JobRegistry);
  const connection = new Redis(REDIS_URL, { maxRetriesPerRequest: null });
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
