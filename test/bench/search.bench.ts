// SPDX-License-Identifier: EUPL-1.2
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Client } from 'pg';
import { DataSource } from 'typeorm';
import { createApiApp } from 'src/bootstrap/create-app';
import { seedReferenceData } from 'src/bootstrap/seeder';
import { AppConfig } from 'src/config/app-config';
import { SearchIndexer } from 'src/modules/search/search-indexer';
import {
  connect,
  benchDatabaseUrl,
  databaseExists,
  migrate,
  recreateDatabase,
} from 'test/bench/bench-database';
import { since, seconds } from 'test/bench/bench-stats';
import { buildVocabularies, Rng } from 'test/bench/bench-text';
import { GraphQLClient } from 'test/bench/graphql-client';
import { BENCH_PASSWORD, BENCH_VIEWER_EMAIL, buildCorpus } from 'test/bench/search-corpus';
import { measure, prepareQueries } from 'test/bench/search-measure';
import { buildQueries } from 'test/bench/search-queries';

/**
 * `npm run bench:search`: search latency on a 100 000-document corpus, through the GraphQL
 * endpoint and, side by side, the same SQL straight on PostgreSQL (see test/bench/README.md).
 *
 * BENCH_DOCS (100000), BENCH_ROUNDS (20), BENCH_WARMUP (2) size the run; BENCH_REUSE=1 keeps
 * an existing corpus of the same size instead of rebuilding it; BENCH_DUMP_SQL=file writes the
 * captured statements (for EXPLAIN); BENCH_DATABASE_URL names the server (default
 * postgres://postgres@127.0.0.1:5432/postgres) and BENCH_SEARCH_DATABASE the corpus's database.
 */
/** BENCH_SEARCH_DATABASE: another name, so two checkouts on one server do not share a corpus. */
const DATABASE = process.env.BENCH_SEARCH_DATABASE ?? 'samrad_bench_search';
const DOCUMENTS = Number(process.env.BENCH_DOCS ?? 100_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 20);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 2);
const REUSE = process.env.BENCH_REUSE === '1';
const CORPUS_SEED = 20_260_101;
const QUERY_SEED = 7;

async function main(): Promise<void> {
  const url = benchDatabaseUrl(DATABASE);
  const vocabularies = buildVocabularies(new Rng(CORPUS_SEED));
  console.log(
    `Vocabulary: ${vocabularies.SV.words.length} Swedish and ${vocabularies.EN.words.length} English words (Zipf), ` +
      `${vocabularies.SV.tail.length + vocabularies.EN.tail.length} rare terms`,
  );
  const reuse = REUSE && (await databaseExists(DATABASE)) && (await corpusSize(url)) === DOCUMENTS;
  if (!reuse) {
    const started = process.hrtime.bigint();
    await recreateDatabase(DATABASE);
    await migrate(url);
    console.log(`Database ${DATABASE}: created and migrated in ${seconds(since(started))}`);
  } else console.log(`Database ${DATABASE}: reusing its ${DOCUMENTS} documents (BENCH_REUSE=1)`);

  const app = await startApp(url);
  const direct = await connect(url);
  try {
    if (!reuse) await buildIndex(app, direct, vocabularies);
    await describeServer(direct);
    await app.listen(0, '127.0.0.1');
    const endpoint = `${(await app.getUrl()).replace('[::1]', '127.0.0.1')}/graphql`;
    const client = new GraphQLClient(endpoint);
    await client.signIn(BENCH_VIEWER_EMAIL, BENCH_PASSWORD);
    const queries = await buildQueries(direct, vocabularies, new Rng(QUERY_SEED));
    const prepared = await prepareQueries(client, app.get(DataSource), queries);
    if (process.env.BENCH_DUMP_SQL) {
      writeFileSync(process.env.BENCH_DUMP_SQL, JSON.stringify(prepared, null, 2));
      console.log(`Captured statements written to ${process.env.BENCH_DUMP_SQL}`);
    }
    await measure({
      client,
      direct,
      prepared,
      rounds: ROUNDS,
      warmup: WARMUP,
      documents: DOCUMENTS,
    });
  } finally {
    await direct.end();
    await app.close();
  }
}

async function startApp(url: string): Promise<NestExpressApplication> {
  const secret = () => randomBytes(24).toString('base64url');
  const env = AppConfig.parse(
    {},
    {
      NODE_ENV: 'production',
      LOG_LEVEL: 'silent',
      DATABASE_URL: url,
      ACCESS_TOKEN_SECRET: secret(),
      REFRESH_TOKEN_SECRET: secret(),
      DATA_ENCRYPTION_KEY: secret(),
      UNSUBSCRIBE_TOKEN_SECRET: secret(),
      SCREENING_FINGERPRINT_KEY: secret(),
      DATA_EXPORT_LINK_SECRET: secret(),
      // One member asks thousands of searches a minute: the request budget would refuse them.
      API_RATE_LIMIT_MEMBER_POINTS: '0',
      API_RATE_LIMIT_ADDRESS_POINTS: '0',
    },
  );
  return createApiApp(AppConfig.from(env), { quiet: true, runWorker: false });
}

/** Reference data, members, 100 000 rows in bulk, then the index as production builds it. */
async function buildIndex(
  app: NestExpressApplication,
  direct: Client,
  vocabularies: ReturnType<typeof buildVocabularies>,
): Promise<void> {
  let started = process.hrtime.bigint();
  await seedReferenceData(app);
  const corpus = await buildCorpus(app, direct, {
    documents: DOCUMENTS,
    vocabularies,
    seed: CORPUS_SEED,
  });
  for (const table of ['case_study', 'question', 'answer']) await direct.query(`ANALYZE ${table}`);
  console.log(
    `Rows: ${corpus.cases} cases, ${corpus.questions} questions, ${corpus.answers} answers, ` +
      `${corpus.words} words (${Math.round(corpus.words / DOCUMENTS)} per document) ` +
      `generated and inserted in ${seconds(since(started))}`,
  );
  started = process.hrtime.bigint();
  let reported = 0;
  const indexed = await app.get(SearchIndexer).reindexAll((done, total) => {
    if (done - reported >= 20_000 || done === total) {
      reported = done;
      console.log(`  indexed ${done}/${total} (${seconds(since(started))})`);
    }
  });
  const reindex = since(started);
  console.log(
    `Search index: SearchIndexer.reindexAll() built ${indexed} documents in ${seconds(reindex)} ` +
      `(${Math.round(indexed / (reindex / 1000))} documents/s)`,
  );
  started = process.hrtime.bigint();
  // Every table a search reads: this server runs without autovacuum (CI's configuration), and
  // a GIN index's pending list, never merged, is read in full by every lookup (the highlight
  // words' index: 104 pages, 5 ms a search, before this was added).
  for (const table of ['search_document', 'search_term', 'search_highlight_word'])
    await direct.query(`VACUUM ANALYZE ${table}`);
  console.log(`VACUUM ANALYZE: ${seconds(since(started))}`);
}

async function corpusSize(url: string): Promise<number> {
  const client = await connect(url);
  try {
    const { rows } = await client.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM search_document',
    );
    return rows[0]?.n ?? 0;
  } catch {
    return -1;
  } finally {
    await client.end();
  }
}

async function describeServer(direct: Client): Promise<void> {
  const { rows } = await direct.query<{ name: string; setting: string }>(
    `SELECT name, current_setting(name) AS setting FROM unnest(ARRAY['server_version',
       'shared_buffers', 'work_mem', 'effective_cache_size', 'jit', 'max_parallel_workers_per_gather',
       'random_page_cost']) AS name`,
  );
  const [sizes] = (
    await direct.query<{ table: string; gin: string; terms: number }>(
      `SELECT pg_size_pretty(pg_total_relation_size('search_document')) AS table,
         pg_size_pretty(pg_relation_size('search_document_vector_idx')) AS gin,
         (SELECT count(*)::int FROM search_term) AS terms`,
    )
  ).rows;
  // The app's share of a request depends on the runtime: Node 20 took ~4 ms more than 24.
  console.log(`Node.js ${process.version}`);
  console.log(`PostgreSQL: ${rows.map((r) => `${r.name}=${r.setting}`).join(', ')}`);
  console.log(
    `search_document: ${sizes?.table} (GIN index ${sizes?.gin}); search_term: ${sizes?.terms} words`,
  );
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
