// SPDX-License-Identifier: EUPL-1.2
import { Role } from 'src/graph/auth/role.enum';
import { publishedCase } from 'test/factories/case.factory';
import { signedInMember, type SignedInMember } from 'test/factories/member.factory';
import { askQuestion } from 'test/factories/question.factory';
import { errorCode, found, startTestApp, type TestApp } from 'test/helpers/test-app';

const READ_CASE = `query($id: ID!) { case(id: $id) { id hidden version } }`;
const READ_QUESTION = `query($id: ID!) { question(id: $id) { id hidden version } }`;
const FLAG = `mutation($input: FlagContentInput!) { flagContent(input: $input) { contentHidden } }`;
const UPDATE_CASE = `mutation($input: UpdateCaseInput!) { updateCase(input: $input) { hidden version } }`;
const UPDATE_QUESTION = `mutation($input: UpdateQuestionInput!) { updateQuestion(input: $input) { hidden version } }`;
const ITEM = `contentType contentId queueReason contentReadable title hidden openFlagCount`;
const MODERATE = `mutation($input: ModerateInput!) { moderate(input: $input) { ${ITEM} } }`;
const INSPECT = `mutation($input: InspectFlaggedContentInput!) {
  inspectFlaggedContent(input: $input) { fields { name text } } }`;
const QUEUE = `{ moderationQueue(first: 100) { edges { node { ${ITEM} } } } }`;

/**
 * A restricted item that flag review kept hidden (docs/domain.md §8.3): the author's edit does
 * not bring it back on its own; it goes before the reviewers again, who restore it or keep it
 * hidden. While flags are still open (nobody reviewed them), the author's edit still is the
 * review and brings the item back (case-restricted-flags.e2e-spec.ts).
 */
describe('Editing a restricted item that flag review kept hidden (e2e)', () => {
  let t: TestApp;
  let author: SignedInMember;
  let colleague: SignedInMember;
  let moderator: SignedInMember;
  let admin: SignedInMember;

  beforeAll(async () => {
    t = await startTestApp({ worker: false });
    author = await signedInMember(t);
    colleague = await signedInMember(t);
    moderator = await signedInMember(t, {
      roles: [Role.MODERATOR],
      organisationSlug: 'universitets-och-hogskoleradet',
    });
    admin = await signedInMember(t, {
      roles: [Role.ADMIN],
      organisationSlug: 'universitets-och-hogskoleradet',
    });
  });

  afterAll(() => t.close());

  const decide = (who: SignedInMember, type: string, id: string, action: string) =>
    t.gql(
      MODERATE,
      { input: { contentType: type, contentId: id, action, reason: `${action} on review` } },
      who.accessToken,
    );
  const queueNode = async (who: SignedInMember, id: string) => {
    const result = await t.gql(QUEUE, {}, who.accessToken);
    expect(result.errors).toBeUndefined();
    return (result.data!.moderationQueue.edges as { node: Record<string, unknown> }[])
      .map((e) => e.node)
      .find((n) => n.contentId === id);
  };
  async function flagAndKeepHidden(type: string, id: string): Promise<void> {
    const flagged = await t.gql(
      FLAG,
      { input: { contentType: type, contentId: id, reason: 'PERSONAL_DATA' } },
      colleague.accessToken,
    );
    expect(flagged.data?.flagContent).toEqual({ contentHidden: true });
    const kept = await decide(moderator, type, id, 'HIDE');
    expect(kept.errors).toBeUndefined();
    expect(kept.data!.moderate).toMatchObject({ hidden: true, openFlagCount: 0 });
    expect(await queueNode(moderator, id)).toBeUndefined();
  }

  it('a case: the edit stays hidden and goes back to review; a reviewer restores it', async () => {
    const item = await publishedCase(t, author, moderator, { sharingLevel: 'AMBER_STRICT' });
    await flagAndKeepHidden('CASE', item.id);

    const edited = await t.gql(
      UPDATE_CASE,
      {
        input: {
          id: item.id,
          expectedVersion: item.version,
          summary: 'A summary with the personal detail taken out.',
        },
      },
      author.accessToken,
    );
    expect(edited.errors).toBeUndefined();
    expect(edited.data?.updateCase).toEqual({ hidden: true, version: item.version + 1 });
    expect(found(await t.gql(READ_CASE, { id: item.id }, colleague.accessToken), 'case')).toBe(
      false,
    );

    // Before the reviewers again, as metadata only (they may not read AMBER_STRICT), for
    // moderators and admins alike.
    for (const reviewer of [moderator, admin])
      expect(await queueNode(reviewer, item.id)).toEqual({
        contentType: 'CASE',
        contentId: item.id,
        queueReason: 'EDITED_AFTER_REVIEW',
        contentReadable: false,
        title: null,
        hidden: true,
        openFlagCount: 0,
      });
    // Only the decisions that need no reading; the audited look shows the edited text.
    expect(errorCode(await decide(moderator, 'CASE', item.id, 'ARCHIVE'))).toBe('FORBIDDEN');
    const look = await t.gql(
      INSPECT,
      {
        input: {
          contentType: 'CASE',
          contentId: item.id,
          reason: 'Check the edit before restoring',
        },
      },
      moderator.accessToken,
    );
    expect(look.errors).toBeUndefined();
    expect(look.data!.inspectFlaggedContent.fields).toContainEqual({
      name: 'summary',
      text: 'A summary with the personal detail taken out.',
    });

    const restored = await decide(moderator, 'CASE', item.id, 'RESTORE');
    expect(restored.errors).toBeUndefined();
    expect(restored.data!.moderate).toMatchObject({ hidden: false });
    expect(await queueNode(moderator, item.id)).toBeUndefined();
    expect((await t.gql(READ_CASE, { id: item.id }, colleague.accessToken)).data?.case).toEqual({
      id: item.id,
      hidden: false,
      version: item.version + 1,
    });
    // Settled: nothing left for a reviewer who may not read it.
    expect(errorCode(await decide(moderator, 'CASE', item.id, 'HIDE'))).toBe('NOT_FOUND');
  });

  it('a question: a reviewer may keep the edited item hidden, and it leaves the queue', async () => {
    const question = await askQuestion(t, author, { sharingLevel: 'AMBER_STRICT' });
    await flagAndKeepHidden('QUESTION', question.id);

    const edited = await t.gql(
      UPDATE_QUESTION,
      {
        input: {
          id: question.id,
          expectedVersion: question.version,
          body: 'The question again, without the name of the person concerned in it.',
        },
      },
      author.accessToken,
    );
    expect(edited.errors).toBeUndefined();
    expect(edited.data?.updateQuestion).toMatchObject({ hidden: true });
    expect(await queueNode(admin, question.id)).toMatchObject({
      queueReason: 'EDITED_AFTER_REVIEW',
      contentReadable: false,
      title: null,
    });

    const kept = await decide(admin, 'QUESTION', question.id, 'HIDE');
    expect(kept.errors).toBeUndefined();
    expect(kept.data!.moderate).toMatchObject({ hidden: true });
    expect(await queueNode(moderator, question.id)).toBeUndefined();
    expect(
      found(await t.gql(READ_QUESTION, { id: question.id }, colleague.accessToken), 'question'),
    ).toBe(false);

    // A second edit asks again.
    const again = await t.gql(
      UPDATE_QUESTION,
      {
        input: {
          id: question.id,
          expectedVersion: question.version + 1,
          body: 'The question once more, shortened, still without any personal details.',
        },
      },
      author.accessToken,
    );
    expect(again.data?.updateQuestion).toMatchObject({ hidden: true });
    expect(await queueNode(moderator, question.id)).toMatchObject({
      queueReason: 'EDITED_AFTER_REVIEW',
    });
  });
});
