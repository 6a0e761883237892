// SPDX-License-Identifier: EUPL-1.2
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { TopicKind } from 'src/modules/taxonomy/topic-kind.enum';
import { TopicsService } from 'src/modules/taxonomy/topics.service';
import { caseInput, createCase, type CaseResult } from 'test/factories/case.factory';
import { signedInMember, type SignedInMember } from 'test/factories/member.factory';
import { errorCode, startTestApp, type GraphQLResponse, type TestApp } from 'test/helpers/test-app';

const CREATE = `mutation($input: CreateCaseInput!) { createCase(input: $input) { id } }`;
const UPDATE = `mutation($input: UpdateCaseInput!) { updateCase(input: $input) { id version } }`;

/** What the table below needs from the running app. */
interface Ids {
  ownOrganisationId: string;
  otherOrganisationId: string;
  otherMemberId: string;
  collaborationTypeId: string;
  riskAreaId: string;
}

interface BadInput {
  name: string;
  change: (ids: Ids) => Record<string, unknown>;
  /** Every field the error must name, and no other. */
  fields: string[];
  /** What the message must say, where the reason matters. */
  message?: RegExp;
}

const thisYear = Number(
  new Intl.DateTimeFormat('en', { year: 'numeric', timeZone: 'Europe/Stockholm' }).format(),
);
const script = 'The proposal arrived by post. <script>alert(1)</script>';

/** Bad values for every CreateCaseInput field; each is also tried as an edit of a draft. */
const BAD_INPUT: BadInput[] = [
  { name: 'a title that is too short', change: () => ({ title: 'Abc' }), fields: ['title'] },
  {
    name: 'a title that is too long',
    change: () => ({ title: 'T'.repeat(201) }),
    fields: ['title'],
  },
  { name: 'an empty title', change: () => ({ title: '' }), fields: ['title'] },
  {
    name: 'a summary that is too long',
    change: () => ({ summary: 'S'.repeat(1001) }),
    fields: ['summary'],
  },
  { name: 'an empty context', change: () => ({ context: '' }), fields: ['context'] },
  {
    name: 'a context over 20 000 characters',
    change: () => ({ context: 'c'.repeat(20_001) }),
    fields: ['context'],
  },
  ...(['context', 'whatHappened', 'assessment', 'mitigations', 'lessonsLearned'] as const).map(
    (field): BadInput => ({
      name: `a <script> tag in ${field}`,
      change: () => ({ [field]: script }),
      fields: [field],
      message: /must not contain HTML tags \(<script>\)/,
    }),
  ),
  {
    name: 'a javascript: link',
    change: () => ({ context: 'The terms are [linked here](javascript:alert(1)) for reference.' }),
    fields: ['context'],
    message: /http, https or mailto/,
  },
  {
    name: 'an image',
    change: () => ({ whatHappened: 'The contract: ![scan](https://example.org/contract.png)' }),
    fields: ['whatHappened'],
    message: /must not contain images/,
  },
  {
    name: 'an unknown topic id',
    change: () => ({ riskAreaIds: [randomUUID()] }),
    fields: ['riskAreaIds'],
  },
  {
    name: 'a collaboration type among the risk areas',
    change: (ids) => ({ riskAreaIds: [ids.collaborationTypeId] }),
    fields: ['riskAreaIds'],
  },
  {
    name: 'a risk area as the research field',
    change: (ids) => ({ researchFieldId: ids.riskAreaId }),
    fields: ['researchFieldId'],
  },
  { name: 'no risk areas', change: () => ({ riskAreaIds: [] }), fields: ['riskAreaIds'] },
  {
    name: 'no collaboration types',
    change: () => ({ collaborationTypeIds: [] }),
    fields: ['collaborationTypeIds'],
  },
  {
    name: 'a malformed UUID among the risk areas',
    change: (ids) => ({ riskAreaIds: [ids.riskAreaId, 'not-a-uuid'] }),
    fields: ['riskAreaIds'],
  },
  {
    name: 'the country code ZZ',
    change: () => ({ countryCodes: ['ZZ'] }),
    fields: ['countryCodes'],
  },
  {
    name: 'the user-assigned country code XK',
    change: () => ({ countryCodes: ['SE', 'XK'] }),
    fields: ['countryCodes'],
  },
  { name: 'the year 1989', change: () => ({ year: 1989 }), fields: ['year'] },
  {
    name: 'next year',
    change: () => ({ year: thisYear + 1 }),
    fields: ['year'],
    message: /later than/,
  },
  { name: 'the year 2101', change: () => ({ year: 2101 }), fields: ['year'] },
  { name: 'quarter 0', change: () => ({ quarter: 0 }), fields: ['quarter'] },
  { name: 'quarter 5', change: () => ({ quarter: 5 }), fields: ['quarter'] },
  {
    name: 'a reviewBy in the past',
    change: () => ({ reviewBy: '2020-01-01' }),
    fields: ['reviewBy'],
  },
  {
    name: 'AMBER without recipient organisations',
    change: () => ({ sharingLevel: 'AMBER' }),
    fields: ['recipientOrganisationIds'],
  },
  {
    name: "AMBER naming the author's own organisation",
    change: (ids) => ({
      sharingLevel: 'AMBER',
      recipientOrganisationIds: [ids.otherOrganisationId, ids.ownOrganisationId],
    }),
    fields: ['recipientOrganisationIds'],
  },
  {
    name: 'RED without recipient members',
    change: () => ({ sharingLevel: 'RED' }),
    fields: ['recipientMemberIds'],
  },
  {
    name: 'RED naming an unknown member',
    change: () => ({ sharingLevel: 'RED', recipientMemberIds: [randomUUID()] }),
    fields: ['recipientMemberIds'],
  },
  {
    name: 'recipient organisations on a GREEN case',
    change: (ids) => ({ recipientOrganisationIds: [ids.otherOrganisationId] }),
    fields: ['recipientOrganisationIds'],
  },
  {
    name: 'recipient members on a GREEN case',
    change: (ids) => ({ recipientMemberIds: [ids.otherMemberId] }),
    fields: ['recipientMemberIds'],
  },
];

/** Fields a case always has: an edit may leave them out but not clear them. */
const REQUIRED_ON_UPDATE = [
  'title',
  'summary',
  'context',
  'whatHappened',
  'outcome',
  'riskAreaIds',
  'collaborationTypeIds',
  'year',
  'language',
  'sharingLevel',
  'attribution',
];

interface FieldProblem {
  field: string;
  message: string;
}

describe('Bad case input answers BAD_USER_INPUT naming the fields and writes nothing (e2e)', () => {
  let t: TestApp;
  let db: DataSource;
  let author: SignedInMember;
  let ids: Ids;
  let draft: CaseResult;

  beforeAll(async () => {
    t = await startTestApp({ worker: false });
    db = t.app.get(DataSource);
    author = await signedInMember(t);
    const other = await signedInMember(t, { organisationSlug: 'lunds-universitet' });
    const topics = t.app.get(TopicsService);
    ids = {
      ownOrganisationId: author.organisationId,
      otherOrganisationId: other.organisationId,
      otherMemberId: other.id,
      collaborationTypeId: (await topics.list(TopicKind.COLLABORATION_TYPE))[0]!.id,
      riskAreaId: (await topics.list(TopicKind.RISK_AREA))[0]!.id,
    };
    draft = await createCase(t, author);
  });

  afterAll(() => t.close());

  const rows = async () => {
    const [row] = await db.query(
      `SELECT (SELECT count(*)::int FROM case_study) AS cases,
              (SELECT count(*)::int FROM case_revision) AS revisions,
              (SELECT count(*)::int FROM outbox) AS events,
              (SELECT version FROM case_study WHERE id = $1) AS "draftVersion",
              (SELECT updated_at FROM case_study WHERE id = $1) AS "draftUpdatedAt"`,
      [draft.id],
    );
    return row as Record<string, unknown>;
  };

  /** Sends the call; expects BAD_USER_INPUT and no row written or changed; returns the problems. */
  async function refused(call: () => Promise<GraphQLResponse>): Promise<FieldProblem[]> {
    const before = await rows();
    const result = await call();
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.data?.createCase ?? result.data?.updateCase ?? null).toBeNull();
    expect(await rows()).toEqual(before);
    return (result.errors?.[0]?.extensions?.fields as FieldProblem[] | undefined) ?? [];
  }

  const create = async (change: Record<string, unknown>) =>
    t.gql(CREATE, { input: await caseInput(t, change) }, author.accessToken);
  const update = (change: Record<string, unknown>) =>
    t.gql(UPDATE, { input: { id: draft.id, expectedVersion: 1, ...change } }, author.accessToken);
  const fieldNames = (problems: FieldProblem[]) =>
    [...new Set(problems.map((p) => p.field))].sort();

  it('accepts the valid input the table starts from', async () => {
    const result = await create({});
    expect(result.errors).toBeUndefined();
  });

  describe.each([
    ['createCase', (change: Record<string, unknown>) => create(change)],
    ['updateCase', (change: Record<string, unknown>) => update(change)],
  ])('%s', (_mutation, send) => {
    it.each(BAD_INPUT)('refuses $name', async ({ change, fields, message }) => {
      const problems = await refused(() => send(change(ids)));
      expect(fieldNames(problems)).toEqual([...fields].sort());
      for (const problem of problems) expect(problem.message).toMatch(message ?? /\w/);
    });

    it('refuses an outcome that is not a CaseOutcome (GraphQL-level, mapped to BAD_USER_INPUT)', async () => {
      // Variable coercion fails before any resolver runs: Apollo's BAD_USER_INPUT names the
      // path in its message but carries no `fields` (src/graph/errors/format-error.ts).
      const problems = await refused(() => send({ outcome: 'MAYBE' }));
      expect(problems).toEqual([]);
      const result = await send({ outcome: 'MAYBE' });
      expect(result.errors?.[0]?.message).toMatch(/outcome/);
      expect(result.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT' });
    });

    // reviewBy is a LocalDate: anything but a real YYYY-MM-DD day fails variable coercion.
    it.each(['2026-02-30', '2026-13-01', '2026-1-5', '20260105', '2026-01-05T00:00:00Z', ''])(
      'refuses reviewBy %p as a LocalDate (GraphQL-level, BAD_USER_INPUT)',
      async (reviewBy) => {
        const problems = await refused(() => send({ reviewBy }));
        expect(problems).toEqual([]);
        const result = await send({ reviewBy });
        expect(result.errors?.[0]?.message).toMatch(/reviewBy.*LocalDate/s);
        expect(result.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT' });
      },
    );

    it('lists several problems at once', async () => {
      const problems = await refused(() =>
        send({
          title: 'Abc',
          summary: 'S'.repeat(1001),
          context: script,
          quarter: 5,
          riskAreaIds: [],
          year: 2101,
        }),
      );
      expect(fieldNames(problems)).toEqual(
        ['context', 'quarter', 'riskAreaIds', 'summary', 'title', 'year'].sort(),
      );
    });

    it('lists several problems found against the catalogues at once', async () => {
      const problems = await refused(() =>
        send({
          riskAreaIds: [randomUUID()],
          collaborationTypeIds: [ids.riskAreaId],
          countryCodes: ['ZZ', 'XK'],
          year: thisYear + 1,
          reviewBy: '2020-01-01',
          sharingLevel: 'AMBER',
          recipientMemberIds: [ids.otherMemberId],
        }),
      );
      expect(fieldNames(problems)).toEqual(
        [
          'collaborationTypeIds',
          'countryCodes',
          'recipientMemberIds',
          'recipientOrganisationIds',
          'reviewBy',
          'riskAreaIds',
          'year',
        ].sort(),
      );
      expect(problems.filter((p) => p.field === 'countryCodes')).toHaveLength(2);
    });
  });

  it('refuses an inline enum literal that is not a CaseOutcome (GRAPHQL_VALIDATION_FAILED → BAD_USER_INPUT)', async () => {
    const before = await rows();
    const result = await t.gql(
      `mutation { updateCase(input: { id: "${draft.id}", expectedVersion: 1, outcome: MAYBE }) { id } }`,
      {},
      author.accessToken,
    );
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toMatch(/MAYBE/);
    expect(await rows()).toEqual(before);
  });

  it('refuses a new case without a required field at the GraphQL level', async () => {
    const problems = await refused(() => create({ title: null }));
    expect(problems).toEqual([]);
  });

  it.each(REQUIRED_ON_UPDATE)('refuses an edit that sets %s to null', async (field) => {
    const problems = await refused(() => update({ [field]: null }));
    expect(problems).toEqual([
      { field, message: `${field} cannot be cleared`, reason: 'REQUIRED' },
    ]);
  });

  it('lists every required field cleared at once', async () => {
    const problems = await refused(() =>
      update(Object.fromEntries(REQUIRED_ON_UPDATE.map((field) => [field, null]))),
    );
    expect(fieldNames(problems)).toEqual([...REQUIRED_ON_UPDATE].sort());
  });

  it('still accepts the draft as it was', async () => {
    const result = await update({ title: 'The draft after all the refused edits' });
    expect(result.errors).toBeUndefined();
    expect(result.data!.updateCase).toEqual({ id: draft.id, version: 2 });
  });
});
