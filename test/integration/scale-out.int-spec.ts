// SPDX-License-Identifier: EUPL-1.2
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { createClient, type Client } from 'graphql-ws';
import { DataSource } from 'typeorm';
import WebSocket from 'ws';
import { Role } from 'src/graph/auth/role.enum';
import { DigestJob, batchJobId, type DigestRunJob } from 'src/modules/digests/digest-jobs';
import { JobQueue } from 'src/modules/jobs/job-queue';
import { QueueName } from 'src/modules/jobs/queue-name';
import { TopicKind } from 'src/modules/taxonomy/topic-kind.enum';
import { TopicsService } from 'src/modules/taxonomy/topics.service';
import { publishedCase } from 'test/factories/case.factory';
import {
  FACTORY_PASSWORD,
  signedInMember,
  type SignedInMember,
} from 'test/factories/member.factory';
import { questionInput } from 'test/factories/question.factory';
import { ROOT, ensureApiBuilt } from 'test/helpers/built-api';
import { eventually } from 'test/helpers/eventually';
import { finishedJob } from 'test/helpers/finished-job';
import { SmtpCapture } from 'test/helpers/smtp-capture';
import { startTestApp, type TestApp } from 'test/helpers/test-app';
import { TEST_REDIS_URL } from 'test/setup/test-env';
import { freePort } from 'test/helpers/free-port';

/**
 * Issue 15, "scale-out proven": two API processes and two worker processes, as production runs
 * them (`node dist/src/main.js`, `node dist/src/worker.js`), on one PostgreSQL database and one
 * Redis namespace. A third, in-process app on the same data only creates members (factories).
 */

interface Process {
  name: string;
  child: ChildProcess;
  output: string[];
}

interface Api extends Process {
  url: string;
}

function start(name: string, script: string, env: Record<string, string>): Process {
  const child = spawn(process.execPath, [join(ROOT, 'dist', 'src', script)], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString('utf8')));
  return { name, child, output };
}

async function gql<T = Record<string, any>>(
  api: Api,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<{ data?: T; errors?: { extensions?: { code?: string } }[] }> {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: T; errors?: { extensions?: { code?: string } }[] };
}

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken refreshToken } }`;
const ASK = `mutation($input: AskQuestionInput!) { askQuestion(input: $input) { id status } }`;
const ME = `{ me { id } }`;

/** What the queues and the outbox hold, for a failure message. */
async function queueReport(host: TestApp, db: DataSource, expected: number): Promise<string> {
  const [outbox] = await db.query<{ pending: number }[]>(
    'SELECT count(*)::int AS pending FROM outbox WHERE published_at IS NULL',
  );
  const queue = host.app.get(JobQueue).queue(QueueName.Notifications);
  const counts = await queue.getJobCounts();
  const failed = (await queue.getFailed()).map((job) => `${job.id}: ${job.failedReason}`);
  const active = (await queue.getActive()).map((job) => `${job.id} (${job.attemptsMade})`);
  return JSON.stringify({ expected, outbox, counts, failed, active });
}

describe('Scale-out: two API processes and two workers on one PostgreSQL and Redis', () => {
  let host: TestApp;
  const apis: Api[] = [];
  let workers: Process[] = [];
  let moderator: SignedInMember;
  let asker: SignedInMember;
  const clients: Client[] = [];
  const smtp = new SmtpCapture();

  beforeAll(async () => {
    ensureApiBuilt();
    const smtpUrl = await smtp.start();
    const namespace = `s${randomBytes(4).toString('hex')}`;
    host = await startTestApp({ worker: false, queue: 'redis', queueNamespace: namespace });
    const env = {
      NODE_ENV: 'test',
      LOG_LEVEL: 'info',
      DATABASE_URL: host.database.url,
      REDIS_URL: TEST_REDIS_URL,
      QUEUE_NAMESPACE: namespace,
      DATABASE_POOL_SIZE: '4',
      QUEUE_POOL_SIZE: '2',
      MFA_REQUIRED_ROLES: '',
      RUN_WORKER_IN_API: 'false',
      WEB_DIST_DIR: '',
      SMTP_URL: smtpUrl,
    };
    for (const name of ['api-1', 'api-2']) {
      const port = await freePort();
      const process = start(name, 'main.js', { ...env, PORT: String(port) });
      apis.push({ ...process, url: `http://127.0.0.1:${port}` });
    }
    workers = ['worker-1', 'worker-2'].map((name) => start(name, 'worker.js', env));
    for (const api of apis) {
      await eventually(async () => {
        const ready = await fetch(`${api.url}/ready`).catch(() => undefined);
        return ready?.ok ? true : undefined;
      }, 180_000).catch((error: Error) => {
        throw new Error(
          `${api.name} not ready (exit ${api.child.exitCode}): ${error.message}\n${api.output.join('')}`,
        );
      });
    }
    moderator = await signedInMember(host, { roles: [Role.MODERATOR], displayName: 'Mo' });
    asker = await signedInMember(host, { displayName: 'Asker' });
    // A build of the API and four Node processes starting at once: minutes on a busy machine.
  }, 600_000);

  afterAll(async () => {
    await Promise.allSettled(clients.map(async (client) => client.dispose()));
    const stopping = [...apis, ...workers]
      .filter((p) => p.child.exitCode === null && p.child.signalCode === null)
      .map((p) => new Promise((done) => (p.child.once('exit', done), p.child.kill('SIGTERM'))));
    await Promise.all(stopping);
    await host?.close();
    await smtp.stop();
  }, 60_000);

  it('serves a member signed in on one API from the other, refresh included', async () => {
    const [one, two] = apis as [Api, Api];
    const login = await gql<{ login: { accessToken: string; refreshToken: string } }>(one, LOGIN, {
      input: { email: asker.email, password: FACTORY_PASSWORD },
    });
    const tokens = login.data!.login;
    expect((await gql(two, ME, {}, tokens.accessToken)).data).toEqual({ me: { id: asker.id } });

    const refreshed = await gql<{ refreshSession: { accessToken: string } }>(
      two,
      `mutation($input: RefreshSessionInput!) { refreshSession(input: $input) { accessToken } }`,
      { input: { refreshToken: tokens.refreshToken } },
    );
    expect(refreshed.errors).toBeUndefined();
    const again = await gql(one, ME, {}, refreshed.data!.refreshSession.accessToken);
    expect(again.data).toEqual({ me: { id: asker.id } });
  });

  it('shares the sign-in lockout: failures on either API count against the account', async () => {
    const member = await signedInMember(host);
    const codes: (string | undefined)[] = [];
    for (let attempt = 0; attempt < 5; attempt++) {
      const api = apis[attempt % 2]!;
      const failed = await gql(api, LOGIN, {
        input: { email: member.email, password: 'not the password' },
      });
      codes.push(failed.errors?.[0]?.extensions?.code);
    }
    expect(codes).toEqual(Array(5).fill('UNAUTHENTICATED'));
    // The right password on the API that saw only two of the failures: locked all the same.
    const locked = await gql(apis[1]!, LOGIN, {
      input: { email: member.email, password: FACTORY_PASSWORD },
    });
    expect(locked.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
  });

  it('sends each digest once when both workers run the same period at the same time', async () => {
    const author = await signedInMember(host);
    const digestModerator = await signedInMember(host, {
      organisationSlug: 'universitets-och-hogskoleradet',
      roles: [Role.MODERATOR],
    });
    const [topic] = await host.app.get(TopicsService).list(TopicKind.RISK_AREA);
    const item = await publishedCase(host, author, digestModerator, {
      title: 'A case both workers could mail',
      riskAreaIds: [topic!.id],
    });
    const scheduledAt = '2026-01-05T06:00:00.000Z';
    await host.app
      .get(DataSource)
      .query(`UPDATE case_study SET published_at = $2 WHERE id = $1`, [
        item.id,
        '2026-01-04T12:00:00.000Z',
      ]);
    const readers = await Promise.all([1, 2, 3, 4].map(() => signedInMember(host)));
    for (const reader of readers) {
      const followed = await host.gql(
        `mutation($input: FollowInput!) { follow(input: $input) { id } }`,
        { input: { targetType: 'TOPIC', targetId: topic!.id, frequency: 'DAILY' } },
        reader.accessToken,
      );
      expect(followed.errors).toBeUndefined();
    }
    // Two runs of the same slot at once, one batch job per member: the workers share them out.
    const queue = host.app.get(JobQueue).queue(QueueName.Digests);
    const data: DigestRunJob = { period: 'DAILY', scheduledAt, batchSize: 1 };
    const runs = await Promise.all(
      ['a', 'b'].map((n) => queue.add(DigestJob.Run, data, { jobId: `scale-out-run-${n}` })),
    );
    for (const run of runs) {
      const result = (await finishedJob(queue, run.id!, 60_000)).returnvalue as {
        periodKey: string;
        batches: number;
      };
      for (let n = 0; n < result.batches; n += 1)
        await finishedJob(queue, batchJobId(result.periodKey, n), 60_000);
    }
    const digestsTo = (email: string) =>
      smtp.messages.filter(
        (m) =>
          /^Samråd: (din dagliga|your daily)/.test(m.subject ?? '') &&
          [m.to].flat().some((a) => a?.text.includes(email)),
      );
    await eventually(() =>
      readers.every((reader) => digestsTo(reader.email).length >= 1) ? true : undefined,
    );
    expect(readers.map((reader) => digestsTo(reader.email).length)).toEqual([1, 1, 1, 1]);
  }, 120_000);

  it('relays each event once, pushes it live across APIs, and loses none when a worker is killed', async () => {
    const [one, two] = apis as [Api, Api];
    // The moderator listens on API 2; submissions arrive through API 1 and are routed by either
    // worker, so every live event crosses processes through Redis.
    const live = new Set<string>();
    const client = createClient({
      url: `${two.url.replace(/^http/, 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${moderator.accessToken}` },
      retryAttempts: 0,
    });
    clients.push(client);
    client.subscribe<{ notificationAdded: { contentId: string; kind: string } }>(
      { query: `subscription { notificationAdded { contentId kind } }` },
      {
        next: (result) => {
          const added = result.data?.notificationAdded;
          if (added?.kind === 'ITEM_IN_MODERATION_QUEUE') live.add(added.contentId);
        },
        error: () => undefined,
        complete: () => undefined,
      },
    );
    const submit = async (): Promise<string> => {
      const asked = await gql<{ askQuestion: { id: string; status: string } }>(
        one,
        ASK,
        { input: await questionInput(host, { attribution: 'ANONYMOUS' }) },
        asker.accessToken,
      );
      expect(asked.data?.askQuestion.status).toBe('PENDING_REVIEW');
      return asked.data!.askQuestion.id;
    };
    // The subscription is live once a probe submission's event arrives (no sleep guesses when).
    const probes: string[] = [];
    await eventually(
      async () => {
        probes.push(await submit());
        return probes.some((id) => live.has(id)) ? true : undefined;
      },
      30_000,
      1000,
    );

    // A batch of submissions; worker 1 is killed while their events are being handled.
    const batch: string[] = [];
    for (let i = 0; i < 30; i++) {
      batch.push(await submit());
      if (i === 5) workers[0]!.child.kill('SIGKILL');
    }
    const submitted = [...probes, ...batch];

    // Every submission became exactly one notification for the moderator (none lost with the
    // killed worker, none doubled by the retry of a job it had half done)…
    const db = host.app.get(DataSource);
    const counts = await eventually(
      async () => {
        const rows = await db.query<{ content_id: string; n: number }[]>(
          `SELECT content_id, count(*)::int AS n FROM notification
            WHERE member_id = $1 AND kind = 'ITEM_IN_MODERATION_QUEUE' AND content_type = 'QUESTION'
            GROUP BY content_id`,
          [moderator.id],
        );
        return rows.length === submitted.length ? rows : undefined;
      },
      // A job the killed worker held comes back after its lock expires (30 s) and the next
      // stalled-job check (every 30 s): up to a minute, more on a busy machine.
      180_000,
      250,
    ).catch(async (error: Error) => {
      throw new Error(`${error.message}; ${await queueReport(host, db, submitted.length)}`);
    });
    expect(counts.map((row) => row.content_id).sort()).toEqual([...submitted].sort());
    expect(counts.every((row) => row.n === 1)).toBe(true);
    // …every outbox row was published once, and each live event reached the other API.
    const [pending] = await db.query<{ n: number }[]>(
      'SELECT count(*)::int AS n FROM outbox WHERE published_at IS NULL',
    );
    expect(pending!.n).toBe(0);
    await eventually(() => (batch.every((id) => live.has(id)) ? true : undefined), 30_000);
  }, 300_000);
});
