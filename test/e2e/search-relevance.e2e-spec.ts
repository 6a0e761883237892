// SPDX-License-Identifier: EUPL-1.2
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Meilisearch } from 'meilisearch';
import { Role } from 'src/graph/auth/role.enum';
import { SearchIndexer } from 'src/modules/search/search-indexer';
import { publishedCase } from 'test/factories/case.factory';
import { signedInMember, type SignedInMember } from 'test/factories/member.factory';
import { hitIds, search } from 'test/helpers/search-client';
import { startTestApp, type TestApp } from 'test/helpers/test-app';
import { EVAL_CORPUS } from 'test/search-eval/corpus';
import {
  formatTable,
  ndcgAt,
  recallAt,
  summarise,
  type QueryScore,
} from 'test/search-eval/metrics';
import { EVAL_QUERIES } from 'test/search-eval/queries';

/**
 * The relevance evaluation (issue 14; `npm run eval:search` runs this file alone): the judged
 * queries of test/search-eval over its fixed corpus, asked through GraphQL as a member would,
 * scored by nDCG@10 and recall@20 per query class and overall, for PostgreSQL and, when
 * MEILI_URL is set, Meilisearch. The run fails when an engine's overall nDCG@10 falls below its
 * recorded baseline (test/search-eval/baseline.json), so a change that makes search worse does
 * not pass CI. After an improvement, record the new figures there (EVAL_VERBOSE=1 prints every
 * query's scores).
 */
interface Baseline {
  [engine: string]: { ndcg10: number; recall20: number };
}
const BASELINE: Baseline = JSON.parse(
  readFileSync(join(__dirname, '..', 'search-eval', 'baseline.json'), 'utf8'),
);

function relevanceEvaluation(
  engine: string,
  setup: () => Promise<TestApp>,
  cleanUp?: (t: TestApp) => Promise<void>,
) {
  describe(`Search relevance: ${engine} (e2e)`, () => {
    let t: TestApp;
    let reader: SignedInMember;
    const labels = new Map<string, string>();

    beforeAll(async () => {
      t = await setup();
      const author = await signedInMember(t, { organisationSlug: 'kth' });
      const moderator = await signedInMember(t, {
        organisationSlug: 'universitets-och-hogskoleradet',
        roles: [Role.MODERATOR],
      });
      reader = await signedInMember(t, { organisationSlug: 'uppsala-universitet' });
      for (const document of EVAL_CORPUS) {
        const { id: label, ...text } = document;
        const row = await publishedCase(
          t,
          author,
          moderator,
          { ...text, sharingLevel: 'CLEAR' },
          { acknowledgeFindings: true },
        );
        labels.set(row.id, label);
      }
      await t.app.get(SearchIndexer).reindexAll();
    }, 180_000);

    afterAll(async () => {
      if (t) await cleanUp?.(t);
      await t?.close();
    });

    it('keeps overall nDCG@10 at or above the recorded baseline', async () => {
      const scores: QueryScore[] = [];
      for (const judged of EVAL_QUERIES) {
        const result = await search(t, judged.query, { first: 20 }, reader.accessToken);
        const ranked = hitIds(result).map((id) => labels.get(id) ?? id);
        const score = {
          query: judged.query,
          queryClass: judged.queryClass,
          ndcg10: ndcgAt(10, ranked, judged.judgments),
          recall20: recallAt(20, ranked, judged.judgments),
        };
        scores.push(score);
        if (process.env.EVAL_VERBOSE)
          process.stdout.write(
            `${score.queryClass.padEnd(15)} ${score.ndcg10.toFixed(2)} ${score.recall20.toFixed(2)}  ${judged.query} → ${ranked.slice(0, 5).join(', ')}\n`,
          );
      }
      const rows = summarise(scores);
      process.stdout.write(`${formatTable(engine, rows)}\n`);
      const overall = rows.find((row) => row.queryClass === 'overall')!;
      const baseline = BASELINE[engine];
      expect(baseline).toBeDefined();
      // Rounded as recorded (three decimals).
      expect(Number(overall.ndcg10.toFixed(3))).toBeGreaterThanOrEqual(baseline!.ndcg10);
    }, 120_000);
  });
}

relevanceEvaluation('postgres', () => startTestApp({ worker: false }));

const meiliUrl = process.env.MEILI_URL;
if (meiliUrl) {
  relevanceEvaluation(
    'meilisearch',
    () =>
      startTestApp({
        worker: false,
        env: {
          MEILI_URL: meiliUrl,
          ...(process.env.MEILI_API_KEY ? { MEILI_API_KEY: process.env.MEILI_API_KEY } : {}),
        },
      }),
    async (t) => {
      const client = new Meilisearch({ host: meiliUrl, apiKey: process.env.MEILI_API_KEY });
      await client.deleteIndex(`${t.queueNamespace}-content`).waitTask();
    },
  );
}
