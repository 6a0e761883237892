// SPDX-License-Identifier: EUPL-1.2
import { DataSource } from 'typeorm';
import { Role } from 'src/graph/auth/role.enum';
import { JobQueue } from 'src/modules/jobs/job-queue';
import { QueueName } from 'src/modules/jobs/queue-name';
import { WorkerMetricsServer } from 'src/modules/metrics/worker-metrics-server';
import { signedInMember } from 'test/factories/member.factory';
import { approve, askQuestion } from 'test/factories/question.factory';
import { eventually } from 'test/helpers/eventually';
import { freePort } from 'test/helpers/free-port';
import { notificationsSettled } from 'test/helpers/notifications-settled';
import { SmtpCapture } from 'test/helpers/smtp-capture';
import { startTestApp, type TestApp } from 'test/helpers/test-app';

/** One sample of a scrape: `name{labels} value`. */
interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

function parse(text: string): Sample[] {
  return text
    .split('\n')
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
      if (!match) throw new Error(`unparsable line: ${line}`);
      const labels = Object.fromEntries(
        [...(match[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((m) => [m[1], m[2]]),
      );
      return { name: match[1]!, labels, value: Number(match[3]) };
    });
}

/** The value of the one sample with this name and (at least) these labels. */
function value(samples: Sample[], name: string, labels: Record<string, string> = {}): number {
  const found = samples.filter(
    (s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v),
  );
  if (found.length !== 1)
    throw new Error(`${found.length} samples of ${name} ${JSON.stringify(labels)}`);
  return found[0]!.value;
}

const sum = (samples: Sample[], name: string) =>
  samples.filter((s) => s.name === name).reduce((total, s) => total + s.value, 0);

/** Scraped after real requests and jobs: every named series is there with plausible values. */
describe('Prometheus metrics at /metrics (e2e over HTTP)', () => {
  const smtp = new SmtpCapture();
  let t: TestApp;
  let origin: string;
  let db: DataSource;

  const scrape = async (headers: Record<string, string> = {}) => {
    const response = await fetch(`${origin}/metrics`, { headers });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    return parse(await response.text());
  };

  beforeAll(async () => {
    const smtpUrl = await smtp.start();
    // No worker yet: an unpublished outbox row stays put, so its backlog and age can be read.
    t = await startTestApp({ worker: false, smtpUrl });
    origin = t.url.replace(/\/graphql$/, '');
    db = t.app.get(DataSource);
  });

  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  it('reports the outbox backlog and the age of its oldest unpublished event', async () => {
    const [row] = await db.query<{ id: string }[]>(
      `INSERT INTO outbox (topic, aggregate_type, aggregate_id, created_at)
       VALUES ('metrics.probe', 'probe', 'p1', now() - interval '90 seconds') RETURNING id`,
    );
    // A job no handler knows, queued while no worker runs: waiting now, failed once one does.
    await t.app
      .get(JobQueue)
      .queue(QueueName.Maintenance)
      .add('test.no-handler', {}, { jobId: 'metrics-failing', attempts: 1 });
    const samples = await scrape();
    expect(value(samples, 'samrad_queue_jobs', { queue: 'maintenance', state: 'waiting' })).toBe(1);
    expect(value(samples, 'samrad_outbox_backlog')).toBe(1);
    const age = value(samples, 'samrad_outbox_oldest_unpublished_age_seconds');
    expect(age).toBeGreaterThanOrEqual(90);
    expect(age).toBeLessThan(600);
    await db.query(`DELETE FROM outbox WHERE id = $1`, [row!.id]);
    const after = await scrape();
    expect(value(after, 'samrad_outbox_backlog')).toBe(0);
    expect(value(after, 'samrad_outbox_oldest_unpublished_age_seconds')).toBe(0);
  });

  it('times operations by name and outcome, counts errors by code, and counts jobs and deliveries', async () => {
    await t.startWorker();
    for (let i = 0; i < 3; i += 1) {
      expect((await t.gql('query MetricsProbe { __typename }')).errors).toBeUndefined();
    }
    const broken = await t.gql('query MetricsBroken { noSuchField }');
    const denied = await t.gql('query MetricsDenied { mySessions { id } }');
    const brokenCode = broken.errors?.[0]?.extensions?.code;
    const deniedCode = denied.errors?.[0]?.extensions?.code;
    expect([brokenCode, deniedCode]).toEqual(['BAD_USER_INPUT', 'UNAUTHENTICATED']);

    // A question waiting for moderation notifies the moderators in the app; approving it
    // notifies its asker, by e-mail too.
    const asker = await signedInMember(t);
    const moderator = await signedInMember(t, {
      organisationSlug: 'universitets-och-hogskoleradet',
      roles: [Role.MODERATOR],
    });
    const question = await askQuestion(t, asker);
    await notificationsSettled(db);
    await approve(t, moderator, 'QUESTION', question.id);
    await notificationsSettled(db);
    await eventually(async () =>
      sum(await scrape(), 'samrad_emails_sent_total') >= 1 ? true : undefined,
    );

    const samples = await scrape();
    const probe = { operation: 'MetricsProbe', type: 'query', outcome: 'ok' };
    expect(value(samples, 'samrad_graphql_request_duration_seconds_count', probe)).toBe(3);
    const seconds = value(samples, 'samrad_graphql_request_duration_seconds_sum', probe);
    expect(seconds).toBeGreaterThan(0);
    expect(seconds).toBeLessThan(30);
    expect(
      value(samples, 'samrad_graphql_request_duration_seconds_count', {
        operation: 'MetricsBroken',
        outcome: 'error',
      }),
    ).toBe(1);
    expect(
      value(samples, 'samrad_graphql_errors_total', { code: 'BAD_USER_INPUT' }),
    ).toBeGreaterThanOrEqual(1);
    expect(
      value(samples, 'samrad_graphql_errors_total', { code: 'UNAUTHENTICATED' }),
    ).toBeGreaterThanOrEqual(1);

    expect(
      value(samples, 'samrad_notifications_created_total', { kind: 'ITEM_IN_MODERATION_QUEUE' }),
    ).toBeGreaterThanOrEqual(1);
    expect(value(samples, 'samrad_emails_sent_total', { kind: 'notification' })).toBe(
      smtp.messages.length,
    );
    expect(smtp.messages.some((m) => JSON.stringify(m.to).includes(asker.email))).toBe(true);
    expect(
      value(samples, 'samrad_jobs_finished_total', {
        queue: 'notifications',
        outcome: 'completed',
      }),
    ).toBeGreaterThanOrEqual(1);

    for (const queue of ['mail', 'maintenance', 'search', 'notifications', 'digests']) {
      for (const state of ['waiting', 'active', 'delayed', 'failed']) {
        const jobs = value(samples, 'samrad_queue_jobs', { queue, state });
        expect({ queue, state, ok: Number.isInteger(jobs) && jobs >= 0 }).toEqual({
          queue,
          state,
          ok: true,
        });
      }
    }
    expect(value(samples, 'samrad_db_pool_max')).toBe(5);
    const total = value(samples, 'samrad_db_pool_connections', { state: 'total' });
    expect(total).toBeGreaterThanOrEqual(1);
    expect(total).toBeLessThanOrEqual(5);
    expect(value(samples, 'samrad_db_pool_connections', { state: 'idle' })).toBeLessThanOrEqual(
      total,
    );
    expect(value(samples, 'samrad_process_resident_memory_bytes')).toBeGreaterThan(1e6);
  }, 120_000);

  it('counts failed and delayed jobs per queue after the worker really failed one, on the worker’s own port too', async () => {
    const maintenance = t.app.get(JobQueue).queue(QueueName.Maintenance);
    await eventually(async () =>
      (await maintenance.getJobState('metrics-failing')) === 'failed' ? true : undefined,
    );
    await maintenance.add('test.no-handler', {}, { jobId: 'metrics-later', delay: 3_600_000 });
    const delayedBefore = (await maintenance.getJobCounts('delayed')).delayed ?? 0;
    const samples = await scrape();
    const jobs = (state: string) =>
      value(samples, 'samrad_queue_jobs', { queue: 'maintenance', state });
    expect({ failed: jobs('failed'), delayed: jobs('delayed'), waiting: jobs('waiting') }).toEqual({
      failed: 1,
      delayed: delayedBefore,
      waiting: 0,
    });
    expect(delayedBefore).toBeGreaterThanOrEqual(1);
    expect(
      value(samples, 'samrad_jobs_finished_total', { queue: 'maintenance', outcome: 'failed' }),
    ).toBe(1);
    expect(value(samples, 'samrad_queue_jobs', { queue: 'mail', state: 'failed' })).toBe(0);
    expect(value(samples, 'samrad_workers_alive')).toBe(1);

    // The worker process serves the same registry on WORKER_METRICS_PORT (src/worker.ts).
    const port = await freePort();
    const server = t.app.get(WorkerMetricsServer);
    await server.listen(port);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/metrics`);
      expect(response.status).toBe(200);
      const worker = parse(await response.text());
      expect(
        value(worker, 'samrad_jobs_finished_total', { queue: 'maintenance', outcome: 'failed' }),
      ).toBe(1);
      expect(
        (
          await fetch(`http://127.0.0.1:${port}/metrics`, {
            headers: { 'x-forwarded-for': '203.0.113.7' },
          })
        ).status,
      ).toBe(403);
    } finally {
      await server.onApplicationShutdown();
    }
  }, 60_000);

  it('refuses a scrape that came through a proxy, and without the token when one is set', async () => {
    const proxied = await fetch(`${origin}/metrics`, {
      headers: { 'x-forwarded-for': '203.0.113.7' },
    });
    expect(proxied.status).toBe(403);
    expect(await proxied.text()).not.toContain('samrad_');

    const token = 'metrics-token-0123456789abcdef';
    const guarded = await startTestApp({
      worker: false,
      database: t.database,
      env: { METRICS_TOKEN: token },
    });
    try {
      const url = guarded.url.replace(/\/graphql$/, '/metrics');
      expect((await fetch(url)).status).toBe(403);
      expect((await fetch(url, { headers: { authorization: 'Bearer wrong' } })).status).toBe(403);
      const allowed = await fetch(url, {
        headers: { authorization: `Bearer ${token}`, 'x-forwarded-for': '203.0.113.7' },
      });
      expect(allowed.status).toBe(200);
      expect(await allowed.text()).toContain('samrad_graphql_request_duration_seconds');
    } finally {
      await guarded.close({ keepDatabase: true });
    }
  });
});
