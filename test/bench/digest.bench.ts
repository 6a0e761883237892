// SPDX-License-Identifier: EUPL-1.2
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { cpus } from 'node:os';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Redis } from 'ioredis';
import { Client } from 'pg';
import { AppModule } from 'src/app.module';
import { startWorker } from 'src/bootstrap/create-app';
import { seedReferenceData } from 'src/bootstrap/seeder';
import { AppConfig } from 'src/config/app-config';
import { digestWindow } from 'src/modules/digests/digest-period';
import { JobRegistry } from 'src/modules/jobs/job-registry';
import { QueueName } from 'src/modules/jobs/queue-name';
import { benchDatabaseUrl, connect, dropDatabase, migrate, recreateDatabase } from 'test/bench/bench-database'; // prettier-ignore
import { seconds, since } from 'test/bench/bench-stats';
import { buildDigestCorpus } from 'test/bench/digest-corpus';
import { cpuSnapshot, describeCpu } from 'test/bench/digest-cpu';
import { PhaseCpuProfile } from 'test/bench/digest-cpu-profile';
import { applyExperiments, describeExperiments, experimentsFromEnv } from 'test/bench/digest-experiments'; // prettier-ignore
import { prerender, runDigests, sendRaw, type DigestRunResult } from 'test/bench/digest-measure';
import { DigestStageProfile } from 'test/bench/digest-profile';
import { SmtpSink, type SinkStats } from 'test/bench/digest-smtp-sink';

/**
 * `npm run bench:digest`: one daily digest run for 10 000 members following five topics each,
 * with 500 new items, delivered to an SMTP sink on loopback; then, in the same run, nodemailer
 * alone sending the same number of pre-rendered digests to the same sink with the same
 * transport settings and concurrency. Prints digests/s, raw sends/s, their ratio and PASS/FAIL
 * against the targets (>= 200 digests/s, >= 0.5 x raw), then where the time went.
 * Exits 0 either way, 1 only when the bench itself breaks.
 *
 * 1. Data (database `samrad_bench_digest`, dropped before and after): migrations, reference
 *    data through the app's seeder, then members, follows and items in bulk SQL
 *    (digest-corpus.ts).
 * 2. The worker as `npm run start:worker` builds it (no HTTP), on Redis under its own key
 *    prefix (removed afterwards), sending through SMTP_URL to a sink in its own process
 *    (digest-sink-process.ts: smtp-server, counts without parsing).
 * 3. A `digests.run` job with `scheduledAt` for a fixed slot, timed until the sink has counted
 *    every digest and every `email_delivery` row is sent (digest-measure.ts).
 * 4. Every digest rendered again up front by the app's own query, token and template, then sent
 *    by nodemailer alone with the same SMTP_URL and as many senders as the Digests queue has
 *    job slots.
 * 5. CPU seconds by process for both phases (digest-cpu.ts: the machine has two cores shared
 *    by the worker, PostgreSQL, Redis and the sink), and time by stage of the batch processor
 *    (digest-profile.ts).
 *
 * Variables: BENCH_MEMBERS (10000), BENCH_ITEMS (500), BENCH_HISTORY (5000 older items) size
 * the data; BENCH_SMTP_QUERY (e.g. `maxConnections=8` or `pool=false`) is appended to SMTP_URL,
 * whose settings win over the app's pool defaults; BENCH_DIGEST_CONCURRENCY tries another
 * worker concurrency (digest-experiments.ts); BENCH_SMTP_GREETING_PAUSE=1 keeps smtp-server's 100 ms greeting
 * pause; BENCH_PROFILE=0 turns the stage timers off; BENCH_CPU_PROFILE=file.cpuprofile
 * records a V8 CPU profile of each timed phase (the raw one as file-raw.cpuprofile) and prints
 * self time by package; BENCH_KEEP=1 keeps the database; BENCH_REDIS_URL
 * (redis://127.0.0.1:6379) and BENCH_DATABASE_URL name the servers.
 */
const DATABASE = 'samrad_bench_digest';
const MEMBERS = Number(process.env.BENCH_MEMBERS ?? 10_000);
const ITEMS = Number(process.env.BENCH_ITEMS ?? 500);
const HISTORY = Number(process.env.BENCH_HISTORY ?? 5_000);
const FOLLOWS_PER_MEMBER = 5;
const SMTP_QUERY = process.env.BENCH_SMTP_QUERY ?? '';
const EXPERIMENTS = experimentsFromEnv(process.env);
const PROFILE = process.env.BENCH_PROFILE !== '0';
const CPU_PROFILE = process.env.BENCH_CPU_PROFILE;
const KEEP = process.env.BENCH_KEEP === '1';
const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';
/** Monday 2 March 2026, 07:00 in Stockholm: DAILY:2026-03-02. */
const SCHEDULED_AT = '2026-03-02T06:00:00.000Z';
const SEED = 20_260_302;
const TARGET_RATE = 200;
const TARGET_RATIO = 0.5;

async function main(): Promise<void> {
  const url = benchDatabaseUrl(DATABASE);
  const namespace = `bench-digest-${randomBytes(4).toString('hex')}`;
  const window = digestWindow('DAILY', new Date(SCHEDULED_AT));
  const sink = await SmtpSink.start();
  const smtpUrl = SMTP_QUERY ? `${sink.url}?${SMTP_QUERY}` : sink.url;
  let app: INestApplicationContext | undefined;
  let direct: Client | undefined;
  try {
    let started = process.hrtime.bigint();
    await recreateDatabase(DATABASE);
    await migrate(url);
    console.log(`Database ${DATABASE}: created and migrated in ${seconds(since(started))}`);
    app = await startWorkerApp(url, smtpUrl, namespace);
    await seedReferenceData(app);
    direct = await connect(url);
    started = process.hrtime.bigint();
    const corpus = await buildDigestCorpus(direct, {
      members: MEMBERS,
      items: ITEMS,
      history: HISTORY,
      followsPerMember: FOLLOWS_PER_MEMBER,
      window,
      seed: SEED,
    });
    console.log(
      `Data: ${corpus.members} active members (${corpus.swedish} Swedish, ${corpus.members - corpus.swedish} English) ` +
        `at ${corpus.organisations} organisations, ${corpus.follows} DAILY follows of ${corpus.topics} topics; ` +
        `${ITEMS} new items in ${window.key} (${corpus.cases} cases, ${corpus.questions} questions, ` +
        `${corpus.restricted} restricted, ${corpus.hidden} hidden), ${corpus.history} older items; ` +
        `inserted in ${seconds(since(started))}`,
    );

    applyExperiments(app, EXPERIMENTS);
    const concurrency = app.get(JobRegistry).concurrencyOf(QueueName.Digests);
    const profile = PROFILE ? new DigestStageProfile(app) : undefined;
    await startWorker(app);
    console.log(
      `Worker: Digests queue concurrency ${concurrency}, Redis ${REDIS_URL} prefix ${namespace}; ` +
        `SMTP_URL ${smtpUrl} (the app's pool defaults unless the URL says otherwise), sink greeting ` +
        `${process.env.BENCH_SMTP_GREETING_PAUSE === '1' ? 'after 100 ms' : 'at once'}; ` +
        `${cpus().length} cores, Node ${process.version}\nExperiments: ${describeExperiments(EXPERIMENTS)}`,
    );

    const db = direct;
    const snapshot = async () =>
      cpuSnapshot(
        sink.pid,
        new Set(
          (
            await db.query<{ pid: number }>('SELECT pid FROM pg_stat_activity WHERE datname = $1', [
              DATABASE,
            ])
          ).rows.map((r) => r.pid),
        ),
      );
    let cpu = await snapshot();
    let v8 = CPU_PROFILE ? new PhaseCpuProfile() : undefined;
    await v8?.start();
    profile?.start();
    const digest = await runDigests(app, sink, SCHEDULED_AT, MEMBERS);
    profile?.stop();
    const digestV8 = await v8?.stop(CPU_PROFILE!);
    report('Digests', digest);
    console.log(`  ${describeCpu(cpu, await snapshot(), digest.ms, digest.sent)}`);

    const { rows } = await direct.query<{ member_id: string }>(
      `SELECT member_id FROM email_delivery WHERE delivery_key = $1 AND sent_at IS NOT NULL ORDER BY member_id`,
      [`digest:${digest.periodKey}`],
    );
    started = process.hrtime.bigint();
    const rendered = await prerender(
      app,
      window,
      rows.map((r) => r.member_id),
    );
    console.log(
      `Pre-rendered ${rendered.messages.length} digests in ${seconds(since(started))}: ` +
        `plan (queries + matching) ${(rendered.queryMs / rendered.messages.length).toFixed(2)} ms/member, ` +
        `token + template ${(rendered.renderMs / rendered.messages.length).toFixed(2)} ms/member`,
    );
    const from = app.get(AppConfig).env.MAIL_FROM;
    cpu = await snapshot();
    v8 = CPU_PROFILE ? new PhaseCpuProfile() : undefined;
    await v8?.start();
    const raw = await sendRaw(smtpUrl, from, rendered.messages, concurrency, sink);
    const rawV8 = await v8?.stop(CPU_PROFILE!.replace(/(\.cpuprofile)?$/, '-raw.cpuprofile'));
    const rawRate = rendered.messages.length / (raw.ms / 1000);
    console.log(
      `Raw nodemailer: ${rendered.messages.length} messages in ${seconds(raw.ms)} with ${concurrency} senders, ` +
        `${describeSink(raw.sink)}`,
    );
    console.log(`  ${describeCpu(cpu, await snapshot(), raw.ms, rendered.messages.length)}`);

    const digestRate = digest.sent / (digest.ms / 1000);
    const ratio = digestRate / rawRate;
    const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');
    console.log('');
    console.log(`digests/s        ${digestRate.toFixed(1)}`);
    console.log(`raw sends/s      ${rawRate.toFixed(1)}`);
    console.log(`ratio            ${ratio.toFixed(3)}`);
    console.log(`${verdict(digestRate >= TARGET_RATE)}  digests/s >= ${TARGET_RATE}`);
    console.log(`${verdict(ratio >= TARGET_RATIO)}  digests/s >= ${TARGET_RATIO} x raw sends/s`);
    if (digest.sent !== MEMBERS)
      console.log(`FAIL  ${digest.sent} of ${MEMBERS} members got their digest`);
    if (profile) {
      console.log('');
      console.log(`Where the digest run's time went (wall ${seconds(digest.ms)} x ${concurrency} job slots):`); // prettier-ignore
      console.log(profile.report(digest.ms, concurrency));
    }
    if (digestV8 && rawV8) {
      console.log(`\nV8 CPU profile of the worker process, digest run (${CPU_PROFILE}):`);
      console.log(digestV8);
      console.log('\nV8 CPU profile, raw nodemailer sends:');
      console.log(rawV8);
    }
  } finally {
    await app?.close();
    await direct?.end();
    await clearRedis(namespace);
    await sink.stop();
    if (!KEEP) await dropDatabase(DATABASE);
  }
}

function report(label: string, run: DigestRunResult): void {
  const outcomes = Object.entries(run.outcomes)
    .filter(([, n]) => n > 0)
    .map(([outcome, n]) => `${outcome} ${n}`)
    .join(', ');
  console.log(
    `${label}: ${run.sent} sent (email_delivery) in ${seconds(run.ms)}; fan-out ${run.members} members ` +
      `into ${run.batches} batch jobs in ${(run.fanOutMs / 1000).toFixed(2)} s; outcomes ${outcomes || '—'}; ` +
      `failed attempts ${run.failedAttempts}; ${run.itemsPerDigest.toFixed(1)} items per digest; ` +
      describeSink(run.sink),
  );
}

function describeSink(stats: SinkStats): string {
  return (
    `sink counted ${stats.messages} messages (${(stats.bytes / Math.max(1, stats.messages) / 1024).toFixed(1)} KiB each) ` +
    `over ${stats.connections} SMTP connections, at most ${stats.peakSessions} at once`
  );
}

/** The worker process as `npm run start:worker` builds it (no HTTP), on its own queue prefix. */
async function startWorkerApp(
  url: string,
  smtpUrl: string,
  queueNamespace: string,
): Promise<INestApplicationContext> {
  const secret = () => randomBytes(24).toString('base64url');
  const env = AppConfig.parse(
    {},
    {
      NODE_ENV: 'production',
      LOG_LEVEL: 'silent',
      DATABASE_URL: url,
      REDIS_URL,
      SMTP_URL: smtpUrl,
      ACCESS_TOKEN_SECRET: secret(),
      REFRESH_TOKEN_SECRET: secret(),
      DATA_ENCRYPTION_KEY: secret(),
      UNSUBSCRIBE_TOKEN_SECRET: secret(),
    },
  );
  const app = await NestFactory.createApplicationContext(
    AppModule.forRoot(AppConfig.from(env), { http: false, queueNamespace }),
    { logger: ['error', 'warn'] },
  );
  await app.init();
  return app;
}

/** Every key under the bench's own prefix (queues, schedulers, finished jobs). */
async function clearRedis(namespace: string): Promise<void> {
  const redis = new Redis(REDIS_URL);
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${namespace}:*`, 'COUNT', 1000);
      if (keys.length > 0) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    await redis.quit();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
