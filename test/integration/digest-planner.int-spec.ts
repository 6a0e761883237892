// SPDX-License-Identifier: EUPL-1.2
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { TransactionHost } from 'src/database/transaction-host';
import { AccessPolicy } from 'src/modules/access-policy/access-policy';
import { ContentAccess } from 'src/modules/access-policy/content-access';
import { DigestPlanner, type DigestPlan } from 'src/modules/digests/digest-planner';
import type { DigestWindow } from 'src/modules/digests/digest-period';
import { DigestsRepository } from 'src/modules/digests/digests.repository';
import { FollowsService } from 'src/modules/follows/follows.service';
import { MembersRepository } from 'src/modules/members/members.repository';
import { MembersService } from 'src/modules/members/members.service';
import { NotificationsService } from 'src/modules/notifications/notifications.service';
import { statementRecordingDataSource } from 'test/helpers/statement-recording-data-source';
import { createTestDatabase, type TestDatabase } from 'test/helpers/test-database';

/**
 * What the planner's services need beyond the queries `plan` makes (audit, outbox, the other
 * content services): nothing here, and a test fails loudly should the planner start using them.
 */
const notUsedByThePlanner = new Proxy(
  {},
  {
    get(_, property) {
      throw new Error(`the digest planner used ${String(property)}`);
    },
  },
) as never;

const WINDOW: DigestWindow = {
  period: 'DAILY',
  key: 'DAILY:2026-01-02',
  start: new Date('2026-01-01T06:00:00Z'),
  end: new Date('2026-01-02T06:00:00Z'),
};
const IN_WINDOW = (hour: number) => new Date(`2026-01-01T${String(hour).padStart(2, '0')}:00:00Z`);
const BEFORE_WINDOW = new Date('2025-12-01T12:00:00Z');

/**
 * The digest planner against a real database, without the API: members, follows, e-mail
 * choices and content written as rows, the planner built from the real services that run its
 * queries. test/e2e/digests.e2e-spec.ts covers the same through a whole app and real mail.
 */
describe('DigestPlanner', () => {
  let database: TestDatabase;
  let db: DataSource;
  let planner: DigestPlanner;
  /** The statements the planner's connection ran since the last reset (its query budget). */
  let statements: string[];

  const sql = <T = unknown>(query: string, params: unknown[] = []) => db.query<T>(query, params);

  beforeAll(async () => {
    database = await createTestDatabase();
    ({ db, statements } = await statementRecordingDataSource(database.url));
    const tx = new TransactionHost(db);
    planner = new DigestPlanner(
      new ContentAccess(new AccessPolicy()),
      new DigestsRepository(tx),
      new MembersService(
        new MembersRepository(tx),
        notUsedByThePlanner,
        tx,
        notUsedByThePlanner,
        notUsedByThePlanner,
      ),
      new FollowsService(
        tx,
        notUsedByThePlanner,
        notUsedByThePlanner,
        notUsedByThePlanner,
        notUsedByThePlanner,
        notUsedByThePlanner,
      ),
      new NotificationsService(
        tx,
        notUsedByThePlanner,
        notUsedByThePlanner,
        notUsedByThePlanner,
        notUsedByThePlanner,
        notUsedByThePlanner,
      ),
    );
  });

  afterAll(async () => {
    await db?.destroy();
    await database?.drop();
  });

  async function plan(memberIds: string[]): Promise<DigestPlan> {
    statements.length = 0;
    return planner.plan(WINDOW, memberIds);
  }

  let organisations: string[];
  let topics: string[];

  async function member(
    options: { status?: 'ACTIVE' | 'SUSPENDED'; organisation?: number; email?: boolean } = {},
  ): Promise<string> {
    organisations ??= (
      await sql<{ id: string }[]>('SELECT id FROM organisation ORDER BY slug LIMIT 2')
    ).map((r) => r.id);
    const id = randomUUID();
    await sql(
      `INSERT INTO member (id, email, display_name, organisation_id, status)
       VALUES ($1, $2, 'Member', $3, $4)`,
      [
        id,
        `${id}@example.org`,
        organisations[options.organisation ?? 0],
        options.status ?? 'ACTIVE',
      ],
    );
    if (options.email !== undefined)
      await sql(
        `INSERT INTO notification_preference (member_id, kind, email) VALUES ($1, 'DIGEST', $2)`,
        [id, options.email],
      );
    return id;
  }

  async function follow(
    memberId: string,
    targetType: 'TOPIC' | 'COUNTRY' | 'QUESTION' | 'CASE' | 'GUIDELINE',
    targetId: string,
    frequency: 'DAILY' | 'WEEKLY' = 'DAILY',
  ): Promise<void> {
    await sql(
      `INSERT INTO follow (member_id, target_type, target_id, frequency) VALUES ($1, $2, $3, $4)`,
      [memberId, targetType, targetId, frequency],
    );
  }

  async function topic(n: number): Promise<string> {
    topics ??= (await sql<{ id: string }[]>('SELECT id FROM topic ORDER BY id')).map((r) => r.id);
    return topics[n]!;
  }

  async function publishedCase(
    author: string,
    at: Date,
    keys: { topicIds?: string[]; countryCodes?: string[]; sharingLevel?: string } = {},
  ): Promise<string> {
    const id = randomUUID();
    await sql(
      `INSERT INTO case_study (id, author_id, author_organisation_id, attribution, sharing_level,
         title, summary, context, what_happened, outcome, year, language, status, published_at,
         topic_ids, country_codes)
       SELECT $1, m.id, m.organisation_id, 'NAMED', $3, 'A case', 'Its summary', 'Context',
         'What happened', 'PROCEEDED', 2025, 'EN', 'PUBLISHED', $4, $5, $6
         FROM member m WHERE m.id = $2`,
      [id, author, keys.sharingLevel ?? 'GREEN', at, keys.topicIds ?? [], keys.countryCodes ?? []],
    );
    return id;
  }

  async function openQuestion(
    author: string,
    at: Date,
    keys: { topicIds?: string[]; countryCodes?: string[] } = {},
  ): Promise<string> {
    const id = randomUUID();
    await sql(
      `INSERT INTO question (id, author_id, author_organisation_id, attribution, sharing_level,
         title, body, language, status, opened_at, topic_ids, country_codes)
       SELECT $1, m.id, m.organisation_id, 'NAMED', 'GREEN', 'A question', 'Its body', 'EN',
         'OPEN', $3, $4, $5
         FROM member m WHERE m.id = $2`,
      [id, author, at, keys.topicIds ?? [], keys.countryCodes ?? []],
    );
    return id;
  }

  async function answer(questionId: string, author: string, at: Date): Promise<string> {
    const id = randomUUID();
    await sql(
      `INSERT INTO answer (id, question_id, author_id, author_organisation_id, attribution, body,
         status, published_at)
       SELECT $1, $2, m.id, m.organisation_id, 'NAMED', 'An answer', 'PUBLISHED', $4
         FROM member m WHERE m.id = $3`,
      [id, questionId, author, at],
    );
    return id;
  }

  async function caseRevision(caseId: string, at: Date): Promise<void> {
    await sql(
      `INSERT INTO case_revision (case_id, version, snapshot, created_at) VALUES ($1, 2, '{}', $2)`,
      [caseId, at],
    );
  }

  async function guidelineVersion(at: Date): Promise<{ guidelineId: string; versionId: string }> {
    const guidelineId = randomUUID();
    const versionId = randomUUID();
    await sql(`INSERT INTO guideline (id, slug, kind) VALUES ($1, $2, 'CHECKLIST')`, [
      guidelineId,
      `checklist-${guidelineId}`,
    ]);
    await sql(
      `INSERT INTO guideline_version (id, guideline_id, number, status, title_sv, title_en,
         published_at) VALUES ($1, $2, 1, 'PUBLISHED', 'Checklista', 'Checklist', $3)`,
      [versionId, guidelineId, at],
    );
    return { guidelineId, versionId };
  }

  const ids = (p: DigestPlan) =>
    p.digests.map((d) => ({ member: d.member.id, items: d.items.map((i) => `${i.kind} ${i.id}`) }));

  it('gives each reader what each kind of follow reaches, in the batch order, with one query per kind of data', async () => {
    const author = await member({ organisation: 1 });
    const [t1, t2, t3] = [await topic(0), await topic(1), await topic(2)];
    // Reached by a topic, by a country, by following the question, the case, the guideline.
    const newCase = await publishedCase(author, IN_WINDOW(8), {
      topicIds: [t1],
      countryCodes: ['NO'],
    });
    const newQuestion = await openQuestion(author, IN_WINDOW(9), {
      topicIds: [t3],
      countryCodes: ['SE'],
    });
    const followedQuestion = await openQuestion(author, BEFORE_WINDOW);
    const answerToIt = await answer(followedQuestion, author, IN_WINDOW(10));
    const followedCase = await publishedCase(author, BEFORE_WINDOW);
    await caseRevision(followedCase, IN_WINDOW(11));
    const guideline = await guidelineVersion(IN_WINDOW(12));
    // What only the second reader follows: another question with an answer.
    const otherQuestion = await openQuestion(author, BEFORE_WINDOW);
    const otherAnswer = await answer(otherQuestion, author, IN_WINDOW(13));
    // Not reached by anyone's follows here.
    await publishedCase(author, IN_WINDOW(14), { topicIds: [t2], countryCodes: ['DK'] });

    const everything = await member();
    await follow(everything, 'TOPIC', t1);
    await follow(everything, 'COUNTRY', 'SE');
    await follow(everything, 'QUESTION', followedQuestion);
    await follow(everything, 'CASE', followedCase);
    await follow(everything, 'GUIDELINE', guideline.guidelineId);
    // A weekly follow does not count for the daily digest.
    await follow(everything, 'TOPIC', t2, 'WEEKLY');
    const second = await member({ email: true });
    await follow(second, 'QUESTION', otherQuestion);
    await follow(second, 'QUESTION', followedQuestion);

    const result = await plan([second, everything]);
    expect(ids(result)).toEqual([
      { member: second, items: [`ANSWER ${answerToIt}`, `ANSWER ${otherAnswer}`] },
      {
        member: everything,
        items: [
          `CASE ${newCase}`,
          `QUESTION ${newQuestion}`,
          `ANSWER ${answerToIt}`,
          `CASE_UPDATE ${followedCase}`,
          `GUIDELINE_VERSION ${guideline.versionId}`,
        ],
      },
    ]);
    expect(result.skipped).toEqual({ NOTHING_NEW: 0, EMAIL_OFF: 0, NOT_FOLLOWING: 0, INACTIVE: 0 });
    // Members, follows, e-mail choices, the window's items: four statements for any batch.
    expect(statements).toHaveLength(4);
  });

  it('counts why each member of the batch gets nothing, and queries no items when no one reads', async () => {
    const author = await member({ organisation: 1 });
    const t = await topic(5);
    await publishedCase(author, IN_WINDOW(8), { topicIds: [t] });
    const followers = async (options: Parameters<typeof member>[0]) => {
      const id = await member(options);
      await follow(id, 'TOPIC', t);
      return id;
    };
    const suspended = await followers({ status: 'SUSPENDED' });
    // Suspended counts before anything else: their e-mail choice does not matter.
    const suspendedEmailOff = await followers({ status: 'SUSPENDED', email: false });
    const emailOff = await followers({ email: false });
    const weeklyOnly = await member();
    await follow(weeklyOnly, 'TOPIC', t, 'WEEKLY');
    const unknown = randomUUID();

    const nobody = await plan([suspended, unknown, emailOff, weeklyOnly, suspendedEmailOff]);
    expect(nobody).toEqual({
      digests: [],
      skipped: { NOTHING_NEW: 0, EMAIL_OFF: 1, NOT_FOLLOWING: 1, INACTIVE: 2 },
    });
    expect(statements).toHaveLength(3);

    // With a reader in the batch: the others are counted the same, and nothing new is counted.
    const reader = await followers({});
    const ownItemOnly = await member();
    const ownTopic = await topic(6);
    await publishedCase(ownItemOnly, IN_WINDOW(9), { topicIds: [ownTopic] });
    await follow(ownItemOnly, 'TOPIC', ownTopic);
    const withReader = await plan([suspended, ownItemOnly, emailOff, reader, weeklyOnly]);
    expect(withReader.digests.map((d) => d.member.id)).toEqual([reader]);
    expect(withReader.skipped).toEqual({
      NOTHING_NEW: 1,
      EMAIL_OFF: 1,
      NOT_FOLLOWING: 1,
      INACTIVE: 1,
    });
  });

  it('leaves out what a reader may not read, and a reader left with nothing counts as nothing new', async () => {
    const author = await member({ organisation: 1 });
    const t = await topic(7);
    const amberStrict = await publishedCase(author, IN_WINDOW(8), {
      topicIds: [t],
      sharingLevel: 'AMBER_STRICT',
    });
    const outsider = await member({ organisation: 0 });
    await follow(outsider, 'TOPIC', t);
    const colleague = await member({ organisation: 1 });
    await follow(colleague, 'TOPIC', t);
    const result = await plan([outsider, colleague]);
    expect(ids(result)).toEqual([{ member: colleague, items: [`CASE ${amberStrict}`] }]);
    expect(result.digests[0]!.items[0]!.restricted).toBe(true);
    expect(result.skipped).toEqual({ NOTHING_NEW: 1, EMAIL_OFF: 0, NOT_FOLLOWING: 0, INACTIVE: 0 });
  });
});
