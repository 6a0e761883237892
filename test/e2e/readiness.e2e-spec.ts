// SPDX-License-Identifier: EUPL-1.2
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { WorkerHeartbeat } from 'src/modules/jobs/worker-heartbeat';
import { WorkerHost } from 'src/modules/jobs/worker-host';
import { WorkerMetricsServer } from 'src/modules/metrics/worker-metrics-server';
import { MeilisearchStandIn } from 'test/integration/meilisearch/meilisearch-stand-in';
import { freePort } from 'test/helpers/free-port';
import { SmtpCapture } from 'test/helpers/smtp-capture';
import { startTestApp, type QueueBackendKind, type TestApp } from 'test/helpers/test-app';
import { TEST_REDIS_URL } from 'test/setup/test-env';

/**
 * Issue 15: `/ready` reports Meilisearch and SMTP when configured and whether any worker is
 * alive (a heartbeat where the queues live), and the worker answers a liveness probe of its own.
 * Only PostgreSQL and the queue store make the API not ready (503); the rest make it `degraded`
 * with 200 (docs/operations.md, Health and readiness). Real PostgreSQL and Redis, a real SMTP
 * server on loopback, and the Meilisearch stand-in (its /health answers like the real one's).
 */
describe.each<QueueBackendKind>(['postgres', 'redis'])('Readiness (%s queue backend)', (queue) => {
  const smtp = new SmtpCapture();
  const namespace = `t${randomBytes(4).toString('hex')}`;
  const meili = new MeilisearchStandIn(`${namespace}-content`);
  let t: TestApp;
  let origin: string;
  let smtpStopped = false;

  const ready = async (app: TestApp = t) => {
    const response = await fetch(app.url.replace(/\/graphql$/, '/ready'));
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };

  beforeAll(async () => {
    const smtpUrl = await smtp.start();
    const meiliUrl = await meili.start();
    t = await startTestApp({
      queue,
      worker: false,
      smtpUrl,
      queueNamespace: namespace,
      env: { MEILI_URL: meiliUrl, MEILI_API_KEY: 'test-key' },
    });
    origin = t.url.replace(/\/graphql$/, '');
  });

  afterAll(async () => {
    await t.close();
    await meili.stop();
    if (!smtpStopped) await smtp.stop();
  });

  it('without a worker: ready but degraded, and says which part is down', async () => {
    expect(await ready()).toEqual({
      status: 200,
      body: {
        status: 'degraded',
        database: 'up',
        queue: 'up',
        queueBackend: queue,
        search: 'up',
        mail: 'up',
        worker: 'down',
      },
    });
  });

  it('a running worker beats; its stop shows at once, a beat that expired counts as dead', async () => {
    await t.startWorker();
    expect((await ready()).body).toMatchObject({ status: 'ok', worker: 'up' });
    const metrics = await (await fetch(`${origin}/metrics`)).text();
    expect(metrics).toMatch(/^samrad_workers_alive 1$/m);

    // A worker that died without a word: its beat is left to expire.
    const heartbeat = t.app.get(WorkerHeartbeat);
    if (queue === 'redis') {
      const redis = new Redis(TEST_REDIS_URL);
      await redis.zadd(`${namespace}:samrad:workers`, Date.now() - 1, heartbeat.workerId);
      await redis.quit();
    } else {
      await t.app
        .get(DataSource)
        .query(`UPDATE worker_heartbeat SET expires_at = now() - interval '1 second'`);
    }
    expect((await ready()).body).toMatchObject({ status: 'degraded', worker: 'down' });

    await t.app.get(WorkerHost).stop();
    await t.app.get(WorkerHost).start();
    expect((await ready()).body).toMatchObject({ worker: 'up' });
    await t.app.get(WorkerHost).stop();
    expect((await ready()).body).toMatchObject({ status: 'degraded', worker: 'down' });
    expect(await (await fetch(`${origin}/metrics`)).text()).toMatch(/^samrad_workers_alive 0$/m);
    await t.app.get(WorkerHost).start();
  }, 60_000);

  it('the worker’s own /health answers 200 while it runs jobs, 503 once it stopped', async () => {
    const port = await freePort();
    await t.app.get(WorkerMetricsServer).listen(port);
    const health = async () => {
      const response = await fetch(`http://127.0.0.1:${port}/health`);
      return { status: response.status, body: await response.json() };
    };
    expect(await health()).toEqual({ status: 200, body: { status: 'ok' } });
    await t.app.get(WorkerHost).stop();
    expect(await health()).toEqual({ status: 503, body: { status: 'unavailable' } });
    await t.app.get(WorkerHost).start();
    expect(await health()).toEqual({ status: 200, body: { status: 'ok' } });
    await t.app.get(WorkerMetricsServer).onApplicationShutdown();
  }, 60_000);

  it('Meilisearch down: search reported down, the API still ready (200)', async () => {
    meili.down = true;
    try {
      expect(await ready()).toEqual({
        status: 200,
        body: expect.objectContaining({ status: 'degraded', search: 'down', database: 'up' }),
      });
    } finally {
      meili.down = false;
    }
    expect((await ready()).body).toMatchObject({ search: 'up' });
  });

  it('SMTP: checked at most every 30 s (cached), and down where nothing answers', async () => {
    // The first check is cached: an SMTP outage shows within 30 s, not on every probe.
    await smtp.stop();
    smtpStopped = true;
    expect((await ready()).body).toMatchObject({ mail: 'up' });
    const closedPort = await freePort();
    const noSmtp = await startTestApp({
      queue,
      worker: false,
      database: t.database,
      smtpUrl: `smtp://127.0.0.1:${closedPort}`,
    });
    try {
      expect(await ready(noSmtp)).toEqual({
        status: 200,
        body: expect.objectContaining({
          status: 'degraded',
          mail: 'down',
          search: 'not-configured',
        }),
      });
    } finally {
      await noSmtp.close({ keepDatabase: true });
    }
  }, 60_000);
});
