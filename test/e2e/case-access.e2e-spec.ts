// SPDX-License-Identifier: EUPL-1.2
import { randomUUID } from 'node:crypto';
import { Role } from 'src/graph/auth/role.enum';
import { createCase, publishedCase, type CaseResult } from 'test/factories/case.factory';
import { signedInMember, type SignedInMember } from 'test/factories/member.factory';
import { startTestApp, type GraphQLResponse, type TestApp } from 'test/helpers/test-app';

/**
 * Who reads which case, through the real GraphQL endpoint: `case(id)`, the `cases` list and its
 * `totalCount` must all follow DOMAIN §2 (and the workflow stages of §6). The expected results are
 * the tables below, written by hand from the DOMAIN text; every cell is its own test.
 *
 * Viewers (columns):
 * - visitor:   no token
 * - author:    wrote every case, at KTH
 * - colleague: another member of KTH
 * - amberOrg:  a member of Lunds universitet, the recipient organisation of the AMBER cases
 * - redMember: the recipient member of the RED case (at UHR)
 * - otherOrg:  a member of another organisation (Säkerhetspolisen)
 * - moderator: a moderator at UHR (not KTH)
 * - admin:     an admin at UHR (not KTH); admins read like members
 */
const VIEWERS = [
  'visitor',
  'author',
  'colleague',
  'amberOrg',
  'redMember',
  'otherOrg',
  'moderator',
  'admin',
] as const;
type ViewerName = (typeof VIEWERS)[number];

/** DOMAIN §2 for live (published, visible) cases. Moderators read CLEAR/GREEN only. */
const LIVE = readersTable(`
  level          visitor author colleague amberOrg redMember otherOrg moderator admin
  CLEAR          yes     yes    yes       yes      yes       yes      yes       yes
  GREEN          -       yes    yes       yes      yes       yes      yes       yes
  AMBER          -       yes    yes       yes      -         -        -         -
  AMBER_STRICT   -       yes    yes       -        -         -        -         -
  RED            -       yes    -         -        yes       -        -         -
`);

/**
 * Cases that are not live: a draft is the author's alone; anything submitted, hidden or taken
 * down is read by the author and, for community levels (CLEAR/GREEN), by moderators — never by
 * its former audience.
 */
const NOT_LIVE = readersTable(`
  case              visitor author colleague amberOrg redMember otherOrg moderator admin
  DRAFT/CLEAR       -       yes    -         -        -         -        -         -
  SUBMITTED/CLEAR   -       yes    -         -        -         -        yes       -
  SUBMITTED/GREEN   -       yes    -         -        -         -        yes       -
  HIDDEN/GREEN      -       yes    -         -        -         -        yes       -
  HIDDEN/AMBER      -       yes    -         -        -         -        -         -
  WITHDRAWN/CLEAR   -       yes    -         -        -         -        yes       -
  WITHDRAWN/AMBER   -       yes    -         -        -         -        -         -
`);

/** Years no other case in this file uses, so a `years` filter isolates each group. */
const LIVE_YEAR = 2019;
const NOT_LIVE_YEAR = 2018;
const ALL_STATUSES = [
  'DRAFT',
  'SUBMITTED',
  'PUBLISHED',
  'CHANGES_REQUESTED',
  'REJECTED',
  'WITHDRAWN',
  'ARCHIVED',
];

const CASE = `query($id: ID!) { case(id: $id) { id sharingLevel status } }`;
const CASES = `query($filter: CaseFilterInput) {
  cases(filter: $filter, first: 100) { totalCount edges { node { id status } } }
}`;
const SUBMIT = `mutation($input: SubmitCaseInput!) { submitCase(input: $input) { id status } }`;
const WITHDRAW = `mutation($input: WithdrawCaseInput!) { withdrawCase(input: $input) { id status } }`;
const FLAG = `mutation($input: FlagContentInput!) { flagContent(input: $input) { contentHidden } }`;

interface CaseList {
  totalCount: number;
  ids: string[];
}

describe('Case access matrix: case(id), cases and totalCount per viewer (e2e)', () => {
  let t: TestApp;
  const members = {} as Record<Exclude<ViewerName, 'visitor'>, SignedInMember>;
  /** Case ids by row label of LIVE and NOT_LIVE. */
  const ids = new Map<string, string>();
  const liveLists = new Map<ViewerName, CaseList>();
  const notLiveLists = new Map<ViewerName, CaseList>();

  const token = (viewer: ViewerName) =>
    viewer === 'visitor' ? undefined : members[viewer].accessToken;
  const idOf = (label: string) => {
    const id = ids.get(label);
    if (!id) throw new Error(`No case ${label}`);
    return id;
  };
  const getCase = (viewer: ViewerName, id: string) =>
    t.gql<{ case: { id: string; sharingLevel: string; status: string } }>(
      CASE,
      { id },
      token(viewer),
    );
  const listCases = async (viewer: ViewerName, filter: Record<string, unknown>) => {
    const result = await t.gql<{
      cases: { totalCount: number; edges: { node: { id: string; status: string } }[] };
    }>(CASES, { filter }, token(viewer));
    if (!result.data) throw new Error(`cases failed: ${JSON.stringify(result.errors)}`);
    return {
      totalCount: result.data.cases.totalCount,
      ids: result.data.cases.edges.map((e) => e.node.id),
      statuses: result.data.cases.edges.map((e) => e.node.status),
    };
  };
  const must = async <T>(response: Promise<GraphQLResponse<T>>, what: string): Promise<T> => {
    const result = await response;
    if (result.errors) throw new Error(`${what} failed: ${JSON.stringify(result.errors)}`);
    return result.data!;
  };

  beforeAll(async () => {
    t = await startTestApp({ worker: false });
    members.author = await signedInMember(t, { organisationSlug: 'kth' });
    members.colleague = await signedInMember(t, { organisationSlug: 'kth' });
    members.amberOrg = await signedInMember(t, { organisationSlug: 'lunds-universitet' });
    members.redMember = await signedInMember(t, {
      organisationSlug: 'universitets-och-hogskoleradet',
    });
    members.otherOrg = await signedInMember(t, { organisationSlug: 'sakerhetspolisen' });
    members.moderator = await signedInMember(t, {
      organisationSlug: 'universitets-och-hogskoleradet',
      roles: [Role.MODERATOR],
    });
    members.admin = await signedInMember(t, {
      organisationSlug: 'universitets-och-hogskoleradet',
      roles: [Role.ADMIN],
    });
    const { author, moderator } = members;
    const audience = (level: string) => ({
      sharingLevel: level,
      ...(level === 'AMBER' ? { recipientOrganisationIds: [members.amberOrg.organisationId] } : {}),
      ...(level === 'RED' ? { recipientMemberIds: [members.redMember.id] } : {}),
    });
    const published = async (level: string, year: number, title: string): Promise<CaseResult> => {
      const row = await publishedCase(t, author, moderator, { ...audience(level), year, title });
      expect(row.status).toBe('PUBLISHED');
      return row;
    };

    // The five live cases of the matrix.
    for (const level of LIVE.keys()) {
      ids.set(level, (await published(level, LIVE_YEAR, `Access matrix, live ${level}`)).id);
    }

    // The stages before and after "live".
    const draft = await createCase(t, author, {
      ...audience('CLEAR'),
      year: NOT_LIVE_YEAR,
      title: 'Access matrix, a CLEAR draft',
    });
    ids.set('DRAFT/CLEAR', draft.id);
    for (const level of ['CLEAR', 'GREEN']) {
      const created = await createCase(t, author, {
        ...audience(level),
        year: NOT_LIVE_YEAR,
        title: `Access matrix, submitted ${level}`,
      });
      const data = await must(
        t.gql(SUBMIT, { input: { id: created.id } }, author.accessToken),
        'submitCase',
      );
      expect(data.submitCase.status).toBe('SUBMITTED');
      ids.set(`SUBMITTED/${level}`, created.id);
    }
    // Hidden by one PERSONAL_DATA flag from a reader in the audience.
    for (const [level, flagger] of [
      ['GREEN', members.otherOrg],
      ['AMBER', members.amberOrg],
    ] as const) {
      const row = await published(level, NOT_LIVE_YEAR, `Access matrix, hidden ${level}`);
      const data = await must(
        t.gql(
          FLAG,
          { input: { contentType: 'CASE', contentId: row.id, reason: 'PERSONAL_DATA' } },
          flagger.accessToken,
        ),
        'flagContent',
      );
      expect(data.flagContent.contentHidden).toBe(true);
      ids.set(`HIDDEN/${level}`, row.id);
    }
    for (const level of ['CLEAR', 'AMBER']) {
      const row = await published(level, NOT_LIVE_YEAR, `Access matrix, withdrawn ${level}`);
      const data = await must(
        t.gql(WITHDRAW, { input: { id: row.id } }, author.accessToken),
        'withdrawCase',
      );
      expect(data.withdrawCase.status).toBe('WITHDRAWN');
      ids.set(`WITHDRAWN/${level}`, row.id);
    }

    for (const viewer of VIEWERS) {
      liveLists.set(viewer, await listCases(viewer, { years: [LIVE_YEAR] }));
      notLiveLists.set(
        viewer,
        await listCases(viewer, { years: [NOT_LIVE_YEAR], statuses: ALL_STATUSES }),
      );
    }
  });

  afterAll(() => t?.close());

  describe.each([
    { group: 'live cases', table: LIVE, lists: liveLists, filter: `years: [${LIVE_YEAR}]` },
    {
      group: 'cases that are not live',
      table: NOT_LIVE,
      lists: notLiveLists,
      filter: `years: [${NOT_LIVE_YEAR}], statuses: all`,
    },
  ])('$group', ({ table, lists, filter }) => {
    const cells = [...table.entries()].flatMap(([label, readers]) =>
      VIEWERS.map((viewer) => ({ label, viewer, reads: readers.has(viewer) })),
    );

    test.each(cells.map((c) => ({ ...c, outcome: c.reads ? 'reads it' : 'null' })))(
      'case(id): $label × $viewer → $outcome',
      async ({ label, viewer, reads }) => {
        const result = await getCase(viewer, idOf(label));
        if (reads) {
          expect(result.errors).toBeUndefined();
          expect(result.data?.case.id).toBe(idOf(label));
        } else {
          expect(result.errors).toBeUndefined();
          expect(result.data).toEqual({ case: null });
        }
      },
    );

    test.each(cells.map((c) => ({ ...c, outcome: c.reads ? 'listed' : 'not listed' })))(
      `cases(${filter}): $label × $viewer → $outcome`,
      ({ label, viewer, reads }) => {
        expect(lists.get(viewer)!.ids.includes(idOf(label))).toBe(reads);
      },
    );

    test.each(
      VIEWERS.map((viewer) => ({
        viewer,
        count: [...table.values()].filter((readers) => readers.has(viewer)).length,
      })),
    )(`cases(${filter}).totalCount for $viewer is $count`, ({ viewer, count }) => {
      const list = lists.get(viewer)!;
      expect(list.totalCount).toBe(count);
      expect(list.ids).toHaveLength(count);
    });
  });

  describe('the statuses filter', () => {
    const NOT_LIVE_LABELS = [...NOT_LIVE.keys()];

    test.each([
      // Default: PUBLISHED only. Hidden cases are still PUBLISHED, so their readers see them.
      { viewer: 'author', statuses: null, expected: ['HIDDEN/GREEN', 'HIDDEN/AMBER'] },
      { viewer: 'moderator', statuses: null, expected: ['HIDDEN/GREEN'] },
      { viewer: 'colleague', statuses: null, expected: [] },
      { viewer: 'amberOrg', statuses: null, expected: [] },
      { viewer: 'visitor', statuses: null, expected: [] },
      { viewer: 'author', statuses: ['DRAFT'], expected: ['DRAFT/CLEAR'] },
      { viewer: 'moderator', statuses: ['DRAFT'], expected: [] },
      { viewer: 'colleague', statuses: ['DRAFT'], expected: [] },
      { viewer: 'visitor', statuses: ['DRAFT'], expected: [] },
      {
        viewer: 'author',
        statuses: ['SUBMITTED'],
        expected: ['SUBMITTED/CLEAR', 'SUBMITTED/GREEN'],
      },
      {
        viewer: 'moderator',
        statuses: ['SUBMITTED'],
        expected: ['SUBMITTED/CLEAR', 'SUBMITTED/GREEN'],
      },
      { viewer: 'admin', statuses: ['SUBMITTED'], expected: [] },
      { viewer: 'colleague', statuses: ['SUBMITTED'], expected: [] },
      { viewer: 'visitor', statuses: ['SUBMITTED'], expected: [] },
      {
        viewer: 'author',
        statuses: ['WITHDRAWN'],
        expected: ['WITHDRAWN/CLEAR', 'WITHDRAWN/AMBER'],
      },
      { viewer: 'moderator', statuses: ['WITHDRAWN'], expected: ['WITHDRAWN/CLEAR'] },
      { viewer: 'colleague', statuses: ['WITHDRAWN'], expected: [] },
      { viewer: 'amberOrg', statuses: ['WITHDRAWN'], expected: [] },
      { viewer: 'visitor', statuses: ['WITHDRAWN'], expected: [] },
    ] as { viewer: ViewerName; statuses: string[] | null; expected: string[] }[])(
      `cases(years: [${NOT_LIVE_YEAR}], statuses: $statuses) for $viewer → $expected`,
      async ({ viewer, statuses, expected }) => {
        const list = await listCases(viewer, {
          years: [NOT_LIVE_YEAR],
          ...(statuses ? { statuses } : {}),
        });
        const labels = list.ids.map(
          (id) => NOT_LIVE_LABELS.find((label) => ids.get(label) === id) ?? id,
        );
        expect(labels.sort()).toEqual([...expected].sort());
        expect(list.totalCount).toBe(expected.length);
        if (!statuses) expect(list.statuses.filter((s) => s !== 'PUBLISHED')).toEqual([]);
      },
    );

    it('lists only PUBLISHED cases by default, even the author’s own', async () => {
      const mine = await listCases('author', { mine: true });
      expect(new Set(mine.statuses)).toEqual(new Set(['PUBLISHED']));
      expect(mine.ids.sort()).toEqual(
        [...LIVE.keys(), 'HIDDEN/GREEN', 'HIDDEN/AMBER'].map(idOf).sort(),
      );
    });
  });

  describe('null never tells an unknown id from an unreadable case', () => {
    const shape = (result: GraphQLResponse) => ({
      status: result.status,
      data: result.data ?? null,
      errors: result.errors?.map((e) => ({ message: e.message, code: e.extensions?.code })),
    });

    it('answers an unknown UUID, a malformed id and unreadable cases alike', async () => {
      const unknown = shape(await getCase('otherOrg', randomUUID()));
      // Null, not an error: a client's other fields in the same request still arrive.
      expect(unknown.errors).toBeUndefined();
      expect(unknown.data).toEqual({ case: null });

      const others = {
        'malformed id': await getCase('otherOrg', 'not-a-uuid'),
        'numeric id': await getCase('otherOrg', '42'),
        'unknown UUID as a visitor': await getCase('visitor', randomUUID()),
        'AMBER_STRICT case for another organisation': await getCase(
          'otherOrg',
          idOf('AMBER_STRICT'),
        ),
        'RED case for a visitor': await getCase('visitor', idOf('RED')),
        'AMBER case for a moderator': await getCase('moderator', idOf('AMBER')),
        'draft for a colleague': await getCase('colleague', idOf('DRAFT/CLEAR')),
        'submitted case for an admin': await getCase('admin', idOf('SUBMITTED/GREEN')),
        'hidden case for the flagger': await getCase('otherOrg', idOf('HIDDEN/GREEN')),
      };
      for (const [what, result] of Object.entries(others)) {
        expect({ what, ...shape(result) }).toEqual({ what, ...unknown });
      }
    });
  });
});

/**
 * Parses a table whose first column labels a case and whose other columns are VIEWERS, each cell
 * `yes` (reads it) or `-` (does not), into the set of readers per case.
 */
function readersTable(text: string): Map<string, Set<ViewerName>> {
  const [header, ...rows] = text
    .trim()
    .split('\n')
    .map((line) => line.trim().split(/\s+/));
  const columns = header!.slice(1);
  if (columns.join(' ') !== VIEWERS.join(' '))
    throw new Error(`Table columns must be ${VIEWERS.join(' ')}`);
  return new Map(
    rows.map(([label, ...cells]) => {
      if (cells.length !== VIEWERS.length || cells.some((c) => c !== 'yes' && c !== '-'))
        throw new Error(`Malformed table row ${label}`);
      return [label!, new Set(VIEWERS.filter((_, i) => cells[i] === 'yes'))];
    }),
  );
}
