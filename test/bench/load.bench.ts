// SPDX-License-Identifier: EUPL-1.2
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Client } from 'pg';
import { DataSource } from 'typeorm';
import { createApiApp } from 'src/bootstrap/create-app';
import { seedReferenceData } from 'src/bootstrap/seeder';
import { AppConfig } from 'src/config/app-config';
import {
  benchDatabaseUrl,
  connect,
  databaseExists,
  dropDatabase,
  migrate,
  recreateDatabase,
} from 'test/bench/bench-database';
import { seconds, since } from 'test/bench/bench-stats';
import { buildVocabularies, Rng } from 'test/bench/bench-text';
import { GraphQLClient, required, type GraphQLAnswer } from 'test/bench/graphql-client';
import { buildLoadCorpus, describeLoadCorpus, type LoadCorpus } from 'test/bench/load-corpus';
import { LOAD_PATHS, SEARCH_PAGE, type LoadPath } from 'test/bench/load-documents';
import { probe, report, runLoad, type LoadResult, type LoadTarget } from 'test/bench/load-measure';
import { startApi, startBaseline, tellProfiler, type ChildServer } from 'test/bench/load-servers';
import { BENCH_PASSWORD, BENCH_VIEWER_EMAIL } from 'test/bench/search-corpus';
import { captureStatements } from 'test/bench/sql-capture';

/**
 * `npm run bench:load`: the case library, a question page, a search and the notification list
 * under 20 and 50 concurrent signed-in clients (autocannon), against the API as `npm start`
 * runs it and, in the same run, against a baseline of Apollo Server alone with hand-written SQL
 * and the same access conditions (load-baseline.ts). See test/bench/README.md.
 *
 * BENCH_DURATION (30 s per run), BENCH_CONNECTIONS ("20,50"), BENCH_PATHS (all four),
 * BENCH_WARMUP (5 s per path and server), BENCH_LOAD_DOCS (5000), BENCH_REUSE=1 keeps a
 * corpus, BENCH_CPU_PROFILE=file profiles the API over the measured runs (load-cpu-profile.ts).
 */
const DATABASE = process.env.BENCH_LOAD_DATABASE ?? 'samrad_bench_load';
const DOCUMENTS = Number(process.env.BENCH_LOAD_DOCS ?? 5000);
const DURATION = Number(process.env.BENCH_DURATION ?? 30);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 5);
const CONNECTIONS = (process.env.BENCH_CONNECTIONS ?? '20,50').split(',').map(Number);
const PATHS = (process.env.BENCH_PATHS?.split(',') ?? LOAD_PATHS) as LoadPath[];
const REUSE = process.env.BENCH_REUSE === '1';
const SEED = 20_261_207;
const secret = () => randomBytes(24).toString('base64url');

async function main(): Promise<void> {
  const url = benchDatabaseUrl(DATABASE);
  const vocabularies = buildVocabularies(new Rng(SEED));
  const reuse = REUSE && (await databaseExists(DATABASE)) && (await caseCount(url)) > 0;
  let started = process.hrtime.bigint();
  if (!reuse) {
    await recreateDatabase(DATABASE);
    await migrate(url);
  }
  const secrets = {
    ACCESS_TOKEN_SECRET: secret(),
    REFRESH_TOKEN_SECRET: secret(),
    DATA_ENCRYPTION_KEY: secret(),
    UNSUBSCRIBE_TOKEN_SECRET: secret(),
    SCREENING_FINGERPRINT_KEY: secret(),
    DATA_EXPORT_LINK_SECRET: secret(),
  };
  const direct = await connect(url);
  let corpus: LoadCorpus;
  const captureFile = join(tmpdir(), `samrad-bench-load-search-${process.pid}.json`);
  // In-process first: the corpus through the app's seeder and indexer, and the search
  // engine's statements for the baseline to replay.
  const app = await createApiApp(AppConfig.from(AppConfig.parse({}, inProcessEnv(url, secrets))), {
    quiet: true,
    runWorker: false,
  });
  try {
    if (!reuse) {
      await seedReferenceData(app);
      await buildLoadCorpus(app, direct, DOCUMENTS, vocabularies, SEED);
    }
    corpus = await describeLoadCorpus(direct, vocabularies);
    console.log(
      `Corpus (${DATABASE}${reuse ? ', reused' : ''}): ${await counts(direct)}; ` +
        `${corpus.emails.length} members sign in; ready in ${seconds(since(started))}`,
    );
    await app.listen(0, '127.0.0.1');
    const endpoint = `${(await app.getUrl()).replace('[::1]', '127.0.0.1')}/graphql`;
    writeFileSync(captureFile, JSON.stringify(await captureSearch(app, endpoint, direct, corpus)));
  } finally {
    await app.close();
  }

  const servers: ChildServer[] = [];
  try {
    started = process.hrtime.bigint();
    const profile = process.env.BENCH_CPU_PROFILE;
    const api = await startApi(
      { ...apiEnv(url, secrets), ...(profile ? { BENCH_CPU_PROFILE_FILE: resolve(profile) } : {}) },
      profile ? ['--require', resolve('dist/test/bench/load-cpu-profile.js')] : [],
    );
    servers.push(api);
    const baseline = await startBaseline({
      DATABASE_URL: url,
      ACCESS_TOKEN_SECRET: secrets.ACCESS_TOKEN_SECRET,
      DATABASE_POOL_SIZE: '10',
      BASELINE_SEARCH_STATEMENTS: captureFile,
    });
    servers.push(baseline);
    const tokens = await signIn(api.url, corpus.emails, Math.max(...CONNECTIONS));
    console.log(
      `API and baseline up, ${tokens.length} sessions signed in (${seconds(since(started))}); ` +
        `${DURATION} s per run, clients ${CONNECTIONS.join(' and ')}, paths ${PATHS.join(', ')}`,
    );
    const targets: LoadTarget[] = [
      { name: 'api', url: api.url },
      { name: 'baseline', url: baseline.url },
    ];
    const base = { tokens, corpus, seconds: DURATION };
    for (const path of PATHS)
      for (const target of targets) await probe(target, { ...base, path, connections: 1 });
    if (WARMUP > 0)
      for (const path of PATHS)
        for (const target of targets)
          await runLoad(target, { ...base, path, connections: CONNECTIONS[0]!, seconds: WARMUP });
    if (profile) await tellProfiler(api, 'start');
    const results: LoadResult[] = [];
    let turn = 0;
    for (const connections of CONNECTIONS) {
      for (const path of PATHS) {
        // Alternating order, so neither server always runs on a machine the other just heated.
        const order = turn++ % 2 === 0 ? targets : [...targets].reverse();
        for (const target of order) {
          const result = await runLoad(target, { ...base, path, connections });
          console.log(
            `  ${path} ×${connections} ${target.name}: ${result.requestsPerSecond.toFixed(1)} req/s, ` +
              `p95 ${result.p95.toFixed(1)} ms, ${result.errors} errors`,
          );
          results.push(result);
        }
      }
    }
    console.log(`\n${report(results)}`);
    if (profile) {
      await tellProfiler(api, 'stop');
      console.log(
        `\nAPI CPU profile of the measured runs: ${profile}\n${readFileSync(`${profile}.txt`, 'utf8')}`,
      );
    }
  } finally {
    for (const server of servers.reverse()) await server.stop();
    await direct.end();
    if (!REUSE) await dropDatabase(DATABASE);
  }
}

/** The app in this process: building the corpus and capturing statements only. */
function inProcessEnv(url: string, secrets: Record<string, string>) {
  return {
    NODE_ENV: 'production',
    LOG_LEVEL: 'silent',
    DATABASE_URL: url,
    ...secrets,
    API_RATE_LIMIT_MEMBER_POINTS: '0',
    API_RATE_LIMIT_ADDRESS_POINTS: '0',
  };
}

/**
 * The API as production runs it: NODE_ENV=production, logging at warn, Redis for the request
 * budget and the queues (its own namespace), no worker in the process. The budget is on but
 * high: 50 clients of 41 members send thousands of requests a minute each.
 */
function apiEnv(url: string, secrets: Record<string, string>): Record<string, string> {
  return {
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    DATABASE_URL: url,
    REDIS_URL: process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379/0',
    QUEUE_NAMESPACE: 'bench_load',
    RUN_WORKER_IN_API: 'false',
    WEB_DIST_DIR: '',
    DATABASE_POOL_SIZE: '10',
    API_RATE_LIMIT_MEMBER_POINTS: '100000000',
    API_RATE_LIMIT_ADDRESS_POINTS: '100000000',
    ...secrets,
  };
}

/** One session per connection, round-robin over the members. */
async function signIn(url: string, emails: readonly string[], count: number): Promise<string[]> {
  const tokens: string[] = [];
  for (let i = 0; i < count; i++) {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation($input: LoginInput!) { login(input: $input) { accessToken } }',
        variables: { input: { email: emails[i % emails.length], password: BENCH_PASSWORD } },
      }),
    });
    const answer = (await response.json()) as GraphQLAnswer<{ login: { accessToken: string } }>;
    tokens.push(required(answer, 'login').login.accessToken);
  }
  return tokens;
}

/** The statements the engine sends for each search word (as the corpus's viewer). */
async function captureSearch(
  app: NestExpressApplication,
  endpoint: string,
  direct: Client,
  corpus: LoadCorpus,
) {
  const client = new GraphQLClient(endpoint);
  await client.signIn(BENCH_VIEWER_EMAIL, BENCH_PASSWORD);
  const [viewer] = (
    await direct.query<{ memberId: string; organisationId: string }>(
      `SELECT id AS "memberId", organisation_id AS "organisationId" FROM member WHERE email = $1`,
      [BENCH_VIEWER_EMAIL],
    )
  ).rows;
  const dataSource = app.get(DataSource);
  // Once first, so one-off loads (the topic snapshot) are not taken for a request's.
  required((await client.timed(SEARCH_PAGE, { query: corpus.searchTerms[0] })).answer, 'search');
  const statements: Record<string, unknown[]> = {};
  for (const term of corpus.searchTerms) {
    const { result, statements: captured } = await captureStatements(dataSource, () =>
      client.timed(SEARCH_PAGE, { query: term }),
    );
    required(result.answer, `search ${term}`);
    statements[term] = captured.filter((s) => s.engine || /tsquery/.test(s.sql));
  }
  return { viewer, statements };
}

async function caseCount(url: string): Promise<number> {
  const client = await connect(url);
  try {
    return (await client.query<{ n: number }>('SELECT count(*)::int AS n FROM case_study')).rows[0]!
      .n;
  } catch {
    return 0;
  } finally {
    await client.end();
  }
}

async function counts(direct: Client): Promise<string> {
  const { rows } = await direct.query<Record<string, number>>(
    `SELECT (SELECT count(*)::int FROM case_study) AS cases, (SELECT count(*)::int FROM question) AS questions,
            (SELECT count(*)::int FROM answer) AS answers, (SELECT count(*)::int FROM notification) AS notifications,
            (SELECT count(*)::int FROM organisation) AS organisations`,
  );
  return Object.entries(rows[0]!)
    .map(([name, n]) => `${n} ${name}`)
    .join(', ');
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
