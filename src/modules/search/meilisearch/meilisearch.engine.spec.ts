// SPDX-License-Identifier: EUPL-1.2
import { randomUUID } from 'node:crypto';
import { Meilisearch, MeilisearchRequestError } from 'meilisearch';
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
import { MeilisearchStandIn } from 'test/integration/meilisearch/meilisearch-stand-in';

// The real `meilisearch` client against the strict stand-in on loopback (no Meilisearch can be
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
  let server: MeilisearchStandIn;
  let sut: MeilisearchEngine;

  beforeEach(async () => {
    server = new MeilisearchStandIn(INDEX);
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

    it.each([
      ['an unknown setting', { ...MEILI_SETTINGS, stopWordz: [] }, 'bad_request'],
      [
        'an unknown nested key',
        { typoTolerance: { enable: true } },
        'invalid_settings_typo_tolerance',
      ],
      [
        'an unknown ranking rule',
        { rankingRules: ['words', 'attributeRank'] },
        'invalid_settings_ranking_rules',
      ],
      [
        'an unknown locale',
        { localizedAttributes: [{ attributePatterns: ['*'], locales: ['xx'] }] },
        'invalid_settings_localized_attributes',
      ],
    ])('the stand-in refuses %s as Meilisearch 1.14 does', async (_, settings, code) => {
      server.primaryKey = 'key';
      const client = new Meilisearch({ host: server.host });
      await expect(client.index(INDEX).updateSettings(settings as never)).rejects.toMatchObject({
        cause: { code },
      });
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
    beforeEach(async () => {
      server.primaryKey = 'key';
      await sut.prepare();
      server.requests.length = 0;
    });

    it('upserts Meilisearch-shaped documents and returns once the task succeeded', async () => {
      const document = doc({ title: 'a <b> title' });
      await sut.upsert([document]);
      const sent = server.requests.find((r) => r.path.endsWith('/documents'));
      expect(sent?.query.get('primaryKey')).toBe('key');
      expect(sent?.body).toEqual([
        expect.objectContaining({ key: `CASE-${document.id}`, title: 'a <b> title' }),
      ]);
      expect(server.taskPolls(2)).toBe(2);
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
    const green = doc({
      title: 'Samarbete med <b>partner</b> & mer',
      body: 'Ett samarbete i Kina.',
    });
    const question = doc({
      type: 'QUESTION',
      key: '',
      title: 'Fråga om exportkontroll',
      summary: 'Kort',
      year: 2025,
      countryCodes: ['SE'],
    });
    question.key = `QUESTION:${question.id}`;
    const red = doc({ title: 'Samarbete i hemlighet', sharingLevel: SharingLevel.RED });

    beforeEach(async () => {
      await sut.prepare();
      await sut.upsert([green, question, red]);
    });

    it.each<[string, Viewer | null]>([
      ['a visitor', null],
      ['a member', member],
      ['an expert', { ...member, roles: [Role.MEMBER, Role.EXPERT] }],
    ])(
      'always sends the access filter, which the stand-in evaluates, for %s',
      async (_, viewer) => {
        const all = await sut.search(request(), viewer);
        await sut.search(request({ filter: { types: ['CASE'], years: [2024] } }), viewer);
        const bodies = server.searches();
        expect(bodies).toHaveLength(2);
        for (const body of bodies)
          expect(String(body.filter).startsWith(`(${accessFilter(viewer)})`)).toBe(true);
        expect(bodies[1]?.filter).toBe(
          `(${accessFilter(viewer)}) AND (type IN ["CASE"] AND year IN [2024])`,
        );
        // The RED case is nobody's here; GREEN needs a member.
        expect(all.hits.map((h) => h.id)).toEqual(viewer ? [green.id] : []);
      },
    );

    it('asks for pages with exact totals, facets, highlights, crops and every word', async () => {
      await sut.search(request({ sort: 'NEWEST' }), member);
      const body = server.searches().at(-1)!;
      expect(body).toMatchObject({
        q: 'samarbete',
        page: 1,
        hitsPerPage: 2,
        sort: ['publishedAtTimestamp:desc'],
        matchingStrategy: 'all',
        locales: ['swe', 'eng'],
        facets: ['type', 'topicIds', 'countryCodes', 'outcome', 'year', 'sharingLevel'],
        attributesToRetrieve: ['type', 'id'],
        attributesToHighlight: ['title', 'summary', 'body', 'answers'],
        attributesToCrop: ['summary', 'body', 'answers'],
      });
      expect(body).not.toHaveProperty('offset');
      const asked = JSON.stringify([body.attributesToRetrieve, body.facets]);
      for (const key of MEILI_ACCESS_KEYS.filter((k) => k !== 'sharingLevel')) {
        expect(asked).not.toContain(key);
      }
      await sut.search(request(), member);
      expect(server.searches().at(-1)).not.toHaveProperty('sort');
    });

    it('indexes raw text and escapes highlights as the PostgreSQL engine does', async () => {
      expect(server.documents.get(`CASE-${green.id}`)?.title).toBe(green.title);
      const [hit] = (await sut.search(request({ query: 'partner' }), member)).hits;
      expect(hit?.titleHighlight).toBe(
        'Samarbete med &lt;b&gt;<mark>partner</mark>&lt;/b&gt; &amp; mer',
      );
      // Entities are not words: "amp", "lt" and "gt" find nothing.
      for (const query of ['amp', 'lt', 'gt']) {
        expect((await sut.search(request({ query }), member)).totalCount).toBe(0);
      }
      const [snippet] = (await sut.search(request({ query: 'kina' }), member)).hits;
      expect(snippet?.snippet).toBe('Ett samarbete i <mark>Kina</mark>.');
    });

    it('makes a query with a lone surrogate well-formed (the server refuses it otherwise)', async () => {
      const result = await sut.search(request({ query: 'samarbete \uD83D' }), member);
      expect(result.hits.map((h) => h.id)).toEqual([green.id]);
      expect(server.searches().at(-1)?.q).toBe('samarbete \uFFFD');
      // What the stand-in does with the raw query, as Meilisearch does: 400 malformed_payload.
      const client = new Meilisearch({ host: hostOf(server) });
      await expect(client.index(INDEX).search('a \uD83D')).rejects.toThrow(/malformed/);
    });

    it('needs every word, as PostgreSQL does, not only the first', async () => {
      const both = await sut.search(request({ query: 'samarbete kina', first: 10 }), member);
      expect(both.hits.map((h) => h.id)).toEqual([green.id]);
      const none = await sut.search(request({ query: 'samarbete exportkontroll' }), member);
      expect([none.totalCount, none.facets.type]).toEqual([0, []]);
      const phrase = await sut.search(request({ query: '"samarbete i kina"' }), member);
      expect(phrase.totalCount).toBe(1);
      const excluded = await sut.search(request({ query: 'samarbete -kina' }), member);
      expect(excluded.totalCount).toBe(0);
    });

    it('refuses OR between words and more than ten words as BAD_USER_INPUT, never drops them', async () => {
      for (const query of [
        'samarbete OR exportkontroll',
        'export kontroll forskning samarbete partner land risk avtal beslut uppföljning sanktion',
      ]) {
        await expect(sut.search(request({ query }), member)).rejects.toMatchObject({
          extensions: { code: 'BAD_USER_INPUT' },
        });
      }
      expect(server.searches()).toEqual([]);
      const ten = await sut.search(request({ query: 'a b c d e f g h i samarbete' }), member);
      expect(ten.totalCount).toBe(0);
    });

    it('answers a query of operators alone with nothing, without asking', async () => {
      const result = await sut.search(request({ query: '- "" !!! OR' }), member);
      expect(result.totalCount).toBe(0);
      expect(server.searches()).toEqual([]);
    });

    it('maps totals and facets of what the viewer may read', async () => {
      const result = await sut.search(request({ query: 'samarbete' }), member);
      expect(result.totalCount).toBe(1);
      expect(result.facets).toMatchObject({
        type: [{ value: 'CASE', count: 1 }],
        country: [{ value: 'CN', count: 1 }],
        sharingLevel: [{ value: 'GREEN', count: 1 }],
      });
    });

    it('pages with opaque cursors', async () => {
      const many = Array.from({ length: 5 }, () => doc({ title: 'Marmot' }));
      await sut.upsert(many);
      const page1 = await sut.search(request({ query: 'marmot' }), member);
      expect(page1.hits.map((h) => decodeOffset(h.cursor))).toEqual([1, 2]);
      expect([page1.totalCount, page1.hasNextPage]).toEqual([5, true]);
      await sut.search(request({ query: 'marmot', after: page1.hits[1]!.cursor }), member);
      expect(server.searches().at(-1)).toMatchObject({ page: 2, hitsPerPage: 2 });
      const fromMiddle = await sut.search(
        request({ query: 'marmot', after: page1.hits[0]!.cursor }),
        member,
      );
      expect(server.searches().at(-1)).toMatchObject({ page: 1, hitsPerPage: 3 });
      expect(fromMiddle.hits.map((h) => decodeOffset(h.cursor))).toEqual([2, 3]);
      const last = await sut.search(request({ query: 'marmot', after: encodeOffset(4) }), member);
      expect([last.hits.length, last.hasNextPage]).toEqual([1, false]);
      expect(MEILI_MAX_TOTAL_HITS).toBe(MEILI_SETTINGS.pagination.maxTotalHits);
    });
  });

  describe('an index that is not prepared', () => {
    it('refuses to search with SEARCH_UNAVAILABLE, and asks nothing', async () => {
      server.down = true;
      await expect(sut.prepare()).rejects.toThrow();
      await expect(sut.search(request(), member)).rejects.toMatchObject({
        extensions: { code: 'SEARCH_UNAVAILABLE' },
      });
      expect(server.searches()).toEqual([]);
    });

    it('prepares before a write instead of letting the write create a bare index', async () => {
      await sut.upsert([doc()]);
      expect(server.calls().slice(0, 4)).toEqual([
        `GET /indexes/${INDEX}`,
        'POST /indexes',
        `GET /indexes/${INDEX}/settings`,
        `PATCH /indexes/${INDEX}/settings`,
      ]);
      expect(server.settings.filterableAttributes).toEqual(MEILI_SETTINGS.filterableAttributes);
    });

    it('fails a write while the server is down, so the job is retried', async () => {
      server.down = true;
      await expect(sut.upsert([doc()])).rejects.toThrow();
      server.down = false;
      await sut.upsert([doc()]);
      expect(sut.prepared).toBe(true);
    });
  });

  it('gives up on a request that hangs after the configured timeout', async () => {
    server.primaryKey = 'key';
    server.hangOn = /\/settings$/;
    const quick = new MeilisearchEngine({ host: hostOf(server), indexUid: INDEX, timeoutMs: 200 });
    const started = Date.now();
    const failure: unknown = await quick.prepare().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(MeilisearchRequestError);
    expect(String((failure as MeilisearchRequestError).cause)).toMatch(/timed? ?out/i);
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});

function hostOf(server: MeilisearchStandIn): string {
  return server.host;
}
