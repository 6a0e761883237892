// SPDX-License-Identifier: EUPL-1.2
import { Role } from 'src/graph/auth/role.enum';
import { TopicKind } from 'src/modules/taxonomy/topic-kind.enum';
import { TopicsService } from 'src/modules/taxonomy/topics.service';
import { createCase } from 'test/factories/case.factory';
import { signedInMember, type SignedInMember } from 'test/factories/member.factory';
import { errorCode, startTestApp, type TestApp } from 'test/helpers/test-app';

const FOLLOW = `mutation($input: FollowInput!) { follow(input: $input) { targetType targetId } }`;
const UNFOLLOW = `mutation($input: UnfollowInput!) { unfollow(input: $input) }`;
const SUBMIT = `mutation($input: SubmitCaseInput!) { submitCase(input: $input) { status } }`;
const READ = `query($id: ID!) { case(id: $id) { acknowledgedFindings findings { fingerprint } } }`;

/** Issue 11 item 13: following a topic by slug; moderators see acknowledged findings. */
describe('Follow by slug and acknowledged findings for moderators (e2e)', () => {
  let t: TestApp;
  let author: SignedInMember;
  let moderator: SignedInMember;

  beforeAll(async () => {
    t = await startTestApp({ worker: false });
    author = await signedInMember(t);
    moderator = await signedInMember(t, { roles: [Role.MODERATOR], organisationSlug: 'chalmers' });
  });

  afterAll(() => t.close());

  it('follows and unfollows a topic by its slug, stored under its id', async () => {
    const [topic] = await t.app.get(TopicsService).list(TopicKind.RISK_AREA);
    const followed = await t.gql(
      FOLLOW,
      { input: { targetType: 'TOPIC', targetId: topic!.slug, frequency: 'WEEKLY' } },
      author.accessToken,
    );
    expect(followed.errors).toBeUndefined();
    expect(followed.data?.follow).toEqual({ targetType: 'TOPIC', targetId: topic!.id });

    const unfollowed = await t.gql(
      UNFOLLOW,
      { input: { targetType: 'TOPIC', targetId: topic!.slug } },
      author.accessToken,
    );
    expect(unfollowed.data?.unfollow).toBe(true);

    const unknown = await t.gql(
      FOLLOW,
      { input: { targetType: 'TOPIC', targetId: 'no-such-topic', frequency: 'WEEKLY' } },
      author.accessToken,
    );
    expect(errorCode(unknown)).toBe('BAD_USER_INPUT');
  });

  it('shows moderators the findings the author acknowledged', async () => {
    const draft = await createCase(t, author, {
      context: 'The visitor wrote from visitor@example.org about the planned project.',
    });
    const refused = await t.gql(SUBMIT, { input: { id: draft.id } }, author.accessToken);
    expect(errorCode(refused)).toBe('PII_UNRESOLVED');
    const fingerprints = (
      refused.errors![0]!.extensions!.findings as { fingerprint: string }[]
    ).map((f) => f.fingerprint);
    expect(fingerprints).toHaveLength(1);
    const submitted = await t.gql(
      SUBMIT,
      { input: { id: draft.id, acknowledgedFindings: fingerprints } },
      author.accessToken,
    );
    expect(submitted.data?.submitCase).toEqual({ status: 'SUBMITTED' });

    const seenByModerator = await t.gql(READ, { id: draft.id }, moderator.accessToken);
    expect(seenByModerator.errors).toBeUndefined();
    expect(seenByModerator.data?.case).toEqual({
      acknowledgedFindings: fingerprints,
      findings: [{ fingerprint: fingerprints[0] }],
    });
  });
});
