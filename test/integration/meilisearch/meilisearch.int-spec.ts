// SPDX-License-Identifier: EUPL-1.2
import { randomUUID } from 'node:crypto';
import { Meilisearch } from 'meilisearch';
import { Role } from 'src/graph/auth/role.enum';
import type { Viewer } from 'src/graph/auth/viewer';
import { AccessPolicy } from 'src/modules/access-policy/access-policy';
import { SharingLevel } from 'src/modules/access-policy/sharing-level.enum';
import {
  documentFingerprint,
  type SearchDocument,
  type SearchRequest,
  type SearchResult,
} from 'src/modules/search/engine/search-engine';
import { MeilisearchEngine } from 'src/modules/search/meilisearch/meilisearch.engine';

// The engine's contract against a real Meilisearch (MEILI_URL, MEILI_API_KEY with admin
// rights). Each run uses its own index and deletes it afterwards.

const MEILI_URL = process.env.MEILI_URL;
const MEILI_API_KEY = process.env.MEILI_API_KEY;
if (!MEILI_URL) console.log('Meilisearch integration tests skipped: MEILI_URL is not set');
const describeWithMeilisearch = MEILI_URL ? describe : describe.skip;

const ORG_A = randomUUID();
const ORG_B = randomUUID();
const ORG_DIRECTED = randomUUID();
const ORG_OTHER = randomUUID();
const RED_RECIPIENT = randomUUID();
const T_EXPORT = randomUUID();

const viewer = (
  organisationId: string,
  roles = [Role.MEMBER],
  memberId = randomUUID(),
): Viewer => ({
  memberId,
  organisationId,
  roles,
  sessionId: randomUUID(),
  locale: 'SV',
});

const VIEWERS = {
  visitor: null,
  orgAMember: viewer(ORG_A),
  orgBMember: viewer(ORG_B),
  redRecipient: viewer(ORG_OTHER, [Role.MEMBER], RED_RECIPIENT),
  directedExpert: viewer(ORG_DIRECTED, [Role.MEMBER, Role.EXPERT]),
  directedMember: viewer(ORG_DIRECTED),
  otherMember: viewer(ORG_OTHER),
  moderator: viewer(ORG_OTHER, [Role.MEMBER, Role.MODERATOR]),
} satisfies Record<string, Viewer | null>;

function doc(
  fields: Partial<SearchDocument> & Pick<SearchDocument, 'title' | 'publishedAt'>,
): SearchDocument {
  const id = randomUUID();
  const type = fields.type ?? 'CASE';
  return {
    key: `${type}:${id}`,
    type,
    id,
    language: 'SV',
    summary: '',
    body: '',
    answers: '',
    topicIds: [],
    countryCodes: [],
    outcome: null,
    year: 2024,
    sharingLevel: SharingLevel.GREEN,
    authorId: randomUUID(),
    authorOrganisationId: ORG_A,
    recipientOrganisationIds: [],
    recipientMemberIds: [],
    directedToIds: [],
    ...fields,
  };
}

const DOCS = {
  greenCase: doc({
    title: 'Forskningssamarbete med ett kinesiskt universitet',
    body: 'Exportkontroll av teknik med dubbla användningsområden stoppade projektet.',
    topicIds: [T_EXPORT],
    countryCodes: ['CN'],
    outcome: 'DECLINED',
    year: 2023,
    publishedAt: '2024-01-10T09:00:00.000Z',
  }),
  clearQuestion: doc({
    type: 'QUESTION',
    language: 'EN',
    title: 'Export control for dual-use research',
    body: 'How do we screen partners in China before signing?',
    answers: 'Ask ISP early; licences take time.',
    topicIds: [T_EXPORT],
    countryCodes: ['CN'],
    sharingLevel: SharingLevel.CLEAR,
    publishedAt: '2024-06-01T09:00:00.000Z',
  }),
  amberCase: doc({
    title: 'Säkerhetsprövning av gästforskare',
    body: 'Gästforskare från Iran och frågor om exportkontroll.',
    countryCodes: ['IR'],
    sharingLevel: SharingLevel.AMBER,
    recipientOrganisationIds: [ORG_B],
    publishedAt: '2024-03-01T09:00:00.000Z',
  }),
  strictCase: doc({
    title: 'Intern logg om exportkontroll',
    sharingLevel: SharingLevel.AMBER_STRICT,
    publishedAt: '2024-04-01T09:00:00.000Z',
  }),
  redQuestion: doc({
    type: 'QUESTION',
    title: 'Exportkontroll av kvantteknik',
    sharingLevel: SharingLevel.RED,
    recipientMemberIds: [RED_RECIPIENT],
    directedToIds: [ORG_DIRECTED],
    publishedAt: '2024-05-01T09:00:00.000Z',
  }),
  markupCase: doc({
    language: 'EN',
    title: 'Export control <script>alert(1)</script> workshop',
    summary: 'Notes from a workshop where a < b',
    publishedAt: '2024-02-01T09:00:00.000Z',
  }),
};
type DocName = keyof typeof DOCS;
const ALL = Object.values(DOCS);

const policy = new AccessPolicy();
const readable = (v: Viewer | null, names: DocName[]) =>
  names.filter((name) =>
    policy.canRead(v, {
      ...DOCS[name],
      directedToOrganisationIds: DOCS[name].directedToIds,
      stage: 'LIVE',
    }),
  );

describeWithMeilisearch('MeilisearchEngine against a real server', () => {
  const indexUid = `samrad-test-${process.pid}-${randomUUID().slice(0, 8)}`;
  // Built in beforeAll: a skipped describe still runs its body, without a server to talk to.
  let client: Meilisearch | undefined;
  let sut: MeilisearchEngine;
  const nameOf = new Map(Object.entries(DOCS).map(([name, d]) => [d.id, name]));

  const search = (v: Viewer | null, query: string, extra: Partial<SearchRequest> = {}) =>
    sut.search({ query, filter: {}, sort: 'RELEVANCE', first: 20, ...extra }, v);
  const names = (result: SearchResult) => result.hits.map((h) => nameOf.get(h.id)).sort();

  beforeAll(async () => {
    const host = MEILI_URL!;
    client = new Meilisearch({ host, apiKey: MEILI_API_KEY });
    sut = new MeilisearchEngine({ host, apiKey: MEILI_API_KEY, indexUid });
    await sut.prepare();
    await sut.prepare();
    await sut.upsert(ALL);
  });

  afterAll(async () => {
    await client?.deleteIndex(indexUid).waitTask();
  });

  it('applies the settings once, however often it is prepared', async () => {
    const tasks = await client!.tasks.getTasks({
      indexUids: [indexUid],
      types: ['settingsUpdate'],
    });
    expect(tasks.results).toHaveLength(1);
  });

  it('finds Swedish text for exactly the viewers who may read it', async () => {
    for (const v of Object.values(VIEWERS)) {
      const expected = readable(v, ['greenCase', 'amberCase', 'strictCase', 'redQuestion']);
      const result = await search(v, 'exportkontroll');
      expect(names(result)).toEqual(expected.sort());
      expect(result.totalCount).toBe(expected.length);
    }
  });

  it('finds English text, also in answers', async () => {
    expect(names(await search(null, 'licences'))).toEqual(['clearQuestion']);
    expect(names(await search(VIEWERS.otherMember, 'dual-use research'))).toContain(
      'clearQuestion',
    );
  });

  it('forgives a typo', async () => {
    expect(names(await search(VIEWERS.otherMember, 'forskningssamarbote'))).toEqual(['greenCase']);
  });

  it('highlights and crops with escaped text', async () => {
    const [hit] = (await search(VIEWERS.otherMember, 'workshop')).hits;
    expect(hit?.titleHighlight).toContain('&lt;script&gt;');
    expect(hit?.titleHighlight).toContain('<mark>workshop</mark>');
    expect(hit?.titleHighlight).not.toContain('<script>');
    expect(hit?.snippet).toContain('<mark>workshop</mark>');
    const [green] = (await search(VIEWERS.otherMember, 'dubbla')).hits;
    expect(green?.snippet).toContain('<mark>dubbla</mark>');
  });

  it('filters and counts facets over what the viewer may read only', async () => {
    const onlyQuestions = await search(VIEWERS.otherMember, 'export', {
      filter: { types: ['QUESTION'] },
    });
    expect(names(onlyQuestions)).toEqual(['clearQuestion']);
    const iran = await search(VIEWERS.otherMember, 'exportkontroll', {
      filter: { countryCodes: ['IR'] },
    });
    expect(iran.totalCount).toBe(0);

    const asOrgB = await search(VIEWERS.orgBMember, 'export');
    expect(asOrgB.facets.sharingLevel.map((f) => f.value).sort()).toEqual([
      'AMBER',
      'CLEAR',
      'GREEN',
    ]);
    expect(asOrgB.facets.country).toEqual(
      expect.arrayContaining([
        { value: 'CN', count: 2 },
        { value: 'IR', count: 1 },
      ]),
    );
    expect(asOrgB.facets.topic).toEqual([{ value: T_EXPORT, count: 2 }]);
    const asOther = await search(VIEWERS.otherMember, 'export');
    expect(asOther.facets.country).toEqual([{ value: 'CN', count: 2 }]);
    expect(asOther.facets.sharingLevel.map((f) => f.value)).not.toContain('AMBER_STRICT');
  });

  it('pages through every hit once, newest first', async () => {
    const v = VIEWERS.orgAMember;
    const all = await search(v, 'export', { sort: 'NEWEST' });
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page += 1) {
      const result: SearchResult = await search(v, 'export', { sort: 'NEWEST', first: 2, after });
      expect(result.totalCount).toBe(all.totalCount);
      seen.push(...result.hits.map((h) => h.id));
      if (!result.hasNextPage) break;
      after = result.hits.at(-1)!.cursor;
    }
    expect(seen).toEqual(all.hits.map((h) => h.id));
    const published = seen.map((id) => ALL.find((d) => d.id === id)!.publishedAt);
    expect(published).toEqual([...published].sort().reverse());
  });

  it('reports fingerprints, removes and clears', async () => {
    const fingerprints = await sut.fingerprints();
    expect(fingerprints).toEqual(new Map(ALL.map((d) => [d.key, documentFingerprint(d)])));
    await sut.remove([DOCS.greenCase.key]);
    expect((await sut.fingerprints()).has(DOCS.greenCase.key)).toBe(false);
    await sut.clear();
    expect((await sut.fingerprints()).size).toBe(0);
  });
});
