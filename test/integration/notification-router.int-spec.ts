// SPDX-License-Identifier: EUPL-1.2
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { isUuid } from 'src/common/uuid';
import { AppConfig } from 'src/config/app-config';
import { dataSourceOptions } from 'src/database/data-source-options';
import { TransactionHost } from 'src/database/transaction-host';
import { AccessPolicy } from 'src/modules/access-policy/access-policy';
import { ContentAccess } from 'src/modules/access-policy/content-access';
import { CaseContentAdapter } from 'src/modules/cases/case-content.adapter';
import { CasesRepository } from 'src/modules/cases/cases.repository';
import { CasesService } from 'src/modules/cases/cases.service';
import { ContentRegistry } from 'src/modules/content/content-registry';
import { DataExportRepository } from 'src/modules/data-export/data-export.repository';
import { DataExportService } from 'src/modules/data-export/data-export.service';
import { FollowsService } from 'src/modules/follows/follows.service';
import { GuidelinesRepository } from 'src/modules/guidelines/guidelines.repository';
import { GuidelinesService } from 'src/modules/guidelines/guidelines.service';
import { ON_JOB } from 'src/modules/jobs/on-job.decorator';
import { MembersRepository } from 'src/modules/members/members.repository';
import { MembersService } from 'src/modules/members/members.service';
import { Metrics } from 'src/modules/metrics/metrics';
import { NotificationAccess } from 'src/modules/notifications/notification-access';
import { NotificationBus } from 'src/modules/notifications/notification-bus';
import { NotificationRecipients } from 'src/modules/notifications/notification-recipients';
import { NotificationRouter } from 'src/modules/notifications/notification-router';
import { NotificationsService } from 'src/modules/notifications/notifications.service';
import { OutboxService } from 'src/modules/outbox/outbox.service';
import { AnswersRepository } from 'src/modules/questions/answers.repository';
import { AnswersService } from 'src/modules/questions/answers.service';
import {
  AnswerContentAdapter,
  QuestionContentAdapter,
} from 'src/modules/questions/question-content.adapters';
import { QuestionsRepository } from 'src/modules/questions/questions.repository';
import { QuestionsService } from 'src/modules/questions/questions.service';
import { createTestDatabase, type TestDatabase } from 'test/helpers/test-database';

/**
 * What the router's services need beyond the reads and writes routing makes (screening,
 * validation, audit, the export builder…): nothing here, and a test fails loudly should the
 * router start using them.
 */
const notUsedByTheRouter = new Proxy(
  {},
  {
    get(_, property) {
      throw new Error(`the notification router used ${String(property)}`);
    },
  },
) as never;

type Level = 'CLEAR' | 'GREEN' | 'AMBER' | 'AMBER_STRICT' | 'RED';
type Role = 'MEMBER' | 'EXPERT' | 'MODERATOR';

/** One stored notification as the assertions compare it. */
interface Delivered {
  member: string;
  kind: string;
  contentType: string;
  contentId: string;
  payload: Record<string, unknown>;
}

/** The notification row `delivered` reads for one member. */
const told = (
  member: string,
  kind: string,
  contentType: string,
  contentId: string,
  payload: Record<string, unknown> = {},
): Delivered => ({ member, kind, contentType, contentId, payload });

/**
 * The notification router against a real database, without the API: members, content, follows
 * and exports written as rows, the router built from the real services that lock, read and
 * insert, each event handed to `route` as the outbox relay's job would be. What it promises:
 * which event reaches whom, that no one hears of an item they may not read (an anonymous
 * author is never named), the actor left out, one notification per member and event.
 * test/e2e/notifications.e2e-spec.ts and notification-read-access.e2e-spec.ts cover the same
 * through whole apps, the relay and the workers.
 */
describe('NotificationRouter', () => {
  let database: TestDatabase;
  let db: DataSource;
  let bus: NotificationBus;
  let router: NotificationRouter;

  const sql = <T = unknown>(query: string, params: unknown[] = []) => db.query<T>(query, params);

  beforeAll(async () => {
    const notUsed = notUsedByTheRouter;
    database = await createTestDatabase();
    db = await new DataSource({ ...dataSourceOptions(database.url), migrations: [] }).initialize();
    const tx = new TransactionHost(db);
    const config = AppConfig.from(
      AppConfig.parse(process.env, { DATABASE_URL: database.url, REDIS_URL: '' }),
    );
    const access = new ContentAccess(new AccessPolicy());
    const registry = new ContentRegistry();
    const casesRepository = new CasesRepository(tx);
    const questionsRepository = new QuestionsRepository(tx);
    const answersRepository = new AnswersRepository(tx);
    const cases = new CasesService(
      tx,
      casesRepository,
      notUsed,
      notUsed,
      notUsed,
      notUsed,
      notUsed,
      notUsed,
      notUsed,
    );
    const questions = new QuestionsService(
      tx,
      questionsRepository,
      notUsed,
      notUsed,
      notUsed,
      notUsed,
      notUsed,
      notUsed,
      notUsed,
      notUsed,
      notUsed,
    );
    const answers = new AnswersService(
      tx,
      answersRepository,
      notUsed,
      notUsed,
      notUsed,
      notUsed,
      notUsed,
      notUsed,
      notUsed,
    );
    new CaseContentAdapter(registry, casesRepository, cases).onModuleInit();
    new QuestionContentAdapter(registry, questionsRepository, questions).onModuleInit();
    new AnswerContentAdapter(
      registry,
      answersRepository,
      questionsRepository,
      answers,
    ).onModuleInit();
    const locks = new NotificationAccess(tx, access, registry, notUsedByTheRouter);
    // The live announcement goes through PostgreSQL (pg_notify) under a namespace of its own.
    bus = new NotificationBus(config, { namespace: `router_${database.name}` }, tx, db);
    router = new NotificationRouter(
      tx,
      locks,
      new NotificationsService(
        tx,
        new OutboxService(tx),
        bus,
        locks,
        notUsedByTheRouter,
        new Metrics(),
      ),
      new NotificationRecipients(
        new MembersService(new MembersRepository(tx), notUsedByTheRouter, tx, notUsed, notUsed),
      ),
      access,
      registry,
      new FollowsService(tx, notUsed, notUsed, notUsed, notUsed, notUsed),
      cases,
      questions,
      answers,
      new GuidelinesService(tx, new GuidelinesRepository(tx)),
      new DataExportService(config, tx, new DataExportRepository(tx), notUsed, notUsed, notUsed),
    );
  });

  afterAll(async () => {
    await bus?.onApplicationShutdown();
    await db?.destroy();
    await database?.drop();
  });

  // ---- Rows the tests write ----

  let organisations: string[];
  let topics: string[];

  async function organisation(n: number): Promise<string> {
    organisations ??= (
      await sql<{ id: string }[]>('SELECT id FROM organisation ORDER BY slug LIMIT 4')
    ).map((r) => r.id);
    return organisations[n]!;
  }

  async function topic(n: number): Promise<string> {
    topics ??= (await sql<{ id: string }[]>('SELECT id FROM topic ORDER BY id')).map((r) => r.id);
    return topics[n]!;
  }

  async function member(
    options: { organisation?: number; roles?: Role[]; status?: 'ACTIVE' | 'SUSPENDED' } = {},
  ): Promise<string> {
    const id = randomUUID();
    await sql(
      `INSERT INTO member (id, email, display_name, organisation_id, roles, status)
       VALUES ($1, $2, 'Member', $3, $4::role[], $5)`,
      [
        id,
        `${id}@example.org`,
        await organisation(options.organisation ?? 0),
        options.roles ?? ['MEMBER'],
        options.status ?? 'ACTIVE',
      ],
    );
    return id;
  }

  interface ItemOptions {
    level?: Level;
    status?: string;
    attribution?: 'NAMED' | 'ANONYMOUS';
    topicIds?: string[];
    countryCodes?: string[];
    hidden?: boolean;
  }

  async function question(
    author: string,
    options: ItemOptions & { directedTo?: string[]; dueOn?: string } = {},
  ): Promise<string> {
    const id = randomUUID();
    await sql(
      `INSERT INTO question (id, author_id, author_organisation_id, attribution, sharing_level,
         title, body, language, status, topic_ids, country_codes, directed_to_ids,
         response_due_on, hidden_at)
       SELECT $1, m.id, m.organisation_id, $3, $4, 'A question', 'Its body', 'EN', $5, $6, $7,
         $8, $9, CASE WHEN $10 THEN now() END
         FROM member m WHERE m.id = $2`,
      [
        id,
        author,
        options.attribution ?? 'NAMED',
        options.level ?? 'GREEN',
        options.status ?? 'OPEN',
        options.topicIds ?? [],
        options.countryCodes ?? [],
        options.directedTo ?? [],
        options.dueOn ?? null,
        options.hidden ?? false,
      ],
    );
    return id;
  }

  async function answer(
    questionId: string,
    author: string,
    options: { status?: string; hidden?: boolean; attribution?: 'NAMED' | 'ANONYMOUS' } = {},
  ): Promise<string> {
    const id = randomUUID();
    await sql(
      `INSERT INTO answer (id, question_id, author_id, author_organisation_id, attribution, body,
         status, hidden_at)
       SELECT $1, $2, m.id, m.organisation_id, $4, 'An answer', $5, CASE WHEN $6 THEN now() END
         FROM member m WHERE m.id = $3`,
      [
        id,
        questionId,
        author,
        options.attribution ?? 'NAMED',
        options.status ?? 'PUBLISHED',
        options.hidden ?? false,
      ],
    );
    return id;
  }

  async function caseStudy(author: string, options: ItemOptions = {}): Promise<string> {
    const id = randomUUID();
    await sql(
      `INSERT INTO case_study (id, author_id, author_organisation_id, attribution, sharing_level,
         title, summary, context, what_happened, outcome, year, language, status, topic_ids,
         country_codes)
       SELECT $1, m.id, m.organisation_id, $3, $4, 'A case', 'Its summary', 'Context',
         'What happened', 'PROCEEDED', 2025, 'EN', $5, $6, $7
         FROM member m WHERE m.id = $2`,
      [
        id,
        author,
        options.attribution ?? 'NAMED',
        options.level ?? 'GREEN',
        options.status ?? 'PUBLISHED',
        options.topicIds ?? [],
        options.countryCodes ?? [],
      ],
    );
    return id;
  }

  async function follow(
    memberId: string,
    targetType: 'TOPIC' | 'COUNTRY' | 'QUESTION' | 'CASE' | 'GUIDELINE',
    targetId: string,
    frequency: 'INSTANT' | 'DAILY' = 'INSTANT',
  ): Promise<void> {
    await sql(
      `INSERT INTO follow (member_id, target_type, target_id, frequency) VALUES ($1, $2, $3, $4)`,
      [memberId, targetType, targetId, frequency],
    );
  }

  async function guideline(
    options: { published?: boolean } = {},
  ): Promise<{ guidelineId: string; versionId: string }> {
    const guidelineId = randomUUID();
    const versionId = randomUUID();
    await sql(`INSERT INTO guideline (id, slug, kind) VALUES ($1, $2, 'CHECKLIST')`, [
      guidelineId,
      `checklist-${guidelineId}`,
    ]);
    const published = options.published ?? true;
    await sql(
      `INSERT INTO guideline_version (id, guideline_id, number, status, title_sv, title_en,
         published_at) VALUES ($1, $2, 1, $3, 'Checklista', 'Checklist', $4)`,
      [versionId, guidelineId, published ? 'PUBLISHED' : 'DRAFT', published ? new Date() : null],
    );
    return { guidelineId, versionId };
  }

  async function dataExport(memberId: string, status: 'PENDING' | 'READY'): Promise<string> {
    const [row] = await sql<{ id: string }[]>(
      `INSERT INTO data_export (member_id, status) VALUES ($1, $2) RETURNING id`,
      [memberId, status],
    );
    return row!.id;
  }

  // ---- Routing an event ----

  let outboxIds = 1000;

  /** Hands the router one outbox event, as the relay's job carries it. */
  async function route(
    topic: string,
    aggregate: { type: string; id: string },
    payload: Record<string, unknown> = {},
    outboxId = String(outboxIds++),
  ): Promise<{ notified: number; eventKey: string }> {
    const job = {
      outboxId,
      topic,
      aggregate,
      payload,
      occurredAt: new Date().toISOString(),
    } as unknown as Parameters<NotificationRouter['route']>[0];
    const { notified } = await router.route(job);
    return { notified, eventKey: `outbox-${outboxId}` };
  }

  /** The notifications stored under an event key, ordered by member id. */
  async function delivered(eventKey: string): Promise<Delivered[]> {
    return sql<Delivered[]>(
      `SELECT member_id AS member, kind, content_type AS "contentType", content_id AS "contentId",
              payload
         FROM notification WHERE event_key = $1 ORDER BY member_id, kind`,
      [eventKey],
    );
  }

  const byMember = (rows: Delivered[]) =>
    [...rows].sort((a, b) => a.member.localeCompare(b.member));

  /** Every notification about an item, whatever its event. */
  async function about(contentId: string): Promise<{ member: string; kind: string }[]> {
    return sql(
      `SELECT member_id AS member, kind FROM notification WHERE content_id = $1
        ORDER BY member_id, kind`,
      [contentId],
    );
  }

  /** A routed event that reached no one, and wrote nothing. */
  async function expectNobody(routed: Promise<{ notified: number; eventKey: string }>) {
    const { notified, eventKey } = await routed;
    expect(notified).toBe(0);
    expect(await delivered(eventKey)).toEqual([]);
  }

  /** A routed event that reached no one about this item, whatever its event key. */
  async function expectNothingAbout(
    routed: Promise<{ notified: number; eventKey: string }>,
    contentId: string,
  ) {
    expect((await routed).notified).toBe(0);
    expect(await about(contentId)).toEqual([]);
  }

  it('takes every topic it routes from the notifications queue', () => {
    // What the jobs module reads to feed the router: without a topic here, it never runs for it.
    const handler: unknown = Object.getOwnPropertyDescriptor(
      NotificationRouter.prototype,
      'route',
    )?.value;
    expect(Reflect.getMetadata(ON_JOB, handler as object)).toEqual({
      queue: 'notifications',
      name: 'notifications.route',
      events: [
        'question.answered',
        'answer.accepted',
        'question.directed',
        'question.asked',
        'answer.submitted',
        'question.published',
        'case.submitted',
        'case.published',
        'content.moderated',
        'content.hidden-by-flags',
        'content.inspected',
        'content.flagged',
        'content.author-revealed',
        'guideline.version-published',
        'member.data-export-ready',
      ],
      concurrency: 4,
    });
  });

  it('routes a topic it does not know to no one', async () => {
    const asker = await member();
    const q = await question(asker);
    await expectNobody(route('question.updated', { type: 'QUESTION', id: q }, { questionId: q }));
  });

  describe('a published answer', () => {
    it('reaches the asker and the followers of the question, each once, naming only the question and the answer', async () => {
      const asker = await member({ organisation: 0 });
      const answerer = await member({ organisation: 1 });
      const follower = await member({ organisation: 2 });
      const colleague = await member({ organisation: 0 });
      const q = await question(asker, { attribution: 'ANONYMOUS' });
      const a = await answer(q, answerer);
      // The asker and the answerer follow it too: each hears of it once, the answerer not at all.
      for (const who of [follower, colleague, asker, answerer]) await follow(who, 'QUESTION', q);
      await follow(await member({ status: 'SUSPENDED' }), 'QUESTION', q);
      await follow(await member(), 'QUESTION', q, 'DAILY');
      await follow(await member(), 'QUESTION', await question(asker));

      const payload = { questionId: q, answerId: a };
      const announced = jest.spyOn(bus, 'publish');
      const announcements = () => announced.mock.calls.map(([member, id]) => `${member}/${id}`);
      const routed = await route('question.answered', { type: 'ANSWER', id: a }, payload);
      const notification = (who: string, kind: string) => ({
        member: who,
        kind,
        contentType: 'QUESTION',
        contentId: q,
        payload,
      });
      expect(await delivered(routed.eventKey)).toEqual(
        byMember([
          notification(asker, 'ANSWER_TO_MY_QUESTION'),
          notification(follower, 'ANSWER_TO_FOLLOWED_QUESTION'),
          notification(colleague, 'ANSWER_TO_FOLLOWED_QUESTION'),
        ]),
      );
      // Two batches (the asker's, the followers'), counted together.
      expect(routed.notified).toBe(3);

      // Each of the three is announced live once (the asker, a follower too, not twice).
      const rows = await sql<{ pair: string }[]>(
        `SELECT member_id || '/' || id AS pair FROM notification WHERE content_id = $1`,
        [q],
      );
      const written = rows.map((row) => row.pair).sort();
      expect(announcements().sort()).toEqual(written);

      // The same event again (a retried job) notifies no one twice, but announces the three live
      // again: the attempt that wrote them may have died before it announced them.
      announced.mockClear();
      const outboxId = routed.eventKey.replace('outbox-', '');
      const replay = await route('question.answered', { type: 'ANSWER', id: a }, payload, outboxId);
      const announcedAgain = announcements().sort();
      announced.mockRestore();
      expect(replay.notified).toBe(0);
      expect(await about(q)).toHaveLength(3);
      expect(announcedAgain).toEqual(written);
    });

    it('does not tell an asker of their own answer, and still tells the followers', async () => {
      const asker = await member();
      const follower = await member({ organisation: 1 });
      const q = await question(asker);
      const a = await answer(q, asker);
      await follow(follower, 'QUESTION', q);
      await follow(asker, 'QUESTION', q);
      const routed = await route(
        'question.answered',
        { type: 'ANSWER', id: a },
        { questionId: q, answerId: a },
      );
      expect((await delivered(routed.eventKey)).map((n) => [n.member, n.kind])).toEqual([
        [follower, 'ANSWER_TO_FOLLOWED_QUESTION'],
      ]);
      expect(routed.notified).toBe(1);
    });

    it('reaches only those who may read the answer', async () => {
      const asker = await member({ organisation: 0 });
      const colleague = await member({ organisation: 0 });
      const outsider = await member({ organisation: 1 });
      const q = await question(asker, { level: 'AMBER_STRICT' });
      const a = await answer(q, await member({ organisation: 0 }));
      await follow(colleague, 'QUESTION', q);
      await follow(outsider, 'QUESTION', q);
      const routed = await route(
        'question.answered',
        { type: 'ANSWER', id: a },
        { questionId: q, answerId: a },
      );
      expect((await delivered(routed.eventKey)).map((n) => [n.member, n.kind])).toEqual(
        [
          [asker, 'ANSWER_TO_MY_QUESTION'],
          [colleague, 'ANSWER_TO_FOLLOWED_QUESTION'],
        ].sort((x, y) => x[0]!.localeCompare(y[0]!)),
      );

      // An answer hidden before the event is handled: neither the asker nor a follower hears.
      const hidden = await answer(q, await member({ organisation: 0 }), { hidden: true });
      await expectNobody(
        route(
          'question.answered',
          { type: 'ANSWER', id: hidden },
          { questionId: q, answerId: hidden },
        ),
      );
    });

    it('leaves out a suspended asker and still tells the followers', async () => {
      const asker = await member({ status: 'SUSPENDED' });
      const follower = await member({ organisation: 1 });
      const q = await question(asker);
      const a = await answer(q, await member({ organisation: 2 }));
      await follow(follower, 'QUESTION', q);
      const routed = await route(
        'question.answered',
        { type: 'ANSWER', id: a },
        { questionId: q, answerId: a },
      );
      expect((await delivered(routed.eventKey)).map((n) => n.member)).toEqual([follower]);
    });

    it('reaches no one for an answer that is not of the question, or ids that are not ids', async () => {
      const asker = await member();
      const follower = await member({ organisation: 1 });
      const q = await question(asker);
      const other = await question(asker);
      const answerer = await member({ organisation: 2 });
      const a = await answer(q, answerer);
      const elsewhere = await answer(other, answerer);
      await follow(follower, 'QUESTION', q);
      await follow(follower, 'QUESTION', other);
      for (const payload of [
        { questionId: q, answerId: elsewhere },
        { questionId: randomUUID(), answerId: a },
        { questionId: q, answerId: randomUUID() },
        { questionId: 'not-a-uuid', answerId: a },
        { questionId: q, answerId: 'not-a-uuid' },
        { questionId: null, answerId: a },
        { questionId: q, answerId: null },
      ])
        for (const topic of ['question.answered', 'answer.accepted'])
          await expectNobody(route(topic, { type: 'ANSWER', id: a }, payload));
      expect(await about(q)).toEqual([]);
    });
  });

  describe('an accepted answer', () => {
    it('tells its author, and no one else', async () => {
      const asker = await member({ organisation: 0 });
      const answerer = await member({ organisation: 1 });
      const follower = await member({ organisation: 2 });
      const q = await question(asker, { attribution: 'ANONYMOUS' });
      const a = await answer(q, answerer, { attribution: 'ANONYMOUS' });
      await follow(follower, 'QUESTION', q);
      const payload = { questionId: q, answerId: a };
      const routed = await route('answer.accepted', { type: 'QUESTION', id: q }, payload);
      expect(await delivered(routed.eventKey)).toEqual([
        told(answerer, 'MY_ANSWER_ACCEPTED', 'QUESTION', q, payload),
      ]);
      expect(routed.notified).toBe(1);
    });

    it('tells no one when the asker accepts their own answer, or its author is suspended', async () => {
      const asker = await member();
      const q = await question(asker);
      const own = await answer(q, asker);
      await expectNobody(
        route('answer.accepted', { type: 'QUESTION', id: q }, { questionId: q, answerId: own }),
      );
      const suspended = await answer(q, await member({ status: 'SUSPENDED', organisation: 1 }));
      await expectNobody(
        route(
          'answer.accepted',
          { type: 'QUESTION', id: q },
          { questionId: q, answerId: suspended },
        ),
      );
    });
  });

  describe('a directed question', () => {
    it('tells the experts of each organisation it is directed to who may read it, with the due date', async () => {
      const asker = await member({ organisation: 0 });
      const [org1, org2] = [await organisation(1), await organisation(2)];
      const expert1 = await member({ organisation: 1, roles: ['MEMBER', 'EXPERT'] });
      const expert2 = await member({ organisation: 2, roles: ['EXPERT'] });
      // Not experts, not directed to, not active.
      await member({ organisation: 1 });
      await member({ organisation: 3, roles: ['EXPERT'] });
      await member({ organisation: 0, roles: ['EXPERT'] });
      await member({ organisation: 1, roles: ['EXPERT'], status: 'SUSPENDED' });
      const q = await question(asker, {
        level: 'RED',
        attribution: 'ANONYMOUS',
        directedTo: [org1, org2],
        dueOn: '2026-03-01',
      });
      const routed = await route(
        'question.directed',
        { type: 'QUESTION', id: q },
        { questionId: q, directedToIds: [org1, org2] },
      );
      const notification = (who: string) =>
        told(who, 'QUESTION_DIRECTED_TO_MY_ORGANISATION', 'QUESTION', q, {
          questionId: q,
          dueOn: '2026-03-01',
        });
      expect(await delivered(routed.eventKey)).toEqual(
        byMember([notification(expert1), notification(expert2)]),
      );
      expect(routed.notified).toBe(2);
    });

    it('tells no one of a question they may not read yet, one directed nowhere, or none', async () => {
      const asker = await member({ organisation: 0 });
      const org1 = await organisation(1);
      await member({ organisation: 1, roles: ['EXPERT'] });
      const pending = await question(asker, {
        level: 'RED',
        status: 'PENDING_REVIEW',
        directedTo: [org1],
      });
      const nowhere = await question(asker, { level: 'GREEN' });
      for (const questionId of [pending, nowhere, randomUUID(), 'not-a-uuid', null])
        await expectNobody(
          route(
            'question.directed',
            { type: 'QUESTION', id: pending },
            { questionId, directedToIds: [org1] },
          ),
        );
    });
  });

  describe('a newly published item', () => {
    it('tells the instant followers of its topics and countries who may read it, but not its author', async () => {
      const author = await member({ organisation: 0 });
      const [t0, t1] = [await topic(0), await topic(1)];
      const topicFollower = await member({ organisation: 1 });
      const countryFollower = await member({ organisation: 2 });
      const both = await member({ organisation: 3 });
      await follow(topicFollower, 'TOPIC', t0);
      await follow(countryFollower, 'COUNTRY', 'SE');
      await follow(both, 'TOPIC', t0);
      await follow(both, 'COUNTRY', 'SE');
      await follow(author, 'TOPIC', t0);
      await follow(await member(), 'TOPIC', t0, 'DAILY');
      await follow(await member(), 'TOPIC', t1);
      await follow(await member(), 'COUNTRY', 'NO');
      const q = await question(author, {
        attribution: 'ANONYMOUS',
        topicIds: [t0],
        countryCodes: ['SE'],
      });
      const routed = await route(
        'question.published',
        { type: 'QUESTION', id: q },
        { questionId: q, sharingLevel: 'GREEN' },
      );
      const notification = (who: string) => told(who, 'NEW_ITEM_IN_FOLLOWED_TOPIC', 'QUESTION', q);
      expect(await delivered(routed.eventKey)).toEqual(
        byMember([notification(topicFollower), notification(countryFollower), notification(both)]),
      );
      expect(routed.notified).toBe(3);
    });

    it('tells of a case only the followers who may read it', async () => {
      const author = await member({ organisation: 0 });
      const t2 = await topic(2);
      const colleague = await member({ organisation: 0 });
      const outsider = await member({ organisation: 1 });
      await follow(colleague, 'TOPIC', t2);
      await follow(outsider, 'TOPIC', t2);
      await follow(outsider, 'COUNTRY', 'FI');
      const c = await caseStudy(author, {
        level: 'AMBER_STRICT',
        topicIds: [t2],
        countryCodes: ['FI'],
      });
      const routed = await route(
        'case.published',
        { type: 'CASE', id: c },
        { caseId: c, sharingLevel: 'AMBER_STRICT', status: 'PUBLISHED' },
      );
      expect(await delivered(routed.eventKey)).toEqual([
        told(colleague, 'NEW_ITEM_IN_FOLLOWED_TOPIC', 'CASE', c),
      ]);

      // A country alone reaches a follower too.
      const open = await caseStudy(author, { countryCodes: ['FI'] });
      const byCountry = await route('case.published', { type: 'CASE', id: open }, { caseId: open });
      expect((await delivered(byCountry.eventKey)).map((n) => n.member)).toEqual([outsider]);
    });

    it('tells no one of an item that is gone or not live', async () => {
      const author = await member();
      const t3 = await topic(3);
      await follow(await member({ organisation: 1 }), 'TOPIC', t3);
      const hidden = await question(author, { topicIds: [t3], hidden: true });
      const withdrawn = await caseStudy(author, { topicIds: [t3], status: 'WITHDRAWN' });
      await expectNobody(route('question.published', { type: 'QUESTION', id: hidden }));
      await expectNobody(route('case.published', { type: 'CASE', id: withdrawn }));
      await expectNobody(route('question.published', { type: 'QUESTION', id: randomUUID() }));
      await expectNobody(route('case.published', { type: 'CASE', id: randomUUID() }));
    });
  });

  describe('the moderation queue', () => {
    let moderators: string[];

    beforeAll(async () => {
      // No other test writes moderators, and the template has none: these are all there are.
      const seeded = await sql(`SELECT 1 FROM member WHERE 'MODERATOR' = ANY(roles)`);
      expect(seeded).toEqual([]);
      moderators = [
        await member({ organisation: 2, roles: ['MEMBER', 'MODERATOR'] }),
        await member({ organisation: 3, roles: ['MODERATOR'] }),
      ];
      await member({ organisation: 3, roles: ['MODERATOR'], status: 'SUSPENDED' });
    });

    const queued = (contentType: string, contentId: string, reason: string) => (who: string) =>
      told(who, 'ITEM_IN_MODERATION_QUEUE', contentType, contentId, { reason });

    it('tells the moderators of each submitted community item', async () => {
      const author = await member({ organisation: 0 });
      const q = await question(author, { status: 'PENDING_REVIEW', attribution: 'ANONYMOUS' });
      const asked = await route('question.asked', { type: 'QUESTION', id: q }, { questionId: q });
      expect(await delivered(asked.eventKey)).toEqual(
        byMember(moderators.map(queued('QUESTION', q, 'SUBMITTED'))),
      );
      expect(asked.notified).toBe(2);

      const live = await question(author);
      const a = await answer(live, await member({ organisation: 1 }), { status: 'PENDING_REVIEW' });
      const submitted = await route(
        'answer.submitted',
        { type: 'ANSWER', id: a },
        { questionId: live, answerId: a },
      );
      expect(await delivered(submitted.eventKey)).toEqual(
        byMember(moderators.map(queued('ANSWER', a, 'SUBMITTED'))),
      );

      const c = await caseStudy(author, { status: 'SUBMITTED', level: 'CLEAR' });
      const caseSubmitted = await route('case.submitted', { type: 'CASE', id: c }, { caseId: c });
      expect(await delivered(caseSubmitted.eventKey)).toEqual(
        byMember(moderators.map(queued('CASE', c, 'SUBMITTED'))),
      );
    });

    it('does not tell a moderator of their own item, nor of one they may not read', async () => {
      const [own, other] = moderators as [string, string];
      const q = await question(own, { status: 'PENDING_REVIEW' });
      const asked = await route('question.asked', { type: 'QUESTION', id: q }, { questionId: q });
      expect(await delivered(asked.eventKey)).toEqual([queued('QUESTION', q, 'SUBMITTED')(other)]);

      // AMBER content is not the moderators' to read: its queue is its organisation's business.
      const amber = await question(await member({ organisation: 0 }), {
        level: 'AMBER',
        status: 'PENDING_REVIEW',
      });
      await expectNobody(route('question.asked', { type: 'QUESTION', id: amber }));
    });

    it('ignores a submission that is already live (a replayed event)', async () => {
      const q = await question(await member());
      await expectNobody(route('question.asked', { type: 'QUESTION', id: q }, { questionId: q }));
      const c = await caseStudy(await member());
      await expectNobody(route('case.submitted', { type: 'CASE', id: c }, { caseId: c }));
    });

    it('tells the moderators of a flagged live item, found by the type and id the flag names', async () => {
      const author = await member({ organisation: 0 });
      const q = await question(author, { attribution: 'ANONYMOUS' });
      const a = await answer(q, await member({ organisation: 1 }));
      const flagged = await route(
        'content.flagged',
        { type: 'ANSWER', id: a },
        { contentType: 'ANSWER', contentId: a, reason: 'PERSONAL_DATA' },
      );
      expect(await delivered(flagged.eventKey)).toEqual(
        byMember(moderators.map(queued('ANSWER', a, 'FLAGGED'))),
      );
      expect(flagged.notified).toBe(2);

      for (const [contentType, contentId] of [
        ['QUESTION', randomUUID()],
        ['QUESTION', 'not-a-uuid'],
        ['NOT_A_TYPE', q],
      ])
        await expectNobody(
          route(
            'content.flagged',
            { type: 'QUESTION', id: q },
            { contentType, contentId, reason: 'OTHER' },
          ),
        );
    });
  });

  describe('a decision about an item', () => {
    it("tells the item's author what was decided, and no one else", async () => {
      const author = await member({ organisation: 0 });
      const q = await question(author, { attribution: 'ANONYMOUS', status: 'PENDING_REVIEW' });
      await follow(await member(), 'QUESTION', q);
      const decided = await route(
        'content.moderated',
        { type: 'QUESTION', id: q },
        { contentType: 'QUESTION', contentId: q, action: 'APPROVE' },
      );
      expect(await delivered(decided.eventKey)).toEqual([
        told(author, 'MODERATION_DECISION', 'QUESTION', q, { action: 'APPROVE' }),
      ]);
      expect(decided.notified).toBe(1);

      const caseAuthor = await member({ organisation: 1 });
      const c = await caseStudy(caseAuthor, { hidden: true });
      const hidden = await route(
        'content.hidden-by-flags',
        { type: 'CASE', id: c },
        { contentType: 'CASE', contentId: c, action: 'HIDDEN_BY_FLAGS' },
      );
      expect(await delivered(hidden.eventKey)).toEqual([
        told(caseAuthor, 'MODERATION_DECISION', 'CASE', c, { action: 'HIDDEN_BY_FLAGS' }),
      ]);

      const answerer = await member({ organisation: 2 });
      const a = await answer(q, answerer);
      const inspected = await route(
        'content.inspected',
        { type: 'ANSWER', id: a },
        { contentType: 'ANSWER', contentId: a, action: 'INSPECTED' },
      );
      expect(await delivered(inspected.eventKey)).toEqual([
        told(answerer, 'MODERATION_DECISION', 'ANSWER', a, { action: 'INSPECTED' }),
      ]);

      // A stored event without a readable action still tells the author, naming none.
      const unnamed = await route(
        'content.moderated',
        { type: 'QUESTION', id: q },
        { contentType: 'QUESTION', contentId: q, action: 7 },
      );
      expect((await delivered(unnamed.eventKey)).map((n) => n.payload)).toEqual([{ action: null }]);
    });

    it('tells no one when the author is suspended or the item is unknown', async () => {
      const q = await question(await member({ status: 'SUSPENDED' }));
      await expectNobody(
        route(
          'content.moderated',
          { type: 'QUESTION', id: q },
          { contentType: 'QUESTION', contentId: q, action: 'HIDE' },
        ),
      );
      await expectNobody(
        route(
          'content.moderated',
          { type: 'QUESTION', id: q },
          { contentType: 'QUESTION', contentId: randomUUID(), action: 'HIDE' },
        ),
      );
    });
  });

  describe('a revealed author', () => {
    it('is told that a moderator now knows who they are', async () => {
      const author = await member({ organisation: 1 });
      const q = await question(await member());
      const a = await answer(q, author, { attribution: 'ANONYMOUS' });
      const revealed = await route(
        'content.author-revealed',
        { type: 'ANSWER', id: a },
        { contentType: 'ANSWER', contentId: a, reason: 'Suspected personal data' },
      );
      expect(await delivered(revealed.eventKey)).toEqual([
        told(author, 'IDENTITY_REVEALED', 'ANSWER', a),
      ]);
      await expectNobody(
        route(
          'content.author-revealed',
          { type: 'ANSWER', id: a },
          { contentType: 'ANSWER', contentId: randomUUID(), reason: 'Gone' },
        ),
      );
    });
  });

  describe('a new guideline version', () => {
    it('tells its instant followers once per version, however often the event comes', async () => {
      const { guidelineId, versionId } = await guideline();
      const follower = await member({ organisation: 1 });
      const other = await guideline();
      await follow(follower, 'GUIDELINE', guidelineId);
      await follow(await member(), 'GUIDELINE', guidelineId, 'DAILY');
      await follow(await member({ status: 'SUSPENDED' }), 'GUIDELINE', guidelineId);
      await follow(await member(), 'GUIDELINE', other.guidelineId);
      const payload = { guidelineId, versionId, number: 1 };
      const published = await route(
        'guideline.version-published',
        { type: 'GUIDELINE', id: guidelineId },
        payload,
      );
      expect(published.notified).toBe(1);
      expect(await delivered(`guideline-version-${versionId}`)).toEqual([
        told(follower, 'NEW_GUIDELINE_VERSION', 'GUIDELINE', guidelineId, { versionId, number: 1 }),
      ]);
      // A second event for the same version (another outbox id) notifies no one again.
      await expectNobody(
        route('guideline.version-published', { type: 'GUIDELINE', id: guidelineId }, payload),
      );
      expect(await about(guidelineId)).toHaveLength(1);
    });

    it('tells no one of a guideline with no published version, or ids that are not ids', async () => {
      const draft = await guideline({ published: false });
      const published = await guideline();
      for (const g of [draft, published]) await follow(await member(), 'GUIDELINE', g.guidelineId);
      await expectNothingAbout(
        route(
          'guideline.version-published',
          { type: 'GUIDELINE', id: draft.guidelineId },
          {
            ...draft,
            number: 1,
          },
        ),
        draft.guidelineId,
      );
      for (const payload of [
        { guidelineId: 'not-a-uuid', versionId: published.versionId, number: 1 },
        { guidelineId: published.guidelineId, versionId: 'not-a-uuid', number: 1 },
      ])
        await expectNothingAbout(
          route(
            'guideline.version-published',
            { type: 'GUIDELINE', id: published.guidelineId },
            payload,
          ),
          published.guidelineId,
        );
    });
  });

  describe('a ready data export', () => {
    it('tells the member who asked for it, once, without a link', async () => {
      const owner = await member();
      const exportId = await dataExport(owner, 'READY');
      const ready = await route('member.data-export-ready', { type: 'data-export', id: exportId });
      expect(ready.notified).toBe(1);
      expect(await delivered(`data-export-ready-${exportId}`)).toEqual([
        told(owner, 'DATA_EXPORT_READY', 'DATA_EXPORT', exportId),
      ]);
      await expectNobody(route('member.data-export-ready', { type: 'data-export', id: exportId }));
      expect(await about(exportId)).toHaveLength(1);
    });

    it('tells no one of an export that is not ready, not there, or whose member is suspended', async () => {
      const pending = await dataExport(await member(), 'PENDING');
      const suspended = await dataExport(await member({ status: 'SUSPENDED' }), 'READY');
      for (const id of [pending, suspended, randomUUID(), 'not-a-uuid'])
        await expectNothingAbout(
          route('member.data-export-ready', { type: 'data-export', id }),
          isUuid(id) ? id : pending,
        );
    });
  });
});
