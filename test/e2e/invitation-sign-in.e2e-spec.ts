// SPDX-License-Identifier: EUPL-1.2
import { OrganisationsService } from 'src/modules/organisations/organisations.service';
import { Role } from 'src/graph/auth/role.enum';
import { signedInMember, type SignedInMember } from 'test/factories/member.factory';
import { SmtpCapture } from 'test/helpers/smtp-capture';
import { sql } from 'test/helpers/sql';
import { errorCode, startTestApp, type TestApp } from 'test/helpers/test-app';

const INVITE = `mutation($input: InviteMemberInput!) { inviteMember(input: $input) { id email roles expiresAt } }`;
const ACCEPT = `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { accessToken refreshToken member { id displayName } } }`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken refreshToken member { email } } }`;
const REFRESH = `mutation($input: RefreshSessionInput!) { refreshSession(input: $input) { accessToken refreshToken } }`;
const ME = `{ me { id displayName email roles locale organisation { slug name } } }`;

describe('Invitation, sign-in and session lifecycle (e2e over HTTP)', () => {
  let t: TestApp;
  let smtp: SmtpCapture;
  let admin: SignedInMember;
  let lundId: string;

  beforeAll(async () => {
    smtp = new SmtpCapture();
    t = await startTestApp({ smtpUrl: await smtp.start() });
    admin = await signedInMember(t, {
      organisationSlug: 'universitets-och-hogskoleradet',
      roles: [Role.ADMIN],
    });
    lundId = (await t.app.get(OrganisationsService).findBySlug('lunds-universitet'))!.id;
  });

  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  it('invites by e-mail, accepts, signs in, rotates, detects reuse and signs out', async () => {
    const invited = await t.gql(
      INVITE,
      { input: { email: 'New.Officer@Example.org', organisationId: lundId, locale: 'EN' } },
      admin.accessToken,
    );
    expect(invited.errors).toBeUndefined();
    expect(invited.data?.inviteMember).toMatchObject({
      email: 'new.officer@example.org',
      roles: ['MEMBER'],
    });

    // The invitation e-mail goes out through the outbox, the relay, BullMQ and real SMTP.
    const mail = await smtp.waitFor('new.officer@example.org');
    expect(mail.subject).toBe('Invitation to Samråd');
    expect(mail.text).toContain('Lund University');
    const token = /token=([\w-]+)/.exec(mail.text ?? '')?.[1];
    expect(token).toBeDefined();

    const accepted = await t.gql(ACCEPT, {
      input: { token, displayName: 'Nova Officer', password: 'Fjällbacka-Tranquil-Ledger-88' },
    });
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data?.acceptInvitation.member.displayName).toBe('Nova Officer');

    const again = await t.gql(ACCEPT, {
      input: { token, displayName: 'Nova Officer', password: 'Fjällbacka-Tranquil-Ledger-88' },
    });
    expect(errorCode(again)).toBe('INVALID_STATE');

    const login = await t.gql(LOGIN, {
      input: { email: 'new.officer@example.org', password: 'Fjällbacka-Tranquil-Ledger-88' },
    });
    expect(login.errors).toBeUndefined();
    expect(login.data?.login.member.email).toBe('new.officer@example.org');
    const first = login.data!.login as { accessToken: string; refreshToken: string };

    const me = await t.gql(ME, {}, first.accessToken);
    expect(me.data?.me).toMatchObject({
      displayName: 'Nova Officer',
      email: 'new.officer@example.org',
      roles: ['MEMBER'],
      locale: 'EN',
      organisation: { slug: 'lunds-universitet', name: 'Lund University' },
    });

    const rotated = await t.gql(REFRESH, { input: { refreshToken: first.refreshToken } });
    expect(rotated.errors).toBeUndefined();
    const second = rotated.data!.refreshSession as { accessToken: string; refreshToken: string };
    expect(second.refreshToken).not.toBe(first.refreshToken);
    expect((await t.gql(ME, {}, second.accessToken)).data?.me).toBeTruthy();

    // Reusing the rotated token after the reuse grace (a concurrent tab or a retry would come
    // within it; refresh-reuse-grace.e2e-spec.ts) means it leaked: the whole session ends, new
    // tokens included.
    await sql(t, `UPDATE refresh_token SET used_at = used_at - interval '1 hour'`);
    const reused = await t.gql(REFRESH, { input: { refreshToken: first.refreshToken } });
    expect(errorCode(reused)).toBe('UNAUTHENTICATED');
    expect(errorCode(await t.gql(REFRESH, { input: { refreshToken: second.refreshToken } }))).toBe(
      'UNAUTHENTICATED',
    );
    expect(errorCode(await t.gql(ME, {}, second.accessToken))).toBe('UNAUTHENTICATED');

    // A fresh sign-in works; logout ends it at once.
    const fresh = (
      await t.gql(LOGIN, {
        input: { email: 'new.officer@example.org', password: 'Fjällbacka-Tranquil-Ledger-88' },
      })
    ).data!.login as { accessToken: string; refreshToken: string };
    const logout = await t.gql(`mutation { logout }`, {}, fresh.accessToken);
    expect(logout.data?.logout).toBe(true);
    expect(errorCode(await t.gql(ME, {}, fresh.accessToken))).toBe('UNAUTHENTICATED');
    expect(errorCode(await t.gql(REFRESH, { input: { refreshToken: fresh.refreshToken } }))).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('keys invitations by the normalised address: another capitalisation is the same person', async () => {
    const invite = (email: string) =>
      t.gql(INVITE, { input: { email, organisationId: lundId } }, admin.accessToken);
    expect((await invite('Case.Key@Example.org')).errors).toBeUndefined();
    for (const email of ['case.key@example.org', 'CASE.KEY@EXAMPLE.ORG']) {
      const again = await invite(email);
      expect({ email, code: errorCode(again), message: again.errors?.[0]?.message }).toEqual({
        email,
        code: 'CONFLICT',
        message: 'An invitation to this e-mail address is still open',
      });
    }
    // A member's own address, capitalised differently, is already a member.
    const member = await invite(admin.email.toUpperCase());
    expect({ code: errorCode(member), message: member.errors?.[0]?.message }).toEqual({
      code: 'CONFLICT',
      message: 'There is already a member with this e-mail address',
    });
    const [open] = await sql<{ n: number }>(
      t,
      `SELECT count(*)::int AS n FROM invitation WHERE lower(email) = 'case.key@example.org'`,
    );
    expect(open!.n).toBe(1);
  });

  it('lets an organisation contact invite plain members of their own organisation only', async () => {
    const contact = await signedInMember(t, {
      organisationSlug: 'lunds-universitet',
      roles: [Role.ORG_CONTACT],
    });
    const own = await t.gql(
      INVITE,
      { input: { email: 'colleague@example.org', organisationId: lundId } },
      contact.accessToken,
    );
    expect(own.errors).toBeUndefined();
    const kthId = (await t.app.get(OrganisationsService).findBySlug('kth'))!.id;
    const other = await t.gql(
      INVITE,
      { input: { email: 'someone@example.org', organisationId: kthId } },
      contact.accessToken,
    );
    expect(errorCode(other)).toBe('FORBIDDEN');
    const expert = await t.gql(
      INVITE,
      { input: { email: 'expert@example.org', organisationId: lundId, roles: ['EXPERT'] } },
      contact.accessToken,
    );
    expect(errorCode(expert)).toBe('FORBIDDEN');
    const member = await signedInMember(t);
    expect(
      errorCode(
        await t.gql(
          INVITE,
          { input: { email: 'x@example.org', organisationId: lundId } },
          member.accessToken,
        ),
      ),
    ).toBe('FORBIDDEN');
  });
});
