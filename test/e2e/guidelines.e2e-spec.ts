// SPDX-License-Identifier: EUPL-1.2
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Role } from 'src/graph/auth/role.enum';
import { DigestJob, batchJobId } from 'src/modules/digests/digest-jobs';
import { JobQueue } from 'src/modules/jobs/job-queue';
import { QueueName } from 'src/modules/jobs/queue-name';
import { caseInput } from 'test/factories/case.factory';
import { signedInMember, type SignedInMember } from 'test/factories/member.factory';
import { approve, askQuestion, questionInput } from 'test/factories/question.factory';
import { finishedJob } from 'test/helpers/finished-job';
import { notificationsSettled } from 'test/helpers/notifications-settled';
import { SmtpCapture } from 'test/helpers/smtp-capture';
import { startTestApp, type QueueBackendKind, type TestApp } from 'test/helpers/test-app';

const VERSION = `id number status titleSv changeNoteSv updatedAt
  sections { key headingSv bodySv { markdown html } bodyEn { markdown } }`;
const CREATE = `mutation($input: CreateGuidelineInput!) {
  createGuideline(input: $input) { id slug draft { ${VERSION} } } }`;
const UPDATE = `mutation($input: UpdateGuidelineDraftInput!) {
  updateGuidelineDraft(input: $input) { ${VERSION} } }`;
const PUBLISH = `mutation($id: ID!) { publishGuidelineVersion(versionId: $id) { ${VERSION} } }`;
const START = `mutation($id: ID!) { startGuidelineDraft(guidelineId: $id) { ${VERSION} } }`;
const GUIDELINE = `query($ref: String!) { guideline(ref: $ref) {
  id slug lastReadVersionNumber changedSinceLastRead
  latestVersion { ${VERSION} } versions { number status } draft { number } } }`;
const CITATIONS = `citations { sectionKey versionNumber headingSv
  latestVersionNumber newerVersionExists sectionChangedSince guidelineSlug }`;
const FOLLOW = `mutation($input: FollowInput!) { follow(input: $input) { id title } }`;
const NOTIFICATIONS = `{ notifications(first: 50) { edges { node { kind contentType contentId title } } } }`;

const section = (key: string, bodySv: string) => ({
  key,
  headingSv: `Rubrik ${key}`,
  headingEn: `Heading ${key}`,
  bodySv,
  bodyEn: `${bodySv} (en)`,
});
const V1 = [
  section('purpose-and-balance', 'Väg nyttan mot riskerna.'),
  section('know-your-partner', 'Vem äger partnern?'),
  section('agreements', 'Skriv avtal.'),
];

interface Version {
  id: string;
  number: number;
  status: string;
  updatedAt: string;
  sections: { key: string; bodySv: { markdown: string; html: string } }[];
}

/**
 * The guideline library (DOMAIN §13) through GraphQL, as editors, members and visitors would
 * use it, with the real relay and workers: published versions are final (service and database),
 * only editors and admins write, citations resolve to the text of their version and flag a newer
 * one, and followers hear of each new version once — in-app and in the digest.
 */
describe.each<QueueBackendKind>(['postgres', 'redis'])('Guidelines (e2e, %s queues)', (queue) => {
  let t: TestApp;
  let db: DataSource;
  let smtp: SmtpCapture;
  let editor: SignedInMember;
  let admin: SignedInMember;
  let member: SignedInMember;
  let follower: SignedInMember;
  let digestFollower: SignedInMember;
  let guidelineId: string;
  let v1: Version;
  const slug = `demo-${randomUUID().slice(0, 8)}`;

  const ok = async <T = any>(
    query: string,
    variables: Record<string, unknown>,
    who?: SignedInMember,
  ) => {
    const result = await t.gql<T>(query, variables, who?.accessToken);
    expect(result.errors).toBeUndefined();
    return result.data!;
  };
  const code = async (query: string, variables: Record<string, unknown>, who?: SignedInMember) =>
    (await t.gql(query, variables, who?.accessToken)).errors?.[0]?.extensions?.code;

  const publishNewVersion = async (changes: Record<string, string>) => {
    const draft = (await ok(START, { id: guidelineId }, editor)).startGuidelineDraft as Version;
    const saved = (
      await ok(
        UPDATE,
        {
          input: {
            versionId: draft.id,
            expectedUpdatedAt: draft.updatedAt,
            titleSv: 'Riktlinje',
            titleEn: 'Guideline',
            changeNoteSv: 'Ändrat: ' + Object.keys(changes).join(', '),
            changeNoteEn: 'Changed: ' + Object.keys(changes).join(', '),
            sections: V1.map((s) => (changes[s.key] ? section(s.key, changes[s.key]!) : s)),
          },
        },
        editor,
      )
    ).updateGuidelineDraft as Version;
    return (await ok(PUBLISH, { id: saved.id }, editor)).publishGuidelineVersion as Version;
  };

  beforeAll(async () => {
    smtp = new SmtpCapture();
    t = await startTestApp({ queue, worker: true, smtpUrl: await smtp.start() });
    db = t.app.get(DataSource);
    editor = await signedInMember(t, { organisationSlug: 'vetenskapsradet', roles: [Role.EDITOR] });
    admin = await signedInMember(t, {
      organisationSlug: 'universitets-och-hogskoleradet',
      roles: [Role.ADMIN],
    });
    member = await signedInMember(t);
    follower = await signedInMember(t, { organisationSlug: 'chalmers' });
    digestFollower = await signedInMember(t, { organisationSlug: 'lunds-universitet' });
  });

  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  it('lets editors create and publish, and keeps a draft from everyone else', async () => {
    const created = (
      await ok(
        CREATE,
        {
          input: {
            slug,
            kind: 'NATIONAL_GUIDELINE',
            titleSv: 'Riktlinje',
            titleEn: 'Guideline',
            sections: V1,
          },
        },
        editor,
      )
    ).createGuideline as { id: string; draft: Version };
    guidelineId = created.id;
    expect(created.draft.status).toBe('DRAFT');
    expect(created.draft.sections.map((s) => s.key)).toEqual(V1.map((s) => s.key));
    // A draft-only guideline does not exist for members.
    expect(await code(GUIDELINE, { ref: slug }, member)).toBe('NOT_FOUND');
    expect((await ok('{ guidelines { slug } }', {}, member)).guidelines).not.toContainEqual({
      slug,
    });

    v1 = (await ok(PUBLISH, { id: created.draft.id }, editor)).publishGuidelineVersion as Version;
    expect(v1).toMatchObject({ number: 1, status: 'PUBLISHED' });
    const seen = (await ok(GUIDELINE, { ref: slug }, member)).guideline;
    expect(seen.latestVersion.sections[0].bodySv.html).toBe('<p>Väg nyttan mot riskerna.</p>\n');
    expect(seen.draft).toBeNull();
    const audited: { action: string }[] = await db.query(
      `SELECT action FROM audit_log WHERE target_id = $1 ORDER BY created_at`,
      [guidelineId],
    );
    expect(audited.map((a) => a.action)).toEqual([
      'guideline.created',
      'guideline.version-published',
    ]);
  });

  it('never changes a published version: the service says INVALID_STATE, the database refuses', async () => {
    expect(
      await code(
        UPDATE,
        {
          input: {
            versionId: v1.id,
            expectedUpdatedAt: v1.updatedAt,
            titleSv: 'Ändrad',
            titleEn: 'Changed',
            changeNoteSv: '',
            changeNoteEn: '',
            sections: V1,
          },
        },
        editor,
      ),
    ).toBe('INVALID_STATE');
    expect(await code(PUBLISH, { id: v1.id }, editor)).toBe('INVALID_STATE');
    // Whatever writes to the tables directly is refused too.
    for (const statement of [
      [`UPDATE guideline_version SET title_sv = 'x' WHERE id = $1`, [v1.id]],
      [`DELETE FROM guideline_version WHERE id = $1`, [v1.id]],
      [`UPDATE guideline_section SET body_sv = 'x' WHERE version_id = $1`, [v1.id]],
      [`DELETE FROM guideline_section WHERE version_id = $1`, [v1.id]],
      [
        `INSERT INTO guideline_section (version_id, key, position, heading_sv, heading_en, body_sv, body_en)
         VALUES ($1, 'extra', 9, 'x', 'x', 'x', 'x')`,
        [v1.id],
      ],
    ] as const)
      await expect(db.query(statement[0], [...statement[1]])).rejects.toThrow(/published/);
    const [row] = await db.query(`SELECT title_sv FROM guideline_version WHERE id = $1`, [v1.id]);
    expect(row.title_sv).toBe('Riktlinje');
  });

  it('lets only editors and admins write: everyone else gets FORBIDDEN and nothing is written', async () => {
    const expert = await signedInMember(t, {
      organisationSlug: 'inspektionen-for-strategiska-produkter',
      roles: [Role.EXPERT],
    });
    const moderator = await signedInMember(t, {
      organisationSlug: 'universitets-och-hogskoleradet',
      roles: [Role.MODERATOR],
    });
    const contact = await signedInMember(t, { roles: [Role.ORG_CONTACT] });
    const count = async () =>
      (
        await db.query(
          `SELECT (SELECT count(*) FROM guideline)::int + (SELECT count(*) FROM guideline_version)::int
                + (SELECT count(*) FROM guideline_section)::int AS n`,
        )
      )[0].n as number;
    const before = await count();
    const attempts = [
      [
        CREATE,
        {
          input: { slug: 'x-' + slug, kind: 'CHECKLIST', titleSv: 'x', titleEn: 'x', sections: V1 },
        },
      ],
      [START, { id: guidelineId }],
      [PUBLISH, { id: v1.id }],
    ] as const;
    for (const who of [member, expert, moderator, contact])
      for (const [query, variables] of attempts)
        expect(await code(query, variables, who)).toBe('FORBIDDEN');
    for (const [query, variables] of attempts)
      expect(await code(query, variables)).toBe('UNAUTHENTICATED');
    expect(await count()).toBe(before);
    // An admin may: it starts (and here keeps) a draft.
    const draft = (await ok(START, { id: guidelineId }, admin)).startGuidelineDraft as Version;
    expect(draft.number).toBe(2);
    expect(await code(START, { id: guidelineId }, editor)).toBe('INVALID_STATE');
    await db.query(`DELETE FROM guideline_version WHERE id = $1`, [draft.id]);
  });

  it('resolves citations to the text of their version and flags a newer one', async () => {
    const cited = { versionId: v1.id, sectionKey: 'know-your-partner' };
    const kept = { versionId: v1.id, sectionKey: 'agreements' };
    const created = (
      await ok(
        `mutation($input: CreateCaseInput!) { createCase(input: $input) { id ${CITATIONS} } }`,
        { input: await caseInput(t, { citations: [cited, kept] }) },
        member,
      )
    ).createCase;
    expect(created.citations).toEqual([
      expect.objectContaining({ sectionKey: 'know-your-partner', newerVersionExists: false }),
      expect.objectContaining({ sectionKey: 'agreements', newerVersionExists: false }),
    ]);
    const asked = (
      await ok(
        `mutation($input: AskQuestionInput!) { askQuestion(input: $input) { id ${CITATIONS} } }`,
        { input: await questionInput(t, { citations: [cited] }) },
        member,
      )
    ).askQuestion;
    expect(asked.citations).toHaveLength(1);
    // A section that the version does not have, and a version that does not exist: typed errors.
    for (const bad of [
      { versionId: v1.id, sectionKey: 'no-such-section' },
      { versionId: randomUUID(), sectionKey: 'agreements' },
    ])
      expect(
        await code(
          `mutation($input: CreateCaseInput!) { createCase(input: $input) { id } }`,
          { input: await caseInput(t, { citations: [bad] }) },
          member,
        ),
      ).toBe('BAD_USER_INPUT');

    await publishNewVersion({ 'know-your-partner': 'Vem äger och styr partnern?' });
    const read = async (who: SignedInMember): Promise<Record<string, any> | null> =>
      (
        await t.gql<{ case: Record<string, any> | null }>(
          `query($id: ID!) { case(id: $id) { id ${CITATIONS} } }`,
          { id: created.id },
          who.accessToken,
        )
      ).data?.case ?? null;
    const after = await read(member);
    expect(after?.citations).toEqual([
      {
        sectionKey: 'know-your-partner',
        versionNumber: 1,
        headingSv: 'Rubrik know-your-partner',
        latestVersionNumber: 2,
        newerVersionExists: true,
        sectionChangedSince: true,
        guidelineSlug: slug,
      },
      expect.objectContaining({
        sectionKey: 'agreements',
        newerVersionExists: true,
        sectionChangedSince: false,
      }),
    ]);
    // A draft case's citations are read with the case, by its author only.
    expect(await read(follower)).toBeNull();
  });

  it('takes citations on answers too, checked like those on cases, replaced on edit', async () => {
    // Members of this test's own, so the notifications the other tests count are not touched.
    const moderator = await signedInMember(t, { roles: [Role.MODERATOR] });
    const asker = await signedInMember(t);
    const expert = await signedInMember(t, { organisationSlug: 'chalmers' });
    const question = await askQuestion(t, asker);
    if (question.status !== 'OPEN') await approve(t, moderator, 'QUESTION', question.id);
    const cited = { versionId: v1.id, sectionKey: 'know-your-partner' };
    const answered = (
      await ok(
        `mutation($input: AnswerQuestionInput!) {
          answerQuestion(input: $input) { id version ${CITATIONS} } }`,
        {
          input: {
            questionId: question.id,
            body: 'Check who owns and controls the partner first.',
            attribution: 'NAMED',
            citations: [cited],
          },
        },
        expert,
      )
    ).answerQuestion;
    expect(answered.citations).toEqual([
      expect.objectContaining({ sectionKey: 'know-your-partner', versionNumber: 1 }),
    ]);
    const UPDATE_ANSWER = `mutation($input: UpdateAnswerInput!) {
      updateAnswer(input: $input) { id version ${CITATIONS} } }`;
    // A section the version lacks, or more than 20: typed errors, and the answer keeps its own.
    const tooMany = Array.from({ length: 21 }, (_, i) => ({
      versionId: v1.id,
      sectionKey: `section-${i}`,
    }));
    for (const citations of [[{ versionId: v1.id, sectionKey: 'no-such-section' }], tooMany])
      expect(
        await code(
          UPDATE_ANSWER,
          { input: { id: answered.id, expectedVersion: answered.version, citations } },
          expert,
        ),
      ).toBe('BAD_USER_INPUT');
    const edited = (
      await ok(
        UPDATE_ANSWER,
        {
          input: {
            id: answered.id,
            expectedVersion: answered.version,
            citations: [{ versionId: v1.id, sectionKey: 'agreements' }],
          },
        },
        expert,
      )
    ).updateAnswer;
    expect(edited.citations).toEqual([
      expect.objectContaining({ sectionKey: 'agreements', versionNumber: 1 }),
    ]);
    // Leaving citations out of an edit keeps them.
    const kept = (
      await ok(
        UPDATE_ANSWER,
        {
          input: {
            id: answered.id,
            expectedVersion: edited.version,
            body: 'Check the owners and who controls them.',
          },
        },
        expert,
      )
    ).updateAnswer;
    expect(kept.citations).toEqual([expect.objectContaining({ sectionKey: 'agreements' })]);
  });

  it('shows what changed since the version a member last read, and the diff', async () => {
    const guideline = async (): Promise<Record<string, unknown>> =>
      (await ok(GUIDELINE, { ref: slug }, member)).guideline as Record<string, unknown>;
    expect((await guideline()).changedSinceLastRead).toBeNull();
    await ok(
      `mutation($input: MarkGuidelineReadInput!) { markGuidelineRead(input: $input) { id } }`,
      { input: { guidelineId, versionNumber: 1 } },
      member,
    );
    expect(await guideline()).toMatchObject({
      lastReadVersionNumber: 1,
      changedSinceLastRead: ['know-your-partner'],
    });
    const diff = (
      await ok(
        `query($id: ID!) { guidelineDiff(guidelineId: $id, from: 1, to: 2) {
          from { number } to { number } sections { key change bodySvParts { kind text } } } }`,
        { id: guidelineId },
        member,
      )
    ).guidelineDiff;
    expect(diff.sections.map((s: { key: string; change: string }) => [s.key, s.change])).toEqual([
      ['purpose-and-balance', 'UNCHANGED'],
      ['know-your-partner', 'CHANGED'],
      ['agreements', 'UNCHANGED'],
    ]);
    expect(diff.sections[1].bodySvParts).toContainEqual({ kind: 'INSERTED', text: 'och styr ' });
    await ok(
      `mutation($input: MarkGuidelineReadInput!) { markGuidelineRead(input: $input) { id } }`,
      { input: { guidelineId, versionNumber: 2 } },
      member,
    );
    expect((await guideline()).changedSinceLastRead).toEqual([]);
  });

  it('tells followers of each new version once, in-app and in the digest', async () => {
    expect(
      (
        await ok(
          FOLLOW,
          { input: { targetType: 'GUIDELINE', targetId: slug, frequency: 'INSTANT' } },
          follower,
        )
      ).follow.title,
    ).toBe('Riktlinje');
    await ok(
      FOLLOW,
      { input: { targetType: 'GUIDELINE', targetId: guidelineId, frequency: 'DAILY' } },
      digestFollower,
    );
    const v3 = await publishNewVersion({ agreements: 'Skriv avtal och läs dem.' });
    await notificationsSettled(db);
    const seen = async (who: SignedInMember): Promise<unknown[]> =>
      ((await ok(NOTIFICATIONS, {}, who)).notifications.edges as { node: unknown }[]).map(
        (e) => e.node,
      );
    expect(await seen(follower)).toEqual([
      {
        kind: 'NEW_GUIDELINE_VERSION',
        contentType: 'GUIDELINE',
        contentId: guidelineId,
        title: 'Riktlinje',
      },
    ]);
    // The same version announced again (a replayed event) notifies no one twice.
    await db.query(
      `INSERT INTO outbox (topic, aggregate_type, aggregate_id, payload)
       VALUES ('guideline.version-published', 'GUIDELINE', $1, $2)`,
      [guidelineId, { guidelineId, versionId: v3.id, number: v3.number }],
    );
    await notificationsSettled(db);
    expect(await seen(follower)).toHaveLength(1);
    expect(await seen(digestFollower)).toEqual([]);
    expect(await seen(member)).toEqual([]);

    const jobs = t.app.get(JobQueue).queue(QueueName.Digests);
    const run = await jobs.add(
      DigestJob.Run,
      { period: 'DAILY', scheduledAt: new Date(Date.now() + 1000).toISOString() },
      { jobId: `test-run-${randomUUID()}` },
    );
    const result = (await finishedJob(jobs, run.id!)).returnvalue as {
      periodKey: string;
      batches: number;
    };
    for (let n = 0; n < result.batches; n += 1)
      await finishedJob(jobs, batchJobId(result.periodKey, n));
    const mails = smtp.messages.filter((m) =>
      [m.to].flat().some((a) => a?.text.includes(digestFollower.email)),
    );
    expect(mails).toHaveLength(1);
    expect(mails[0]!.text).toContain('NYA VERSIONER AV RIKTLINJER DU FÖLJER');
    expect(mails[0]!.text).toContain(`guidelines/${guidelineId}`);
  });
});
