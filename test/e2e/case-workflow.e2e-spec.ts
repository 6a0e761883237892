// SPDX-License-Identifier: EUPL-1.2
import { DataSource } from 'typeorm';
import { Role } from 'src/graph/auth/role.enum';
import { createCase, publishedCase, type CaseResult } from 'test/factories/case.factory';
import { signedInMember, type SignedInMember } from 'test/factories/member.factory';
import {
  errorCode,
  found,
  nodesOf,
  startTestApp,
  type GraphQLResponse,
  type TestApp,
} from 'test/helpers/test-app';

const FIELDS = 'id status version sharingLevel hidden moderationNote';
const READ = `query($id: ID!) { case(id: $id) { ${FIELDS} } }`;
const REVISIONS = `query($id: ID!) {
  case(id: $id) { version revisions(first: 100) {
    totalCount edges { node { id version snapshot redactedAt redactionReason } }
  } }
}`;
const UPDATE = `mutation($input: UpdateCaseInput!) { updateCase(input: $input) { ${FIELDS} } }`;
const SUBMIT = `mutation($input: SubmitCaseInput!) { submitCase(input: $input) { ${FIELDS} } }`;
const WITHDRAW = `mutation($input: WithdrawCaseInput!) { withdrawCase(input: $input) { ${FIELDS} } }`;
const MODERATE = `mutation($input: ModerateInput!) {
  moderate(input: $input) { contentId hidden openFlagCount }
}`;
const FLAG = `mutation($input: FlagContentInput!) { flagContent(input: $input) { contentHidden } }`;
const REDACT = `mutation($input: RedactRevisionInput!) { redactRevision(input: $input) { contentId } }`;
const REVEAL = `mutation($input: RevealAuthorInput!) { revealAuthor(input: $input) { displayName } }`;
const QUEUE = `{ moderationQueue(first: 100) {
  edges { node { contentId queueReason hidden openFlagCount openFlags { reason } } }
} }`;
const AUDIT = `query($filter: AuditLogFilter) {
  auditLog(first: 100, filter: $filter) { edges { node { action actorId reason targetId details } } }
}`;

interface QueueItem {
  contentId: string;
  queueReason: string | null;
  hidden: boolean;
  openFlagCount: number;
}

describe('Case workflow, revisions, screening, levels, outbox and flags (e2e)', () => {
  let t: TestApp;
  let db: DataSource;
  let author: SignedInMember;
  /** Same organisation as the author: reads AMBER_STRICT cases. */
  let colleague: SignedInMember;
  /** Another organisation: reads GREEN cases only. */
  let other: SignedInMember;
  let thirdReader: SignedInMember;
  let moderator: SignedInMember;
  let admin: SignedInMember;

  beforeAll(async () => {
    t = await startTestApp({ worker: false });
    db = t.app.get(DataSource);
    author = await signedInMember(t, { displayName: 'Case Author' });
    colleague = await signedInMember(t);
    other = await signedInMember(t, { organisationSlug: 'lunds-universitet' });
    thirdReader = await signedInMember(t, { organisationSlug: 'goteborgs-universitet' });
    moderator = await signedInMember(t, {
      organisationSlug: 'universitets-och-hogskoleradet',
      roles: [Role.MODERATOR],
    });
    admin = await signedInMember(t, {
      organisationSlug: 'universitets-och-hogskoleradet',
      roles: [Role.ADMIN],
    });
  });

  afterAll(() => t.close());

  // --- GraphQL calls, as each role makes them -------------------------------------------------

  const read = (id: string, who: SignedInMember) => t.gql(READ, { id }, who.accessToken);
  const submit = (id: string, who = author, acknowledgedFindings?: string[]) =>
    t.gql(SUBMIT, { input: { id, acknowledgedFindings } }, who.accessToken);
  const update = (
    id: string,
    expectedVersion: number,
    changes: Record<string, unknown>,
    who = author,
  ) => t.gql(UPDATE, { input: { id, expectedVersion, ...changes } }, who.accessToken);
  const withdraw = (id: string, who = author) =>
    t.gql(WITHDRAW, { input: { id } }, who.accessToken);
  const moderate = (id: string, action: string, who = moderator, reason = `${action} by test`) =>
    t.gql(
      MODERATE,
      { input: { contentType: 'CASE', contentId: id, action, reason } },
      who.accessToken,
    );
  const flag = (id: string, who: SignedInMember, reason = 'OFF_TOPIC') =>
    t.gql(FLAG, { input: { contentType: 'CASE', contentId: id, reason } }, who.accessToken);
  const queue = async (): Promise<QueueItem[]> => {
    const result = await t.gql(QUEUE, {}, moderator.accessToken);
    expect(result.errors).toBeUndefined();
    return (result.data!.moderationQueue.edges as { node: QueueItem }[]).map((e) => e.node);
  };
  const audit = async (filter: Record<string, unknown>) => {
    const result = await t.gql(AUDIT, { filter }, admin.accessToken);
    expect(result.errors).toBeUndefined();
    return (result.data!.auditLog.edges as { node: Record<string, unknown> }[]).map((e) => e.node);
  };

  /** The case as its author reads it; fails the test on any error. */
  async function authorView(id: string): Promise<CaseResult> {
    const result = await read(id, author);
    expect(result.errors).toBeUndefined();
    return result.data!.case as CaseResult;
  }

  function ok<T = CaseResult>(result: GraphQLResponse, field: string): T {
    expect(result.errors).toBeUndefined();
    return result.data![field] as T;
  }

  // --- Cases in each state ----------------------------------------------------------------------

  const draft = (overrides: Record<string, unknown> = {}, who = author) =>
    createCase(t, who, overrides);
  async function submitted(): Promise<CaseResult> {
    const c = await draft();
    return ok(await submit(c.id), 'submitCase');
  }
  const published = (overrides: Record<string, unknown> = {}) =>
    publishedCase(t, author, moderator, overrides);
  async function withdrawn(): Promise<CaseResult> {
    const c = await published();
    return ok(await withdraw(c.id), 'withdrawCase');
  }
  async function archived(): Promise<CaseResult> {
    const c = await published();
    ok(await moderate(c.id, 'ARCHIVE'), 'moderate');
    return c;
  }

  // --- Database reads: what a refused call must leave alone -------------------------------------

  const count = async (sql: string, params: unknown[] = []) =>
    Number((await db.query(`SELECT count(*)::int AS n FROM ${sql}`, params))[0].n);

  async function stored(id: string) {
    const [row] = await db.query(
      `SELECT status, version, sharing_level, hidden_at, moderation_note, updated_at,
              (SELECT count(*)::int FROM case_revision r WHERE r.case_id = c.id) AS revisions
         FROM case_study c WHERE id = $1`,
      [id],
    );
    return row as Record<string, unknown>;
  }

  /** The call fails with `code`, and the case, its revisions and the outbox are as they were. */
  async function expectRefused(id: string, code: string, call: () => Promise<GraphQLResponse>) {
    const before = await stored(id);
    const events = await count('outbox');
    const result = await call();
    expect(errorCode(result)).toBe(code);
    expect(await stored(id)).toEqual(before);
    expect(await count('outbox')).toBe(events);
    return result;
  }

  interface OutboxRow {
    id: string;
    topic: string;
    aggregate_type: string;
    aggregate_id: string;
    payload: Record<string, unknown>;
  }

  const outboxOf = (id: string, afterId = '0') =>
    db.query<OutboxRow[]>(
      `SELECT id, topic, aggregate_type, aggregate_id, payload FROM outbox
        WHERE aggregate_id = $1 AND id > $2 ORDER BY id`,
      [id, afterId],
    );

  describe('legal transitions', () => {
    it('GREEN: DRAFT → SUBMITTED → PUBLISHED (approved) → WITHDRAWN (author)', async () => {
      const c = await draft();
      expect(c).toMatchObject({ status: 'DRAFT', version: 1 });
      expect(found(await read(c.id, other), 'case')).toBe(false);
      expect(found(await read(c.id, moderator), 'case')).toBe(false);

      expect(ok(await submit(c.id), 'submitCase')).toMatchObject({ status: 'SUBMITTED' });
      expect(found(await read(c.id, other), 'case')).toBe(false);
      expect(await queue()).toContainEqual(
        expect.objectContaining({ contentId: c.id, queueReason: 'SUBMITTED' }),
      );

      ok(await moderate(c.id, 'APPROVE'), 'moderate');
      expect(ok(await read(c.id, other), 'case')).toMatchObject({ status: 'PUBLISHED' });
      expect((await queue()).map((i) => i.contentId)).not.toContain(c.id);

      expect(ok(await withdraw(c.id), 'withdrawCase')).toMatchObject({ status: 'WITHDRAWN' });
      expect(found(await read(c.id, other), 'case')).toBe(false);
      expect(await authorView(c.id)).toMatchObject({ status: 'WITHDRAWN', version: 1 });
    });

    it('SUBMITTED → CHANGES_REQUESTED with the comment → edited → resubmitted → PUBLISHED', async () => {
      const c = await submitted();
      const comment = 'Please leave out the name of the funding programme.';
      ok(await moderate(c.id, 'REQUEST_CHANGES', moderator, comment), 'moderate');
      expect(await authorView(c.id)).toMatchObject({
        status: 'CHANGES_REQUESTED',
        moderationNote: comment,
      });
      expect(found(await read(c.id, other), 'case')).toBe(false);

      const edited = ok(
        await update(c.id, 1, { summary: 'A scholarship required regular reports to its funder.' }),
        'updateCase',
      );
      expect(edited).toMatchObject({ status: 'CHANGES_REQUESTED', version: 2 });
      expect(ok(await submit(c.id), 'submitCase')).toMatchObject({
        status: 'SUBMITTED',
        moderationNote: null,
      });
      ok(await moderate(c.id, 'APPROVE'), 'moderate');
      expect(ok(await read(c.id, other), 'case')).toMatchObject({
        status: 'PUBLISHED',
        version: 2,
      });
    });

    it('SUBMITTED → REJECTED with the reason shown to the author', async () => {
      const c = await submitted();
      ok(await moderate(c.id, 'REJECT', moderator, 'Out of scope for the platform.'), 'moderate');
      expect(await authorView(c.id)).toMatchObject({
        status: 'REJECTED',
        moderationNote: 'Out of scope for the platform.',
      });
      expect((await queue()).map((i) => i.contentId)).not.toContain(c.id);
      expect(found(await read(c.id, other), 'case')).toBe(false);
    });

    it('PUBLISHED → ARCHIVED by a moderator', async () => {
      const c = await published();
      ok(await moderate(c.id, 'ARCHIVE', moderator, 'Superseded by a newer case.'), 'moderate');
      expect(await authorView(c.id)).toMatchObject({
        status: 'ARCHIVED',
        moderationNote: 'Superseded by a newer case.',
      });
      expect(found(await read(c.id, other), 'case')).toBe(false);
    });

    it('AMBER, AMBER_STRICT and RED reach their audience on submit, without moderation', async () => {
      const levels = [
        { sharingLevel: 'AMBER', recipientOrganisationIds: [other.organisationId] },
        { sharingLevel: 'AMBER_STRICT' },
        { sharingLevel: 'RED', recipientMemberIds: [other.id] },
      ];
      for (const overrides of levels) {
        const c = await draft(overrides);
        const result = ok(await submit(c.id), 'submitCase');
        expect({ level: overrides.sharingLevel, status: result.status }).toEqual({
          level: overrides.sharingLevel,
          status: 'PUBLISHED',
        });
        expect((await queue()).map((i) => i.contentId)).not.toContain(c.id);
        // Platform moderators do not read restricted levels they are not recipients of.
        expect(found(await read(c.id, moderator), 'case')).toBe(false);
        const otherReads = overrides.sharingLevel !== 'AMBER_STRICT';
        expect(found(await read(c.id, other), 'case')).toBe(otherReads);
        const colleagueReads = overrides.sharingLevel !== 'RED';
        expect(found(await read(c.id, colleague), 'case')).toBe(colleagueReads);
      }
    });

    it('HIDE takes a published case out of view and RESTORE brings it back', async () => {
      const c = await published();
      expect(ok(await moderate(c.id, 'HIDE'), 'moderate')).toMatchObject({ hidden: true });
      expect(found(await read(c.id, other), 'case')).toBe(false);
      expect(await authorView(c.id)).toMatchObject({ status: 'PUBLISHED', hidden: true });

      expect(ok(await moderate(c.id, 'RESTORE'), 'moderate')).toMatchObject({ hidden: false });
      expect(ok(await read(c.id, other), 'case')).toMatchObject({ hidden: false });
    });
  });

  describe('illegal transitions answer INVALID_STATE and change nothing', () => {
    it('refuses to submit a PUBLISHED, SUBMITTED or ARCHIVED case', async () => {
      for (const c of [await published(), await submitted(), await archived()]) {
        await expectRefused(c.id, 'INVALID_STATE', () => submit(c.id));
      }
    });

    it('refuses to withdraw a DRAFT (it is deleted), WITHDRAWN or ARCHIVED case', async () => {
      for (const c of [await draft(), await withdrawn(), await archived()]) {
        await expectRefused(c.id, 'INVALID_STATE', () => withdraw(c.id));
      }
    });

    it('refuses to approve a DRAFT or PUBLISHED case', async () => {
      // A moderator reads a draft only when it is their own; anyone else's is NOT_FOUND.
      const own = await draft({}, moderator);
      await expectRefused(own.id, 'INVALID_STATE', () => moderate(own.id, 'APPROVE'));
      const authors = await draft();
      await expectRefused(authors.id, 'NOT_FOUND', () => moderate(authors.id, 'APPROVE'));
      const live = await published();
      await expectRefused(live.id, 'INVALID_STATE', () => moderate(live.id, 'APPROVE'));
      await expectRefused(live.id, 'INVALID_STATE', () => moderate(live.id, 'REQUEST_CHANGES'));
    });

    it('refuses to archive a DRAFT', async () => {
      const own = await draft({}, moderator);
      await expectRefused(own.id, 'INVALID_STATE', () => moderate(own.id, 'ARCHIVE'));
    });

    it('refuses to edit an ARCHIVED case', async () => {
      for (const c of [await archived()]) {
        await expectRefused(c.id, 'INVALID_STATE', () =>
          update(c.id, 1, { title: 'An edit after the fact' }),
        );
      }
    });

    it('refuses to restore a visible case, hide a hidden one or CLOSE a case', async () => {
      const c = await published();
      await expectRefused(c.id, 'INVALID_STATE', () => moderate(c.id, 'RESTORE'));
      await expectRefused(c.id, 'INVALID_STATE', () => moderate(c.id, 'CLOSE'));
      ok(await moderate(c.id, 'HIDE'), 'moderate');
      await expectRefused(c.id, 'INVALID_STATE', () => moderate(c.id, 'HIDE'));
    });
  });

  describe('who may act', () => {
    it('lets only the author edit, submit and withdraw', async () => {
      const live = await published();
      // `other` reads the GREEN case, so they learn it exists: FORBIDDEN.
      await expectRefused(live.id, 'FORBIDDEN', () =>
        update(live.id, 1, { title: 'Not my case to edit' }, other),
      );
      await expectRefused(live.id, 'FORBIDDEN', () => withdraw(live.id, other));
      await expectRefused(live.id, 'FORBIDDEN', () => submit(live.id, other));
      await expectRefused(live.id, 'FORBIDDEN', () =>
        update(live.id, 1, { title: 'Moderators do not edit' }, moderator),
      );

      // A draft is the author's alone: to anyone else it does not exist.
      const d = await draft();
      await expectRefused(d.id, 'NOT_FOUND', () => update(d.id, 1, { title: 'Guessing' }, other));
      await expectRefused(d.id, 'NOT_FOUND', () => submit(d.id, other));
      await expectRefused(d.id, 'NOT_FOUND', () => withdraw(d.id, other));

      const internal = await published({ sharingLevel: 'AMBER_STRICT' });
      await expectRefused(internal.id, 'NOT_FOUND', () =>
        update(internal.id, 1, { title: 'Outside the organisation' }, other),
      );
      await expectRefused(internal.id, 'FORBIDDEN', () =>
        update(internal.id, 1, { title: 'Same organisation' }, colleague),
      );
      await expectRefused(internal.id, 'FORBIDDEN', () => withdraw(internal.id, colleague));
    });

    it('lets only moderators moderate', async () => {
      const c = await submitted();
      await expectRefused(c.id, 'FORBIDDEN', () => moderate(c.id, 'APPROVE', author));
      await expectRefused(c.id, 'FORBIDDEN', () => moderate(c.id, 'REJECT', other));
      const revisionId = nodesOf<{ id: string }>(
        (await t.gql(REVISIONS, { id: c.id }, author.accessToken)).data!.case.revisions,
      )[0]!.id;
      await expectRefused(c.id, 'FORBIDDEN', () =>
        t.gql(
          REDACT,
          { input: { contentType: 'CASE', contentId: c.id, revisionId, reason: 'Not allowed' } },
          other.accessToken,
        ),
      );
      expect(errorCode(await t.gql(QUEUE, {}, other.accessToken))).toBe('FORBIDDEN');
    });
  });

  describe('revisions', () => {
    const revisionsOf = async (id: string, who = author) => {
      const result = await t.gql(REVISIONS, { id }, who.accessToken);
      expect(result.errors).toBeUndefined();
      const revisions = result.data!.case.revisions;
      expect(revisions.totalCount).toBe(revisions.edges.length);
      return nodesOf<{
        id: string;
        version: number;
        snapshot: Record<string, unknown>;
        redactedAt: string | null;
        redactionReason: string | null;
      }>(revisions);
    };

    it('adds one revision per edit, newest first', async () => {
      const c = await draft({ title: 'Revision one of the case' });
      for (const version of [2, 3, 4]) {
        const edited = ok(
          await update(c.id, version - 1, { title: `Revision ${version} of the case` }),
          'updateCase',
        );
        expect(edited.version).toBe(version);
      }
      const revisions = await revisionsOf(c.id);
      expect(revisions.map((r) => [r.version, r.snapshot.title])).toEqual([
        [4, 'Revision 4 of the case'],
        [3, 'Revision 3 of the case'],
        [2, 'Revision 2 of the case'],
        [1, 'Revision one of the case'],
      ]);
      expect(revisions[0]!.snapshot).toMatchObject({ sharingLevel: 'GREEN', year: 2024 });
    });

    it('pages revisions by keyset (first/after), newest first, at most 100 a page', async () => {
      const c = await draft({ title: 'Revision one of the case' });
      for (const version of [2, 3, 4, 5])
        ok(
          await update(c.id, version - 1, { title: `Revision ${version} of the case` }),
          'updateCase',
        );
      const PAGE = `query($id: ID!, $first: Int, $after: String) { case(id: $id) {
        revisions(first: $first, after: $after) {
          totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
          edges { cursor node { version } }
        } } }`;
      const pages: { versions: number[]; pageInfo: Record<string, unknown> }[] = [];
      let after: string | null = null;
      do {
        const result: GraphQLResponse<Record<string, any>> = await t.gql(
          PAGE,
          { id: c.id, first: 2, after },
          author.accessToken,
        );
        expect(result.errors).toBeUndefined();
        const connection: any = result.data!.case.revisions;
        expect(connection.totalCount).toBe(5);
        expect(connection.pageInfo).toMatchObject({
          hasPreviousPage: false,
          startCursor: connection.edges[0]?.cursor ?? null,
          endCursor: connection.edges.at(-1)?.cursor ?? null,
        });
        pages.push({
          versions: nodesOf<{ version: number }>(connection).map((r) => r.version),
          pageInfo: connection.pageInfo,
        });
        after = connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
      } while (after && pages.length < 10);
      expect(pages.map((p) => p.versions)).toEqual([[5, 4], [3, 2], [1]]);

      for (const bad of [{ first: 101 }, { first: 0 }, { after: 'garbage' }])
        expect(errorCode(await t.gql(PAGE, { id: c.id, ...bad }, author.accessToken))).toBe(
          'BAD_USER_INPUT',
        );
    });

    it('answers a stale expectedVersion with CONFLICT and changes nothing', async () => {
      const c = await draft();
      ok(await update(c.id, 1, { title: 'The first edit wins' }), 'updateCase');
      await expectRefused(c.id, 'CONFLICT', () => update(c.id, 1, { title: 'A stale edit' }));
      expect(await authorView(c.id)).toMatchObject({ version: 2 });
    });

    it('lets exactly one of two concurrent edits of the same version through', async () => {
      const c = await draft();
      const titles = ['Concurrent edit from tab A', 'Concurrent edit from tab B'];
      const results = await Promise.all(titles.map((title) => update(c.id, 1, { title })));
      expect(results.map(errorCode).sort()).toEqual(['CONFLICT', undefined]);
      const winner = titles[results.findIndex((r) => r.errors === undefined)];
      const revisions = await revisionsOf(c.id);
      expect(revisions.map((r) => [r.version, r.snapshot.title])).toEqual([
        [2, winner],
        [1, expect.any(String)],
      ]);
      expect(await stored(c.id)).toMatchObject({ version: 2 });
    });

    it('lets a moderator redact a revision, audited; the author still sees the list', async () => {
      const c = await published({ title: 'First wording of the case' });
      ok(await update(c.id, 1, { title: 'Second wording of the case' }), 'updateCase');
      const first = (await revisionsOf(c.id, moderator)).find((r) => r.version === 1)!;
      expect(first.snapshot.title).toBe('First wording of the case');

      const reason = 'The first wording named a person.';
      const redacted = await t.gql(
        REDACT,
        { input: { contentType: 'CASE', contentId: c.id, revisionId: first.id, reason } },
        moderator.accessToken,
      );
      expect(redacted.errors).toBeUndefined();

      const revisions = await revisionsOf(c.id);
      expect(revisions.map((r) => r.version)).toEqual([2, 1]);
      expect(revisions[1]).toMatchObject({
        id: first.id,
        snapshot: {},
        redactedAt: expect.any(String),
        redactionReason: reason,
      });
      expect(revisions[0]!.snapshot.title).toBe('Second wording of the case');
      expect(revisions[0]!.redactedAt).toBeNull();

      expect(await audit({ actions: ['CONTENT_REVISION_REDACTED'], targetId: c.id })).toEqual([
        expect.objectContaining({
          action: 'CONTENT_REVISION_REDACTED',
          actorId: moderator.id,
          targetId: c.id,
          reason,
          details: expect.objectContaining({ revisionId: first.id }),
        }),
      ]);
      expect((await outboxOf(c.id)).map((e) => e.topic)).toContain('case.revision-redacted');
    });
  });

  describe('personal-data screening', () => {
    // Fictional data only (screening README): PTS's drama range, an example.org address.
    const context =
      'The visiting researcher gave the number 070-174 06 05 and wrote from ' +
      'visitor@example.org to KTH about the planned project.';
    const expected = [
      ['PHONE_NUMBER', '070-174 06 05'],
      ['EMAIL', 'visitor@example.org'],
      ['ORGANISATION_NAME', 'KTH'],
    ];

    it('refuses to submit until every finding is acknowledged', async () => {
      const c = await draft({ context });
      const result = await expectRefused(c.id, 'PII_UNRESOLVED', () => submit(c.id));
      const findings = result.errors![0]!.extensions!.findings as {
        field: string;
        kind: string;
        start: number;
        end: number;
        fingerprint: string;
        acknowledgeable: boolean;
      }[];
      expect(findings.map((f) => [f.kind, context.slice(f.start, f.end)])).toEqual(expected);
      for (const finding of findings) {
        expect(Object.keys(finding).sort()).toEqual([
          'acknowledgeable',
          'end',
          'field',
          'fingerprint',
          'kind',
          'start',
        ]);
        expect(finding.field).toBe('context');
        expect(finding.fingerprint).toMatch(/^[0-9a-f]{16}$/);
        expect(finding.acknowledgeable).toBe(true);
      }
      const error = JSON.stringify(result.errors);
      for (const [, text] of expected) expect(error).not.toContain(text);
      expect(await stored(c.id)).toMatchObject({ status: 'DRAFT' });

      // Acknowledging some is not enough; acknowledging all lets it through.
      const fingerprints = findings.map((f) => f.fingerprint);
      await expectRefused(c.id, 'PII_UNRESOLVED', () =>
        submit(c.id, author, fingerprints.slice(1)),
      );
      expect(ok(await submit(c.id, author, fingerprints), 'submitCase')).toMatchObject({
        status: 'SUBMITTED',
      });
    });

    // Restricted levels skip platform moderation, so the acknowledgement was all that stood
    // between a personnummer and its audience (issue 11). 811218-9876 is a printed example.
    it.each([
      ['RED', () => ({ sharingLevel: 'RED', recipientMemberIds: [other.id] })],
      [
        'AMBER',
        () => ({ sharingLevel: 'AMBER', recipientOrganisationIds: [other.organisationId] }),
      ],
      ['GREEN', () => ({ sharingLevel: 'GREEN' })],
    ])(
      'refuses a %s case with an acknowledged personal identity number: it must be removed',
      async (_level, level) => {
        const withNumber = 'The visiting researcher gave the number 811218-9876 to KTH.';
        const c = await draft({ ...level(), context: withNumber });
        const first = await expectRefused(c.id, 'PII_UNRESOLVED', () => submit(c.id));
        const fingerprints = (
          first.errors![0]!.extensions!.findings as { fingerprint: string }[]
        ).map((f) => f.fingerprint);
        const refused = await expectRefused(c.id, 'PII_UNRESOLVED', () =>
          submit(c.id, author, fingerprints),
        );
        expect(refused.errors![0]!.message).toMatch(/identity or coordination number: remove it/);
        expect(refused.errors![0]!.extensions!.findings).toEqual([
          expect.objectContaining({
            kind: 'PERSONAL_IDENTITY_NUMBER',
            field: 'context',
            acknowledgeable: false,
          }),
        ]);
        expect(JSON.stringify(refused.errors)).not.toMatch(/811218|9876/);
        expect(await stored(c.id)).toMatchObject({ status: 'DRAFT' });
        // Writing it differently does not help either.
        const rewritten = ok(
          await update(c.id, 1, {
            context: 'The visiting researcher gave the number 19811218-9876 to KTH.',
            acknowledgedFindings: fingerprints,
          }),
          'updateCase',
        );
        await expectRefused(c.id, 'PII_UNRESOLVED', () =>
          submit(rewritten.id, author, fingerprints),
        );
      },
    );

    it('lets a draft through once the data is removed', async () => {
      const c = await draft({ context });
      await expectRefused(c.id, 'PII_UNRESOLVED', () => submit(c.id));
      ok(
        await update(c.id, 1, {
          context: 'The visiting researcher wrote to the university about the planned project.',
        }),
        'updateCase',
      );
      expect(ok(await submit(c.id), 'submitCase')).toMatchObject({ status: 'SUBMITTED' });
    });

    it('screens edits of a published case too', async () => {
      const c = await published();
      const result = await expectRefused(c.id, 'PII_UNRESOLVED', () =>
        update(c.id, 1, {
          lessonsLearned: 'Ask the funder first; write to contact@example.org for the terms.',
        }),
      );
      expect(result.errors![0]!.extensions!.findings).toEqual([
        expect.objectContaining({ field: 'lessonsLearned', kind: 'EMAIL' }),
      ]);
    });
  });

  describe('sharing-level changes', () => {
    it('narrows a published case at once and records case.level-changed', async () => {
      const c = await published();
      expect(ok(await read(c.id, other), 'case')).toMatchObject({ status: 'PUBLISHED' });
      const edited = ok(await update(c.id, 1, { sharingLevel: 'AMBER_STRICT' }), 'updateCase');
      expect(edited).toMatchObject({ status: 'PUBLISHED', sharingLevel: 'AMBER_STRICT' });
      expect(found(await read(c.id, other), 'case')).toBe(false);
      expect(found(await read(c.id, moderator), 'case')).toBe(false);
      expect(ok(await read(c.id, colleague), 'case')).toMatchObject({ status: 'PUBLISHED' });
      expect(await outboxOf(c.id)).toContainEqual(
        expect.objectContaining({
          topic: 'case.level-changed',
          payload: expect.objectContaining({ caseId: c.id, from: 'GREEN', to: 'AMBER_STRICT' }),
        }),
      );
    });

    it('sends a case widened to GREEN back to moderation', async () => {
      const c = await published({ sharingLevel: 'AMBER_STRICT' });
      expect(c.status).toBe('PUBLISHED');
      const edited = ok(await update(c.id, 1, { sharingLevel: 'GREEN' }), 'updateCase');
      expect(edited).toMatchObject({ status: 'SUBMITTED', sharingLevel: 'GREEN' });
      expect(found(await read(c.id, other), 'case')).toBe(false);
      expect(await queue()).toContainEqual(
        expect.objectContaining({ contentId: c.id, queueReason: 'SUBMITTED' }),
      );
      ok(await moderate(c.id, 'APPROVE'), 'moderate');
      expect(ok(await read(c.id, other), 'case')).toMatchObject({
        status: 'PUBLISHED',
        sharingLevel: 'GREEN',
      });
    });
  });

  it('writes an outbox event for each step, with the case id and never the author', async () => {
    const c = await draft();
    let last = '0';
    const step = async (call: () => Promise<GraphQLResponse>) => {
      const result = await call();
      expect(result.errors).toBeUndefined();
      const events = await outboxOf(c.id, last);
      last = events.at(-1)?.id ?? last;
      return events.map((e) => e.topic);
    };

    expect(await step(() => submit(c.id))).toEqual(['case.submitted']);
    expect(await step(() => moderate(c.id, 'APPROVE'))).toEqual([
      'case.published',
      'content.moderated',
    ]);
    expect(await step(() => update(c.id, 1, { title: 'An edited title for the case' }))).toEqual([
      'case.updated',
    ]);
    expect(await step(() => flag(c.id, other))).toEqual(['content.flagged']);
    expect(await step(() => moderate(c.id, 'HIDE'))).toEqual(['case.hidden', 'content.moderated']);
    expect(await step(() => moderate(c.id, 'RESTORE'))).toEqual([
      'case.restored',
      'content.moderated',
    ]);
    expect(
      await step(() =>
        t.gql(
          REVEAL,
          { input: { contentType: 'CASE', contentId: c.id, reason: 'Suspected impersonation' } },
          moderator.accessToken,
        ),
      ),
    ).toEqual(['content.author-revealed']);
    expect(await step(() => update(c.id, 2, { sharingLevel: 'AMBER_STRICT' }))).toEqual([
      'case.level-changed',
      'case.updated',
    ]);
    expect(await step(() => withdraw(c.id))).toEqual(['case.withdrawn']);

    const events = await outboxOf(c.id);
    for (const event of events) {
      expect(event).toMatchObject({ aggregate_type: 'CASE', aggregate_id: c.id });
      expect(event.payload.caseId ?? event.payload.contentId).toBe(c.id);
      expect(JSON.stringify(event)).not.toContain(author.id);
      // Nor the reader who flagged it.
      expect(JSON.stringify(event)).not.toContain(other.id);
    }
  });

  describe('flags', () => {
    it('hides a published case on one PERSONAL_DATA flag, audited, until a moderator restores it', async () => {
      const c = await published();
      expect(ok(await flag(c.id, other, 'PERSONAL_DATA'), 'flagContent')).toEqual({
        contentHidden: true,
      });
      expect(await authorView(c.id)).toMatchObject({ status: 'PUBLISHED', hidden: true });
      expect((await outboxOf(c.id)).map((e) => e.topic)).toEqual(
        expect.arrayContaining(['content.flagged', 'case.hidden']),
      );
      expect(ok(await read(c.id, moderator), 'case')).toMatchObject({ hidden: true });
      expect(found(await read(c.id, other), 'case')).toBe(false);
      expect(found(await read(c.id, thirdReader), 'case')).toBe(false);
      expect(await queue()).toContainEqual({
        contentId: c.id,
        queueReason: 'FLAGGED',
        hidden: true,
        openFlagCount: 1,
        openFlags: [{ reason: 'PERSONAL_DATA' }],
      });

      const entries = await audit({
        actions: ['CONTENT_FLAGGED', 'CONTENT_HIDDEN_BY_FLAGS'],
        targetId: c.id,
      });
      expect(entries.map((e) => [e.action, e.actorId]).sort()).toEqual([
        ['CONTENT_FLAGGED', other.id],
        ['CONTENT_HIDDEN_BY_FLAGS', null],
      ]);

      expect(ok(await moderate(c.id, 'RESTORE'), 'moderate')).toMatchObject({
        hidden: false,
        openFlagCount: 0,
      });
      expect(ok(await read(c.id, other), 'case')).toMatchObject({ hidden: false });
      expect((await queue()).map((i) => i.contentId)).not.toContain(c.id);
      expect(
        await count('content_flag WHERE content_id = $1 AND resolved_at IS NULL', [c.id]),
      ).toBe(0);
    });

    it('hides on the third distinct reader, not on two OFF_TOPIC flags', async () => {
      const c = await published();
      expect(ok(await flag(c.id, other), 'flagContent')).toEqual({ contentHidden: false });
      expect(ok(await flag(c.id, colleague), 'flagContent')).toEqual({ contentHidden: false });
      expect(ok(await read(c.id, thirdReader), 'case')).toMatchObject({ hidden: false });
      expect(await queue()).toContainEqual(
        expect.objectContaining({ contentId: c.id, queueReason: 'FLAGGED', hidden: false }),
      );

      expect(ok(await flag(c.id, thirdReader, 'INCORRECT'), 'flagContent')).toEqual({
        contentHidden: true,
      });
      expect(found(await read(c.id, other), 'case')).toBe(false);
      expect(await audit({ actions: ['CONTENT_HIDDEN_BY_FLAGS'], targetId: c.id })).toEqual([
        expect.objectContaining({ details: { openFlags: 3, readers: 3 } }),
      ]);
    });

    it('answers a reader who flags the same case twice with CONFLICT', async () => {
      const c = await published();
      ok(await flag(c.id, other), 'flagContent');
      const flags = await count('content_flag WHERE content_id = $1', [c.id]);
      expect(errorCode(await flag(c.id, other, 'SENSITIVE'))).toBe('CONFLICT');
      expect(await count('content_flag WHERE content_id = $1', [c.id])).toBe(flags);
      expect(ok(await read(c.id, other), 'case')).toMatchObject({ hidden: false });
    });
  });

  describe('level changes that would strand a case', () => {
    it('publishes a submission narrowed to AMBER_STRICT, as submitting it so would have', async () => {
      const c = await submitted();
      const narrowed = ok(
        await update(c.id, c.version, { sharingLevel: 'AMBER_STRICT' }),
        'updateCase',
      );
      expect(narrowed).toMatchObject({ status: 'PUBLISHED', sharingLevel: 'AMBER_STRICT' });
      expect(ok(await read(c.id, colleague), 'case')).toMatchObject({ status: 'PUBLISHED' });
      expect(found(await read(c.id, moderator), 'case')).toBe(false);
    });

    it('keeps the level of a case hidden by flags until it is reviewed', async () => {
      const c = await published();
      expect(ok(await flag(c.id, other, 'PERSONAL_DATA'), 'flagContent')).toEqual({
        contentHidden: true,
      });
      const result = await update(c.id, c.version, { sharingLevel: 'AMBER_STRICT' });
      expect(errorCode(result)).toBe('INVALID_STATE');
      expect(await authorView(c.id)).toMatchObject({ sharingLevel: 'GREEN', hidden: true });
    });

    it('shows moderators earlier revisions without the author-only audience', async () => {
      const c = await draft({ sharingLevel: 'RED', recipientMemberIds: [other.id] });
      ok(
        await update(c.id, c.version, { sharingLevel: 'GREEN', recipientMemberIds: [] }),
        'updateCase',
      );
      ok(await submit(c.id), 'submitCase');
      const snapshots = async (who: SignedInMember) => {
        const result = await t.gql(REVISIONS, { id: c.id }, who.accessToken);
        expect(result.errors).toBeUndefined();
        return nodesOf<{ snapshot: Record<string, unknown> }>(result.data!.case.revisions).map(
          (r) => r.snapshot,
        );
      };
      expect((await snapshots(author)).at(-1)).toMatchObject({ recipientMemberIds: [other.id] });
      const moderated = await snapshots(moderator);
      expect(moderated).toHaveLength(2);
      expect(JSON.stringify(moderated)).not.toContain(other.id);
      expect(moderated.at(-1)).not.toHaveProperty('recipientMemberIds');
    });
  });
});
