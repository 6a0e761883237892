// SPDX-License-Identifier: EUPL-1.2
import { DataSource } from 'typeorm';
import { Role } from 'src/graph/auth/role.enum';
import { OrganisationsService } from 'src/modules/organisations/organisations.service';
import { SearchCheck } from 'src/modules/search/search-check';
import { SearchIndexer } from 'src/modules/search/search-indexer';
import { TopicKind } from 'src/modules/taxonomy/topic-kind.enum';
import { TopicsService } from 'src/modules/taxonomy/topics.service';
import { publishedCase } from 'test/factories/case.factory';
import { signedInMember, type SignedInMember } from 'test/factories/member.factory';
import {
  answerQuestion,
  approve,
  askQuestion,
  organisationId,
} from 'test/factories/question.factory';
import {
  expectedFacets,
  flatFacets,
  hitIds,
  search,
  type FacetSource,
  type SearchOptions,
  type SearchResultsResult,
} from 'test/helpers/search-client';
import { startTestApp, type GraphQLResponse, type TestApp } from 'test/helpers/test-app';

/**
 * Search must not leak (DOMAIN §2, §3, §10), asked through GraphQL on the PostgreSQL engine:
 * every viewer gets exactly the hits the access policy allows, and totalCount, every facet
 * count and "did you mean" agree with those hits; anonymous authors are never named; a
 * tightened level or a moderator's HIDE applies before the indexer runs; `search:check` sees
 * a document left behind. The expected readers are the table below, written by hand from the
 * DOMAIN text. The app runs without workers, so nothing is indexed unless a test says so.
 *
 * Viewers (columns):
 * - visitor:      no token
 * - author:       wrote every item, anonymously, at KTH
 * - colleague:    another member of KTH
 * - otherOrg:     a member of Uppsala universitet, named nowhere
 * - amberOrg:     a member of Lunds universitet, the recipient organisation of the AMBER items
 * - redRecipient: the recipient member of the RED items (at Chalmers)
 * - moderator:    a moderator at UHR: reads CLEAR/GREEN, not what it is not named in
 * - ispExpert:    an EXPERT of ISP, the authority the directed questions are asked of
 * - ispMember:    a plain member of ISP
 */
const VIEWERS = [
  'visitor',
  'author',
  'colleague',
  'otherOrg',
  'amberOrg',
  'redRecipient',
  'moderator',
  'ispExpert',
  'ispMember',
] as const;
type ViewerName = (typeof VIEWERS)[number];
type MemberName = Exclude<ViewerName, 'visitor'>;

/** `Q/AMBER/ISP` and `Q/RED/ISP` are directed to ISP; the other AMBER/RED items name recipients. */
const READERS = readersTable(`
  item               visitor author colleague otherOrg amberOrg redRecipient moderator ispExpert ispMember
  CASE/CLEAR         yes     yes    yes       yes      yes      yes          yes       yes       yes
  CASE/GREEN         -       yes    yes       yes      yes      yes          yes       yes       yes
  CASE/AMBER         -       yes    yes       -        yes      -            -         -         -
  CASE/AMBER_STRICT  -       yes    yes       -        -        -            -         -         -
  CASE/RED           -       yes    -         -        -        yes          -         -         -
  Q/GREEN            -       yes    yes       yes      yes      yes          yes       yes       yes
  Q/AMBER            -       yes    yes       -        yes      -            -         -         -
  Q/AMBER/ISP        -       yes    yes       -        -        -            -         yes       yes
  Q/AMBER_STRICT     -       yes    yes       -        -        -            -         -         -
  Q/RED              -       yes    -         -        -        yes          -         -         -
  Q/RED/ISP          -       yes    -         -        -        -            -         yes       -
`);

/** The word every matrix item shares, and words only the RED case has. */
const WORD = 'kryptolith';
const RED_ONLY_WORD = 'zirconbeacon';
const RED_ONLY_TYPO = 'zirconbeakon';
const ISP = 'inspektionen-for-strategiska-produkter';
const AUTHOR_NAME = 'Ingrid Testförfattare';
const THIS_YEAR = new Date().getUTCFullYear();

const CASE_VERSION = `query($id: ID!) { case(id: $id) { version } }`;
const UPDATE_CASE = `mutation($input: UpdateCaseInput!) {
  updateCase(input: $input) { id sharingLevel status }
}`;
const WITHDRAW = `mutation($input: WithdrawCaseInput!) { withdrawCase(input: $input) { id status } }`;
const MODERATE = `mutation($input: ModerateInput!) { moderate(input: $input) { contentId } }`;

describe('Search leaks: hits, counts, facets and authors per viewer (e2e, PostgreSQL)', () => {
  let t: TestApp;
  const members = {} as Record<MemberName, SignedInMember>;
  const ids = new Map<string, string>();
  const facetSources = new Map<string, FacetSource>();
  /** Strings that would name the anonymous author: their id, name and organisation. */
  let authorTraces: string[] = [];

  const token = (viewer: ViewerName) =>
    viewer === 'visitor' ? undefined : members[viewer].accessToken;
  const idOf = (label: string) => {
    const id = ids.get(label);
    if (!id) throw new Error(`No item ${label}`);
    return id;
  };
  const find = (viewer: ViewerName, query: string, options: SearchOptions = {}) =>
    search(t, query, { first: 100, ...options }, token(viewer));
  const must = async <T>(response: Promise<GraphQLResponse<T>>, what: string): Promise<T> => {
    const result = await response;
    if (result.errors) throw new Error(`${what} failed: ${JSON.stringify(result.errors)}`);
    return result.data!;
  };
  const expectNothing = (result: SearchResultsResult) => {
    expect(hitIds(result)).toEqual([]);
    expect(result.totalCount).toBe(0);
    expect(flatFacets(result.facets)).toEqual({});
  };
  const caseVersion = async (id: string) =>
    (await must(t.gql(CASE_VERSION, { id }, members.author.accessToken), 'case')).case
      .version as number;
  const moderate = (contentType: 'CASE' | 'QUESTION', contentId: string, action: string) =>
    must(
      t.gql(
        MODERATE,
        { input: { contentType, contentId, action, reason: 'Checked by the moderators' } },
        members.moderator.accessToken,
      ),
      `moderate ${action}`,
    );

  beforeAll(async () => {
    t = await startTestApp({ worker: false });
    const uhr = 'universitets-och-hogskoleradet';
    const who: Record<MemberName, { organisationSlug: string; roles?: Role[] }> = {
      author: { organisationSlug: 'kth' },
      colleague: { organisationSlug: 'kth' },
      otherOrg: { organisationSlug: 'uppsala-universitet' },
      amberOrg: { organisationSlug: 'lunds-universitet' },
      redRecipient: { organisationSlug: 'chalmers' },
      moderator: { organisationSlug: uhr, roles: [Role.MODERATOR] },
      ispExpert: { organisationSlug: ISP, roles: [Role.EXPERT] },
      ispMember: { organisationSlug: ISP },
    };
    for (const [name, options] of Object.entries(who))
      members[name as MemberName] = await signedInMember(t, {
        ...options,
        ...(name === 'author' ? { displayName: AUTHOR_NAME } : {}),
      });
    const { author, moderator } = members;
    const kth = await t.app.get(OrganisationsService).findBySlug('kth');
    authorTraces = [
      author.id,
      author.organisationId,
      author.email,
      AUTHOR_NAME,
      kth!.nameSv,
      kth!.nameEn,
      ...kth!.shortNames,
    ];
    const isp = await organisationId(t, ISP);
    const lund = members.amberOrg.organisationId;
    const topics = t.app.get(TopicsService);
    const risk = await topics.list(TopicKind.RISK_AREA);
    const collaboration = await topics.list(TopicKind.COLLABORATION_TYPE);
    const technology = await topics.list(TopicKind.TECHNOLOGY_AREA);
    const kindOf = (id: string) =>
      [...risk, ...collaboration, ...technology].find((topic) => topic.id === id)!.kind as string;

    const audience = (level: string, directed: boolean) => ({
      sharingLevel: level,
      attribution: 'ANONYMOUS',
      ...(level === 'AMBER' && !directed ? { recipientOrganisationIds: [lund] } : {}),
      ...(level === 'RED' && !directed ? { recipientMemberIds: [members.redRecipient.id] } : {}),
      ...(directed ? { directedToIds: [isp] } : {}),
    });

    // Cases: everything the same but the level, except the RED case, which alone has a
    // country, year, outcome, topics and a word, so a facet or suggestion would betray it.
    for (const level of ['CLEAR', 'GREEN', 'AMBER', 'AMBER_STRICT', 'RED']) {
      const red = level === 'RED';
      const item = {
        topicIds: red
          ? [risk[5]!.id, collaboration[5]!.id, technology[3]!.id]
          : [risk[0]!.id, collaboration[0]!.id],
        countryCodes: red ? ['KP'] : ['SE'],
        outcome: red ? 'TERMINATED' : 'PROCEEDED',
        year: red ? 2011 : 2020,
      };
      const row = await publishedCase(t, author, moderator, {
        ...audience(level, false),
        title: `Lessons from the ${WORD} partnership, ${level.toLowerCase().replace('_', ' ')}`,
        summary: red
          ? `The ${RED_ONLY_WORD} component was never shipped to the partner.`
          : 'A partner asked for access to our laboratory and its data.',
        riskAreaIds: item.topicIds.filter((id) => kindOf(id) === 'RISK_AREA'),
        collaborationTypeIds: item.topicIds.filter((id) => kindOf(id) === 'COLLABORATION_TYPE'),
        technologyAreaIds: item.topicIds.filter((id) => kindOf(id) === 'TECHNOLOGY_AREA'),
        countryCodes: item.countryCodes,
        outcome: item.outcome,
        year: item.year,
      });
      expect(row.status).toBe('PUBLISHED');
      ids.set(`CASE/${level}`, row.id);
      facetSources.set(`CASE/${level}`, {
        type: 'CASE',
        topics: item.topicIds.map((id) => ({ id, kind: kindOf(id) })),
        countryCodes: item.countryCodes,
        outcome: item.outcome,
        year: item.year,
        sharingLevel: level,
      });
    }

    // Questions, each with a published answer that repeats the word.
    const questions: [string, string, boolean, string[], string[]][] = [
      ['Q/GREEN', 'GREEN', false, ['SE'], [risk[0]!.id]],
      ['Q/AMBER', 'AMBER', false, ['SE'], [risk[0]!.id]],
      ['Q/AMBER/ISP', 'AMBER', true, ['SE'], [risk[0]!.id]],
      ['Q/AMBER_STRICT', 'AMBER_STRICT', false, ['SE'], [risk[0]!.id]],
      ['Q/RED', 'RED', false, ['IR'], [risk[6]!.id]],
      ['Q/RED/ISP', 'RED', true, ['BY'], [risk[7]!.id, technology[4]!.id]],
    ];
    const answerers: Record<string, MemberName> = {
      'Q/GREEN': 'otherOrg',
      'Q/AMBER': 'amberOrg',
      'Q/AMBER/ISP': 'ispExpert',
      'Q/AMBER_STRICT': 'colleague',
      'Q/RED': 'redRecipient',
      'Q/RED/ISP': 'ispExpert',
    };
    for (const [label, level, directed, countryCodes, topicIds] of questions) {
      const row = await askQuestion(t, author, {
        ...audience(level, directed),
        title: `Who has checked a ${WORD} supplier before (${level.toLowerCase()}${directed ? ', directed' : ''})?`,
        body: 'We are about to sign with a new supplier and want to know what to check.',
        countryCodes,
        topicIds,
      });
      if (row.status === 'PENDING_REVIEW') await approve(t, moderator, 'QUESTION', row.id);
      ids.set(label, row.id);
      const answer = await answerQuestion(t, members[answerers[label]!], row.id, {
        body: `We asked the ${WORD} supplier for its ownership and export records first.`,
        attribution: 'ANONYMOUS',
      });
      if (answer.status === 'PENDING_REVIEW') await approve(t, moderator, 'ANSWER', answer.id);
      facetSources.set(label, {
        type: 'QUESTION',
        topics: topicIds.map((id) => ({ id, kind: kindOf(id) })),
        countryCodes,
        outcome: null,
        year: THIS_YEAR,
        sharingLevel: level,
      });
    }

    // Items the later tests change; each has a word of its own.
    const green = { sharingLevel: 'GREEN', attribution: 'NAMED' };
    for (const [label, title, level] of [
      ['tighten', 'Lanternfish sensors lent to a partner', 'GREEN'],
      ['hide/case', 'Moonquake records shared with a partner', 'CLEAR'],
      ['withdraw', 'Tamarisk seeds sent to a partner abroad', 'GREEN'],
      ['check/withdraw', 'Basaltglass samples sent to a partner abroad', 'GREEN'],
      ['check/tighten', 'Ferrofluid pumps lent to a partner abroad', 'GREEN'],
    ] as const) {
      const row = await publishedCase(t, author, moderator, {
        ...green,
        sharingLevel: level,
        title,
      });
      ids.set(label, row.id);
    }
    const hidden = await askQuestion(t, author, {
      ...green,
      title: 'Has anyone shared moonquake data with a partner abroad?',
    });
    await approve(t, moderator, 'QUESTION', hidden.id);
    ids.set('hide/question', hidden.id);

    await t.app.get(SearchIndexer).reindexAll();
    // Items through the whole workflow, then the first Swedish index loads the dictionary per
    // connection: more than the default 30 s on a busy machine.
  }, 180_000);

  afterAll(async () => {
    await t?.close();
  });

  describe.each(VIEWERS)('%s', (viewer) => {
    const readable = () => [...READERS].filter(([, readers]) => readers.has(viewer));

    it('gets exactly the hits the access policy allows, and totalCount and facets agree', async () => {
      const result = await find(viewer, WORD);
      const expected = readable().map(([label]) => label);
      expect(new Set(hitIds(result))).toEqual(new Set(expected.map(idOf)));
      expect(result.edges).toHaveLength(expected.length);
      expect(result.totalCount).toBe(expected.length);
      expect(flatFacets(result.facets)).toEqual(
        expectedFacets(expected.map((label) => facetSources.get(label)!)),
      );
    });

    it('pages through the same hits with a small page size', async () => {
      const seen: string[] = [];
      let after: string | null = null;
      do {
        const page = await find(viewer, WORD, { first: 3, after });
        expect(page.totalCount).toBe(readable().length);
        seen.push(...hitIds(page));
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after);
      expect(seen.sort()).toEqual(
        readable()
          .map(([label]) => idOf(label))
          .sort(),
      );
    });

    it('filters on values only unreadable items carry find nothing and count nothing', async () => {
      const readsRedCase = READERS.get('CASE/RED')!.has(viewer);
      const readsRedQuestions =
        READERS.get('Q/RED')!.has(viewer) || READERS.get('Q/RED/ISP')!.has(viewer);
      const redCaseFilters = [
        { countryCodes: ['KP'] },
        { years: [2011] },
        { outcomes: ['TERMINATED'] },
        { topicIds: [facetSources.get('CASE/RED')!.topics[0]!.id] },
      ];
      for (const filter of redCaseFilters) {
        const result = await find(viewer, WORD, { filter });
        if (readsRedCase) expect(hitIds(result)).toEqual([idOf('CASE/RED')]);
        else expectNothing(result);
      }
      const red = await find(viewer, WORD, { filter: { sharingLevels: ['RED'] } });
      const redReadable = readable().filter(([label]) => label.includes('RED'));
      expect(red.totalCount).toBe(redReadable.length);
      if (!readsRedCase && !readsRedQuestions) expectNothing(red);
    });

    it('gets no suggestion built from a word only an unreadable item has', async () => {
      const misspelt = await find(viewer, RED_ONLY_TYPO);
      const exact = await find(viewer, RED_ONLY_WORD);
      if (READERS.get('CASE/RED')!.has(viewer)) {
        expect(hitIds(misspelt)).toEqual([idOf('CASE/RED')]);
        expect(misspelt.didYouMean).toBe(RED_ONLY_WORD);
        expect(hitIds(exact)).toEqual([idOf('CASE/RED')]);
      } else {
        expectNothing(misspelt);
        expect(misspelt.didYouMean).toBeNull();
        expectNothing(exact);
        expect(exact.didYouMean).toBeNull();
      }
    });

    if (viewer !== 'author') {
      it('never learns who wrote the anonymous items', async () => {
        const result = await find(viewer, WORD);
        for (const { node } of result.edges) {
          expect(node.item.authorName).toBeNull();
          expect(node.item.organisation).toBeNull();
        }
        // Cursors are opaque base64 and could spell anything: leave them out.
        const { edges, facets, totalCount, didYouMean } = result;
        const shown = JSON.stringify({
          totalCount,
          didYouMean,
          facets,
          edges: edges.map((edge) => edge.node),
        });
        for (const trace of authorTraces) expect(shown).not.toContain(trace);
      });
    }
  });

  describe('changes that narrow the audience apply before the indexer runs', () => {
    it('updateCase GREEN → AMBER_STRICT', async () => {
      const id = idOf('tighten');
      expect(hitIds(await find('otherOrg', 'lanternfish'))).toEqual([id]);
      const data = await must(
        t.gql(
          UPDATE_CASE,
          { input: { id, expectedVersion: await caseVersion(id), sharingLevel: 'AMBER_STRICT' } },
          members.author.accessToken,
        ),
        'updateCase',
      );
      expect(data.updateCase).toMatchObject({ sharingLevel: 'AMBER_STRICT', status: 'PUBLISHED' });
      for (const viewer of ['visitor', 'otherOrg', 'amberOrg', 'moderator', 'ispExpert'] as const)
        expectNothing(await find(viewer, 'lanternfish'));
      expect(hitIds(await find('colleague', 'lanternfish'))).toEqual([id]);
    });

    it.each([
      ['CASE', 'hide/case'],
      ['QUESTION', 'hide/question'],
    ] as const)('a moderator HIDEs a %s', async (contentType, label) => {
      const id = idOf(label);
      expect(hitIds(await find('otherOrg', 'moonquake'))).toContain(id);
      await moderate(contentType, id, 'HIDE');
      for (const viewer of ['visitor', 'colleague', 'otherOrg', 'amberOrg', 'ispMember'] as const)
        expect(hitIds(await find(viewer, 'moonquake'))).not.toContain(id);
    });

    it('after both HIDEs, no reader finds anything by their word', async () => {
      for (const viewer of ['visitor', 'colleague', 'otherOrg', 'ispExpert'] as const)
        expectNothing(await find(viewer, 'moonquake'));
    });

    it('withdrawCase: gone for the audience at once, and for everyone after indexing', async () => {
      const id = idOf('withdraw');
      expect(hitIds(await find('otherOrg', 'tamarisk'))).toEqual([id]);
      await must(t.gql(WITHDRAW, { input: { id } }, members.author.accessToken), 'withdrawCase');
      for (const viewer of ['visitor', 'colleague', 'otherOrg', 'amberOrg'] as const)
        expectNothing(await find(viewer, 'tamarisk'));
      await t.app.get(SearchIndexer).index(`CASE:${id}`);
      for (const viewer of ['author', 'moderator', 'colleague', 'otherOrg'] as const)
        expectNothing(await find(viewer, 'tamarisk'));
      // Its words stay in the vocabulary, but suggest nothing any more.
      const misspelt = await find('otherOrg', 'tamarisc');
      expectNothing(misspelt);
      expect(misspelt.didYouMean).toBeNull();
      const rows: unknown[] = await t.app
        .get(DataSource)
        .query(`SELECT key FROM search_document WHERE content_id = $1`, [id]);
      expect(rows).toEqual([]);
    });
  });

  describe('search:check', () => {
    it('reports no differences after indexing', async () => {
      await t.app.get(SearchIndexer).reindexAll();
      const report = await t.app.get(SearchCheck).run();
      expect(report).toEqual({
        // The matrix, tighten, check/withdraw and check/tighten; not the withdrawn or hidden ones.
        checked: READERS.size + 3,
        missing: [],
        extra: [],
        stale: [],
      });
    });

    it('reports a document left behind as extra, and a narrowed one as stale', async () => {
      const withdrawn = idOf('check/withdraw');
      const narrowed = idOf('check/tighten');
      await must(
        t.gql(WITHDRAW, { input: { id: withdrawn } }, members.author.accessToken),
        'withdrawCase',
      );
      await must(
        t.gql(
          UPDATE_CASE,
          {
            input: {
              id: narrowed,
              expectedVersion: await caseVersion(narrowed),
              sharingLevel: 'AMBER_STRICT',
            },
          },
          members.author.accessToken,
        ),
        'updateCase',
      );
      const report = await t.app.get(SearchCheck).run();
      expect(report.extra).toEqual([`CASE:${withdrawn}`]);
      expect(report.stale).toEqual([`CASE:${narrowed}`]);
      expect(report.missing).toEqual([]);

      const indexer = t.app.get(SearchIndexer);
      await indexer.index(`CASE:${withdrawn}`);
      await indexer.index(`CASE:${narrowed}`);
      expect(await t.app.get(SearchCheck).run()).toMatchObject({
        missing: [],
        extra: [],
        stale: [],
      });
    });
  });
});

function readersTable(text: string): Map<string, Set<ViewerName>> {
  const [header, ...rows] = text
    .trim()
    .split('\n')
    .map((line) => line.trim().split(/\s+/));
  if (header!.slice(1).join(' ') !== VIEWERS.join(' '))
    throw new Error(`Table columns must be ${VIEWERS.join(' ')}`);
  return new Map(
    rows.map(([label, ...cells]) => {
      if (cells.length !== VIEWERS.length || cells.some((c) => c !== 'yes' && c !== '-'))
        throw new Error(`Malformed table row ${label}`);
      return [label!, new Set(VIEWERS.filter((_, i) => cells[i] === 'yes'))];
    }),
  );
}
