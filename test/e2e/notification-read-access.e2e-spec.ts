// SPDX-License-Identifier: EUPL-1.2
import { randomInt } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Role } from 'src/graph/auth/role.enum';
import { SharingLevel } from 'src/modules/access-policy/sharing-level.enum';
import { NotificationRouter } from 'src/modules/notifications/notification-router';
import { signedInMember, type SignedInMember } from 'test/factories/member.factory';
import { answerQuestion, approve, askQuestion } from 'test/factories/question.factory';
import { notificationsSettled } from 'test/helpers/notifications-settled';
import {
  startTestApp,
  type GraphQLResponse,
  type QueueBackendKind,
  type TestApp,
} from 'test/helpers/test-app';

const NOTIFICATIONS = `{ notifications(first: 100) { edges { node { id kind contentId title text } } } }`;
const UPDATE = `mutation($input: UpdateQuestionInput!) { updateQuestion(input: $input) { id version } }`;
const MODERATE = `mutation($input: ModerateInput!) { moderate(input: $input) { contentId } }`;

interface OnePage {
  edges: { node: { id: string } }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

interface Seen {
  id: string;
  kind: string;
  contentId: string;
  title: string | null;
  text: string;
}

/**
 * Every read of a notification asks the access policy at read time (DOMAIN §9, issue 11 item 1):
 * once its item is narrowed, hidden by a moderator or hidden by flags, a member who may no longer
 * read it finds nothing of it in `notifications`, `unreadNotificationCount` or
 * `markNotificationsRead`; a listed one shows the item's current title. Delivery locks the item,
 * so a hide in flight is never overtaken. Through the real relay and workers, on both backends.
 */
describe.each<QueueBackendKind>(['postgres', 'redis'])(
  'Notifications follow the access rule at read time (%s queues)',
  (queue) => {
    let t: TestApp;
    let db: DataSource;
    let author: SignedInMember;
    let colleague: SignedInMember;
    let outsider: SignedInMember;
    let moderator: SignedInMember;
    let topicId: string;

    const seen = async (who: SignedInMember): Promise<Seen[]> => {
      const result = await t.gql(NOTIFICATIONS, {}, who.accessToken);
      expect(result.errors).toBeUndefined();
      return (result.data!.notifications.edges as { node: Seen }[]).map((e) => e.node);
    };
    const about = async (who: SignedInMember, contentId: string) =>
      (await seen(who)).filter((n) => n.contentId === contentId);
    const unread = async (who: SignedInMember) =>
      (
        await t.gql<{ unreadNotificationCount: number }>(
          '{ unreadNotificationCount }',
          {},
          who.accessToken,
        )
      ).data!.unreadNotificationCount;
    const settled = () => notificationsSettled(db);

    /** The ids of every notification, fetched one page of one at a time through the cursors. */
    async function walkOneByOne(who: SignedInMember): Promise<string[]> {
      const ids: string[] = [];
      let after: string | null = null;
      for (;;) {
        const result: GraphQLResponse<{ notifications: OnePage }> = await t.gql(
          `query($after: String) { notifications(first: 1, after: $after) {
            edges { node { id } } pageInfo { hasNextPage endCursor } } }`,
          { after },
          who.accessToken,
        );
        const page = result.data!.notifications;
        ids.push(...page.edges.map((e) => e.node.id));
        if (!page.pageInfo.hasNextPage) return ids;
        after = page.pageInfo.endCursor;
      }
    }

    /** A live GREEN question in the followed topic, its followers notified. */
    async function publishedQuestion(title: string) {
      const question = await askQuestion(t, author, { title, topicIds: [topicId] });
      await approve(t, moderator, 'QUESTION', question.id);
      await settled();
      return question;
    }

    async function edit(questionId: string, changes: Record<string, unknown>) {
      const [{ version }] = await db.query('SELECT version FROM question WHERE id = $1', [
        questionId,
      ]);
      const result = await t.gql(
        UPDATE,
        { input: { id: questionId, expectedVersion: version, ...changes } },
        author.accessToken,
      );
      expect(result.errors).toBeUndefined();
    }

    async function moderate(
      contentType: string,
      contentId: string,
      action: string,
      reason: string,
    ) {
      const result = await t.gql(
        MODERATE,
        { input: { contentType, contentId, action, reason } },
        moderator.accessToken,
      );
      expect(result.errors).toBeUndefined();
    }

    beforeAll(async () => {
      t = await startTestApp({ worker: true, queue });
      db = t.app.get(DataSource);
      author = await signedInMember(t, { organisationSlug: 'uppsala-universitet' });
      colleague = await signedInMember(t, { organisationSlug: 'uppsala-universitet' });
      outsider = await signedInMember(t, { organisationSlug: 'lunds-universitet' });
      moderator = await signedInMember(t, {
        organisationSlug: 'universitets-och-hogskoleradet',
        roles: [Role.MODERATOR],
      });
      topicId = (await t.gql<{ topics: { id: string }[] }>('{ topics(kind: RISK_AREA) { id } }'))
        .data!.topics[0]!.id;
      // In-app only here: e-mail has its own spec.
      await db.query(
        `INSERT INTO notification_preference (member_id, kind, email)
         SELECT m, k, false FROM unnest($1::uuid[]) m, unnest(enum_range(NULL::notification_kind)) k`,
        [[author.id, colleague.id, outsider.id, moderator.id]],
      );
      for (const follower of [colleague, outsider])
        await t.gql(
          `mutation($input: FollowInput!) { follow(input: $input) { id } }`,
          { input: { targetType: 'TOPIC', targetId: topicId, frequency: 'INSTANT' } },
          follower.accessToken,
        );
    });

    afterAll(() => t.close());

    it('drops a narrowed item from the list, count and mark-read of those who may no longer read it', async () => {
      const before = await publishedQuestion('Kept: is a summer school abroad an export?');
      const question = await publishedQuestion('Can a guest researcher use our clean room?');
      const after = await publishedQuestion('Kept: may we lend a spectrometer?');
      const [told] = await about(outsider, question.id);
      expect(told).toMatchObject({
        kind: 'NEW_ITEM_IN_FOLLOWED_TOPIC',
        title: 'Can a guest researcher use our clean room?',
      });
      const unreadBefore = await unread(outsider);

      await edit(question.id, { sharingLevel: 'AMBER_STRICT' });

      expect(await about(outsider, question.id)).toEqual([]);
      expect(await unread(outsider)).toBe(unreadBefore - 1);
      const marked = await t.gql(
        'mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }',
        { ids: [told!.id] },
        outsider.accessToken,
      );
      expect(marked.data).toEqual({ markNotificationsRead: 0 });
      // Paging one by one walks exactly the listed notifications: the filter is in the query.
      const walked = await walkOneByOne(outsider);
      const kept = await seen(outsider);
      expect(kept.map((n) => n.contentId)).toEqual([after.id, before.id]);
      expect(walked).toEqual(kept.map((n) => n.id));
      // The author's organisation still reads it, and is still told.
      expect(await about(colleague, question.id)).toEqual([
        expect.objectContaining({ title: 'Can a guest researcher use our clean room?' }),
      ]);
    });

    it('shows the current title, never the one copied when notified', async () => {
      const question = await publishedQuestion('An old title naming a partner university');
      await edit(question.id, { title: 'A neutral title about equipment abroad' });
      const [told] = await about(colleague, question.id);
      expect(told!.title).toBe('A neutral title about equipment abroad');
      expect(told!.text).toBe('Nytt inom det du följer: A neutral title about equipment abroad');
      // Nothing of the item is stored with notifications.
      const [{ copies }] = await db.query(
        `SELECT count(*)::int AS copies FROM notification WHERE payload ? 'title'`,
      );
      expect(copies).toBe(0);
    });

    it('drops an item a moderator hid, and tells its author what was decided', async () => {
      const question = await publishedQuestion('Should we report a visiting delegation?');
      expect(await about(outsider, question.id)).toHaveLength(1);
      await moderate('QUESTION', question.id, 'HIDE', 'Names a person');
      await settled();
      expect(await about(outsider, question.id)).toEqual([]);
      expect(await about(colleague, question.id)).toEqual([]);
      const decisions = (await about(author, question.id)).map((n) => n.text);
      expect(decisions).toEqual([
        'Din fråga har dolts i väntan på granskning: Should we report a visiting delegation?\n' +
          'Du kan fortfarande läsa inlägget; en moderator avgör om det ska visas igen.',
        'Din fråga har godkänts och publicerats: Should we report a visiting delegation?',
      ]);
    });

    it('drops an item hidden by flags', async () => {
      const question = await publishedQuestion('Is a joint lab in Shenzhen an export?');
      const before = await unread(colleague);
      const flagged = await t.gql(
        `mutation($input: FlagContentInput!) { flagContent(input: $input) { contentHidden } }`,
        { input: { contentType: 'QUESTION', contentId: question.id, reason: 'PERSONAL_DATA' } },
        outsider.accessToken,
      );
      expect(flagged.data).toEqual({ flagContent: { contentHidden: true } });
      expect(await about(colleague, question.id)).toEqual([]);
      expect(await about(outsider, question.id)).toEqual([]);
      expect(await unread(colleague)).toBe(before - 1);
    });

    it('drops news of an answer once the answer is hidden', async () => {
      const question = await publishedQuestion('May a postdoc take the prototype to a fair?');
      const answer = await answerQuestion(t, colleague, question.id);
      await approve(t, moderator, 'ANSWER', answer.id);
      await settled();
      expect((await about(author, question.id)).map((n) => n.kind)).toContain(
        'ANSWER_TO_MY_QUESTION',
      );
      await moderate('ANSWER', answer.id, 'HIDE', 'Personal data in the answer');
      expect((await about(author, question.id)).map((n) => n.kind)).not.toContain(
        'ANSWER_TO_MY_QUESTION',
      );
    });

    it('tells an author why their question was rejected and what to do next', async () => {
      const question = await askQuestion(t, author, { title: 'Which partner is on the list?' });
      await moderate('QUESTION', question.id, 'REJECT', 'Asks for a named organisation');
      await settled();
      expect((await about(author, question.id)).map((n) => n.text)).toEqual([
        'Din fråga har avvisats av en moderator: Which partner is on the list?\n' +
          'Motivering: Asks for a named organisation\n' +
          'Du kan ställa en ny fråga som tar hänsyn till motiveringen.',
      ]);
    });

    it('writes no notification for an item hidden while delivery was deciding', async () => {
      const question = await publishedQuestion('Do we need a licence for the radar demo?');
      const hide = db.createQueryRunner();
      await hide.connect();
      let routed: Promise<{ notified: number }> | undefined;
      try {
        await hide.startTransaction();
        await hide.query('UPDATE question SET hidden_at = now() WHERE id = $1', [question.id]);
        // The router handles a (replayed) publication while the hide is uncommitted.
        routed = t.app.get(NotificationRouter).route({
          outboxId: String(randomInt(1e9, 2e9)),
          topic: 'question.published',
          aggregate: { type: 'QUESTION', id: question.id },
          payload: { questionId: question.id, sharingLevel: SharingLevel.GREEN },
          occurredAt: new Date().toISOString(),
        });
        await new Promise((resolve) => setTimeout(resolve, 300));
        await hide.commitTransaction();
      } finally {
        await hide.release();
      }
      expect(await routed).toEqual({ notified: 0 });
    });
  },
);
