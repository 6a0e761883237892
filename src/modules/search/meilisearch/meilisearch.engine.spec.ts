import { randomUUID } from 'node:crypto';
import { Role } from 'src/graph/auth/role.enum';
import type { Viewer } from 'src/graph/auth/viewer';
import { SharingLevel } from 'src/modules/access-policy/sharing-level.enum';
import type { SearchDocument, SearchRequest } from 'src/modules/search/engine/search-engine';
import { accessFilter } from 'src/modules/search/meilisearch/meili-access-filter';
import {
  MEILI_ACCESS_KEYS,
  MEILI_MAX_TOTAL_HITS,
  MEILI_SETTINGS,
} from 'src/modules/search/meilisearch/meili-settings';
import { decodeOffset, encodeOffset } from 'src/modules/search/meilisearch/meili-paging';
import {
  MeilisearchEngine,
  MeilisearchTaskFailedError,
} from 'src/modules/search/meilisearch/meilisearch.engine';
import { FakeMeilisearchServer } from 'test/integration/meilisearch/fake-meilisearch-server';

// The real `meilisearch` client against a fake server on loopback (no Meilisearch can be
// installed here): what the engine sends, what it waits for, how it reads the answers.

const INDEX = 'engine-spec';
const member: Viewer = {
  memberId: randomUUID(),
  sessionId: randomUUID(),
  organisationId: randomUUID(),
  roles: [Role.MEMBER],
  locale: 'SV',
};

function doc(overrides: Partial<SearchDocument> = {}): SearchDocument {
  const id = randomUUID();
  return {
    key: `CASE:${id}`,
    type: 'CASE',
    id,
    language: 'SV',
    title: 'Forskningssamarbete',
    summary: 'Sammanfattning',
    body: 'Text',
    answers: '',
    topicIds: [],
    countryCodes: ['CN'],
    outcome: null,
    year: 2024,
    publishedAt: '2025-01-01T00:00:00.000Z',
    sharingLevel: SharingLevel.GREEN,
    authorId: randomUUID(),
    authorOrganisationId: randomUUID(),
    recipientOrganisationIds: [],
    recipientMemberIds: [],
    directedToIds: [],
    ...overrides,
  };
}

const request = (overrides: Partial<SearchRequest> = {}): SearchRequest => ({
  query: 'samarbete',
  filter: {},
  sort: 'RELEVANCE',
  first: 2,
  ...overrides,
});

describe(MeilisearchEngine.name, () => {
  let server: FakeMeilisearchServer;
  let sut: MeilisearchEngine;

  beforeEach(async () => {
    server = new FakeMeilisearchServer(INDEX);
    const host = await server.start();
    sut = new MeilisearchEngine({ host, apiKey: 'test-key', indexUid: INDEX, taskIntervalMs: 1 });
  });

  afterEach(async () => {
    await server.stop();
  });

  describe('prepare', () => {
    it('creates the index and applies the settings, waiting for both tasks', async () => {
      server.settings = { searchableAttributes: ['*'], displayedAttributes: ['*'] };
      await sut.prepare();
      expect(server.calls()).toEqual([
        `GET /indexes/${INDEX}`,
        'POST /indexes',
        `GET /indexes/${INDEX}/settings`,
        `PATCH /indexes/${INDEX}/settings`,
      ]);
      expect(server.requests[1]?.body).toEqual({ uid: INDEX, primaryKey: 'key' });
      expect(server.requests.find((r) => r.method === 'PATCH')?.body).toEqual(MEILI_SETTINGS);
      // Each task was polled until it reported success (processing first, then succeeded).
      expect([server.taskPolls(1), server.taskPolls(2)]).toEqual([2, 2]);
      expect(server.primaryKey).toBe('key');
    });

    it('leaves settings alone when the server already has them', async () => {
      server.primaryKey = 'key';
      server.settings = {
        ...MEILI_SETTINGS,
        filterableAttributes: [...MEILI_SETTINGS.filterableAttributes].sort(),
        typoTolerance: { ...MEILI_SETTINGS.typoTolerance, disableOnWords: [] },
        faceting: { ...MEILI_SETTINGS.faceting, sortFacetValuesBy: { '*': 'alpha' } },
      };
      await sut.prepare();
      expect(server.calls()).toEqual([`GET /indexes/${INDEX}`, `GET /indexes/${INDEX}/settings`]);
    });

    it('fails when the settings task fails', async () => {
      server.primaryKey = 'key';
      server.failNext = { type: 'settingsUpdate', code: 'invalid_settings_ranking_rules' };
      await expect(sut.prepare()).rejects.toThrow(MeilisearchTaskFailedError);
    });

    it('tolerates another process creating the index at the same time', async () => {
      server.failNext = {
        type: 'indexCreation',
        code: 'index_already_exists',
        meanwhile: () => (server.primaryKey = 'key'),
      };
      await expect(sut.prepare()).resolves.toBeUndefined();
      expect(server.calls()).toContain(`PATCH /indexes/${INDEX}/settings`);
    });
  });

  describe('writes', () => {
    beforeEach(() => {
      server.primaryKey = 'key';
    });

    it('upserts Meilisearch-shaped documents and returns once the task succeeded', async () => {
      const document = doc({ title: 'a <b> title' });
      await sut.upsert([document]);
      const sent = server.requests.find((r) => r.path.endsWith('/documents'));
      expect(sent?.query.get('primaryKey')).toBe('key');
      expect(sent?.body).toEqual([
        expect.objectContaining({ key: `CASE-${document.id}`, title: 'a &lt;b&gt; title' }),
      ]);
      expect(server.taskPolls(1)).toBe(2);
      expect(server.documents.has(`CASE-${document.id}`)).toBe(true);
    });

    it('fails when indexing fails, so the job is retried', async () => {
      server.failNext = { type: 'documentAdditionOrUpdate', code: 'invalid_document_fields' };
      await expect(sut.upsert([doc()])).rejects.toThrow(/invalid_document_fields/);
    });

    it('sends nothing for nothing', async () => {
      await sut.upsert([]);
      await sut.remove([]);
      expect(server.requests).toEqual([]);
    });

    it('removes by key and clears', async () => {
      const [a, b] = [doc(), doc()];
      await sut.upsert([a, b]);
      await sut.remove([a.key]);
      expect(server.requests.find((r) => r.path.endsWith('/delete-batch'))?.body).toEqual([
        `CASE-${a.id}`,
      ]);
      expect([...server.documents.keys()]).toEqual([`CASE-${b.id}`]);
      await sut.clear();
      expect(server.documents.size).toBe(0);
    });

    it('pages through every fingerprint, keyed as the port keys documents', async () => {
      const documents = Array.from({ length: 2500 }, () => doc());
      await sut.upsert(documents);
      const fingerprints = await sut.fingerprints();
      expect(fingerprints.size).toBe(2500);
      expect(fingerprints.get(documents[0]!.key)).toMatch(/^[0-9a-f]{32}$/);
      const reads = server.requests.filter(
        (r) => r.method === 'GET' && r.path.endsWith('/documents'),
      );
      expect(reads.map((r) => r.query.get('offset'))).toEqual(['0', '1000', '2000']);
      expect(reads[0]?.query.get('fields')).toBe('type,id,fingerprint');
    });
  });

  describe('search', () => {
    const id = () => randomUUID();
    const [first, second] = [id(), id()];

    beforeEach(() => {
      server.primaryKey = 'key';
      server.searchResponse = {
        hits: [
          {
            type: 'CASE',
            id: first,
            _formatted: {
              type: 'CASE',
              id: first,
              title: '<mark>Samarbete</mark> med &lt;b&gt;',
              summary: 'Ingen träff här…',
              body: '…ett <mark>samarbete</mark> i Kina…',
              answers: '',
            },
          },
          {
            type: 'QUESTION',
            id: second,
            _formatted: { title: 'Fråga <img src=x>', summary: 'Kort', body: '', answers: '' },
          },
        ],
        query: 'samarbete',
        processingTimeMs: 1,
        hitsPerPage: 2,
        page: 1,
        totalPages: 3,
        totalHits: 5,
        facetDistribution: {
          type: { CASE: 3, QUESTION: 2 },
          topicIds: { t1: 1, t2: 4 },
          countryCodes: { SE: 2, CN: 2, NO: 0 },
          year: { '2024': 5 },
          sharingLevel: { GREEN: 5 },
        },
      };
    });

    it.each<[string, Viewer | null]>([
      ['a visitor', null],
      ['a member', member],
      ['an expert', { ...member, roles: [Role.MEMBER, Role.EXPERT] }],
    ])('always sends the access filter, for %s', async (_, viewer) => {
      await sut.search(request(), viewer);
      await sut.search(request({ filter: { types: ['CASE'], years: [2024] } }), viewer);
      const bodies = server.requests
        .filter((r) => r.path === `/indexes/${INDEX}/search`)
        .map((r) => r.body as { filter: string });
      expect(bodies).toHaveLength(2);
      for (const body of bodies)
        expect(body.filter.startsWith(`(${accessFilter(viewer)})`)).toBe(true);
      expect(bodies[1]?.filter).toBe(
        `(${accessFilter(viewer)}) AND (type IN ["CASE"] AND year IN [2024])`,
      );
    });

    it('asks for pages with exact totals, facets, highlights and crops, and no access keys', async () => {
      await sut.search(request({ sort: 'NEWEST' }), member);
      const body = server.requests.at(-1)?.body as Record<string, unknown>;
      expect(body).toMatchObject({
        q: 'samarbete',
        page: 1,
        hitsPerPage: 2,
        sort: ['publishedAtTimestamp:desc'],
        facets: ['type', 'topicIds', 'countryCodes', 'outcome', 'year', 'sharingLevel'],
        attributesToRetrieve: ['type', 'id'],
        attributesToHighlight: ['title', 'summary', 'body', 'answers'],
        highlightPreTag: '<mark>',
        highlightPostTag: '</mark>',
        attributesToCrop: ['summary', 'body', 'answers'],
      });
      expect(body).not.toHaveProperty('offset');
      const asked = JSON.stringify([body.attributesToRetrieve, body.facets]);
      for (const key of MEILI_ACCESS_KEYS.filter((k) => k !== 'sharingLevel')) {
        expect(asked).not.toContain(key);
      }
      await sut.search(request(), member);
      expect(server.requests.at(-1)?.body).not.toHaveProperty('sort');
    });

    it('maps hits, highlights, snippets, totals and facets', async () => {
      const result = await sut.search(request(), member);
      expect(result.hits.map(({ cursor: _, ...hit }) => hit)).toEqual([
        {
          type: 'CASE',
          id: first,
          titleHighlight: '<mark>Samarbete</mark> med &lt;b&gt;',
          snippet: '…ett <mark>samarbete</mark> i Kina…',
        },
        {
          type: 'QUESTION',
          id: second,
          titleHighlight: 'Fråga &lt;img src=x&gt;',
          snippet: 'Kort',
        },
      ]);
      expect(result.totalCount).toBe(5);
      expect(result.hasNextPage).toBe(true);
      expect(result.didYouMean).toBeNull();
      expect(result.facets).toEqual({
        type: [
          { value: 'CASE', count: 3 },
          { value: 'QUESTION', count: 2 },
        ],
        topic: [
          { value: 't2', count: 4 },
          { value: 't1', count: 1 },
        ],
        country: [
          { value: 'CN', count: 2 },
          { value: 'SE', count: 2 },
        ],
        outcome: [],
        year: [{ value: '2024', count: 5 }],
        sharingLevel: [{ value: 'GREEN', count: 5 }],
      });
    });

    it('pages with opaque cursors', async () => {
      const page1 = await sut.search(request(), member);
      expect(page1.hits.map((h) => decodeOffset(h.cursor))).toEqual([1, 2]);

      await sut.search(request({ after: page1.hits[1]!.cursor }), member);
      expect(server.requests.at(-1)?.body).toMatchObject({ page: 2, hitsPerPage: 2 });

      // A cursor from the middle of a page: a covering page, cut to the wanted hits.
      const fromMiddle = await sut.search(request({ after: page1.hits[0]!.cursor }), member);
      expect(server.requests.at(-1)?.body).toMatchObject({ page: 1, hitsPerPage: 3 });
      expect(fromMiddle.hits.map((h) => [h.id, decodeOffset(h.cursor)])).toEqual([[second, 2]]);
    });

    it('has a next page while hits remain', async () => {
      server.searchResponse = { ...server.searchResponse, totalHits: 4, totalPages: 2 };
      const page1 = await sut.search(request(), member);
      expect(page1.hasNextPage).toBe(true);
      const page2 = await sut.search(request({ after: page1.hits[1]!.cursor }), member);
      expect([page2.totalCount, page2.hasNextPage]).toEqual([4, false]);
    });

    it('stops paging where Meilisearch stops counting (maxTotalHits)', async () => {
      // Meilisearch answers totalHits = min(matches, maxTotalHits).
      const max = MEILI_MAX_TOTAL_HITS;
      server.searchResponse = { ...server.searchResponse, totalHits: max, totalPages: max / 2 };
      const result = await sut.search(request({ after: encodeOffset(max - 2) }), member);
      expect(server.requests.at(-1)?.body).toMatchObject({ page: max / 2, hitsPerPage: 2 });
      expect([result.totalCount, result.hasNextPage]).toEqual([max, false]);
    });
  });
});
