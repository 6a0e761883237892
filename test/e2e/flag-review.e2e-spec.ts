// SPDX-License-Identifier: EUPL-1.2
import { DataSource } from 'typeorm';
import { Role } from 'src/graph/auth/role.enum';
import { Locale } from 'src/modules/members/locale.enum';
import { publishedCase, type CaseResult } from 'test/factories/case.factory';
import { askQuestion, organisationId } from 'test/factories/question.factory';
import { signedInMember, type SignedInMember } from 'test/factories/member.factory';
import { eventually } from 'test/helpers/eventually';
import { errorCode, startTestApp, type TestApp, found } from 'test/helpers/test-app';

const READ = `query($id: ID!) { case(id: $id) { id hidden } }`;
const FLAG = `mutation($input: FlagContentInput!) { flagContent(input: $input) { contentHidden } }`;
const ITEM = `contentType contentId queueReason queuedAt contentReadable title sharingLevel status
  hidden hiddenAt openFlagCount flagReasonCounts { reason count } openFlags { reason text }
  case { id title summary authorName }`;
const QUEUE = `{ moderationQueue(first: 100) { edges { node { ${ITEM} } } } }`;
const MODERATE = `mutation($input: ModerateInput!) { moderate(input: $input) { ${ITEM} } }`;
const INSPECT = `mutation($input: InspectFlaggedContentInput!) {
  inspectFlaggedContent(input: $input) {
    contentType contentId sharingLevel title fields { name text } openFlags { reason text } } }`;
const NOTIFICATIONS = `{ notifications(first: 100) { edges { node { kind contentId text } } } }`;
const AUDIT = `query($filter: AuditLogFilter) {
  auditLog(first: 50, filter: $filter) { edges { node { action actorId targetId reason } } } }`;

const LEVELS = ['CLEAR', 'GREEN', 'AMBER', 'AMBER_STRICT', 'RED'] as const;
const RESTRICTED = new Set<string>(['AMBER', 'AMBER_STRICT', 'RED']);

/**
 * Flag review at every sharing level (issue 11, item 5): readers' flags hide an item, the item
 * reaches the reviewers' queue (metadata only where they may not read it), a reviewer restores
 * it or keeps it hidden, and its author hears of each step. The audited look is the one way a
 * reviewer reads a flagged restricted item.
 */
describe('Flag review at every sharing level (e2e)', () => {
  let t: TestApp;
  let author: SignedInMember;
  let readers: SignedInMember[];
  let moderator: SignedInMember;
  let admin: SignedInMember;
  let lund: string;

  beforeAll(async () => {
    t = await startTestApp();
    author = await signedInMember(t, { locale: Locale.EN });
    readers = [await signedInMember(t), await signedInMember(t), await signedInMember(t)];
    moderator = await signedInMember(t, {
      roles: [Role.MODERATOR],
      organisationSlug: 'universitets-och-hogskoleradet',
    });
    lund = await organisationId(t, 'lunds-universitet');
    admin = await signedInMember(t, {
      roles: [Role.ADMIN],
      organisationSlug: 'universitets-och-hogskoleradet',
    });
  });

  afterAll(() => t.close());

  const target = (id: string, type = 'CASE') => ({ contentType: type, contentId: id });
  const queueNode = async (who: SignedInMember, id: string) => {
    const result = await t.gql(QUEUE, {}, who.accessToken);
    expect(result.errors).toBeUndefined();
    const nodes = (result.data!.moderationQueue.edges as { node: Record<string, any> }[]).map(
      (e) => e.node,
    );
    return nodes.find((n) => n.contentId === id);
  };
  const decide = (who: SignedInMember, id: string, action: string, type = 'CASE') =>
    t.gql(
      MODERATE,
      { input: { ...target(id, type), action, reason: `${action} after flag review` } },
      who.accessToken,
    );
  const authorNotified = (id: string, text: RegExp) =>
    eventually(async () => {
      const result = await t.gql(NOTIFICATIONS, {}, author.accessToken);
      const nodes = (result.data?.notifications.edges ?? []) as { node: Record<string, any> }[];
      return nodes.find(
        (e) =>
          e.node.kind === 'MODERATION_DECISION' &&
          e.node.contentId === id &&
          text.test(e.node.text),
      );
    });
  const flagByThree = async (id: string, quote: string) => {
    const hidden: boolean[] = [];
    for (const reader of readers) {
      const result = await t.gql(
        FLAG,
        { input: { ...target(id), reason: 'ABUSIVE', text: `It says "${quote}"` } },
        reader.accessToken,
      );
      expect(result.errors).toBeUndefined();
      hidden.push(result.data!.flagContent.contentHidden);
    }
    expect(hidden).toEqual([false, false, true]);
  };
  const publish = (level: string, title: string): Promise<CaseResult> =>
    publishedCase(t, author, moderator, {
      sharingLevel: level,
      title,
      summary: `Summary of ${title}, which a reviewer must not see unasked.`,
      ...(level === 'RED' ? { recipientMemberIds: readers.map((r) => r.id) } : {}),
      ...(level === 'AMBER' ? { recipientOrganisationIds: [lund] } : {}),
    });

  describe.each(LEVELS)('%s', (level) => {
    const restricted = RESTRICTED.has(level);

    it('three readers hide it, the queue shows it (metadata only if restricted), a reviewer restores it, the author hears of both', async () => {
      const title = `Flagged ${level} case about a joint laboratory`;
      const item = await publish(level, title);
      await flagByThree(item.id, title);
      expect(found(await t.gql(READ, { id: item.id }, readers[0]!.accessToken), 'case')).toBe(
        false,
      );
      await authorNotified(item.id, /hidden after readers reported/);

      for (const reviewer of [moderator, admin]) {
        const node = await queueNode(reviewer, item.id);
        // Admins read no content in moderation; moderators read community levels.
        const readable = reviewer === moderator && !restricted;
        expect(node).toMatchObject({
          contentType: 'CASE',
          queueReason: 'FLAGGED',
          contentReadable: readable,
          sharingLevel: level,
          status: 'PUBLISHED',
          hidden: true,
          openFlagCount: 3,
          flagReasonCounts: [{ reason: 'ABUSIVE', count: 3 }],
        });
        expect(node!.hiddenAt).toEqual(expect.any(String));
        if (readable) {
          expect(node!.title).toBe(title);
          expect(node!.case).toMatchObject({ id: item.id, title });
          expect(node!.openFlags[0].text).toContain(title);
        } else {
          expect(node!.title).toBeNull();
          expect(node!.case).toBeNull();
          expect(node!.openFlags).toEqual([
            { reason: 'ABUSIVE', text: null },
            { reason: 'ABUSIVE', text: null },
            { reason: 'ABUSIVE', text: null },
          ]);
          // Nothing of the text, the flag text quoting it, or the author, anywhere in the item.
          const serialised = JSON.stringify(node);
          expect(serialised).not.toContain('joint laboratory');
          expect(serialised).not.toContain('must not see');
          expect(serialised).not.toContain(author.displayName);
        }
      }

      // Only RESTORE and HIDE need no reading.
      if (restricted)
        expect(errorCode(await decide(moderator, item.id, 'ARCHIVE'))).toBe('FORBIDDEN');

      const restorer = level === 'GREEN' ? admin : moderator;
      const restored = await decide(restorer, item.id, 'RESTORE');
      expect(restored.errors).toBeUndefined();
      expect(restored.data!.moderate).toMatchObject({ hidden: false, openFlagCount: 0 });
      expect(restored.data!.moderate.title).toBe(restricted || restorer === admin ? null : title);
      const read = await t.gql(READ, { id: item.id }, readers[1]!.accessToken);
      expect(read.data?.case).toEqual({ id: item.id, hidden: false });
      expect(await queueNode(moderator, item.id)).toBeUndefined();
      await authorNotified(item.id, /visible again/);

      // Settled: with no open flags, a restricted item is again nobody's business but its audience's.
      if (restricted) expect(errorCode(await decide(moderator, item.id, 'HIDE'))).toBe('NOT_FOUND');
    });

    it('one PERSONAL_DATA flag hides it; a reviewer keeps it hidden and the author is told', async () => {
      const item = await publish(level, `Personal data in a ${level} case`);
      const flagged = await t.gql(
        FLAG,
        { input: { ...target(item.id), reason: 'PERSONAL_DATA' } },
        readers[0]!.accessToken,
      );
      expect(flagged.data?.flagContent).toEqual({ contentHidden: true });
      const node = await queueNode(moderator, item.id);
      expect(node).toMatchObject({
        hidden: true,
        flagReasonCounts: [{ reason: 'PERSONAL_DATA', count: 1 }],
      });

      const kept = await decide(moderator, item.id, 'HIDE');
      expect(kept.errors).toBeUndefined();
      expect(kept.data!.moderate).toMatchObject({ hidden: true, openFlagCount: 0 });
      expect(await queueNode(moderator, item.id)).toBeUndefined();
      expect(found(await t.gql(READ, { id: item.id }, readers[1]!.accessToken), 'case')).toBe(
        false,
      );
      await authorNotified(item.id, /was hidden/);
    });
  });

  it('a flag below the rule on a restricted item is reviewable: RESTORE dismisses it, nothing changes for readers', async () => {
    const item = await publish('AMBER', 'A single flag on an AMBER case');
    await t.gql(
      FLAG,
      { input: { ...target(item.id), reason: 'OFF_TOPIC' } },
      readers[0]!.accessToken,
    );
    expect(await queueNode(moderator, item.id)).toMatchObject({ hidden: false, openFlagCount: 1 });
    const dismissed = await decide(moderator, item.id, 'RESTORE');
    expect(dismissed.data?.moderate).toMatchObject({ hidden: false, openFlagCount: 0 });
    expect(await queueNode(moderator, item.id)).toBeUndefined();
  });

  describe('the audited look (inspectFlaggedContent)', () => {
    let item: CaseResult;
    const inspect = (
      who: SignedInMember,
      reason = 'Need the text to judge the personal-data flag',
    ) => t.gql(INSPECT, { input: { ...target(item.id), reason } }, who.accessToken);

    beforeAll(async () => {
      item = await publish('RED', 'A RED case about an export licence');
      const flagged = await t.gql(
        FLAG,
        { input: { ...target(item.id), reason: 'PERSONAL_DATA', text: 'names a person' } },
        readers[0]!.accessToken,
      );
      expect(flagged.data?.flagContent).toEqual({ contentHidden: true });
    });

    it('is for reviewers only', async () => {
      expect(errorCode(await inspect(readers[1]!))).toBe('FORBIDDEN');
      expect(errorCode(await inspect(author))).toBe('FORBIDDEN');
      expect(
        errorCode(await t.gql(INSPECT, { input: { ...target(item.id), reason: 'x'.repeat(10) } })),
      ).toBe('UNAUTHENTICATED');
    });

    it('needs a reason and a well-formed target, and writes nothing otherwise', async () => {
      const audited = async () =>
        Number(
          (
            await t.app
              .get(DataSource)
              .query(`SELECT count(*)::int AS n FROM audit_log WHERE target_id = $1`, [item.id])
          )[0].n,
        );
      const before = await audited();
      expect(errorCode(await inspect(moderator, ''))).toBe('BAD_USER_INPUT');
      expect(errorCode(await inspect(moderator, 'x'.repeat(2001)))).toBe('BAD_USER_INPUT');
      for (const input of [
        { contentType: 'CASE', contentId: 'not-a-uuid', reason: 'A good reason' },
        { contentType: 'PAGE', contentId: item.id, reason: 'A good reason' },
      ])
        expect(errorCode(await t.gql(INSPECT, { input }, moderator.accessToken))).toBe(
          'BAD_USER_INPUT',
        );
      expect(await audited()).toBe(before);
    });

    it('returns the text, writes an audit row with the reason and tells the author', async () => {
      const result = await inspect(moderator);
      expect(result.errors).toBeUndefined();
      const seen = result.data!.inspectFlaggedContent;
      expect(seen).toMatchObject({
        contentType: 'CASE',
        contentId: item.id,
        sharingLevel: 'RED',
        title: 'A RED case about an export licence',
        openFlags: [{ reason: 'PERSONAL_DATA', text: 'names a person' }],
      });
      expect(seen.fields).toEqual(
        expect.arrayContaining([
          { name: 'summary', text: expect.stringContaining('must not see unasked') },
        ]),
      );
      expect(JSON.stringify(seen)).not.toContain(author.displayName);

      const audit = await t.gql(
        AUDIT,
        { filter: { targetId: item.id, actions: ['CONTENT_FLAGGED_CONTENT_INSPECTED'] } },
        admin.accessToken,
      );
      expect(audit.data!.auditLog.edges).toEqual([
        {
          node: {
            action: 'CONTENT_FLAGGED_CONTENT_INSPECTED',
            actorId: moderator.id,
            targetId: item.id,
            reason: 'Need the text to judge the personal-data flag',
          },
        },
      ]);
      await authorNotified(item.id, /read by a reviewer/);
    });

    it('admins follow the same rule', async () => {
      expect((await inspect(admin)).errors).toBeUndefined();
    });

    it('ends when the flags are settled', async () => {
      expect((await decide(admin, item.id, 'RESTORE')).errors).toBeUndefined();
      expect(errorCode(await inspect(moderator))).toBe('NOT_FOUND');
    });

    it('answers NOT_FOUND for an item nobody flagged', async () => {
      const unflagged = await publish('AMBER', 'An AMBER case nobody flagged');
      const result = await t.gql(
        INSPECT,
        { input: { ...target(unflagged.id), reason: 'Curious about it' } },
        moderator.accessToken,
      );
      expect(errorCode(result)).toBe('NOT_FOUND');
    });
  });

  it('works the same for a restricted question', async () => {
    const question = await askQuestion(t, author, { sharingLevel: 'AMBER_STRICT' });
    const flagged = await t.gql(
      FLAG,
      { input: { ...target(question.id, 'QUESTION'), reason: 'PERSONAL_DATA' } },
      readers[0]!.accessToken,
    );
    expect(flagged.data?.flagContent).toEqual({ contentHidden: true });
    const node = await queueNode(moderator, question.id);
    expect(node).toMatchObject({
      contentType: 'QUESTION',
      contentReadable: false,
      title: null,
      status: 'OPEN',
      hidden: true,
    });
    const restored = await decide(moderator, question.id, 'RESTORE', 'QUESTION');
    expect(restored.data?.moderate).toMatchObject({ hidden: false });
    await authorNotified(question.id, /visible again/);
  });
});
