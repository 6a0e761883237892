// SPDX-License-Identifier: EUPL-1.2
import { DataSource } from 'typeorm';
import { Role } from 'src/graph/auth/role.enum';
import { signedInMember, type SignedInMember } from 'test/factories/member.factory';
import {
  answerQuestion,
  approve,
  askQuestion,
  organisationId,
} from 'test/factories/question.factory';
import { notificationsSettled } from 'test/helpers/notifications-settled';
import { startTestApp, type TestApp } from 'test/helpers/test-app';

const NOTIFICATIONS = `{ notifications(first: 50) { edges { node { kind contentId title text read } } } }`;
const FOLLOW = `mutation($input: FollowInput!) { follow(input: $input) { id frequency } }`;

interface Seen {
  kind: string;
  contentId: string;
  title: string | null;
  text: string;
  read: boolean;
}

/**
 * Outbox events become in-app notifications for exactly the members who may read the item
 * when the job runs (DOMAIN §9), through the real relay and workers.
 */
describe('Notifications routed from the outbox (e2e)', () => {
  let t: TestApp;
  let db: DataSource;
  let asker: SignedInMember;
  let answerer: SignedInMember;
  let questionFollower: SignedInMember;
  let topicFollower: SignedInMember;
  let ispExpert: SignedInMember;
  let ispMember: SignedInMember;
  let moderator: SignedInMember;
  let bystander: SignedInMember;
  let topicId: string;

  const seen = async (who: SignedInMember): Promise<Seen[]> => {
    const result = await t.gql(NOTIFICATIONS, {}, who.accessToken);
    expect(result.errors).toBeUndefined();
    return (result.data!.notifications.edges as { node: Seen }[]).map((e) => e.node);
  };

  const settled = () => notificationsSettled(db);

  const kinds = async (who: SignedInMember) => (await seen(who)).map((n) => n.kind).sort();

  beforeAll(async () => {
    t = await startTestApp({ worker: true });
    db = t.app.get(DataSource);
    asker = await signedInMember(t, { displayName: 'Asker Anonymsson' });
    answerer = await signedInMember(t, { organisationSlug: 'lunds-universitet' });
    questionFollower = await signedInMember(t, { organisationSlug: 'chalmers' });
    topicFollower = await signedInMember(t, { organisationSlug: 'uppsala-universitet' });
    const isp = 'inspektionen-for-strategiska-produkter';
    ispExpert = await signedInMember(t, { organisationSlug: isp, roles: [Role.EXPERT] });
    ispMember = await signedInMember(t, { organisationSlug: isp });
    moderator = await signedInMember(t, {
      organisationSlug: 'universitets-och-hogskoleradet',
      roles: [Role.MODERATOR],
    });
    bystander = await signedInMember(t, { organisationSlug: 'umea-universitet' });
    topicId = (await t.gql<{ topics: { id: string }[] }>('{ topics(kind: RISK_AREA) { id } }'))
      .data!.topics[0]!.id;
    // Members who turn e-mail off for everything keep these tests about in-app delivery.
    for (const member of [asker, answerer, questionFollower, topicFollower, ispExpert, moderator])
      for (const kind of [
        'ANSWER_TO_MY_QUESTION',
        'ANSWER_TO_FOLLOWED_QUESTION',
        'MY_ANSWER_ACCEPTED',
        'QUESTION_DIRECTED_TO_MY_ORGANISATION',
        'MODERATION_DECISION',
        'NEW_ITEM_IN_FOLLOWED_TOPIC',
      ])
        await t.gql(
          `mutation($input: SetNotificationPreferenceInput!) { setNotificationPreference(input: $input) { kind } }`,
          { input: { kind, email: false } },
          member.accessToken,
        );
    for (const follower of [topicFollower, bystander])
      await t.gql(
        FOLLOW,
        { input: { targetType: 'TOPIC', targetId: topicId, frequency: 'INSTANT' } },
        follower.accessToken,
      );
  });

  afterAll(() => t.close());

  it('follows a community question from asking to an accepted answer', async () => {
    const question = await askQuestion(t, asker, {
      attribution: 'ANONYMOUS',
      topicIds: [topicId],
    });
    await settled();
    expect(await kinds(moderator)).toEqual(['ITEM_IN_MODERATION_QUEUE']);

    await approve(t, moderator, 'QUESTION', question.id);
    await t.gql(
      FOLLOW,
      { input: { targetType: 'QUESTION', targetId: question.id, frequency: 'INSTANT' } },
      questionFollower.accessToken,
    );
    await settled();
    expect(await kinds(asker)).toEqual(['MODERATION_DECISION']);
    // Both topic followers may read a GREEN question.
    expect(await kinds(topicFollower)).toEqual(['NEW_ITEM_IN_FOLLOWED_TOPIC']);
    expect(await kinds(bystander)).toEqual(['NEW_ITEM_IN_FOLLOWED_TOPIC']);

    const answer = await answerQuestion(t, answerer, question.id);
    await settled();
    await approve(t, moderator, 'ANSWER', answer.id);
    await settled();
    expect(await kinds(asker)).toEqual(['ANSWER_TO_MY_QUESTION', 'MODERATION_DECISION']);
    expect(await kinds(questionFollower)).toEqual(['ANSWER_TO_FOLLOWED_QUESTION']);
    expect(await kinds(answerer)).toEqual(['MODERATION_DECISION']);

    await t.gql(
      `mutation($input: AcceptAnswerInput!) { acceptAnswer(input: $input) { id } }`,
      { input: { answerId: answer.id } },
      asker.accessToken,
    );
    await settled();
    expect(await kinds(answerer)).toEqual(['MODERATION_DECISION', 'MY_ANSWER_ACCEPTED']);
    // Each says what happened: the asker's choice does not read like a moderator's decision.
    expect((await seen(answerer)).map((n) => n.text)).toEqual([
      `Frågeställaren markerade ditt svar som accepterat: ${question.title as string}`,
      `Ditt svar har godkänts och publicerats: ${question.title as string}`,
    ]);

    // The anonymous asker is named in no one else's notification.
    const stored: { payload: unknown; member_id: string }[] = await db.query(
      'SELECT payload, member_id FROM notification WHERE member_id <> $1',
      [asker.id],
    );
    const text = JSON.stringify(stored.map((s) => s.payload));
    for (const secret of [asker.id, 'Asker Anonymsson', asker.organisationId])
      expect(text).not.toContain(secret);
  });

  it('tells the experts of the organisation a RED question is directed to, and no one else', async () => {
    const before = {
      topicFollower: (await seen(topicFollower)).length,
      bystander: (await seen(bystander)).length,
      ispMember: (await seen(ispMember)).length,
    };
    const question = await askQuestion(t, asker, {
      sharingLevel: 'RED',
      topicIds: [topicId],
      directedToIds: [await organisationId(t, 'inspektionen-for-strategiska-produkter')],
    });
    await settled();
    expect((await seen(ispExpert)).filter((n) => n.contentId === question.id)).toEqual([
      expect.objectContaining({ kind: 'QUESTION_DIRECTED_TO_MY_ORGANISATION', read: false }),
    ]);
    // Following the topic is not enough to hear of a RED question one may not read.
    expect((await seen(topicFollower)).length).toBe(before.topicFollower);
    expect((await seen(bystander)).length).toBe(before.bystander);
    expect((await seen(ispMember)).length).toBe(before.ispMember);
  });

  it('counts unread notifications and marks them read', async () => {
    const count = async () =>
      (
        await t.gql<{ unreadNotificationCount: number }>(
          '{ unreadNotificationCount }',
          {},
          asker.accessToken,
        )
      ).data!.unreadNotificationCount;
    expect(await count()).toBe(2);
    const marked = await t.gql('mutation { markNotificationsRead }', {}, asker.accessToken);
    expect(marked.data?.markNotificationsRead).toBe(2);
    expect(await count()).toBe(0);
    expect((await seen(asker)).every((n) => n.read)).toBe(true);
  });

  it('tells an author their identity was revealed', async () => {
    const question = await askQuestion(t, asker, { attribution: 'ANONYMOUS' });
    await approve(t, moderator, 'QUESTION', question.id);
    await t.gql(
      `mutation($input: RevealAuthorInput!) { revealAuthor(input: $input) { displayName } }`,
      {
        input: {
          contentType: 'QUESTION',
          contentId: question.id,
          reason: 'Suspected personal data',
        },
      },
      moderator.accessToken,
    );
    await settled();
    expect(
      (await seen(asker))
        .filter((n) => n.contentId === question.id)
        .map((n) => n.kind)
        .sort(),
    ).toEqual(['IDENTITY_REVEALED', 'MODERATION_DECISION']);
  });
});
