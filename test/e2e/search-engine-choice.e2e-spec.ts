// SPDX-License-Identifier: EUPL-1.2
import { Role } from 'src/graph/auth/role.enum';
import { JobQueue } from 'src/modules/jobs/job-queue';
import { QueueName } from 'src/modules/jobs/queue-name';
import { SearchCheck } from 'src/modules/search/search-check';
import { INDEX_DOCUMENT_JOB, SearchIndexer } from 'src/modules/search/search-indexer';
import { publishedCase } from 'test/factories/case.factory';
import { signedInMember } from 'test/factories/member.factory';
import { startTestApp, type TestApp } from 'test/helpers/test-app';
import { MeilisearchStandIn } from 'test/integration/meilisearch/meilisearch-stand-in';

/**
 * With MEILI_URL the app searches through Meilisearch. No Meilisearch server can run here, so a
 * loopback stand-in records what the real client sends: the index is prepared at start-up,
 * indexing writes documents without authors, and every search carries the viewer's access
 * filter. The engine's behaviour against a real server is meilisearch.int-spec.ts (MEILI_URL).
 */
describe('Choosing the search engine from MEILI_URL (e2e)', () => {
  let t: TestApp;
  let fake: MeilisearchStandIn;
  const namespace = `t${Date.now().toString(36)}`;

  beforeAll(async () => {
    fake = new MeilisearchStandIn(`${namespace}-content`);
    const url = await fake.start();
    t = await startTestApp({ worker: false, queueNamespace: namespace, env: { MEILI_URL: url } });
  });

  afterAll(async () => {
    await t?.close();
    await fake?.stop();
  });

  it('prepares the index, indexes the author only as a hidden access key and filters every search by the viewer', async () => {
    expect(fake.calls()).toContain(`PATCH /indexes/${namespace}-content/settings`);
    const author = await signedInMember(t, { displayName: 'Hidden Author Name' });
    const moderator = await signedInMember(t, {
      roles: [Role.MODERATOR],
      organisationSlug: 'universitets-och-hogskoleradet',
    });
    const item = await publishedCase(t, author, moderator, { attribution: 'ANONYMOUS' });
    await t.app.get(SearchIndexer).index(`CASE:${item.id}`);
    const stored = [...fake.documents.values()];
    expect(stored).toHaveLength(1);
    // The author's id is an access key (the author finds their own live items, as on PostgreSQL):
    // filterable, never displayed (meili-settings.spec), and nowhere else in the document.
    const { authorId, ...rest } = stored[0] as Record<string, unknown>;
    expect(authorId).toBe(author.id);
    expect(JSON.stringify(rest)).not.toContain(author.id);
    expect(JSON.stringify(stored)).not.toContain('Hidden Author Name');

    const visitor = await t.gql<{ search: { engine: string; totalCount: number } }>(
      '{ search(query: "scholarship") { engine totalCount } }',
    );
    expect(visitor.data?.search.engine).toBe('MEILISEARCH');
    const searches = fake.requests.filter((r) => r.path.endsWith('/search'));
    expect(searches.at(-1)?.body).toMatchObject({ filter: expect.stringContaining('CLEAR') });
    expect(JSON.stringify(searches.at(-1)?.body)).not.toContain('GREEN');
  });
});

describe('Meilisearch not ready, and an index left behind (e2e, stand-in)', () => {
  let t: TestApp;
  let standIn: MeilisearchStandIn;
  const namespace = `r${Date.now().toString(36)}`;
  const SEARCH = '{ search(query: "scholarship") { engine totalCount } }';

  beforeAll(async () => {
    standIn = new MeilisearchStandIn(`${namespace}-content`);
    standIn.down = true;
    const url = await standIn.start();
    t = await startTestApp({ worker: false, queueNamespace: namespace, env: { MEILI_URL: url } });
  });

  afterAll(async () => {
    await t?.close();
    await standIn?.stop();
  });

  it('refuses searches with SEARCH_UNAVAILABLE until preparation, retried in the background, succeeds', async () => {
    const refused = await t.gql(SEARCH);
    expect(refused.errors?.map((e) => e.extensions?.code)).toEqual(['SEARCH_UNAVAILABLE']);
    expect(standIn.searches()).toEqual([]);
    standIn.down = false;
    // Retries after 1 s, 2 s, 4 s …: the index and its settings arrive without a restart.
    const deadline = Date.now() + 15_000;
    let answered = await t.gql<{ search: { engine: string } }>(SEARCH);
    while (answered.errors && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      answered = await t.gql<{ search: { engine: string } }>(SEARCH);
    }
    expect(answered.errors).toBeUndefined();
    expect(answered.data?.search.engine).toBe('MEILISEARCH');
    expect(standIn.settings.filterableAttributes).toEqual(
      expect.arrayContaining(['sharingLevel', 'authorId']),
    );
  });

  it('lists a narrowed item the index still has at its old level, and queues a job that never gives up', async () => {
    const author = await signedInMember(t, { organisationSlug: 'kth' });
    const moderator = await signedInMember(t, {
      roles: [Role.MODERATOR],
      organisationSlug: 'universitets-och-hogskoleradet',
    });
    const item = await publishedCase(t, author, moderator, { sharingLevel: 'GREEN' });
    const key = `CASE:${item.id}`;
    await t.app.get(SearchIndexer).index(key);
    expect(await t.app.get(SearchCheck).run()).toMatchObject({ stale: [], missing: [] });

    const version = await t.gql<{ case: { version: number } }>(
      'query($id: ID!) { case(id: $id) { version } }',
      { id: item.id },
      author.accessToken,
    );
    const narrowed = await t.gql(
      'mutation($input: UpdateCaseInput!) { updateCase(input: $input) { id sharingLevel } }',
      {
        input: {
          id: item.id,
          expectedVersion: version.data!.case.version,
          sharingLevel: 'AMBER_STRICT',
        },
      },
      author.accessToken,
    );
    expect(narrowed.errors).toBeUndefined();
    // No worker runs: the index still has GREEN, as after an indexing job that gave up.
    expect(standIn.documents.get(`CASE-${item.id}`)?.sharingLevel).toBe('GREEN');
    expect((await t.app.get(SearchCheck).run()).stale).toEqual([key]);

    // The outbox route queued the index job, which retries for as long as it takes.
    const indexer = t.app.get(SearchIndexer);
    await indexer.route({
      aggregate: { type: 'CASE', id: item.id },
      payload: {},
    } as unknown as Parameters<SearchIndexer['route']>[0]);
    const jobs = await t.app.get(JobQueue).queue(QueueName.Search).getJobs(['waiting', 'delayed']);
    const job = jobs.find((j) => j.name === INDEX_DOCUMENT_JOB && j.data.key === key);
    // Ten million tries, 7.5–15 s apart: years, where the queue's default gives up in minutes.
    expect(job?.opts.attempts).toBeGreaterThanOrEqual(10_000_000);
    expect(job?.opts.backoff).toEqual({ type: 'fixed', delay: 15_000, jitter: 0.5 });

    await indexer.index(key);
    expect(standIn.documents.get(`CASE-${item.id}`)?.sharingLevel).toBe('AMBER_STRICT');
    expect(await t.app.get(SearchCheck).run()).toMatchObject({ stale: [], missing: [], extra: [] });
  });
});
