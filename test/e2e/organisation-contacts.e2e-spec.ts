// SPDX-License-Identifier: EUPL-1.2
import { Role } from 'src/graph/auth/role.enum';
import { OrganisationsService } from 'src/modules/organisations/organisations.service';
import { signedInMember, type SignedInMember } from 'test/factories/member.factory';
import { SmtpCapture } from 'test/helpers/smtp-capture';
import { sql } from 'test/helpers/sql';
import { errorCode, startTestApp, type TestApp } from 'test/helpers/test-app';

const MEMBERS = `query($organisationId: ID, $status: MemberStatus) {
  organisationMembers(organisationId: $organisationId, status: $status, first: 100) {
    totalCount edges { node { id email roles status } }
  }
}`;
const INVITATIONS = `query($organisationId: ID) {
  organisationInvitations(organisationId: $organisationId, first: 100) {
    totalCount edges { node { id email status expiresAt } }
  }
}`;
const INVITE = `mutation($input: InviteMemberInput!) { inviteMember(input: $input) { id } }`;
const RESEND = `mutation($input: ResendInvitationInput!) { resendInvitation(input: $input) { id status expiresAt } }`;
const REVOKE = `mutation($input: RevokeInvitationInput!) { revokeInvitation(input: $input) { id status } }`;
const ACCEPT = `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { accessToken } }`;
const SUSPEND = `mutation($input: SuspendMemberInput!) { suspendMember(input: $input) { id status } }`;
const ME = `{ me { id } }`;
const PASSWORD = 'Fjällbacka-Tranquil-Ledger-88';

const tokensTo = (smtp: SmtpCapture, email: string) =>
  smtp.messages
    .filter((m) => [m.to].flat().some((a) => a?.text.includes(email)))
    .map((m) => /token=([\w-]+)/.exec(m.text ?? '')?.[1]);

describe('Organisation contacts: members, invitations, suspension (e2e)', () => {
  let t: TestApp;
  let smtp: SmtpCapture;
  let contact: SignedInMember;
  let colleague: SignedInMember;
  let moderator: SignedInMember;
  let outsider: SignedInMember;
  let lundId: string;
  let kthId: string;

  beforeAll(async () => {
    smtp = new SmtpCapture();
    t = await startTestApp({ smtpUrl: await smtp.start() });
    const organisations = t.app.get(OrganisationsService);
    lundId = (await organisations.findBySlug('lunds-universitet'))!.id;
    kthId = (await organisations.findBySlug('kth'))!.id;
    contact = await signedInMember(t, {
      organisationSlug: 'lunds-universitet',
      roles: [Role.ORG_CONTACT],
    });
    colleague = await signedInMember(t, { organisationSlug: 'lunds-universitet' });
    moderator = await signedInMember(t, {
      organisationSlug: 'lunds-universitet',
      roles: [Role.MODERATOR],
    });
    outsider = await signedInMember(t, { organisationSlug: 'kth' });
  });

  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  it("lists the contact's own organisation's members with their e-mail, and nobody else's", async () => {
    const own = await t.gql(MEMBERS, {}, contact.accessToken);
    expect(own.errors).toBeUndefined();
    const nodes = own.data!.organisationMembers.edges.map((e: { node: unknown }) => e.node);
    expect(nodes).toEqual(
      expect.arrayContaining([
        { id: colleague.id, email: colleague.email, roles: ['MEMBER'], status: 'ACTIVE' },
        {
          id: contact.id,
          email: contact.email,
          roles: ['MEMBER', 'ORG_CONTACT'],
          status: 'ACTIVE',
        },
      ]),
    );
    expect(JSON.stringify(own)).not.toContain(outsider.email);
    expect(errorCode(await t.gql(MEMBERS, { organisationId: kthId }, contact.accessToken))).toBe(
      'FORBIDDEN',
    );
    expect(errorCode(await t.gql(MEMBERS, { organisationId: lundId }, colleague.accessToken))).toBe(
      'FORBIDDEN',
    );
    expect(errorCode(await t.gql(INVITATIONS, {}, colleague.accessToken))).toBe('FORBIDDEN');
    // The contact's view of their members does not widen what they see of others elsewhere.
    const admin = await signedInMember(t, { roles: [Role.ADMIN] });
    const kth = await t.gql(MEMBERS, { organisationId: kthId }, admin.accessToken);
    expect(
      kth.data?.organisationMembers.edges.map((e: { node: { id: string } }) => e.node.id),
    ).toContain(outsider.id);
  });

  it('resends an invitation with a new link (the old one dies) and revokes another', async () => {
    const invited = await t.gql(
      INVITE,
      { input: { email: 'newcomer@lu.example', organisationId: lundId } },
      contact.accessToken,
    );
    const invitationId = invited.data!.inviteMember.id as string;
    await smtp.waitFor('newcomer@lu.example');
    const resent = await t.gql(RESEND, { input: { invitationId } }, contact.accessToken);
    expect(resent.errors).toBeUndefined();
    expect(resent.data?.resendInvitation.status).toBe('PENDING');
    const deadline = Date.now() + 15_000;
    while (tokensTo(smtp, 'newcomer@lu.example').length < 2 && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 50));
    const [oldToken, newToken] = tokensTo(smtp, 'newcomer@lu.example');
    expect(newToken).toBeDefined();
    expect(newToken).not.toBe(oldToken);
    const stale = await t.gql(ACCEPT, {
      input: { token: oldToken, displayName: 'Ny Person', password: PASSWORD },
    });
    expect(errorCode(stale)).toBe('BAD_USER_INPUT');

    const second = await t.gql(
      INVITE,
      { input: { email: 'changed-mind@lu.example', organisationId: lundId } },
      contact.accessToken,
    );
    const secondId = second.data!.inviteMember.id as string;
    await smtp.waitFor('changed-mind@lu.example');
    const revoked = await t.gql(
      REVOKE,
      { input: { invitationId: secondId, reason: 'Sent to the wrong person' } },
      contact.accessToken,
    );
    expect(revoked.data?.revokeInvitation.status).toBe('REVOKED');
    const [revokedToken] = tokensTo(smtp, 'changed-mind@lu.example');
    const refused = await t.gql(ACCEPT, {
      input: { token: revokedToken, displayName: 'Ny Person', password: PASSWORD },
    });
    expect(errorCode(refused)).toBe('INVALID_STATE');
    expect(
      errorCode(await t.gql(RESEND, { input: { invitationId: secondId } }, contact.accessToken)),
    ).toBe('INVALID_STATE');
    // Revoked, the address can be invited again.
    const again = await t.gql(
      INVITE,
      { input: { email: 'changed-mind@lu.example', organisationId: lundId } },
      contact.accessToken,
    );
    expect(again.errors).toBeUndefined();

    const accepted = await t.gql(ACCEPT, {
      input: { token: newToken, displayName: 'Ny Person', password: PASSWORD },
    });
    expect(accepted.errors).toBeUndefined();
    expect(errorCode(await t.gql(RESEND, { input: { invitationId } }, contact.accessToken))).toBe(
      'INVALID_STATE',
    );

    const list = await t.gql(INVITATIONS, {}, contact.accessToken);
    const statuses = Object.fromEntries(
      list.data!.organisationInvitations.edges.map(
        (e: { node: { id: string; status: string } }) => [e.node.id, e.node.status],
      ),
    );
    expect(statuses[invitationId]).toBe('ACCEPTED');
    expect(statuses[secondId]).toBe('REVOKED');

    // Another organisation's contact neither sees nor touches these invitations.
    const kthContact = await signedInMember(t, {
      organisationSlug: 'kth',
      roles: [Role.ORG_CONTACT],
    });
    const theirs = await t.gql(INVITATIONS, {}, kthContact.accessToken);
    expect(theirs.data?.organisationInvitations.totalCount).toBe(0);
    expect(
      errorCode(
        await t.gql(
          REVOKE,
          { input: { invitationId: again.data!.inviteMember.id } },
          kthContact.accessToken,
        ),
      ),
    ).toBe('NOT_FOUND');
    expect(
      errorCode(await t.gql(INVITATIONS, { organisationId: lundId }, kthContact.accessToken)),
    ).toBe('FORBIDDEN');

    const audit = await sql<{ action: string; reason: string | null }>(
      t,
      `SELECT action, reason FROM audit_log WHERE target_id IN ($1, $2) AND action IN ('member.invitation-resent', 'member.invitation-revoked') ORDER BY created_at`,
      [invitationId, secondId],
    );
    expect(audit).toEqual([
      { action: 'member.invitation-resent', reason: null },
      { action: 'member.invitation-revoked', reason: 'Sent to the wrong person' },
    ]);
  });

  it("suspends and reinstates the contact's own members, not moderators or other organisations'", async () => {
    const suspended = await t.gql(
      SUSPEND,
      { input: { memberId: colleague.id, reason: 'Left Lund University' } },
      contact.accessToken,
    );
    expect(suspended.data?.suspendMember.status).toBe('SUSPENDED');
    expect(errorCode(await t.gql(ME, {}, colleague.accessToken))).toBe('UNAUTHENTICATED');
    const listed = await t.gql(MEMBERS, { status: 'SUSPENDED' }, contact.accessToken);
    expect(
      listed.data?.organisationMembers.edges.map((e: { node: { id: string } }) => e.node.id),
    ).toEqual([colleague.id]);

    expect(
      errorCode(
        await t.gql(
          SUSPEND,
          { input: { memberId: moderator.id, reason: 'Not allowed' } },
          contact.accessToken,
        ),
      ),
    ).toBe('FORBIDDEN');
    expect(
      errorCode(
        await t.gql(
          SUSPEND,
          { input: { memberId: outsider.id, reason: 'Not allowed' } },
          contact.accessToken,
        ),
      ),
    ).toBe('NOT_FOUND');
    expect(
      errorCode(
        await t.gql(
          SUSPEND,
          { input: { memberId: contact.id, reason: 'Myself' } },
          contact.accessToken,
        ),
      ),
    ).toBe('INVALID_STATE');
    expect(
      errorCode(
        await t.gql(
          SUSPEND,
          { input: { memberId: outsider.id, reason: 'Not allowed' } },
          moderator.accessToken,
        ),
      ),
    ).toBe('FORBIDDEN');

    const reinstated = await t.gql(
      SUSPEND,
      { input: { memberId: colleague.id, suspended: false, reason: 'Back again' } },
      contact.accessToken,
    );
    expect(reinstated.data?.suspendMember.status).toBe('ACTIVE');

    const audit = await sql<{ action: string; actor_id: string; reason: string; details: unknown }>(
      t,
      `SELECT action, actor_id, reason, details FROM audit_log WHERE target_id = $1 ORDER BY created_at`,
      [colleague.id],
    );
    expect(audit.filter((a) => a.action.startsWith('member.'))).toEqual([
      {
        action: 'member.suspended',
        actor_id: contact.id,
        reason: 'Left Lund University',
        details: { byRole: 'ORG_CONTACT' },
      },
      {
        action: 'member.reinstated',
        actor_id: contact.id,
        reason: 'Back again',
        details: { byRole: 'ORG_CONTACT' },
      },
    ]);
  });
});
