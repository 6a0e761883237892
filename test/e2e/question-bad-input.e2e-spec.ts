// SPDX-License-Identifier: EUPL-1.2
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Role } from 'src/graph/auth/role.enum';
import { signedInMember, type SignedInMember } from 'test/factories/member.factory';
import {
  answerQuestion,
  askQuestion,
  organisationId,
  questionInput,
  type QuestionResult,
} from 'test/factories/question.factory';
import { errorCode, startTestApp, type GraphQLResponse, type TestApp } from 'test/helpers/test-app';

const ASK = `mutation($input: AskQuestionInput!) { askQuestion(input: $input) { id status } }`;
const UPDATE = `mutation($input: UpdateQuestionInput!) {
  updateQuestion(input: $input) { id version }
}`;
const ANSWER = `mutation($input: AnswerQuestionInput!) { answerQuestion(input: $input) { id status } }`;
const UPDATE_ANSWER = `mutation($input: UpdateAnswerInput!) {
  updateAnswer(input: $input) { id version }
}`;
const ASSIGN = `mutation($input: AssignQuestionInput!) {
  assignQuestion(input: $input) { id assignedTo { id } }
}`;
const VOTE = `mutation($input: VoteAnswerInput!) { voteAnswer(input: $input) { id helpfulCount } }`;

/** What the tables below need from the running app. */
interface Ids {
  askerId: string;
  ownOrganisationId: string;
  ispId: string;
  kthId: string;
  lundId: string;
  lundMemberId: string;
}

interface BadInput {
  name: string;
  change: (ids: Ids) => Record<string, unknown>;
  /** Every field the error must name, and no other. */
  fields: string[];
  message?: RegExp;
}

interface FieldProblem {
  field: string;
  message: string;
}

const SCRIPT = 'The proposal arrived by post. <script>alert(1)</script>';
const JAVASCRIPT_LINK = 'The terms are [linked here](javascript:alert(1)) for reference.';

/** Bad bodies, for questions and answers alike. */
const BAD_BODIES: BadInput[] = [
  { name: 'an empty body', change: () => ({ body: '' }), fields: ['body'] },
  { name: 'a body under 20 characters', change: () => ({ body: 'Is it fine?' }), fields: ['body'] },
  {
    name: 'a body over 10 000 characters',
    change: () => ({ body: 'b'.repeat(10_001) }),
    fields: ['body'],
  },
  {
    name: 'a <script> tag in the body',
    change: () => ({ body: SCRIPT }),
    fields: ['body'],
    message: /must not contain HTML tags \(<script>\)/,
  },
  {
    name: 'a javascript: link in the body',
    change: () => ({ body: JAVASCRIPT_LINK }),
    fields: ['body'],
    message: /http, https or mailto/,
  },
];

/** Bad values for AskQuestionInput; each is also tried as an edit of a pending GREEN question. */
const QUESTION_BAD_INPUT: BadInput[] = [
  { name: 'a title under 10 characters', change: () => ({ title: 'Licence?' }), fields: ['title'] },
  {
    name: 'a title over 200 characters',
    change: () => ({ title: 'T'.repeat(201) }),
    fields: ['title'],
  },
  ...BAD_BODIES,
  { name: 'no topics', change: () => ({ topicIds: [] }), fields: ['topicIds'] },
  {
    name: 'an unknown topic',
    change: () => ({ topicIds: [randomUUID()] }),
    fields: ['topicIds'],
    message: /is not a topic/,
  },
  { name: 'a malformed topic id', change: () => ({ topicIds: ['radar'] }), fields: ['topicIds'] },
  {
    name: 'the country code ZZ',
    change: () => ({ countryCodes: ['ZZ'] }),
    fields: ['countryCodes'],
  },
  {
    name: 'a three-letter country code',
    change: () => ({ countryCodes: ['SWE'] }),
    fields: ['countryCodes'],
  },
  {
    name: 'AMBER without recipients, not directed',
    change: () => ({ sharingLevel: 'AMBER' }),
    fields: ['recipientOrganisationIds'],
  },
  {
    name: 'AMBER_STRICT directed to an authority',
    change: (ids) => ({ sharingLevel: 'AMBER_STRICT', directedToIds: [ids.ispId] }),
    fields: ['directedToIds'],
    message: /AMBER_STRICT/,
  },
  {
    name: 'directed to an organisation that takes no questions (KTH)',
    change: (ids) => ({ directedToIds: [ids.kthId] }),
    fields: ['directedToIds'],
    message: /does not take questions directly/,
  },
  {
    name: 'directed to an unknown organisation',
    change: () => ({ directedToIds: [randomUUID()] }),
    fields: ['directedToIds'],
  },
  {
    name: 'directed to the asker’s own organisation',
    change: (ids) => ({ directedToIds: [ids.ownOrganisationId] }),
    fields: ['directedToIds'],
    message: /your own organisation/,
  },
  {
    name: 'directed to four organisations',
    change: () => ({ directedToIds: [randomUUID(), randomUUID(), randomUUID(), randomUUID()] }),
    fields: ['directedToIds'],
  },
  {
    name: 'AMBER naming the asker’s own organisation',
    change: (ids) => ({ sharingLevel: 'AMBER', recipientOrganisationIds: [ids.ownOrganisationId] }),
    fields: ['recipientOrganisationIds'],
  },
  {
    name: 'RED naming the asker',
    change: (ids) => ({ sharingLevel: 'RED', recipientMemberIds: [ids.askerId] }),
    fields: ['recipientMemberIds'],
  },
  {
    name: 'RED without recipients, not directed',
    change: () => ({ sharingLevel: 'RED' }),
    fields: ['recipientMemberIds'],
  },
  {
    name: 'RED naming an unknown member',
    change: () => ({ sharingLevel: 'RED', recipientMemberIds: [randomUUID()] }),
    fields: ['recipientMemberIds'],
  },
  {
    name: 'recipient organisations on a GREEN question',
    change: (ids) => ({ recipientOrganisationIds: [ids.lundId] }),
    fields: ['recipientOrganisationIds'],
  },
  {
    name: 'recipient members on a GREEN question',
    change: (ids) => ({ recipientMemberIds: [ids.lundMemberId] }),
    fields: ['recipientMemberIds'],
  },
  {
    name: 'an acknowledged finding that is no fingerprint',
    change: () => ({ acknowledgedFindings: ['abc'] }),
    fields: ['acknowledgedFindings'],
  },
];

/** Enum values GraphQL refuses while coercing variables, before any resolver runs. */
const BAD_ENUMS: [string, unknown][] = [
  ['language', 'DE'],
  ['sharingLevel', 'PURPLE'],
  ['attribution', 'SECRET'],
];

const REQUIRED_ON_UPDATE = ['title', 'body', 'topicIds', 'language', 'sharingLevel', 'attribution'];

/** Fictional data only (screening README): a printed example number, an example.org address. */
const PII_BODY =
  'The visiting researcher gave the number 070-174 06 05 and wrote from visitor@example.org.';
/** 811218-9876 is a printed example number (screening README). */
const IDENTITY_NUMBER_BODY = 'The visiting researcher gave the number 811218-9876 on the form.';

describe('Bad question and answer input answers BAD_USER_INPUT naming the fields, writes nothing (e2e)', () => {
  let t: TestApp;
  let db: DataSource;
  /** A member of Försvarsmakten, which takes questions: so it can try to ask itself. */
  let asker: SignedInMember;
  let ispExpert: SignedInMember;
  let ispMember: SignedInMember;
  let sapoExpert: SignedInMember;
  let ids: Ids;
  /** GREEN, waiting for review: the target of every updateQuestion below. */
  let pending: QuestionResult;
  /** AMBER, directed to ISP: open at once, answered officially by ISP's expert. */
  let directed: QuestionResult;
  let official: QuestionResult;

  beforeAll(async () => {
    t = await startTestApp({ worker: false });
    db = t.app.get(DataSource);
    const isp = 'inspektionen-for-strategiska-produkter';
    asker = await signedInMember(t, { organisationSlug: 'forsvarsmakten' });
    const lund = await signedInMember(t, { organisationSlug: 'lunds-universitet' });
    ispExpert = await signedInMember(t, { organisationSlug: isp, roles: [Role.EXPERT] });
    ispMember = await signedInMember(t, { organisationSlug: isp });
    sapoExpert = await signedInMember(t, {
      organisationSlug: 'sakerhetspolisen',
      roles: [Role.EXPERT],
    });
    ids = {
      askerId: asker.id,
      ownOrganisationId: asker.organisationId,
      ispId: await organisationId(t, isp),
      kthId: await organisationId(t, 'kth'),
      lundId: lund.organisationId,
      lundMemberId: lund.id,
    };
    pending = await askQuestion(t, asker);
    directed = await askQuestion(t, asker, { sharingLevel: 'AMBER', directedToIds: [ids.ispId] });
    official = await answerQuestion(t, ispExpert, directed.id, { official: true });
    expect([pending.status, directed.status, official.status]).toEqual([
      'PENDING_REVIEW',
      'OPEN',
      'PUBLISHED',
    ]);
  });

  afterAll(() => t.close());

  /** Row counts, and the rows the edits below aim at, whole. */
  const rows = async () =>
    (
      await db.query(
        `SELECT (SELECT count(*)::int FROM question) AS questions,
                (SELECT count(*)::int FROM answer) AS answers,
                (SELECT count(*)::int FROM answer_vote) AS votes,
                (SELECT count(*)::int FROM outbox) AS events,
                (SELECT row_to_json(q) FROM question q WHERE id = $1) AS pending,
                (SELECT row_to_json(q) FROM question q WHERE id = $2) AS directed,
                (SELECT row_to_json(a) FROM answer a WHERE id = $3) AS official`,
        [pending.id, directed.id, official.id],
      )
    )[0] as Record<string, unknown>;

  /** Sends the call; expects `code`, no data and nothing written or changed; returns the problems. */
  async function refused(
    call: () => Promise<GraphQLResponse>,
    code = 'BAD_USER_INPUT',
  ): Promise<FieldProblem[]> {
    const before = await rows();
    const result = await call();
    expect(errorCode(result)).toBe(code);
    expect(Object.values(result.data ?? {}).filter((v) => v !== null)).toEqual([]);
    expect(await rows()).toEqual(before);
    return (result.errors?.[0]?.extensions?.fields as FieldProblem[] | undefined) ?? [];
  }

  const fieldNames = (problems: FieldProblem[]) =>
    [...new Set(problems.map((p) => p.field))].sort();

  const ask = async (change: Record<string, unknown>, who = asker) =>
    t.gql(ASK, { input: await questionInput(t, change) }, who.accessToken);
  const update = (change: Record<string, unknown>) =>
    t.gql(UPDATE, { input: { id: pending.id, expectedVersion: 1, ...change } }, asker.accessToken);
  const answer = (change: Record<string, unknown>, who = ispMember) =>
    t.gql(
      ANSWER,
      {
        input: {
          questionId: directed.id,
          body: 'Our licensing unit reads the control list entry for the frequency band first.',
          attribution: 'ORGANISATION',
          ...change,
        },
      },
      who.accessToken,
    );
  const updateAnswer = (change: Record<string, unknown>) =>
    t.gql(
      UPDATE_ANSWER,
      { input: { id: official.id, expectedVersion: 1, ...change } },
      ispExpert.accessToken,
    );
  const assign = (change: Record<string, unknown>) =>
    t.gql(ASSIGN, { input: { questionId: directed.id, ...change } }, ispExpert.accessToken);

  describe.each([
    ['askQuestion', (change: Record<string, unknown>) => ask(change)],
    ['updateQuestion', (change: Record<string, unknown>) => update(change)],
  ])('%s', (_mutation, send) => {
    it.each(QUESTION_BAD_INPUT)('refuses $name', async ({ change, fields, message }) => {
      const problems = await refused(() => send(change(ids)));
      expect(fieldNames(problems)).toEqual([...fields].sort());
      for (const problem of problems) expect(problem.message).toMatch(message ?? /\w/);
    });

    it.each(BAD_ENUMS)('refuses %s %p at the GraphQL level', async (field, value) => {
      // Variable coercion fails before any resolver: the message names the path, no `fields`.
      const problems = await refused(() => send({ [field]: value }));
      expect(problems).toEqual([]);
      const result = await send({ [field]: value });
      expect(result.errors?.[0]?.message).toContain(`input.${field}`);
    });

    it('lists several problems at once', async () => {
      const problems = await refused(() =>
        send({
          title: 'Licence?',
          body: SCRIPT,
          topicIds: [randomUUID()],
          countryCodes: ['ZZ'],
          sharingLevel: 'AMBER_STRICT',
          directedToIds: [ids.ispId],
          recipientMemberIds: [ids.lundMemberId],
        }),
      );
      expect(fieldNames(problems)).toEqual(
        ['body', 'title'].sort(), // the validation pipe answers before the catalogue checks
      );
      const catalogue = await refused(() =>
        send({
          topicIds: [randomUUID()],
          countryCodes: ['ZZ', 'XK'],
          sharingLevel: 'AMBER_STRICT',
          directedToIds: [ids.ispId],
          recipientMemberIds: [ids.lundMemberId],
        }),
      );
      expect(fieldNames(catalogue)).toEqual(
        ['countryCodes', 'directedToIds', 'recipientMemberIds', 'topicIds'].sort(),
      );
    });
  });

  // @Length counts spaces; HasVisibleText refuses a title or body with nothing else in it.
  describe.each([
    ['title', ' '.repeat(12)],
    ['body', '\n'.repeat(25)],
  ])('a blank %s', (field, value) => {
    it('is refused by askQuestion', async () => {
      expect(fieldNames(await refused(() => ask({ [field]: value })))).toEqual([field]);
    });

    it('is refused by updateQuestion', async () => {
      const question = await askQuestion(t, asker);
      const result = await t.gql(
        UPDATE,
        { input: { id: question.id, expectedVersion: 1, [field]: value } },
        asker.accessToken,
      );
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
    });
  });

  describe('updateQuestion only', () => {
    it.each(REQUIRED_ON_UPDATE)('refuses an edit that clears %s', async (field) => {
      const problems = await refused(() => update({ [field]: null }));
      expect(problems).toEqual([
        { field, message: `${field} cannot be cleared`, reason: 'REQUIRED' },
      ]);
    });

    it.each([
      ['expectedVersion', { expectedVersion: 0 }],
      ['id', { id: 'not-a-question' }],
    ])('refuses a bad %s', async (field, change) => {
      expect(fieldNames(await refused(() => update(change)))).toEqual([field]);
    });
  });

  describe.each([
    ['answerQuestion', (change: Record<string, unknown>) => answer(change)],
    ['updateAnswer', (change: Record<string, unknown>) => updateAnswer(change)],
  ])('%s', (_mutation, send) => {
    it.each([
      ...BAD_BODIES,
      {
        name: 'an acknowledged finding that is no fingerprint',
        change: () => ({ acknowledgedFindings: ['abc'] }),
        fields: ['acknowledgedFindings'],
      },
    ])('refuses $name', async ({ change, fields, message }: BadInput) => {
      const problems = await refused(() => send(change(ids)));
      expect(fieldNames(problems)).toEqual(fields);
      for (const problem of problems) expect(problem.message).toMatch(message ?? /\w/);
    });

    it('refuses an attribution that is not an Attribution at the GraphQL level', async () => {
      expect(await refused(() => send({ attribution: 'SECRET' }))).toEqual([]);
    });
  });

  describe('answerQuestion only', () => {
    it('refuses a malformed questionId', async () => {
      expect(fieldNames(await refused(() => answer({ questionId: 'radar' })))).toEqual([
        'questionId',
      ]);
    });

    it('refuses an official ANONYMOUS answer, even from an expert', async () => {
      const problems = await refused(() =>
        answer({ official: true, attribution: 'ANONYMOUS' }, ispExpert),
      );
      expect(fieldNames(problems)).toEqual(['attribution']);
    });

    it('refuses an official flag that is not a Boolean at the GraphQL level', async () => {
      expect(await refused(() => answer({ official: 'yes' }))).toEqual([]);
    });
  });

  describe('updateAnswer only', () => {
    it('refuses turning an official answer ANONYMOUS', async () => {
      expect(fieldNames(await refused(() => updateAnswer({ attribution: 'ANONYMOUS' })))).toEqual([
        'attribution',
      ]);
    });

    it.each([
      ['expectedVersion', { expectedVersion: 0 }],
      ['id', { id: 'not-an-answer' }],
    ])('refuses a bad %s', async (field, change) => {
      expect(fieldNames(await refused(() => updateAnswer(change)))).toEqual([field]);
    });
  });

  describe('assignQuestion', () => {
    it('refuses a member who is no expert, or an expert of another organisation', async () => {
      for (const memberId of [ispMember.id, sapoExpert.id, asker.id, randomUUID()]) {
        const problems = await refused(() => assign({ memberId }));
        expect(problems).toEqual([
          {
            field: 'memberId',
            message: 'must be an expert of your organisation',
            reason: 'UNKNOWN',
          },
        ]);
      }
    });

    it.each([
      ['memberId', { memberId: 'an-expert' }],
      ['questionId', { questionId: 'a-question' }],
    ])('refuses a malformed %s', async (field, change) => {
      expect(fieldNames(await refused(() => assign(change)))).toEqual([field]);
    });

    it('still takes a colleague who is an expert', async () => {
      const result = await assign({ memberId: ispExpert.id });
      expect(result.errors).toBeUndefined();
      expect(result.data!.assignQuestion.assignedTo).toEqual({ id: ispExpert.id });
    });
  });

  describe('voteAnswer', () => {
    it('refuses a malformed answerId and a helpful that is not a Boolean', async () => {
      const vote = (input: Record<string, unknown>) =>
        t.gql(VOTE, { input }, ispMember.accessToken);
      expect(fieldNames(await refused(() => vote({ answerId: 'an-answer' })))).toEqual([
        'answerId',
      ]);
      expect(await refused(() => vote({ answerId: official.id, helpful: 'yes' }))).toEqual([]);
    });
  });

  describe('personal data in the text', () => {
    interface Finding {
      field: string;
      kind: string;
      start: number;
      end: number;
      fingerprint: string;
    }

    /** Refused with PII_UNRESOLVED (nothing written), then let through once all are acknowledged. */
    async function acknowledgedOnlyInFull(
      send: (acknowledgedFindings?: string[]) => Promise<GraphQLResponse<Record<string, any>>>,
      field: string,
    ) {
      await refused(() => send(), 'PII_UNRESOLVED');
      const result = await send();
      const findings = result.errors![0]!.extensions!.findings as Finding[];
      expect(findings.map((f) => [f.field, f.kind, PII_BODY.slice(f.start, f.end)])).toEqual([
        [field, 'PHONE_NUMBER', '070-174 06 05'],
        [field, 'EMAIL', 'visitor@example.org'],
      ]);
      const error = JSON.stringify(result.errors);
      expect(error).not.toContain('070-174 06 05');
      expect(error).not.toContain('visitor@example.org');

      const fingerprints = findings.map((f) => f.fingerprint);
      await refused(() => send(fingerprints.slice(1)), 'PII_UNRESOLVED');
      const accepted = await send(fingerprints);
      expect(accepted.errors).toBeUndefined();
      return accepted;
    }

    it('refuses to ask until every finding is acknowledged', async () => {
      const before = await rows();
      const accepted = await acknowledgedOnlyInFull(
        (acknowledgedFindings) => ask({ body: PII_BODY, acknowledgedFindings }),
        'body',
      );
      expect(accepted.data!.askQuestion.status).toBe('PENDING_REVIEW');
      expect((await rows()).questions).toBe((before.questions as number) + 1);
    });

    it('refuses to answer until every finding is acknowledged', async () => {
      const accepted = await acknowledgedOnlyInFull(
        (acknowledgedFindings) => answer({ body: PII_BODY, acknowledgedFindings }),
        'body',
      );
      expect(accepted.data!.answerQuestion.status).toBe('PUBLISHED');
    });

    it('screens edits of a question and of an answer too', async () => {
      const question = await acknowledgedOnlyInFull(
        (acknowledgedFindings) => update({ body: PII_BODY, acknowledgedFindings }),
        'body',
      );
      expect(question.data!.updateQuestion).toEqual({ id: pending.id, version: 2 });
      const edited = await acknowledgedOnlyInFull(
        (acknowledgedFindings) => updateAnswer({ body: PII_BODY, acknowledgedFindings }),
        'body',
      );
      expect(edited.data!.updateAnswer).toEqual({ id: official.id, version: 2 });
    });

    it('never lets an acknowledged personal identity number into a question or an answer', async () => {
      const sends = [
        (acknowledgedFindings?: string[]) =>
          ask({ body: IDENTITY_NUMBER_BODY, acknowledgedFindings }),
        (acknowledgedFindings?: string[]) =>
          answer({ body: IDENTITY_NUMBER_BODY, acknowledgedFindings }),
      ];
      for (const send of sends) {
        await refused(() => send(), 'PII_UNRESOLVED');
        const fingerprints = ((await send()).errors![0]!.extensions!.findings as Finding[]).map(
          (f) => f.fingerprint,
        );
        await refused(() => send(fingerprints), 'PII_UNRESOLVED');
        const again = await send(fingerprints);
        expect(again.errors![0]!.extensions!.findings).toEqual([
          expect.objectContaining({ kind: 'PERSONAL_IDENTITY_NUMBER', acknowledgeable: false }),
        ]);
        expect(JSON.stringify(again.errors)).not.toContain('811218');
      }
    });
  });
});
