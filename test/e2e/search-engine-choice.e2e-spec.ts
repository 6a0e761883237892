import { Role } from 'src/graph/auth/role.enum';
import { SearchIndexer } from 'src/modules/search/search-indexer';
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
