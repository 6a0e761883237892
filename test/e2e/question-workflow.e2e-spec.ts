// SPDX-License-Identifier: EUPL-1.2
import { randomUUID } from 'node:crypto';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  getNamedType,
  isLeafType,
  isNonNullType,
  isObjectType,
  type GraphQLObjectType,
} from 'graphql';
import { DataSource } from 'typeorm';
import { Role } from 'src/graph/auth/role.enum';
import { Locale } from 'src/modules/members/locale.enum';
import type { OrganisationEntity } from 'src/modules/organisations/organisation.entity';
import { OrganisationsService } from 'src/modules/organisations/organisations.service';
import { signedInMember, type SignedInMember } from 'test/factories/member.factory';
import {
  ANSWER_FIELDS,
  QUESTION_FIELDS,
  answerQuestion,
  approve,
  askQuestion,
  organisationId,
  type QuestionResult,
} from 'test/factories/question.factory';
import {
  errorCode,
  found,
  nodesOf,
  startTestApp,
  type GraphQLResponse,
  type TestApp,
} from 'test/helpers/test-app';

const READ = `query($id: ID!) { question(id: $id) {
  ${QUESTION_FIELDS} moderationNote openedAt closedAt duplicateOf { id } acceptedAnswer { id }
  answers(first: 100) { totalCount edges { node { ${ANSWER_FIELDS} moderationNote } } }
} }`;
const UPDATE_QUESTION = `mutation($input: UpdateQuestionInput!) {
  updateQuestion(input: $input) { ${QUESTION_FIELDS} }
}`;
const ANSWER = `mutation($input: AnswerQuestionInput!) {
  answerQuestion(input: $input) { ${ANSWER_FIELDS} }
}`;
const UPDATE_ANSWER = `mutation($input: UpdateAnswerInput!) {
  updateAnswer(input: $input) { ${ANSWER_FIELDS} }
}`;
const ACCEPT = `mutation($input: AcceptAnswerInput!) {
  acceptAnswer(input: $input) { id status acceptedAnswer { id } }
}`;
const VOTE = `mutation($input: VoteAnswerInput!) {
  voteAnswer(input: $input) { id helpfulCount viewerHasVoted }
}`;
const MODERATE = `mutation($input: ModerateInput!) {
  moderate(input: $input) { contentType contentId hidden openFlagCount }
}`;
const FLAG = `mutation($input: FlagContentInput!) { flagContent(input: $input) { contentHidden } }`;
const REVEAL = `mutation($input: RevealAuthorInput!) {
  revealAuthor(input: $input) { displayName email organisation { slug } }
}`;
const QUEUE = `{ moderationQueue(first: 100) { edges { node {
  contentType contentId queueReason hidden openFlagCount question { id status } answer { id status }
} } } }`;
const TRIAGE = `{ triageQueue(first: 100) { edges { node { id responseDueOn } } } }`;

const ANSWER_BODY =
  'In our experience the classification depends on the frequency range and power.';

interface QueueItem {
  contentType: string;
  contentId: string;
  queueReason: string | null;
  hidden: boolean;
  openFlagCount: number;
  question: { id: string; status: string } | null;
  answer: { id: string; status: string } | null;
}

interface AnswerView {
  id: string;
  status: string;
  version: number;
  official: boolean;
  accepted: boolean;
  helpfulCount: number;
  viewerHasVoted: boolean;
  hidden: boolean;
  [field: string]: unknown;
}

interface OutboxRow {
  id: string;
  topic: string;
  aggregate_type: string;
  aggregate_id: string;
  payload: Record<string, unknown>;
}

/** Every field a client can select on `type`, nested objects `depth` levels down. */
function selectionOf(type: GraphQLObjectType, depth: number): string {
  return Object.values(type.getFields())
    .filter((field) => field.args.every((a) => !isNonNullType(a.type)))
    .flatMap((field) => {
      const named = getNamedType(field.type);
      if (isLeafType(named)) return [field.name];
      // A connection and its edges are wrappers, not a level: their nodes are the content.
      const wrapper = /(Connection|Edge)$/.test(named.name);
      if (isObjectType(named) && (depth > 0 || wrapper))
        return [`${field.name} { ${selectionOf(named, wrapper ? depth : depth - 1)} }`];
      return [];
    })
    .join(' ');
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('Questions and answers: moderation, answers, votes, closing, edits, outbox (e2e)', () => {
  let t: TestApp;
  let db: DataSource;
  /** KTH: asks most questions. */
  let asker: SignedInMember;
  /** KTH, same organisation as the asker. */
  let colleague: SignedInMember;
  /** KTH with the EXPERT role: answers at once, but a university cannot answer officially. */
  let kthExpert: SignedInMember;
  let lund: SignedInMember;
  /** Göteborg, English. */
  let gbg: SignedInMember;
  let moderator: SignedInMember;
  let ispExpert: SignedInMember;
  let ispMember: SignedInMember;
  let sapoExpert: SignedInMember;
  /** The anonymous asker and answerer; no one else in this file is from their organisations. */
  let anonAsker: SignedInMember;
  let anonAnswerer: SignedInMember;
  let ispId: string;
  let sapoId: string;

  const ANON_ASKER_NAME = 'Sigrid Ålgårdh-Frågvis';
  const ANON_ANSWERER_NAME = 'Torbjörn Nyqvist-Svarsson';

  beforeAll(async () => {
    t = await startTestApp({ worker: false });
    db = t.app.get(DataSource);
    const isp = 'inspektionen-for-strategiska-produkter';
    asker = await signedInMember(t, { displayName: 'Asking Member' });
    colleague = await signedInMember(t);
    kthExpert = await signedInMember(t, { roles: [Role.EXPERT] });
    lund = await signedInMember(t, { organisationSlug: 'lunds-universitet' });
    gbg = await signedInMember(t, { organisationSlug: 'goteborgs-universitet', locale: Locale.EN });
    moderator = await signedInMember(t, {
      organisationSlug: 'universitets-och-hogskoleradet',
      roles: [Role.MODERATOR],
    });
    ispExpert = await signedInMember(t, { organisationSlug: isp, roles: [Role.EXPERT] });
    ispMember = await signedInMember(t, { organisationSlug: isp });
    sapoExpert = await signedInMember(t, {
      organisationSlug: 'sakerhetspolisen',
      roles: [Role.EXPERT],
    });
    anonAsker = await signedInMember(t, {
      organisationSlug: 'chalmers',
      displayName: ANON_ASKER_NAME,
    });
    anonAnswerer = await signedInMember(t, {
      organisationSlug: 'umea-universitet',
      displayName: ANON_ANSWERER_NAME,
    });
    ispId = await organisationId(t, isp);
    sapoId = await organisationId(t, 'sakerhetspolisen');
  });

  afterAll(() => t.close());

  // --- GraphQL calls, as each role makes them -------------------------------------------------

  const read = (id: string, who: SignedInMember | null) => t.gql(READ, { id }, who?.accessToken);
  const ask = (overrides: Record<string, unknown> = {}, who = asker) =>
    askQuestion(t, who, overrides);
  /** A question its audience reads: community questions are approved first. */
  async function opened(overrides: Record<string, unknown> = {}, who = asker) {
    const q = await ask(overrides, who);
    if (q.status === 'PENDING_REVIEW') await approve(t, moderator, 'QUESTION', q.id);
    return q;
  }
  const answerRaw = (who: SignedInMember, questionId: string, overrides = {}) =>
    t.gql(
      ANSWER,
      { input: { questionId, body: ANSWER_BODY, attribution: 'ORGANISATION', ...overrides } },
      who.accessToken,
    );
  const updateQuestion = (
    who: SignedInMember,
    id: string,
    expectedVersion: number,
    changes: Record<string, unknown>,
  ) => t.gql(UPDATE_QUESTION, { input: { id, expectedVersion, ...changes } }, who.accessToken);
  const updateAnswer = (
    who: SignedInMember,
    id: string,
    expectedVersion: number,
    changes: Record<string, unknown>,
  ) => t.gql(UPDATE_ANSWER, { input: { id, expectedVersion, ...changes } }, who.accessToken);
  const accept = (who: SignedInMember, answerId: string) =>
    t.gql(ACCEPT, { input: { answerId } }, who.accessToken);
  const vote = (who: SignedInMember, answerId: string, helpful?: boolean) =>
    t.gql(
      VOTE,
      { input: { answerId, ...(helpful === undefined ? {} : { helpful }) } },
      who.accessToken,
    );
  const moderate = (
    contentType: 'QUESTION' | 'ANSWER',
    contentId: string,
    action: string,
    extra: Record<string, unknown> = {},
    who = moderator,
  ) =>
    t.gql(
      MODERATE,
      { input: { contentType, contentId, action, reason: `${action} by test`, ...extra } },
      who.accessToken,
    );
  const flag = (
    contentType: 'QUESTION' | 'ANSWER',
    contentId: string,
    who: SignedInMember,
    reason = 'OFF_TOPIC',
  ) => t.gql(FLAG, { input: { contentType, contentId, reason } }, who.accessToken);
  const queue = async (): Promise<QueueItem[]> => {
    const result = await t.gql(QUEUE, {}, moderator.accessToken);
    expect(result.errors).toBeUndefined();
    return (result.data!.moderationQueue.edges as { node: QueueItem }[]).map((e) => e.node);
  };
  const triage = async (who: SignedInMember) => {
    const result = await t.gql(TRIAGE, {}, who.accessToken);
    expect(result.errors).toBeUndefined();
    return (
      result.data!.triageQueue.edges as { node: { id: string; responseDueOn: string } }[]
    ).map((e) => e.node);
  };

  function ok<T = QuestionResult>(result: GraphQLResponse, field: string): T {
    expect(result.errors).toBeUndefined();
    return result.data![field] as T;
  }

  /** The question as `who` reads it; fails the test on any error. */
  async function view(id: string, who: SignedInMember): Promise<Record<string, any>> {
    return ok<Record<string, any>>(await read(id, who), 'question');
  }
  const answersSeenBy = async (questionId: string, who: SignedInMember) =>
    nodesOf<AnswerView>((await view(questionId, who)).answers);
  async function answerSeenBy(questionId: string, answerId: string, who: SignedInMember) {
    return (await answersSeenBy(questionId, who)).find((a) => a.id === answerId);
  }

  // --- Database reads: what a refused call must leave alone -------------------------------------

  /** A whole row, every column, so a refused call can be shown to have changed none of it. */
  const stored = async (table: 'question' | 'answer', id: string): Promise<unknown> =>
    (await db.query(`SELECT row_to_json(r) AS row FROM ${table} r WHERE id = $1`, [id]))[0].row;
  const counts = async () =>
    (
      await db.query(
        `SELECT (SELECT count(*)::int FROM question) AS questions,
                (SELECT count(*)::int FROM answer) AS answers,
                (SELECT count(*)::int FROM answer_vote) AS votes,
                (SELECT count(*)::int FROM content_flag) AS flags,
                (SELECT count(*)::int FROM outbox) AS events,
                (SELECT count(*)::int FROM audit_log) AS audits`,
      )
    )[0] as Record<string, number>;
  const votesOf = async (answerId: string) =>
    (
      await db.query(`SELECT count(*)::int AS n FROM answer_vote WHERE answer_id = $1`, [answerId])
    )[0].n as number;

  /** The call fails with `code`; the question, the answer and every table are as they were. */
  async function expectRefused(
    code: string,
    call: () => Promise<GraphQLResponse>,
    ids: { question?: string; answer?: string } = {},
  ) {
    const snapshot = async () => ({
      question: ids.question ? await stored('question', ids.question) : null,
      answer: ids.answer ? await stored('answer', ids.answer) : null,
      counts: await counts(),
    });
    const before = await snapshot();
    const result = await call();
    expect(errorCode(result)).toBe(code);
    expect(await snapshot()).toEqual(before);
    return result;
  }

  /** Events about a question and its answers, after outbox id `afterId`. */
  const outboxOf = (questionId: string, afterId = '0') =>
    db.query<OutboxRow[]>(
      `SELECT id, topic, aggregate_type, aggregate_id, payload FROM outbox
        WHERE (aggregate_id = $1 OR payload->>'questionId' = $1
               OR aggregate_id IN (SELECT id::text FROM answer WHERE question_id::text = $1))
          AND id > $2
        ORDER BY id`,
      [questionId, afterId],
    );

  // --- Anonymity first, while the moderation queue holds only its items -------------------------

  describe('anonymous askers and answerers never leak', () => {
    const PLACEHOLDER = {
      SV: 'ett svenskt universitet eller en högskola',
      EN: 'a Swedish higher education institution',
    } as const;
    const REVEAL_REASON = 'Suspected third-party personal data in the text';
    let chalmers: OrganisationEntity;
    let umea: OrganisationEntity;
    let question: QuestionResult;
    let answer: QuestionResult;
    let QUESTION: string;
    let QUESTIONS: string;
    let ANON_QUEUE: string;

    /** The labels of the anonymous authors' identifying facts found in `value`. */
    function leaks(value: unknown): string[] {
      const text = typeof value === 'string' ? value : JSON.stringify(value);
      const secrets: [string, RegExp][] = [
        ['asker id', new RegExp(escape(anonAsker.id), 'i')],
        ['asker name', new RegExp(escape(ANON_ASKER_NAME), 'i')],
        ['asker surname', /Ålgårdh/i],
        ['asker e-mail', new RegExp(escape(anonAsker.email), 'i')],
        ['asker organisation id', new RegExp(escape(chalmers.id), 'i')],
        ['asker organisation', /chalmers|(?<![\p{L}\p{N}])CTH(?![\p{L}\p{N}])/iu],
        ['answerer id', new RegExp(escape(anonAnswerer.id), 'i')],
        ['answerer name', new RegExp(escape(ANON_ANSWERER_NAME), 'i')],
        ['answerer surname', /Nyqvist/i],
        ['answerer e-mail', new RegExp(escape(anonAnswerer.email), 'i')],
        ['answerer organisation id', new RegExp(escape(umea.id), 'i')],
        [
          'answerer organisation',
          /ume(å|a)[ -]univ|umea-universitet|(?<![\p{L}\p{N}])UmU(?![\p{L}\p{N}])/iu,
        ],
      ];
      return secrets.filter(([, pattern]) => pattern.test(text)).map(([label]) => label);
    }

    function expectError(response: GraphQLResponse, code: string): void {
      expect(errorCode(response)).toBe(code);
      expect(leaks(response)).toEqual([]);
    }

    function expectAnonymous(node: Record<string, any>, locale: 'SV' | 'EN') {
      expect(node).toMatchObject({
        attribution: 'ANONYMOUS',
        viewerIsAuthor: false,
        authorName: null,
        organisation: null,
        authorLabel: PLACEHOLDER[locale],
        authorOrganisationKind: 'HIGHER_EDUCATION',
      });
    }

    const readAll = (id: string, who: SignedInMember | null) =>
      t.gql(QUESTION, { id }, who?.accessToken);

    beforeAll(async () => {
      const organisations = t.app.get(OrganisationsService);
      chalmers = (await organisations.findBySlug('chalmers'))!;
      umea = (await organisations.findBySlug('umea-universitet'))!;
      const schema = t.app.get(GraphQLSchemaHost).schema;
      const type = (name: string) => schema.getType(name) as GraphQLObjectType;
      const selection = selectionOf(type('Question'), 2);
      QUESTION = `query($id: ID!) { question(id: $id) { ${selection} } }`;
      QUESTIONS = `query($filter: QuestionFilterInput) { questions(first: 5, filter: $filter) {
        totalCount pageInfo { endCursor hasNextPage } edges { cursor node { ${selection} } } } }`;
      // The item with its question or answer, not its case: the cost limit counts every field.
      ANON_QUEUE = `{ moderationQueue(first: 10) { totalCount edges { cursor node {
        ${selectionOf(type('ModerationItem'), 0)} openFlags { reason text }
        question { ${selectionOf(type('Question'), 1)} }
        answer { ${selectionOf(type('Answer'), 1)} } } } } }`;
    });

    const anonQueue = async () => {
      const result = await t.gql(ANON_QUEUE, {}, moderator.accessToken);
      expect(result.errors).toBeUndefined();
      return result;
    };
    const queueNode = (result: GraphQLResponse<Record<string, any>>, id: string) =>
      (result.data!.moderationQueue.edges as { node: Record<string, any> }[])
        .map((e) => e.node)
        .find((n) => n.contentId === id);

    it('shows the moderator the pending question and answer with the placeholder only', async () => {
      question = await ask(
        { attribution: 'ANONYMOUS', countryCodes: ['IR'], title: 'Anonymous: a visiting scholar' },
        anonAsker,
      );
      expect(question.status).toBe('PENDING_REVIEW');
      let result = await anonQueue();
      const pendingQuestion = queueNode(result, question.id)!;
      expect(pendingQuestion).toMatchObject({ queueReason: 'SUBMITTED' });
      expectAnonymous(pendingQuestion.question, 'SV');
      expect(leaks(result)).toEqual([]);
      const waiting = await t.gql(
        QUESTIONS,
        { filter: { statuses: ['PENDING_REVIEW'], countryCodes: ['IR'] } },
        moderator.accessToken,
      );
      expect(waiting.errors).toBeUndefined();
      expect(waiting.data!.questions.totalCount).toBe(1);
      expect(leaks(waiting)).toEqual([]);
      await approve(t, moderator, 'QUESTION', question.id);

      answer = await answerQuestion(t, anonAnswerer, question.id, { attribution: 'ANONYMOUS' });
      expect(answer.status).toBe('PENDING_REVIEW');
      result = await anonQueue();
      const pendingAnswer = queueNode(result, answer.id)!;
      expect(pendingAnswer).toMatchObject({ contentType: 'ANSWER', queueReason: 'SUBMITTED' });
      expectAnonymous(pendingAnswer.answer, 'SV');
      expect(pendingAnswer.answer.question).toMatchObject({
        id: question.id,
        authorName: null,
        authorLabel: PLACEHOLDER.SV,
      });
      expect(leaks(result)).toEqual([]);
      await approve(t, moderator, 'ANSWER', answer.id);
    });

    it.each([
      ['a member of another university', 'lund', 'SV'],
      ['an English-speaking member', 'gbg', 'EN'],
      ['a moderator', 'moderator', 'SV'],
      ['an authority expert', 'ispExpert', 'SV'],
    ] as const)(
      'shows %s the placeholder in question, questions and answers',
      async (_, who, locale) => {
        const viewer = { lund, gbg, moderator, ispExpert }[who];
        const one = await readAll(question.id, viewer);
        expect(one.errors).toBeUndefined();
        expectAnonymous(one.data!.question, locale);
        const [theAnswer] = nodesOf(one.data!.question.answers);
        expect(theAnswer).toMatchObject({ id: answer.id, officialNote: null });
        expectAnonymous(theAnswer!, locale);
        expect(leaks(one)).toEqual([]);

        const many = await t.gql(
          QUESTIONS,
          { filter: { countryCodes: ['IR'] } },
          viewer.accessToken,
        );
        expect(many.errors).toBeUndefined();
        expect(many.data!.questions.edges).toHaveLength(1);
        expectAnonymous(many.data!.questions.edges[0].node, locale);
        expect(leaks(many)).toEqual([]);
      },
    );

    it('shows a visitor nothing, and the authors themselves', async () => {
      const visitor = await readAll(question.id, null);
      expect(found(visitor, 'question')).toBe(false);
      expect(leaks(visitor)).toEqual([]);
      const own = await readAll(question.id, anonAsker);
      expect(own.data!.question).toMatchObject({
        viewerIsAuthor: true,
        authorName: ANON_ASKER_NAME,
        organisation: { id: chalmers.id },
      });
      const [ownAnswer] = nodesOf(
        (await readAll(question.id, anonAnswerer)).data!.question.answers,
      );
      expect(ownAnswer).toMatchObject({ viewerIsAuthor: true, authorName: ANON_ANSWERER_NAME });
    });

    it('answers non-authors’ mistakes and flags without naming the authors', async () => {
      const version = { expectedVersion: 1 };
      for (const who of [lund, moderator, ispExpert]) {
        expectError(
          await t.gql(
            UPDATE_QUESTION,
            { input: { id: question.id, ...version, title: 'Taken over by someone' } },
            who.accessToken,
          ),
          'FORBIDDEN',
        );
        expectError(
          await t.gql(
            UPDATE_ANSWER,
            { input: { id: answer.id, ...version, body: 'An answer taken over by someone else.' } },
            who.accessToken,
          ),
          'FORBIDDEN',
        );
        expectError(await accept(who, answer.id), 'FORBIDDEN');
      }
      expectError(await answerRaw(lund, question.id, { official: true }), 'FORBIDDEN');
      expectError(await moderate('QUESTION', question.id, 'APPROVE'), 'INVALID_STATE');
      expectError(await moderate('ANSWER', answer.id, 'CLOSE'), 'INVALID_STATE');
      expectError(
        await moderate('QUESTION', question.id, 'CLOSE', {
          closeReason: 'DUPLICATE',
          duplicateOfId: question.id,
        }),
        'BAD_USER_INPUT',
      );
      expectError(
        await t.gql(
          REVEAL,
          {
            input: { contentType: 'QUESTION', contentId: question.id, reason: REVEAL_REASON },
          },
          lund.accessToken,
        ),
        'FORBIDDEN',
      );

      for (const [type, id] of [
        ['QUESTION', question.id],
        ['ANSWER', answer.id],
      ] as const) {
        const flagged = await flag(type, id, lund, 'OTHER');
        expect(flagged.data?.flagContent).toEqual({ contentHidden: false });
        expect(leaks(flagged)).toEqual([]);
        expectError(await flag(type, id, lund, 'SENSITIVE'), 'CONFLICT');
        const result = await anonQueue();
        const node = queueNode(result, id)!;
        expect(node).toMatchObject({ queueReason: 'FLAGGED', openFlagCount: 1 });
        expectAnonymous(type === 'QUESTION' ? node.question : node.answer, 'SV');
        expect(leaks(result)).toEqual([]);
      }
    });

    it('reveals each author to a moderator, audited; readers still see the placeholder', async () => {
      const reveal = (contentType: string, contentId: string) =>
        t.gql(
          REVEAL,
          { input: { contentType, contentId, reason: REVEAL_REASON } },
          moderator.accessToken,
        );

      const asked = await reveal('QUESTION', question.id);
      expect(asked.data?.revealAuthor).toEqual({
        displayName: ANON_ASKER_NAME,
        email: anonAsker.email,
        organisation: { slug: 'chalmers' },
      });
      const answered = await reveal('ANSWER', answer.id);
      expect(answered.data?.revealAuthor).toEqual({
        displayName: ANON_ANSWERER_NAME,
        email: anonAnswerer.email,
        organisation: { slug: 'umea-universitet' },
      });

      const audited: Record<string, unknown>[] = await db.query(
        `SELECT actor_id, target_type, target_id, reason, details FROM audit_log
          WHERE action = 'content.author-revealed' ORDER BY created_at, id`,
      );
      expect(audited).toEqual([
        {
          actor_id: moderator.id,
          target_type: 'QUESTION',
          target_id: question.id,
          reason: REVEAL_REASON,
          details: {},
        },
        {
          actor_id: moderator.id,
          target_type: 'ANSWER',
          target_id: answer.id,
          reason: REVEAL_REASON,
          details: {},
        },
      ]);
      const after = await readAll(question.id, lund);
      expectAnonymous(after.data!.question, 'SV');
      expect(leaks(after)).toEqual([]);
    });

    it('writes no outbox row or audit entry that names either author', async () => {
      const rows: OutboxRow[] = await db.query(
        `SELECT id, topic, aggregate_type, aggregate_id, payload FROM outbox ORDER BY id`,
      );
      const topics = (await outboxOf(question.id)).map((r) => r.topic);
      expect(topics).toEqual(
        expect.arrayContaining([
          'question.asked',
          'question.published',
          'answer.submitted',
          'question.answered',
          'content.flagged',
          'content.author-revealed',
        ]),
      );
      for (const row of rows) expect({ row, leaks: leaks(row) }).toEqual({ row, leaks: [] });
      const audits: unknown[] = await db.query(
        `SELECT action, actor_id, target_type, target_id, reason, details FROM audit_log
          WHERE target_id IN ($1, $2)`,
        [question.id, answer.id],
      );
      expect(audits.length).toBeGreaterThan(0);
      expect(leaks(audits)).toEqual([]);
    });
  });

  // --- Pre-moderation -----------------------------------------------------------------------------

  describe('pre-moderation of questions', () => {
    it('holds a GREEN question for review until a moderator APPROVEs it', async () => {
      const q = await ask();
      expect(q).toMatchObject({ status: 'PENDING_REVIEW', responseDueOn: null, version: 1 });
      for (const who of [lund, colleague, ispExpert])
        expect(found(await read(q.id, who), 'question')).toBe(false);
      expect(found(await read(q.id, null), 'question')).toBe(false);
      expect(await queue()).toContainEqual(
        expect.objectContaining({
          contentType: 'QUESTION',
          contentId: q.id,
          queueReason: 'SUBMITTED',
          question: { id: q.id, status: 'PENDING_REVIEW' },
        }),
      );

      ok(await moderate('QUESTION', q.id, 'APPROVE'), 'moderate');
      expect(await view(q.id, lund)).toMatchObject({
        status: 'OPEN',
        openedAt: expect.any(String),
      });
      expect((await queue()).map((i) => i.contentId)).not.toContain(q.id);
    });

    it('REJECTs a question with the reason shown to the asker only', async () => {
      const q = await ask();
      const reason = 'Please ask the export-control office of your own university first.';
      ok(await moderate('QUESTION', q.id, 'REJECT', { reason }), 'moderate');
      expect(await view(q.id, asker)).toMatchObject({ status: 'REJECTED', moderationNote: reason });
      expect(found(await read(q.id, lund), 'question')).toBe(false);
      expect((await queue()).map((i) => i.contentId)).not.toContain(q.id);
    });

    it('opens AMBER, AMBER_STRICT and RED questions at once, outside the queue', async () => {
      const levels = [
        { sharingLevel: 'AMBER', recipientOrganisationIds: [lund.organisationId] },
        { sharingLevel: 'AMBER_STRICT' },
        { sharingLevel: 'RED', recipientMemberIds: [lund.id] },
      ];
      for (const overrides of levels) {
        const q = await ask(overrides);
        expect({ level: overrides.sharingLevel, status: q.status }).toEqual({
          level: overrides.sharingLevel,
          status: 'OPEN',
        });
        expect((await queue()).map((i) => i.contentId)).not.toContain(q.id);
        expect(found(await read(q.id, moderator), 'question')).toBe(false);
        expect(found(await read(q.id, gbg), 'question')).toBe(false);
        const lundReads = overrides.sharingLevel !== 'AMBER_STRICT';
        expect(found(await read(q.id, lund), 'question')).toBe(lundReads);
        const colleagueReads = overrides.sharingLevel !== 'RED';
        expect(found(await read(q.id, colleague), 'question')).toBe(colleagueReads);
      }
    });

    it('puts a GREEN question to Säpo in Säpo’s triage queue only once it is approved', async () => {
      const q = await ask({ directedToIds: [sapoId] });
      expect(q).toMatchObject({
        status: 'PENDING_REVIEW',
        responseDueOn: null,
        directedTo: [{ slug: 'sakerhetspolisen' }],
      });
      expect((await triage(sapoExpert)).map((n) => n.id)).not.toContain(q.id);
      expect(found(await read(q.id, sapoExpert), 'question')).toBe(false);

      await approve(t, moderator, 'QUESTION', q.id);
      const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format();
      const entry = (await triage(sapoExpert)).find((n) => n.id === q.id);
      expect(entry?.responseDueOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(entry!.responseDueOn > today).toBe(true);
      expect(await view(q.id, sapoExpert)).toMatchObject({
        status: 'OPEN',
        responseDueOn: entry!.responseDueOn,
        overdue: false,
      });
      expect((await triage(ispExpert)).map((n) => n.id)).not.toContain(q.id);
    });
  });

  // --- Answers ------------------------------------------------------------------------------------

  describe('answers', () => {
    it('holds a plain member’s answer to a community question for review', async () => {
      const q = await opened();
      const a = ok<AnswerView>(await answerRaw(lund, q.id), 'answerQuestion');
      expect(a).toMatchObject({ status: 'PENDING_REVIEW', viewerIsAuthor: true });
      expect(await answerSeenBy(q.id, a.id, lund)).toMatchObject({ status: 'PENDING_REVIEW' });
      expect(await answerSeenBy(q.id, a.id, moderator)).toMatchObject({ status: 'PENDING_REVIEW' });
      for (const who of [asker, gbg, ispExpert])
        expect(await answerSeenBy(q.id, a.id, who)).toBeUndefined();
      expect(await queue()).toContainEqual(
        expect.objectContaining({
          contentType: 'ANSWER',
          contentId: a.id,
          queueReason: 'SUBMITTED',
          answer: { id: a.id, status: 'PENDING_REVIEW' },
        }),
      );

      ok(await moderate('ANSWER', a.id, 'APPROVE'), 'moderate');
      expect(await answerSeenBy(q.id, a.id, asker)).toMatchObject({ status: 'PUBLISHED' });
      expect((await queue()).map((i) => i.contentId)).not.toContain(a.id);
    });

    it('publishes answers by experts and moderators at once', async () => {
      const q = await opened();
      for (const who of [ispExpert, kthExpert, moderator]) {
        const a = await answerQuestion(t, who, q.id);
        expect(a).toMatchObject({ status: 'PUBLISHED', official: false, officialNote: null });
        expect(await answerSeenBy(q.id, a.id, gbg)).toMatchObject({ status: 'PUBLISHED' });
      }
    });

    it('pages answers (first/after) in their order: accepted, official, then oldest', async () => {
      const q = await opened();
      const plain = await answerQuestion(t, kthExpert, q.id);
      const official = await answerQuestion(t, ispExpert, q.id, { official: true });
      const later = await answerQuestion(t, moderator, q.id);
      const pending = await answerQuestion(t, lund, q.id); // not readable by gbg
      ok(await accept(asker, later.id), 'acceptAnswer');
      const PAGE = `query($id: ID!, $first: Int, $after: String) { question(id: $id) {
        answers(first: $first, after: $after) {
          totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
          edges { cursor node { id } }
        } } }`;
      const seen: string[][] = [];
      let after: string | null = null;
      do {
        const result: GraphQLResponse<Record<string, any>> = await t.gql(
          PAGE,
          { id: q.id, first: 1, after },
          gbg.accessToken,
        );
        expect(result.errors).toBeUndefined();
        const connection: any = result.data!.question.answers;
        expect(connection.totalCount).toBe(3);
        expect(connection.pageInfo).toMatchObject({
          hasPreviousPage: false,
          startCursor: connection.edges[0].cursor,
          endCursor: connection.edges[0].cursor,
        });
        seen.push(nodesOf<{ id: string }>(connection).map((a) => a.id));
        after = connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
      } while (after && seen.length < 10);
      expect(seen).toEqual([[later.id], [official.id], [plain.id]]);
      expect(seen.flat()).not.toContain(pending.id);
      // The default page holds them all, in the same order.
      expect((await answersSeenBy(q.id, gbg)).map((a) => a.id)).toEqual(seen.flat());

      for (const bad of [{ first: 101 }, { first: 0 }, { after: 'garbage' }])
        expect(errorCode(await t.gql(PAGE, { id: q.id, ...bad }, gbg.accessToken))).toBe(
          'BAD_USER_INPUT',
        );
    });

    it('publishes any answer to an AMBER or RED question at once', async () => {
      const amber = await ask({
        sharingLevel: 'AMBER',
        recipientOrganisationIds: [lund.organisationId],
      });
      const red = await ask({ sharingLevel: 'RED', recipientMemberIds: [lund.id] });
      for (const q of [amber, red]) {
        const a = await answerQuestion(t, lund, q.id);
        expect(a.status).toBe('PUBLISHED');
        expect(await answerSeenBy(q.id, a.id, asker)).toMatchObject({ status: 'PUBLISHED' });
      }
    });

    it('lets an ISP expert answer officially: organisation and note shown', async () => {
      const q = await opened();
      const a = await answerQuestion(t, ispExpert, q.id, { official: true });
      expect(a).toMatchObject({
        status: 'PUBLISHED',
        official: true,
        organisation: { id: ispId },
        officialNote: expect.stringContaining('bindande'),
      });
      const seen = await answerSeenBy(q.id, a.id, gbg);
      expect(seen).toMatchObject({
        official: true,
        authorName: null,
        organisation: { id: ispId },
        officialNote: expect.stringContaining('not a binding decision'),
      });
    });

    it('refuses official answers from a university or a non-expert, and anonymous official ones', async () => {
      const q = await opened();
      for (const who of [colleague, kthExpert, ispMember])
        await expectRefused('FORBIDDEN', () => answerRaw(who, q.id, { official: true }), {
          question: q.id,
        });
      const anonymous = await expectRefused(
        'BAD_USER_INPUT',
        () => answerRaw(ispExpert, q.id, { official: true, attribution: 'ANONYMOUS' }),
        { question: q.id },
      );
      expect(anonymous.errors![0]!.extensions!.fields).toEqual([
        expect.objectContaining({ field: 'attribution' }),
      ]);
    });

    it('refuses answers to PENDING_REVIEW, REJECTED and CLOSED questions', async () => {
      const pending = await ask();
      await expectRefused('INVALID_STATE', () => answerRaw(asker, pending.id), {
        question: pending.id,
      });
      await expectRefused('INVALID_STATE', () => answerRaw(moderator, pending.id), {
        question: pending.id,
      });
      await expectRefused('NOT_FOUND', () => answerRaw(lund, pending.id), {
        question: pending.id,
      });

      const rejected = await ask();
      ok(await moderate('QUESTION', rejected.id, 'REJECT'), 'moderate');
      await expectRefused('INVALID_STATE', () => answerRaw(asker, rejected.id), {
        question: rejected.id,
      });
      await expectRefused('NOT_FOUND', () => answerRaw(lund, rejected.id), {
        question: rejected.id,
      });

      const closed = await opened();
      ok(await moderate('QUESTION', closed.id, 'CLOSE', { closeReason: 'OFF_TOPIC' }), 'moderate');
      for (const who of [asker, lund, ispExpert])
        await expectRefused('INVALID_STATE', () => answerRaw(who, closed.id), {
          question: closed.id,
        });
    });
  });

  // --- Acceptance ---------------------------------------------------------------------------------

  describe('accepting an answer', () => {
    it('lets only the asker accept, switch, and not accept pending answers or on CLOSED', async () => {
      const q = await opened();
      const first = await answerQuestion(t, ispExpert, q.id);
      const second = await answerQuestion(t, moderator, q.id);
      const pending = await answerQuestion(t, lund, q.id);
      expect(pending.status).toBe('PENDING_REVIEW');

      for (const who of [lund, ispExpert, moderator, colleague])
        await expectRefused('FORBIDDEN', () => accept(who, first.id), { question: q.id });

      expect(ok(await accept(asker, first.id), 'acceptAnswer')).toEqual({
        id: q.id,
        status: 'ANSWERED',
        acceptedAnswer: { id: first.id },
      });
      let answers = await answersSeenBy(q.id, gbg);
      expect(answers.map((a) => [a.id, a.accepted])).toEqual([
        [first.id, true],
        [second.id, false],
      ]);

      expect(ok(await accept(asker, second.id), 'acceptAnswer')).toMatchObject({
        status: 'ANSWERED',
        acceptedAnswer: { id: second.id },
      });
      answers = await answersSeenBy(q.id, gbg);
      expect(answers.map((a) => [a.id, a.accepted])).toEqual([
        [second.id, true],
        [first.id, false],
      ]);

      await expectRefused('NOT_FOUND', () => accept(asker, pending.id), { question: q.id });
      await expectRefused('NOT_FOUND', () => accept(asker, randomUUID()), { question: q.id });

      ok(await moderate('QUESTION', q.id, 'CLOSE', { closeReason: 'RESOLVED' }), 'moderate');
      await expectRefused('INVALID_STATE', () => accept(asker, first.id), { question: q.id });
      expect(await view(q.id, asker)).toMatchObject({
        status: 'CLOSED',
        acceptedAnswer: { id: second.id },
      });
    });
  });

  // --- Helpful votes ------------------------------------------------------------------------------

  describe('helpful votes', () => {
    let q: QuestionResult;
    beforeAll(async () => {
      q = await opened();
    });

    it('sets a vote idempotently, takes it back with false and toggles when omitted', async () => {
      const a = await answerQuestion(t, ispExpert, q.id);
      const steps: [boolean | undefined, number, boolean][] = [
        [true, 1, true],
        [true, 1, true],
        [false, 0, false],
        [false, 0, false],
        [undefined, 1, true],
        [undefined, 0, false],
      ];
      for (const [helpful, helpfulCount, viewerHasVoted] of steps) {
        expect(ok(await vote(asker, a.id, helpful), 'voteAnswer')).toEqual({
          id: a.id,
          helpfulCount,
          viewerHasVoted,
        });
        expect(await votesOf(a.id)).toBe(helpfulCount);
      }
    });

    it('refuses a vote on your own answer (FORBIDDEN) or on a pending one (NOT_FOUND)', async () => {
      const a = await answerQuestion(t, ispExpert, q.id);
      await expectRefused('FORBIDDEN', () => vote(ispExpert, a.id, true), { answer: a.id });
      const pending = await answerQuestion(t, lund, q.id);
      for (const who of [asker, gbg, moderator])
        await expectRefused('NOT_FOUND', () => vote(who, pending.id, true), {
          answer: pending.id,
        });
    });

    it('counts ten concurrent votes by one member once, without errors', async () => {
      const a = await answerQuestion(t, ispExpert, q.id);
      const results = await Promise.all(Array.from({ length: 10 }, () => vote(asker, a.id, true)));
      expect(results.map((r) => r.errors)).toEqual(Array(10).fill(undefined));
      expect(await votesOf(a.id)).toBe(1);
      expect(await answerSeenBy(q.id, a.id, asker)).toMatchObject({
        helpfulCount: 1,
        viewerHasVoted: true,
      });
    });

    it('counts ten members voting at once as ten; viewerHasVoted is right for each', async () => {
      const a = await answerQuestion(t, ispExpert, q.id);
      const voters = [
        asker,
        colleague,
        kthExpert,
        lund,
        gbg,
        moderator,
        ispMember,
        sapoExpert,
        anonAsker,
        anonAnswerer,
      ];
      const results = await Promise.all(voters.map((who) => vote(who, a.id, true)));
      expect(results.map((r) => r.errors)).toEqual(Array(10).fill(undefined));
      expect(await votesOf(a.id)).toBe(10);
      for (const who of voters)
        expect(await answerSeenBy(q.id, a.id, who)).toMatchObject({
          helpfulCount: 10,
          viewerHasVoted: true,
        });
      expect(await answerSeenBy(q.id, a.id, ispExpert)).toMatchObject({
        helpfulCount: 10,
        viewerHasVoted: false,
      });
      ok(await vote(lund, a.id, false), 'voteAnswer');
      expect(await answerSeenBy(q.id, a.id, lund)).toMatchObject({
        helpfulCount: 9,
        viewerHasVoted: false,
      });
      expect(await answerSeenBy(q.id, a.id, gbg)).toMatchObject({ viewerHasVoted: true });
    });
  });

  // --- Closing and reopening ----------------------------------------------------------------------

  describe('closing and reopening', () => {
    const close = (id: string, extra: Record<string, unknown>) =>
      moderate('QUESTION', id, 'CLOSE', extra);

    it('closes with OUT_OF_SCOPE: still readable with the reason, closed for answers', async () => {
      const q = await opened();
      const reason = 'Out of scope: a question about tuition fees.';
      ok(await close(q.id, { closeReason: 'OUT_OF_SCOPE', reason }), 'moderate');
      expect(await view(q.id, lund)).toMatchObject({
        status: 'CLOSED',
        closeReason: 'OUT_OF_SCOPE',
        closedAt: expect.any(String),
        moderationNote: null,
      });
      expect(await view(q.id, asker)).toMatchObject({ moderationNote: reason });
      await expectRefused('INVALID_STATE', () => answerRaw(lund, q.id), { question: q.id });
    });

    it('refuses DUPLICATE without a usable original (BAD_USER_INPUT) and changes nothing', async () => {
      const q = await opened();
      const red = await ask({ sharingLevel: 'RED', recipientMemberIds: [lund.id] });
      const pending = await ask();
      for (const duplicateOfId of [undefined, q.id, red.id, pending.id, randomUUID()]) {
        const result = await expectRefused(
          'BAD_USER_INPUT',
          () => close(q.id, { closeReason: 'DUPLICATE', duplicateOfId }),
          { question: q.id },
        );
        expect(result.errors![0]!.extensions!.fields).toEqual([
          expect.objectContaining({ field: 'duplicateOfId' }),
        ]);
      }
      expect(await view(q.id, lund)).toMatchObject({ status: 'OPEN', duplicateOf: null });
    });

    it('closes as DUPLICATE of a live GREEN original, and REOPENs to OPEN', async () => {
      const original = await opened();
      const copy = await opened();
      ok(
        await close(copy.id, { closeReason: 'DUPLICATE', duplicateOfId: original.id }),
        'moderate',
      );
      expect(await view(copy.id, gbg)).toMatchObject({
        status: 'CLOSED',
        closeReason: 'DUPLICATE',
        duplicateOf: { id: original.id },
      });

      ok(await moderate('QUESTION', copy.id, 'REOPEN'), 'moderate');
      expect(await view(copy.id, gbg)).toMatchObject({
        status: 'OPEN',
        closeReason: null,
        closedAt: null,
        duplicateOf: null,
      });
      ok(await answerRaw(ispExpert, copy.id), 'answerQuestion');
    });

    it('REOPENs a question with an accepted answer as ANSWERED', async () => {
      const q = await opened();
      const a = await answerQuestion(t, ispExpert, q.id);
      ok(await accept(asker, a.id), 'acceptAnswer');
      ok(await close(q.id, { closeReason: 'RESOLVED' }), 'moderate');
      ok(await moderate('QUESTION', q.id, 'REOPEN'), 'moderate');
      expect(await view(q.id, lund)).toMatchObject({
        status: 'ANSWERED',
        acceptedAnswer: { id: a.id },
        closeReason: null,
      });
    });

    it('refuses CLOSE without a closeReason', async () => {
      const q = await opened();
      const result = await expectRefused('BAD_USER_INPUT', () => close(q.id, {}), {
        question: q.id,
      });
      expect(result.errors![0]!.extensions!.fields).toEqual([
        expect.objectContaining({ field: 'closeReason' }),
      ]);
    });

    it('answers illegal transitions with INVALID_STATE and changes nothing', async () => {
      const q = await opened();
      for (const action of ['APPROVE', 'REJECT', 'REOPEN', 'REQUEST_CHANGES', 'ARCHIVE', 'RESTORE'])
        await expectRefused('INVALID_STATE', () => moderate('QUESTION', q.id, action), {
          question: q.id,
        });
      const pending = await ask();
      for (const action of ['CLOSE', 'REOPEN', 'HIDE', 'RESTORE'])
        await expectRefused(
          'INVALID_STATE',
          () => moderate('QUESTION', pending.id, action, { closeReason: 'OFF_TOPIC' }),
          { question: pending.id },
        );
      const a = await answerQuestion(t, ispExpert, q.id);
      for (const action of ['CLOSE', 'REOPEN', 'APPROVE', 'REJECT', 'REQUEST_CHANGES', 'ARCHIVE'])
        await expectRefused(
          'INVALID_STATE',
          () => moderate('ANSWER', a.id, action, { closeReason: 'OFF_TOPIC' }),
          { question: q.id, answer: a.id },
        );
    });
  });

  // --- Edits --------------------------------------------------------------------------------------

  describe('edits', () => {
    it('lets the asker edit the current version; stale is CONFLICT, others FORBIDDEN or NOT_FOUND', async () => {
      const q = await opened();
      const edited = ok(
        await updateQuestion(asker, q.id, 1, { title: 'An edited title for the question' }),
        'updateQuestion',
      );
      expect(edited).toMatchObject({ version: 2, status: 'OPEN' });
      await expectRefused(
        'CONFLICT',
        () => updateQuestion(asker, q.id, 1, { title: 'A stale edit of the title' }),
        { question: q.id },
      );
      for (const who of [lund, colleague, moderator])
        await expectRefused(
          'FORBIDDEN',
          () => updateQuestion(who, q.id, 2, { title: 'Taken over by someone else' }),
          { question: q.id },
        );
      const pending = await ask();
      await expectRefused(
        'NOT_FOUND',
        () => updateQuestion(lund, pending.id, 1, { title: 'Taken over by someone else' }),
        { question: pending.id },
      );
      expect(await view(q.id, lund)).toMatchObject({
        title: 'An edited title for the question',
        version: 2,
      });

      // A rejected question is edited to be asked again (question-dead-ends); a closed one is not.
      ok(await moderate('QUESTION', q.id, 'CLOSE', { closeReason: 'RESOLVED' }), 'moderate');
      await expectRefused(
        'INVALID_STATE',
        () => updateQuestion(asker, q.id, 2, { title: 'An edit after the fact' }),
        { question: q.id },
      );
    });

    it('sends a live AMBER question widened to GREEN back to moderation', async () => {
      const q = await ask({
        sharingLevel: 'AMBER',
        recipientOrganisationIds: [lund.organisationId],
      });
      expect(q.status).toBe('OPEN');
      const widened = ok(
        await updateQuestion(asker, q.id, 1, {
          sharingLevel: 'GREEN',
          recipientOrganisationIds: [],
        }),
        'updateQuestion',
      );
      expect(widened).toMatchObject({ status: 'PENDING_REVIEW', sharingLevel: 'GREEN' });
      expect(found(await read(q.id, lund), 'question')).toBe(false);
      expect(found(await read(q.id, gbg), 'question')).toBe(false);
      expect(await queue()).toContainEqual(
        expect.objectContaining({ contentId: q.id, queueReason: 'SUBMITTED' }),
      );
      await approve(t, moderator, 'QUESTION', q.id);
      expect(await view(q.id, gbg)).toMatchObject({ status: 'OPEN', sharingLevel: 'GREEN' });
    });

    it('keeps an ANSWERED question ANSWERED when it is approved again after widening', async () => {
      const q = await ask({
        sharingLevel: 'AMBER',
        recipientOrganisationIds: [lund.organisationId],
      });
      const a = await answerQuestion(t, lund, q.id);
      ok(await accept(asker, a.id), 'acceptAnswer');
      ok(
        await updateQuestion(asker, q.id, 1, {
          sharingLevel: 'GREEN',
          recipientOrganisationIds: [],
        }),
        'updateQuestion',
      );
      await approve(t, moderator, 'QUESTION', q.id);
      expect(await view(q.id, gbg)).toMatchObject({
        status: 'ANSWERED',
        acceptedAnswer: { id: a.id },
      });
    });

    it('publishes answers still pending when their question is narrowed to AMBER', async () => {
      // Answers to AMBER questions appear at once, and moderators cannot read AMBER content:
      // a pending answer left behind would be stuck where no one can approve it.
      const q = await opened();
      const a = await answerQuestion(t, lund, q.id);
      expect(a.status).toBe('PENDING_REVIEW');
      ok(
        await updateQuestion(asker, q.id, 1, {
          sharingLevel: 'AMBER',
          recipientOrganisationIds: [lund.organisationId],
        }),
        'updateQuestion',
      );
      expect(await answerSeenBy(q.id, a.id, asker)).toMatchObject({ status: 'PUBLISHED' });
    });

    it('lets an answer’s author edit the current version; stale is CONFLICT, others refused', async () => {
      const q = await opened();
      const a = await answerQuestion(t, ispExpert, q.id);
      const edited = ok<AnswerView>(
        await updateAnswer(ispExpert, a.id, 1, { body: `${ANSWER_BODY} Edited with a source.` }),
        'updateAnswer',
      );
      expect(edited).toMatchObject({ version: 2, status: 'PUBLISHED' });
      await expectRefused(
        'CONFLICT',
        () => updateAnswer(ispExpert, a.id, 1, { body: `${ANSWER_BODY} A stale edit.` }),
        { answer: a.id },
      );
      for (const who of [asker, lund, moderator])
        await expectRefused(
          'FORBIDDEN',
          () => updateAnswer(who, a.id, 2, { body: `${ANSWER_BODY} Taken over.` }),
          { answer: a.id },
        );
      const pending = await answerQuestion(t, lund, q.id);
      await expectRefused(
        'NOT_FOUND',
        () => updateAnswer(asker, pending.id, 1, { body: `${ANSWER_BODY} Taken over.` }),
        { answer: pending.id },
      );
      expect(
        ok<AnswerView>(
          await updateAnswer(lund, pending.id, 1, { body: `${ANSWER_BODY} Clarified.` }),
          'updateAnswer',
        ),
      ).toMatchObject({ version: 2, status: 'PENDING_REVIEW' });
    });
  });

  // --- Flags, hide and restore --------------------------------------------------------------------

  describe('flags, hide and restore', () => {
    it('hides a question on one PERSONAL_DATA flag until a moderator restores it', async () => {
      const q = await opened();
      expect(ok(await flag('QUESTION', q.id, lund, 'PERSONAL_DATA'), 'flagContent')).toEqual({
        contentHidden: true,
      });
      expect(found(await read(q.id, lund), 'question')).toBe(false);
      expect(found(await read(q.id, gbg), 'question')).toBe(false);
      expect(await view(q.id, asker)).toMatchObject({ status: 'OPEN', hidden: true });
      expect(await queue()).toContainEqual(
        expect.objectContaining({
          contentId: q.id,
          queueReason: 'FLAGGED',
          hidden: true,
          openFlagCount: 1,
          question: { id: q.id, status: 'OPEN' },
        }),
      );
      expect(ok(await moderate('QUESTION', q.id, 'RESTORE'), 'moderate')).toMatchObject({
        hidden: false,
        openFlagCount: 0,
      });
      expect(await view(q.id, lund)).toMatchObject({ hidden: false });
      expect((await queue()).map((i) => i.contentId)).not.toContain(q.id);
    });

    it('hides and restores a question by a moderator’s decision', async () => {
      const q = await opened();
      expect(ok(await moderate('QUESTION', q.id, 'HIDE'), 'moderate')).toMatchObject({
        hidden: true,
      });
      expect(found(await read(q.id, gbg), 'question')).toBe(false);
      await expectRefused('INVALID_STATE', () => moderate('QUESTION', q.id, 'HIDE'), {
        question: q.id,
      });
      ok(await moderate('QUESTION', q.id, 'RESTORE'), 'moderate');
      expect(await view(q.id, gbg)).toMatchObject({ hidden: false });
    });

    it('hides an answer on the third reader’s flag and restores it', async () => {
      const q = await opened();
      const a = await answerQuestion(t, ispExpert, q.id);
      expect(ok(await flag('ANSWER', a.id, lund), 'flagContent')).toEqual({ contentHidden: false });
      expect(ok(await flag('ANSWER', a.id, gbg, 'INCORRECT'), 'flagContent')).toEqual({
        contentHidden: false,
      });
      expect(ok(await flag('ANSWER', a.id, colleague, 'ABUSIVE'), 'flagContent')).toEqual({
        contentHidden: true,
      });
      expect(await answerSeenBy(q.id, a.id, asker)).toBeUndefined();
      expect(await answerSeenBy(q.id, a.id, ispExpert)).toMatchObject({ hidden: true });
      expect(await queue()).toContainEqual(
        expect.objectContaining({
          contentType: 'ANSWER',
          contentId: a.id,
          queueReason: 'FLAGGED',
          hidden: true,
          openFlagCount: 3,
          answer: { id: a.id, status: 'PUBLISHED' },
        }),
      );
      ok(await moderate('ANSWER', a.id, 'RESTORE'), 'moderate');
      expect(await answerSeenBy(q.id, a.id, asker)).toMatchObject({ hidden: false });

      ok(await moderate('ANSWER', a.id, 'HIDE'), 'moderate');
      expect(await answerSeenBy(q.id, a.id, gbg)).toBeUndefined();
      ok(await moderate('ANSWER', a.id, 'RESTORE'), 'moderate');
      expect(await answerSeenBy(q.id, a.id, gbg)).toMatchObject({ hidden: false });
    });

    it('answers a flag on an answer of a hidden question with NOT_FOUND', async () => {
      const q = await opened();
      const a = await answerQuestion(t, ispExpert, q.id);
      ok(await moderate('QUESTION', q.id, 'HIDE'), 'moderate');
      await expectRefused('NOT_FOUND', () => flag('ANSWER', a.id, gbg), { answer: a.id });
    });

    it('reveals the author of a question and of an answer to a moderator, audited', async () => {
      const q = await opened({ attribution: 'ANONYMOUS' });
      const a = await answerQuestion(t, ispExpert, q.id);
      const reason = 'Checking a report of impersonation';
      for (const [contentType, id, who] of [
        ['QUESTION', q.id, asker],
        ['ANSWER', a.id, ispExpert],
      ] as const) {
        const revealed = await t.gql(
          REVEAL,
          { input: { contentType, contentId: id, reason } },
          moderator.accessToken,
        );
        expect(revealed.data?.revealAuthor).toMatchObject({ email: who.email });
        const audited: unknown[] = await db.query(
          `SELECT actor_id, reason FROM audit_log
            WHERE action = 'content.author-revealed' AND target_type = $1 AND target_id = $2`,
          [contentType, id],
        );
        expect(audited).toEqual([{ actor_id: moderator.id, reason }]);
      }
    });
  });

  // --- Outbox -------------------------------------------------------------------------------------

  it('writes asked, published, directed, answered, accepted and closed events with ids only', async () => {
    const q = await ask({ directedToIds: [ispId] });
    let last = '0';
    const step = async (call: () => Promise<unknown>) => {
      await call();
      const events = await outboxOf(q.id, last);
      last = events.at(-1)?.id ?? last;
      return events.map((e) => e.topic);
    };
    expect(await step(() => Promise.resolve())).toEqual(['question.asked']);
    expect(await step(() => approve(t, moderator, 'QUESTION', q.id))).toEqual([
      'question.published',
      'question.directed',
      'content.moderated',
    ]);
    let official: QuestionResult | undefined;
    expect(
      await step(async () => {
        official = await answerQuestion(t, ispExpert, q.id, { official: true });
      }),
    ).toEqual(['question.answered']);
    let pending: QuestionResult | undefined;
    expect(
      await step(async () => {
        pending = await answerQuestion(t, lund, q.id);
      }),
    ).toEqual(['answer.submitted']);
    expect(await step(() => approve(t, moderator, 'ANSWER', pending!.id))).toEqual([
      'question.answered',
      'content.moderated',
    ]);
    expect(await step(() => accept(asker, official!.id))).toEqual(['answer.accepted']);
    expect(
      await step(() => moderate('QUESTION', q.id, 'CLOSE', { closeReason: 'RESOLVED' })),
    ).toEqual(['question.closed', 'content.moderated']);

    const events = await outboxOf(q.id);
    const answerIds = [official!.id, pending!.id];
    for (const event of events) {
      if (event.aggregate_type === 'QUESTION') expect(event.aggregate_id).toBe(q.id);
      else expect(answerIds).toContain(event.aggregate_id);
      // Question events name the question; content.moderated names what was moderated.
      expect(event.payload.questionId ?? event.payload.contentId).toEqual(
        event.topic === 'content.moderated' ? event.aggregate_id : q.id,
      );
      const text = JSON.stringify(event);
      for (const member of [asker, ispExpert, lund, moderator])
        expect(text).not.toContain(member.id);
      expect(text).not.toContain(asker.organisationId);
      expect(text).not.toContain(lund.organisationId);
    }
    expect(events.find((e) => e.topic === 'question.directed')!.payload).toEqual({
      questionId: q.id,
      sharingLevel: 'GREEN',
      directedToIds: [ispId],
    });
    expect(events.find((e) => e.topic === 'answer.accepted')!.payload).toEqual({
      questionId: q.id,
      sharingLevel: 'GREEN',
      answerId: official!.id,
    });
    expect(events.find((e) => e.topic === 'question.closed')!.payload).toEqual({
      questionId: q.id,
      sharingLevel: 'GREEN',
      closeReason: 'RESOLVED',
      duplicateOfId: null,
    });
  });
});
