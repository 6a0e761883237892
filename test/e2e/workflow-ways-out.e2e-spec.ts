// SPDX-License-Identifier: EUPL-1.2
import { DataSource } from 'typeorm';
import { Role } from 'src/graph/auth/role.enum';
import { createCase, publishedCase, type CaseResult } from 'test/factories/case.factory';
import { signedInMember, type SignedInMember } from 'test/factories/member.factory';
import { answerQuestion, approve, askQuestion } from 'test/factories/question.factory';
import {
  errorCode,
  startTestApp,
  type GraphQLResponse,
  type TestApp,
  found,
} from 'test/helpers/test-app';

const FIELDS = 'id status version moderationNote';
const READ = `query($id: ID!) { case(id: $id) { ${FIELDS} } }`;
const UPDATE = `mutation($input: UpdateCaseInput!) { updateCase(input: $input) { ${FIELDS} } }`;
const SUBMIT = `mutation($input: SubmitCaseInput!) { submitCase(input: $input) { ${FIELDS} } }`;
const WITHDRAW = `mutation($input: WithdrawCaseInput!) { withdrawCase(input: $input) { ${FIELDS} } }`;
const DELETE = `mutation($input: DeleteCaseInput!) { deleteCase(input: $input) { id } }`;
const MODERATE = `mutation($input: ModerateInput!) { moderate(input: $input) { contentId } }`;
const QUEUE = `{ moderationQueue(first: 100) { edges { node { contentId queueReason } } } }`;
const READ_QUESTION = `query($id: ID!) { question(id: $id) { id status version moderationNote } }`;
const UPDATE_QUESTION = `mutation($input: UpdateQuestionInput!) {
  updateQuestion(input: $input) { id status version moderationNote } }`;
const UPDATE_ANSWER = `mutation($input: UpdateAnswerInput!) {
  updateAnswer(input: $input) { id status version } }`;

/**
 * Issue 11, item 11: every status has a way forward or out that a person would expect — a
 * draft is deleted, a rejected case is edited and resubmitted or withdrawn, a case waiting for
 * or sent back by a moderator is withdrawn, a withdrawn one is submitted again, and a rejected
 * question or answer is edited to be submitted again.
 */
describe('Ways forward and out of every workflow state (e2e)', () => {
  let t: TestApp;
  let db: DataSource;
  let author: SignedInMember;
  let other: SignedInMember;
  let moderator: SignedInMember;

  beforeAll(async () => {
    t = await startTestApp({ worker: false });
    db = t.app.get(DataSource);
    author = await signedInMember(t);
    other = await signedInMember(t, { organisationSlug: 'lunds-universitet' });
    moderator = await signedInMember(t, {
      organisationSlug: 'universitets-och-hogskoleradet',
      roles: [Role.MODERATOR],
    });
  });

  afterAll(() => t.close());

  const ok = <T = CaseResult>(result: GraphQLResponse, field: string): T => {
    expect(result.errors).toBeUndefined();
    return result.data![field] as T;
  };
  const call = (query: string, input: Record<string, unknown>, who = author) =>
    t.gql(query, { input }, who.accessToken);
  const moderate = (type: string, id: string, action: string, reason = `${action} by test`) =>
    call(MODERATE, { contentType: type, contentId: id, action, reason }, moderator);
  const queued = async (id: string) => {
    const result = await t.gql(QUEUE, {}, moderator.accessToken);
    return (result.data!.moderationQueue.edges as { node: { contentId: string } }[]).some(
      (e) => e.node.contentId === id,
    );
  };
  const count = async (sql: string, params: unknown[]) =>
    Number((await db.query(`SELECT count(*)::int AS n FROM ${sql}`, params))[0].n);
  async function submitted(): Promise<CaseResult> {
    const c = await createCase(t, author);
    return ok(await call(SUBMIT, { id: c.id }), 'submitCase');
  }
  async function rejected(reason = 'Out of scope as written.'): Promise<CaseResult> {
    const c = await submitted();
    ok(await moderate('CASE', c.id, 'REJECT', reason), 'moderate');
    return c;
  }

  describe('cases', () => {
    it('deletes a draft with its revisions; no event goes out, since nobody else saw it', async () => {
      const c = await createCase(t, author);
      ok(
        await call(UPDATE, { id: c.id, expectedVersion: 1, title: 'A second draft title' }),
        'updateCase',
      );
      expect(await count('case_revision WHERE case_id = $1', [c.id])).toBe(2);

      const events = await count('outbox WHERE aggregate_id = $1', [c.id]);
      // Someone else cannot even tell it exists.
      expect(errorCode(await call(DELETE, { id: c.id }, other))).toBe('NOT_FOUND');
      expect(ok<{ id: string }>(await call(DELETE, { id: c.id }), 'deleteCase')).toEqual({
        id: c.id,
      });
      expect(found(await t.gql(READ, { id: c.id }, author.accessToken), 'case')).toBe(false);
      expect(await count('case_study WHERE id = $1', [c.id])).toBe(0);
      expect(await count('case_revision WHERE case_id = $1', [c.id])).toBe(0);
      expect(await count('outbox WHERE aggregate_id = $1', [c.id])).toBe(events);
      expect(errorCode(await call(DELETE, { id: c.id }))).toBe('NOT_FOUND');
    });

    it('deletes only drafts: anything submitted is withdrawn instead, and only by its author', async () => {
      const pending = await submitted();
      expect(errorCode(await call(DELETE, { id: pending.id }))).toBe('INVALID_STATE');
      const live = await publishedCase(t, author, moderator);
      expect(errorCode(await call(DELETE, { id: live.id }, other))).toBe('FORBIDDEN');
      expect(errorCode(await call(DELETE, { id: live.id }))).toBe('INVALID_STATE');
      expect(await count('case_study WHERE id = ANY($1)', [[pending.id, live.id]])).toBe(2);
      expect(errorCode(await call(DELETE, { id: 'not-a-uuid' }))).toBe('BAD_USER_INPUT');
      expect(errorCode(await t.gql(DELETE, { input: { id: pending.id } }))).toBe('UNAUTHENTICATED');
    });

    it('REJECTED → edited in place (the reason stays in view) → resubmitted → PUBLISHED', async () => {
      const c = await rejected('Please describe the outcome without the partner’s name.');
      const edited = ok(
        await call(UPDATE, { id: c.id, expectedVersion: 1, summary: 'A rewritten summary of it.' }),
        'updateCase',
      );
      expect(edited).toMatchObject({
        status: 'REJECTED',
        version: 2,
        moderationNote: 'Please describe the outcome without the partner’s name.',
      });
      expect(ok(await call(SUBMIT, { id: c.id }), 'submitCase')).toMatchObject({
        status: 'SUBMITTED',
        moderationNote: null,
      });
      expect(await queued(c.id)).toBe(true);
      ok(await moderate('CASE', c.id, 'APPROVE'), 'moderate');
      expect(ok(await t.gql(READ, { id: c.id }, other.accessToken), 'case')).toMatchObject({
        status: 'PUBLISHED',
        version: 2,
      });
    });

    it('REJECTED → WITHDRAWN by its author → edited → submitted again', async () => {
      const c = await rejected();
      expect(ok(await call(WITHDRAW, { id: c.id }), 'withdrawCase')).toMatchObject({
        status: 'WITHDRAWN',
      });
      ok(
        await call(UPDATE, { id: c.id, expectedVersion: 1, title: 'A new start for it' }),
        'updateCase',
      );
      expect(ok(await call(SUBMIT, { id: c.id }), 'submitCase')).toMatchObject({
        status: 'SUBMITTED',
        version: 2,
      });
    });

    it('SUBMITTED and CHANGES_REQUESTED are withdrawn by the author and leave the queue', async () => {
      const waiting = await submitted();
      expect(await queued(waiting.id)).toBe(true);
      expect(ok(await call(WITHDRAW, { id: waiting.id }), 'withdrawCase')).toMatchObject({
        status: 'WITHDRAWN',
      });
      expect(await queued(waiting.id)).toBe(false);

      const sentBack = await submitted();
      ok(await moderate('CASE', sentBack.id, 'REQUEST_CHANGES'), 'moderate');
      expect(ok(await call(WITHDRAW, { id: sentBack.id }), 'withdrawCase')).toMatchObject({
        status: 'WITHDRAWN',
      });
    });

    it('a withdrawn restricted case is published to its audience again on submit', async () => {
      const c = await publishedCase(t, author, moderator, { sharingLevel: 'AMBER_STRICT' });
      ok(await call(WITHDRAW, { id: c.id }), 'withdrawCase');
      expect(ok(await call(SUBMIT, { id: c.id }), 'submitCase')).toMatchObject({
        status: 'PUBLISHED',
      });
    });
  });

  describe('questions and answers', () => {
    it('a REJECTED question, edited, is asked again: pending review, note cleared, then approved', async () => {
      const q = await askQuestion(t, author);
      ok(await moderate('QUESTION', q.id, 'REJECT', 'Too specific to one person.'), 'moderate');
      const edited = ok(
        await call(UPDATE_QUESTION, {
          id: q.id,
          expectedVersion: 1,
          body: 'We plan to share design files for a research radar with a university abroad.',
        }),
        'updateQuestion',
      );
      expect(edited).toMatchObject({ status: 'PENDING_REVIEW', version: 2, moderationNote: null });
      expect(await queued(q.id)).toBe(true);
      ok(await moderate('QUESTION', q.id, 'APPROVE'), 'moderate');
      expect(
        ok(await t.gql(READ_QUESTION, { id: q.id }, other.accessToken), 'question'),
      ).toMatchObject({
        status: 'OPEN',
      });
    });

    it('a REJECTED question narrowed to AMBER_STRICT opens at once', async () => {
      const q = await askQuestion(t, author);
      ok(await moderate('QUESTION', q.id, 'REJECT'), 'moderate');
      const edited = ok(
        await call(UPDATE_QUESTION, { id: q.id, expectedVersion: 1, sharingLevel: 'AMBER_STRICT' }),
        'updateQuestion',
      );
      expect(edited).toMatchObject({ status: 'OPEN' });
      expect(await queued(q.id)).toBe(false);
    });

    it('a REJECTED answer, edited, goes back to the moderators', async () => {
      const q = await askQuestion(t, author);
      await approve(t, moderator, 'QUESTION', q.id);
      const answer = await answerQuestion(t, other, q.id);
      expect(answer.status).toBe('PENDING_REVIEW');
      ok(await moderate('ANSWER', answer.id, 'REJECT'), 'moderate');
      const edited = ok(
        await call(
          UPDATE_ANSWER,
          { id: answer.id, expectedVersion: 1, body: 'A licence depends on the frequency range.' },
          other,
        ),
        'updateAnswer',
      );
      expect(edited).toMatchObject({ status: 'PENDING_REVIEW', version: 2 });
      expect(await queued(answer.id)).toBe(true);
    });
  });
});
