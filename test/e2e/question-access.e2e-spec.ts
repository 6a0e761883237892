// SPDX-License-Identifier: EUPL-1.2
import { randomUUID } from 'node:crypto';
import { Role } from 'src/graph/auth/role.enum';
import { signedInMember, type SignedInMember } from 'test/factories/member.factory';
import {
  answerQuestion,
  approve,
  askQuestion,
  organisationId,
  type QuestionResult,
} from 'test/factories/question.factory';
import { startTestApp, type GraphQLResponse, type TestApp } from 'test/helpers/test-app';

/**
 * Who reads which question and which of its answers, through the real GraphQL endpoint:
 * `question(id)` with its `answers`, the `questions` list and its `totalCount` must all follow
 * DOMAIN §2 (with §7: directed AMBER adds the organisation asked, directed RED adds its experts;
 * answers inherit their question's audience; pending answers are their author's and the
 * moderators'). The expected results are the tables below, written by hand from the DOMAIN text.
 *
 * Viewers (columns):
 * - visitor:      no token
 * - asker:        asked every question, at KTH
 * - colleague:    another member of KTH
 * - amberOrg:     a member of Lunds universitet, the recipient organisation of the AMBER questions
 * - redRecipient: the recipient member of the RED question (at Chalmers)
 * - ispExpert:    an EXPERT of ISP, the authority the directed questions are asked of
 * - ispMember:    a plain member of ISP
 * - sapoExpert:   an EXPERT of Säkerhetspolisen, another authority taking questions
 * - thirdOrg:     a plain member of Uppsala universitet: reads CLEAR and GREEN only
 * - moderator:    a moderator at UHR; reads CLEAR/GREEN, never AMBER/RED it is not named in
 * - admin:        an admin at UHR; reads like a member
 */
const VIEWERS = [
  'visitor',
  'asker',
  'colleague',
  'amberOrg',
  'redRecipient',
  'ispExpert',
  'ispMember',
  'sapoExpert',
  'thirdOrg',
  'moderator',
  'admin',
] as const;
type ViewerName = (typeof VIEWERS)[number];
type MemberName = Exclude<ViewerName, 'visitor'>;

/** Live questions (OPEN, not hidden). `/ISP`: directed to ISP, with no recipients named. */
const LIVE = readersTable(`
  question      visitor asker colleague amberOrg redRecipient ispExpert ispMember sapoExpert thirdOrg moderator admin
  CLEAR         yes     yes   yes       yes      yes          yes       yes       yes        yes      yes       yes
  GREEN         -       yes   yes       yes      yes          yes       yes       yes        yes      yes       yes
  AMBER         -       yes   yes       yes      -            -         -         -          -        -         -
  AMBER/ISP     -       yes   yes       -        -            yes       yes       -          -        -         -
  AMBER_STRICT  -       yes   yes       -        -            -         -         -          -        -         -
  RED           -       yes   -         -        yes          -         -         -          -        -         -
  RED/ISP       -       yes   -         -        -            yes       -         -          -        -         -
`);

/** Not live: waiting for a moderator, rejected, or hidden by a PERSONAL_DATA flag. */
const NOT_LIVE = readersTable(`
  question         visitor asker colleague amberOrg redRecipient ispExpert ispMember sapoExpert thirdOrg moderator admin
  PENDING/GREEN    -       yes   -         -        -            -         -         -          -        yes       -
  REJECTED/GREEN   -       yes   -         -        -            -         -         -          -        yes       -
  HIDDEN/GREEN     -       yes   -         -        -            -         -         -          -        yes       -
  HIDDEN/AMBER     -       yes   -         -        -            -         -         -          -        -         -
`);

/**
 * Which answer ids appear in `question(id) { answers }` (the answer is `<question>:<answer>`).
 * Published answers follow their question; the pending one on GREEN (by thirdOrg, a plain
 * member) is read by its author and moderators only — not by the asker. An answer's author
 * does not read it when the question itself is unreadable to them (HIDDEN/AMBER, by amberOrg).
 */
const ANSWERS = readersTable(`
  answer                   visitor asker colleague amberOrg redRecipient ispExpert ispMember sapoExpert thirdOrg moderator admin
  CLEAR:published          yes     yes   yes       yes      yes          yes       yes       yes        yes      yes       yes
  GREEN:published          -       yes   yes       yes      yes          yes       yes       yes        yes      yes       yes
  GREEN:pending            -       -     -         -        -            -         -         -          yes      yes       -
  AMBER:published          -       yes   yes       yes      -            -         -         -          -        -         -
  AMBER/ISP:published      -       yes   yes       -        -            yes       yes       -          -        -         -
  AMBER_STRICT:published   -       yes   yes       -        -            -         -         -          -        -         -
  RED:published            -       yes   -         -        yes          -         -         -          -        -         -
  RED/ISP:published        -       yes   -         -        -            yes       -         -          -        -         -
  HIDDEN/GREEN:published   -       yes   -         -        -            -         -         -          -        yes       -
  HIDDEN/AMBER:published   -       yes   -         -        -            -         -         -          -        -         -
`);

/** Country codes no other question in this file uses, so a filter isolates each group. */
const LIVE_COUNTRY = 'IS';
const NOT_LIVE_COUNTRY = 'NZ';
const ALL_STATUSES = ['PENDING_REVIEW', 'OPEN', 'ANSWERED', 'CLOSED', 'REJECTED'];
const ISP = 'inspektionen-for-strategiska-produkter';

// The default page (20) holds every answer of the matrix; a literal `first` would multiply the
// query's cost (GraphQL Armor) by itself for every question of the list.
const ANSWER_IDS = 'answers { totalCount edges { node { id } } }';
const QUESTION = `query($id: ID!) { question(id: $id) { id sharingLevel status ${ANSWER_IDS} } }`;
const QUESTIONS = `query($filter: QuestionFilterInput) {
  questions(filter: $filter, first: 100) {
    totalCount edges { node { id status ${ANSWER_IDS} } }
  }
}`;
const MODERATE = `mutation($input: ModerateInput!) { moderate(input: $input) { contentId } }`;
const FLAG = `mutation($input: FlagContentInput!) { flagContent(input: $input) { contentHidden } }`;

interface AnswerIds {
  totalCount: number;
  edges: { node: { id: string } }[];
}
/** The ids of a question's answers; totalCount counts exactly those the viewer may read. */
function answerIdsOf(answers: AnswerIds): string[] {
  expect(answers.totalCount).toBe(answers.edges.length);
  return answers.edges.map((e) => e.node.id);
}

interface Read {
  found: boolean;
  answerIds: string[];
}
interface QuestionList {
  totalCount: number;
  ids: string[];
  statuses: string[];
  answerIds: Map<string, string[]>;
}

describe('Question access matrix: question(id), its answers, questions and totalCount (e2e)', () => {
  let t: TestApp;
  const members = {} as Record<MemberName, SignedInMember>;
  /** Question ids by row label of LIVE and NOT_LIVE; answer ids by row label of ANSWERS. */
  const ids = new Map<string, string>();
  /** `question(id)` as each viewer saw it, by `<label> × <viewer>`. */
  const reads = new Map<string, Read>();
  const liveLists = new Map<ViewerName, QuestionList>();
  const notLiveLists = new Map<ViewerName, QuestionList>();

  const token = (viewer: ViewerName) =>
    viewer === 'visitor' ? undefined : members[viewer].accessToken;
  const idOf = (label: string) => {
    const id = ids.get(label);
    if (!id) throw new Error(`No question or answer ${label}`);
    return id;
  };
  const getQuestion = (viewer: ViewerName, id: string) =>
    t.gql<{ question: { id: string; answers: AnswerIds } }>(QUESTION, { id }, token(viewer));
  const listQuestions = async (
    viewer: ViewerName,
    filter: Record<string, unknown>,
  ): Promise<QuestionList> => {
    const result = await t.gql<{
      questions: {
        totalCount: number;
        edges: { node: { id: string; status: string; answers: AnswerIds } }[];
      };
    }>(QUESTIONS, { filter }, token(viewer));
    if (!result.data) throw new Error(`questions failed: ${JSON.stringify(result.errors)}`);
    const nodes = result.data.questions.edges.map((e) => e.node);
    return {
      totalCount: result.data.questions.totalCount,
      ids: nodes.map((n) => n.id),
      statuses: nodes.map((n) => n.status),
      answerIds: new Map(nodes.map((n) => [n.id, answerIdsOf(n.answers)])),
    };
  };
  const must = async <T>(response: Promise<GraphQLResponse<T>>, what: string): Promise<T> => {
    const result = await response;
    if (result.errors) throw new Error(`${what} failed: ${JSON.stringify(result.errors)}`);
    return result.data!;
  };

  beforeAll(async () => {
    t = await startTestApp({ worker: false });
    const roles = (slug: string, extra: Role[] = []) => ({ organisationSlug: slug, roles: extra });
    const uhr = 'universitets-och-hogskoleradet';
    const who: Record<MemberName, { organisationSlug: string; roles: Role[] }> = {
      asker: roles('kth'),
      colleague: roles('kth'),
      amberOrg: roles('lunds-universitet'),
      redRecipient: roles('chalmers'),
      ispExpert: roles(ISP, [Role.EXPERT]),
      ispMember: roles(ISP),
      sapoExpert: roles('sakerhetspolisen', [Role.EXPERT]),
      thirdOrg: roles('uppsala-universitet'),
      moderator: roles(uhr, [Role.MODERATOR]),
      admin: roles(uhr, [Role.ADMIN]),
    };
    for (const [name, options] of Object.entries(who))
      members[name as MemberName] = await signedInMember(t, options);
    const { asker, moderator } = members;
    const isp = await organisationId(t, ISP);

    const ask = async (label: string, country: string, overrides: Record<string, unknown>) => {
      const row = await askQuestion(t, asker, {
        // Not the label itself: a readable title without the "/ISP" suffix.
        title: `Access matrix question, ${label.replace('/ISP', ' directed').toLowerCase()}`,
        countryCodes: [country],
        attribution: 'ORGANISATION',
        ...overrides,
      });
      ids.set(label, row.id);
      return row;
    };
    const answer = async (label: string, author: MemberName, overrides = {}) => {
      const row: QuestionResult = await answerQuestion(t, members[author], idOf(label), overrides);
      return row;
    };
    const published = async (label: string, author: MemberName, overrides = {}) => {
      const row = await answer(label, author, overrides);
      if (row.status === 'PENDING_REVIEW') await approve(t, moderator, 'ANSWER', row.id);
      else expect(row.status).toBe('PUBLISHED');
      ids.set(`${label}:published`, row.id);
    };
    const approved = async (label: string, country: string, overrides = {}) => {
      const row = await ask(label, country, overrides);
      expect(row.status).toBe('PENDING_REVIEW');
      await approve(t, moderator, 'QUESTION', row.id);
    };
    const restricted = async (label: string, country: string, overrides = {}) => {
      const row = await ask(label, country, overrides);
      expect(row.status).toBe('OPEN');
    };

    // The seven live questions, each with one published answer by someone in its audience.
    await approved('CLEAR', LIVE_COUNTRY, { sharingLevel: 'CLEAR' });
    await published('CLEAR', 'sapoExpert', { official: true });
    await approved('GREEN', LIVE_COUNTRY, { sharingLevel: 'GREEN' });
    await published('GREEN', 'colleague'); // a plain member's answer: approved by the moderator
    const pending = await answer('GREEN', 'thirdOrg');
    expect(pending.status).toBe('PENDING_REVIEW');
    ids.set('GREEN:pending', pending.id);
    const lund = members.amberOrg.organisationId;
    await restricted('AMBER', LIVE_COUNTRY, {
      sharingLevel: 'AMBER',
      recipientOrganisationIds: [lund],
    });
    await published('AMBER', 'amberOrg');
    await restricted('AMBER/ISP', LIVE_COUNTRY, { sharingLevel: 'AMBER', directedToIds: [isp] });
    await published('AMBER/ISP', 'ispMember');
    await restricted('AMBER_STRICT', LIVE_COUNTRY, { sharingLevel: 'AMBER_STRICT' });
    await published('AMBER_STRICT', 'colleague');
    await restricted('RED', LIVE_COUNTRY, {
      sharingLevel: 'RED',
      recipientMemberIds: [members.redRecipient.id],
    });
    await published('RED', 'redRecipient');
    await restricted('RED/ISP', LIVE_COUNTRY, { sharingLevel: 'RED', directedToIds: [isp] });
    await published('RED/ISP', 'ispExpert', { official: true });

    // The stages that are not live.
    await ask('PENDING/GREEN', NOT_LIVE_COUNTRY, { sharingLevel: 'GREEN' });
    await ask('REJECTED/GREEN', NOT_LIVE_COUNTRY, { sharingLevel: 'GREEN' });
    await must(
      t.gql(
        MODERATE,
        {
          input: {
            contentType: 'QUESTION',
            contentId: idOf('REJECTED/GREEN'),
            action: 'REJECT',
            reason: 'Not a question for this forum',
          },
        },
        moderator.accessToken,
      ),
      'moderate REJECT',
    );
    await approved('HIDDEN/GREEN', NOT_LIVE_COUNTRY, { sharingLevel: 'GREEN' });
    await published('HIDDEN/GREEN', 'ispExpert');
    await restricted('HIDDEN/AMBER', NOT_LIVE_COUNTRY, {
      sharingLevel: 'AMBER',
      recipientOrganisationIds: [lund],
    });
    await published('HIDDEN/AMBER', 'amberOrg');
    // Hidden by one PERSONAL_DATA flag from a reader in the audience.
    for (const [label, flagger] of [
      ['HIDDEN/GREEN', members.thirdOrg],
      ['HIDDEN/AMBER', members.amberOrg],
    ] as const) {
      const data = await must(
        t.gql(
          FLAG,
          { input: { contentType: 'QUESTION', contentId: idOf(label), reason: 'PERSONAL_DATA' } },
          flagger.accessToken,
        ),
        'flagContent',
      );
      expect(data.flagContent.contentHidden).toBe(true);
    }

    for (const label of [...LIVE.keys(), ...NOT_LIVE.keys()]) {
      for (const viewer of VIEWERS) {
        const result = await getQuestion(viewer, idOf(label));
        if (result.data?.question) {
          expect(result.data.question.id).toBe(idOf(label));
          const answerIds = answerIdsOf(result.data.question.answers);
          reads.set(`${label} × ${viewer}`, { found: true, answerIds });
        } else {
          expect({ label, viewer, errors: result.errors }).toEqual({
            label,
            viewer,
            errors: undefined,
          });
          expect(result.data).toEqual({ question: null });
          reads.set(`${label} × ${viewer}`, { found: false, answerIds: [] });
        }
      }
    }
    for (const viewer of VIEWERS) {
      liveLists.set(viewer, await listQuestions(viewer, { countryCodes: [LIVE_COUNTRY] }));
      notLiveLists.set(
        viewer,
        await listQuestions(viewer, { countryCodes: [NOT_LIVE_COUNTRY], statuses: ALL_STATUSES }),
      );
    }
  }, 60_000);

  afterAll(() => t?.close());

  describe.each([
    { group: 'live questions', table: LIVE, lists: liveLists, filter: LIVE_COUNTRY },
    {
      group: 'questions that are not live',
      table: NOT_LIVE,
      lists: notLiveLists,
      filter: `${NOT_LIVE_COUNTRY}, statuses: all`,
    },
  ])('$group', ({ table, lists, filter }) => {
    const cells = [...table.entries()].flatMap(([label, readers]) =>
      VIEWERS.map((viewer) => ({ label, viewer, reads: readers.has(viewer) })),
    );

    test.each(cells.map((c) => ({ ...c, outcome: c.reads ? 'reads it' : 'null' })))(
      'question(id): $label × $viewer → $outcome',
      ({ label, viewer, reads: expected }) => {
        expect(reads.get(`${label} × ${viewer}`)!.found).toBe(expected);
      },
    );

    test.each(cells.map((c) => ({ ...c, outcome: c.reads ? 'listed' : 'not listed' })))(
      `questions(countryCodes: ${filter}): $label × $viewer → $outcome`,
      ({ label, viewer, reads: expected }) => {
        const list = lists.get(viewer)!;
        expect(list.ids.includes(idOf(label))).toBe(expected);
        // A listed question carries the same answers as question(id) does.
        if (expected)
          expect(list.answerIds.get(idOf(label))!.sort()).toEqual(
            reads.get(`${label} × ${viewer}`)!.answerIds.sort(),
          );
      },
    );

    test.each(
      VIEWERS.map((viewer) => ({
        viewer,
        count: [...table.values()].filter((readers) => readers.has(viewer)).length,
      })),
    )(
      `questions(countryCodes: ${filter}).totalCount for $viewer is $count`,
      ({ viewer, count }) => {
        const list = lists.get(viewer)!;
        expect(list.totalCount).toBe(count);
        expect(list.ids).toHaveLength(count);
      },
    );
  });

  describe('answers', () => {
    const questionLabels = [...LIVE.keys(), ...NOT_LIVE.keys()];
    const cells = [...ANSWERS.entries()].flatMap(([label, readers]) =>
      VIEWERS.map((viewer) => ({ label, viewer, reads: readers.has(viewer) })),
    );

    test.each(cells.map((c) => ({ ...c, outcome: c.reads ? 'listed' : 'absent' })))(
      'question(id).answers: $label × $viewer → $outcome',
      ({ label, viewer, reads: expected }) => {
        const question = label.slice(0, label.indexOf(':'));
        expect(reads.get(`${question} × ${viewer}`)!.answerIds.includes(idOf(label))).toBe(
          expected,
        );
      },
    );

    it('lists no answer but those of the table', () => {
      const known = new Set([...ANSWERS.keys()].map(idOf));
      for (const label of questionLabels)
        for (const viewer of VIEWERS)
          for (const id of reads.get(`${label} × ${viewer}`)!.answerIds)
            expect({ label, viewer, known: known.has(id) }).toEqual({ label, viewer, known: true });
    });
  });

  describe('the statuses filter', () => {
    const NOT_LIVE_LABELS = [...NOT_LIVE.keys()];

    test.each([
      // Default: OPEN, ANSWERED, CLOSED. Hidden questions are still OPEN; their readers see them.
      { viewer: 'asker', statuses: null, expected: ['HIDDEN/GREEN', 'HIDDEN/AMBER'] },
      { viewer: 'moderator', statuses: null, expected: ['HIDDEN/GREEN'] },
      { viewer: 'colleague', statuses: null, expected: [] },
      { viewer: 'amberOrg', statuses: null, expected: [] },
      { viewer: 'thirdOrg', statuses: null, expected: [] },
      { viewer: 'visitor', statuses: null, expected: [] },
      { viewer: 'asker', statuses: ['PENDING_REVIEW'], expected: ['PENDING/GREEN'] },
      { viewer: 'moderator', statuses: ['PENDING_REVIEW'], expected: ['PENDING/GREEN'] },
      { viewer: 'admin', statuses: ['PENDING_REVIEW'], expected: [] },
      { viewer: 'colleague', statuses: ['PENDING_REVIEW'], expected: [] },
      { viewer: 'visitor', statuses: ['PENDING_REVIEW'], expected: [] },
      { viewer: 'asker', statuses: ['REJECTED'], expected: ['REJECTED/GREEN'] },
      { viewer: 'moderator', statuses: ['REJECTED'], expected: ['REJECTED/GREEN'] },
      { viewer: 'admin', statuses: ['REJECTED'], expected: [] },
      { viewer: 'colleague', statuses: ['REJECTED'], expected: [] },
    ] as { viewer: ViewerName; statuses: string[] | null; expected: string[] }[])(
      `questions(countryCodes: ${NOT_LIVE_COUNTRY}, statuses: $statuses) for $viewer → $expected`,
      async ({ viewer, statuses, expected }) => {
        const list = await listQuestions(viewer, {
          countryCodes: [NOT_LIVE_COUNTRY],
          ...(statuses ? { statuses } : {}),
        });
        const labels = list.ids.map(
          (id) => NOT_LIVE_LABELS.find((label) => ids.get(label) === id) ?? id,
        );
        expect(labels.sort()).toEqual([...expected].sort());
        expect(list.totalCount).toBe(expected.length);
        if (!statuses) expect(list.statuses.filter((s) => s !== 'OPEN')).toEqual([]);
      },
    );
  });

  describe('null never tells an unknown id from an unreadable question', () => {
    const shape = (result: GraphQLResponse) => ({
      status: result.status,
      data: result.data ?? null,
      errors: result.errors?.map((e) => ({ message: e.message, code: e.extensions?.code })),
    });

    it('answers an unknown UUID, a malformed id and unreadable questions alike', async () => {
      const unknown = shape(await getQuestion('thirdOrg', randomUUID()));
      // Null, not an error: a client's other fields in the same request still arrive.
      expect(unknown.errors).toBeUndefined();
      expect(unknown.data).toEqual({ question: null });

      const others = {
        'malformed id': await getQuestion('thirdOrg', 'not-a-uuid'),
        'unknown UUID as a visitor': await getQuestion('visitor', randomUUID()),
        'an answer id': await getQuestion('thirdOrg', idOf('CLEAR:published')),
        'AMBER_STRICT for another organisation': await getQuestion(
          'thirdOrg',
          idOf('AMBER_STRICT'),
        ),
        'RED for a visitor': await getQuestion('visitor', idOf('RED')),
        'AMBER for a moderator': await getQuestion('moderator', idOf('AMBER')),
        'AMBER directed to ISP for a Säpo expert': await getQuestion(
          'sapoExpert',
          idOf('AMBER/ISP'),
        ),
        'RED directed to ISP for an ISP non-expert': await getQuestion(
          'ispMember',
          idOf('RED/ISP'),
        ),
        'pending question for a colleague': await getQuestion('colleague', idOf('PENDING/GREEN')),
        'rejected question for an admin': await getQuestion('admin', idOf('REJECTED/GREEN')),
        'hidden question for its flagger': await getQuestion('thirdOrg', idOf('HIDDEN/GREEN')),
        'hidden AMBER question for its answerer': await getQuestion(
          'amberOrg',
          idOf('HIDDEN/AMBER'),
        ),
      };
      for (const [what, result] of Object.entries(others)) {
        expect({ what, ...shape(result) }).toEqual({ what, ...unknown });
      }
    });
  });
});

/**
 * Parses a table whose first column labels a question (or answer) and whose other columns are
 * VIEWERS, each cell `yes` (reads it) or `-` (does not), into the set of readers per row.
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
