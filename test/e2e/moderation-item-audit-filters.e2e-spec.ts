// SPDX-License-Identifier: EUPL-1.2
import { Role } from 'src/graph/auth/role.enum';
import { createCase, publishedCase } from 'test/factories/case.factory';
import { signedInMember, type SignedInMember } from 'test/factories/member.factory';
import { errorCode, startTestApp, type TestApp } from 'test/helpers/test-app';

const ITEM = `query($type: ContentType!, $id: ID!) {
  moderationItem(contentType: $type, contentId: $id) {
    contentId contentReadable title status queueReason queuedAt openFlagCount
    openFlags { reason text } case { id title } } }`;
const SUBMIT = `mutation($input: SubmitCaseInput!) { submitCase(input: $input) { id status } }`;
const FLAG = `mutation($input: FlagContentInput!) { flagContent(input: $input) { contentHidden } }`;
const AUDIT = `query($filter: AuditLogFilter) { auditLog(first: 100, filter: $filter) {
  edges { node { action targetType targetId actorId actor { id displayName email } } } } }`;

/**
 * The two reads the moderation and admin pages need beyond the queue (issue 12): one item of
 * the reviewer's view by id (a detail page that survives a reload), and the audit log filtered
 * by target type, naming its actor.
 */
describe('moderationItem and audit log target-type filter (e2e)', () => {
  let t: TestApp;
  let author: SignedInMember;
  let reader: SignedInMember;
  let moderator: SignedInMember;
  let admin: SignedInMember;

  beforeAll(async () => {
    t = await startTestApp();
    author = await signedInMember(t);
    reader = await signedInMember(t, { organisationSlug: 'lunds-universitet' });
    moderator = await signedInMember(t, {
      roles: [Role.MODERATOR],
      organisationSlug: 'universitets-och-hogskoleradet',
      displayName: 'Mona Moderator',
    });
    admin = await signedInMember(t, {
      roles: [Role.ADMIN],
      organisationSlug: 'universitets-och-hogskoleradet',
    });
  });

  afterAll(() => t.close());

  const item = async (who: SignedInMember, id: string) => {
    const result = await t.gql(ITEM, { type: 'CASE', id }, who.accessToken);
    expect(result.errors).toBeUndefined();
    return result.data!.moderationItem as Record<string, any> | null;
  };

  it('shows a submitted community case to a moderator with its text, as the queue does', async () => {
    const draft = await createCase(t, author, { title: 'Submitted for the item query' });
    await t.gql(SUBMIT, { input: { id: draft.id } }, author.accessToken);
    const node = await item(moderator, draft.id);
    expect(node).toMatchObject({
      contentId: draft.id,
      contentReadable: true,
      title: 'Submitted for the item query',
      status: 'SUBMITTED',
      queueReason: 'SUBMITTED',
      case: { id: draft.id, title: 'Submitted for the item query' },
    });
    expect(node!.queuedAt).toBeTruthy();
  });

  it('gives null for a draft, an unknown id and an unflagged restricted case, alike', async () => {
    const draft = await createCase(t, author);
    const amber = await publishedCase(t, author, moderator, {
      sharingLevel: 'AMBER_STRICT',
    });
    expect(await item(moderator, draft.id)).toBeNull();
    expect(await item(moderator, '00000000-0000-4000-8000-000000000000')).toBeNull();
    expect(await item(moderator, amber.id)).toBeNull();
  });

  it('shows a flagged restricted case as metadata only, without the readers’ words', async () => {
    const amber = await publishedCase(t, author, moderator, {
      sharingLevel: 'AMBER_STRICT',
      title: 'Restricted and flagged',
    });
    const colleague = await signedInMember(t);
    const flagged = await t.gql(
      FLAG,
      {
        input: {
          contentType: 'CASE',
          contentId: amber.id,
          reason: 'OFF_TOPIC',
          text: 'Quoting the text here',
        },
      },
      colleague.accessToken,
    );
    expect(flagged.errors).toBeUndefined();
    for (const reviewer of [moderator, admin]) {
      const node = await item(reviewer, amber.id);
      expect(node).toMatchObject({
        contentReadable: false,
        title: null,
        case: null,
        queueReason: 'FLAGGED',
        openFlagCount: 1,
        openFlags: [{ reason: 'OFF_TOPIC', text: null }],
      });
    }
  });

  it('refuses members without a reviewer role', async () => {
    const result = await t.gql(
      ITEM,
      { type: 'CASE', id: '00000000-0000-4000-8000-000000000000' },
      reader.accessToken,
    );
    expect(errorCode(result)).toBe('FORBIDDEN');
  });

  it('filters the audit log by target type and names the actor', async () => {
    const published = await publishedCase(t, author, moderator, { title: 'Audited approval' });
    const result = await t.gql(
      AUDIT,
      { filter: { targetTypes: ['CASE'], actorId: moderator.id } },
      admin.accessToken,
    );
    expect(result.errors).toBeUndefined();
    const nodes = (result.data!.auditLog.edges as { node: Record<string, any> }[]).map(
      (e) => e.node,
    );
    expect(nodes.length).toBeGreaterThan(0);
    expect(nodes.every((n) => n.targetType === 'CASE')).toBe(true);
    expect(nodes.find((n) => n.targetId === published.id)).toMatchObject({
      action: 'CONTENT_MODERATED',
      actor: { id: moderator.id, displayName: 'Mona Moderator', email: moderator.email },
    });
    const members = await t.gql(AUDIT, { filter: { targetTypes: ['MEMBER'] } }, admin.accessToken);
    const memberNodes = (members.data!.auditLog.edges as { node: Record<string, any> }[]).map(
      (e) => e.node,
    );
    expect(memberNodes.every((n) => n.targetType === 'MEMBER')).toBe(true);
    expect(memberNodes.some((n) => n.targetId === published.id)).toBe(false);
  });

  it('refuses an unknown target type as bad input', async () => {
    const result = await t.gql(AUDIT, { filter: { targetTypes: ['NOPE'] } }, admin.accessToken);
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
  });
});
