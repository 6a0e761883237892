// SPDX-License-Identifier: EUPL-1.2
import { randomBytes } from 'node:crypto';
import { FACTORY_PASSWORD, signedInMember } from 'test/factories/member.factory';
import { SmtpCapture } from 'test/helpers/smtp-capture';
import { sql } from 'test/helpers/sql';
import { errorCode, startTestApp, type TestApp } from 'test/helpers/test-app';

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken refreshToken } }`;
const REFRESH = `mutation($input: RefreshSessionInput!) { refreshSession(input: $input) { accessToken refreshToken } }`;
const SESSIONS = `{ mySessions { id device browser operatingSystem createdAt lastUsedAt current } }`;
const REVOKE = `mutation($id: ID!) { revokeSession(id: $id) }`;
const REVOKE_OTHERS = `mutation { revokeOtherSessions }`;
const REQUEST_CHANGE = `mutation($input: RequestEmailChangeInput!) { requestEmailChange(input: $input) }`;
const CONFIRM = `mutation($input: ConfirmEmailChangeInput!) { confirmEmailChange(input: $input) }`;
const ME = `{ me { id email } }`;

const FIREFOX = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0';
const SAFARI_IOS =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1';

interface Tokens {
  accessToken: string;
  refreshToken: string;
}

describe('My sessions and e-mail change (e2e over HTTP, real SMTP)', () => {
  let t: TestApp;
  let smtp: SmtpCapture;

  beforeAll(async () => {
    smtp = new SmtpCapture();
    t = await startTestApp({ smtpUrl: await smtp.start() });
  });

  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  /** Signs in from a browser with this User-Agent. */
  async function loginAs(email: string, userAgent: string): Promise<Tokens> {
    const response = await fetch(t.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': userAgent },
      body: JSON.stringify({
        query: LOGIN,
        variables: { input: { email, password: FACTORY_PASSWORD } },
      }),
    });
    const body = (await response.json()) as { data: { login: Tokens } };
    return body.data.login;
  }

  it('lists my sessions with device, last use and the current one; revokes one or all others', async () => {
    const member = await signedInMember(t);
    const laptop = await loginAs(member.email, FIREFOX);
    const phone = await loginAs(member.email, SAFARI_IOS);

    const listed = await t.gql(SESSIONS, {}, laptop.accessToken);
    expect(listed.errors).toBeUndefined();
    const sessions = listed.data!.mySessions as {
      id: string;
      device: string | null;
      browser: string | null;
      operatingSystem: string | null;
      lastUsedAt: string;
      current: boolean;
    }[];
    expect(sessions.map((s) => s.device).sort()).toEqual(
      ['Firefox on Windows', 'Safari on iOS', 'node'].sort(),
    );
    expect(sessions.filter((s) => s.current).map((s) => s.device)).toEqual(['Firefox on Windows']);
    // By name too, for clients that word the label in the member's language ("Firefox på Windows").
    expect(sessions.map((s) => [s.browser, s.operatingSystem]).sort()).toEqual(
      [
        ['Firefox', 'Windows'],
        ['Safari', 'iOS'],
        [null, null],
      ].sort(),
    );

    // A refresh is a use: the phone's session moves to the top with a later lastUsedAt.
    const phoneBefore = sessions.find((s) => s.device === 'Safari on iOS')!;
    await new Promise((r) => setTimeout(r, 20));
    const rotated = (await t.gql(REFRESH, { input: { refreshToken: phone.refreshToken } })).data!
      .refreshSession as Tokens;
    const after = (await t.gql(SESSIONS, {}, laptop.accessToken)).data!
      .mySessions as typeof sessions;
    expect(after[0]!.id).toBe(phoneBefore.id);
    expect(Date.parse(after[0]!.lastUsedAt)).toBeGreaterThan(Date.parse(phoneBefore.lastUsedAt));

    // Someone else's session id is not found, like an unknown or malformed one.
    const stranger = await signedInMember(t);
    for (const id of [phoneBefore.id, '00000000-0000-4000-8000-000000000000', 'not-an-id'])
      expect(errorCode(await t.gql(REVOKE, { id }, stranger.accessToken))).toBe('NOT_FOUND');
    expect((await t.gql(ME, {}, rotated.accessToken)).data?.me.id).toBe(member.id);

    // Revoking the phone ends its access and refresh tokens at once.
    expect(
      (await t.gql(REVOKE, { id: phoneBefore.id }, laptop.accessToken)).data?.revokeSession,
    ).toBe(true);
    expect(errorCode(await t.gql(ME, {}, rotated.accessToken))).toBe('UNAUTHENTICATED');
    expect(errorCode(await t.gql(REFRESH, { input: { refreshToken: rotated.refreshToken } }))).toBe(
      'UNAUTHENTICATED',
    );
    expect(errorCode(await t.gql(REVOKE, { id: phoneBefore.id }, laptop.accessToken))).toBe(
      'NOT_FOUND',
    );

    // All others: the factory's session ends, the laptop stays.
    const others = await t.gql(REVOKE_OTHERS, {}, laptop.accessToken);
    expect(others.data?.revokeOtherSessions).toBe(1);
    expect(errorCode(await t.gql(ME, {}, member.accessToken))).toBe('UNAUTHENTICATED');
    const remaining = (await t.gql(SESSIONS, {}, laptop.accessToken)).data!
      .mySessions as typeof sessions;
    expect(remaining.map((s) => [s.device, s.current])).toEqual([['Firefox on Windows', true]]);

    const audit = await sql<{ action: string; details: { scope: string; count: number } }>(
      t,
      `SELECT action, details FROM audit_log WHERE actor_id = $1 AND action = 'auth.sessions.revoked-by-member' ORDER BY created_at`,
      [member.id],
    );
    expect(audit.map((a) => [a.details.scope, a.details.count])).toEqual([
      ['one', 1],
      ['others', 1],
    ]);
  });

  it('changes the e-mail address only after the new address confirms, and tells the old one', async () => {
    const member = await signedInMember(t);
    const newEmail = `moved-${randomBytes(4).toString('hex')}@Example.org`;
    const wrongPassword = await t.gql(
      REQUEST_CHANGE,
      { input: { newEmail, currentPassword: 'not-the-password' } },
      member.accessToken,
    );
    expect(errorCode(wrongPassword)).toBe('BAD_USER_INPUT');
    const requested = await t.gql(
      REQUEST_CHANGE,
      { input: { newEmail, currentPassword: FACTORY_PASSWORD } },
      member.accessToken,
    );
    expect(requested.data?.requestEmailChange).toBe(true);
    // Nothing changes until the link is opened.
    expect((await t.gql(ME, {}, member.accessToken)).data?.me.email).toBe(member.email);

    const mail = await smtp.waitFor(newEmail.toLowerCase());
    expect(mail.subject).toBe('Bekräfta din nya e-postadress i Samråd');
    const token = /confirm-email\?token=([\w-]+)/.exec(mail.text ?? '')?.[1];
    expect(token).toBeDefined();

    expect((await t.gql(CONFIRM, { input: { token } })).data?.confirmEmailChange).toBe(true);
    expect((await t.gql(ME, {}, member.accessToken)).data?.me.email).toBe(newEmail.toLowerCase());
    expect(errorCode(await t.gql(CONFIRM, { input: { token } }))).toBe('INVALID_STATE');
    const notice = await smtp.waitFor(member.email);
    expect(notice.subject).toBe('Din e-postadress i Samråd har bytts');
    expect(notice.text).not.toContain(newEmail.toLowerCase());
    // The new address signs in; the old one no longer does.
    expect((await loginAs(newEmail, FIREFOX)).accessToken).toBeDefined();
    const oldLogin = await t.gql(LOGIN, {
      input: { email: member.email, password: FACTORY_PASSWORD },
    });
    expect(errorCode(oldLogin)).toBe('UNAUTHENTICATED');
  });

  it('answers alike for an address in use, and mails nothing to it', async () => {
    const member = await signedInMember(t);
    const holder = await signedInMember(t);
    const free = `free-${randomBytes(4).toString('hex')}@example.org`;
    const answers = [];
    for (const newEmail of [holder.email, free]) {
      const response = await t.gql(
        REQUEST_CHANGE,
        { input: { newEmail, currentPassword: FACTORY_PASSWORD } },
        member.accessToken,
      );
      answers.push(response);
    }
    expect(answers[0]).toEqual(answers[1]);
    await smtp.waitFor(free);
    expect(
      smtp.messages.some((m) => [m.to].flat().some((a) => a?.text.includes(holder.email))),
    ).toBe(false);
    // The current address is refused with a typed error (it reveals nothing).
    const same = await t.gql(
      REQUEST_CHANGE,
      { input: { newEmail: member.email.toUpperCase(), currentPassword: FACTORY_PASSWORD } },
      member.accessToken,
    );
    expect(errorCode(same)).toBe('BAD_USER_INPUT');
    const malformed = await t.gql(
      REQUEST_CHANGE,
      { input: { newEmail: 'not an address', currentPassword: FACTORY_PASSWORD } },
      member.accessToken,
    );
    expect(errorCode(malformed)).toBe('BAD_USER_INPUT');
  });

  it('refuses a confirmation link once the address was taken meanwhile, and expired ones', async () => {
    const member = await signedInMember(t);
    const target = `contested-${randomBytes(4).toString('hex')}@example.org`;
    await t.gql(
      REQUEST_CHANGE,
      { input: { newEmail: target, currentPassword: FACTORY_PASSWORD } },
      member.accessToken,
    );
    const token = /token=([\w-]+)/.exec((await smtp.waitFor(target)).text ?? '')?.[1];
    const [row] = await sql<{ ttl: number }>(
      t,
      `SELECT extract(epoch FROM expires_at - created_at)::int AS ttl FROM account_token WHERE member_id = $1`,
      [member.id],
    );
    expect(row?.ttl).toBe(24 * 3600);
    await sql(
      t,
      `UPDATE member SET email = $1 WHERE id = (SELECT id FROM member WHERE id <> $2 LIMIT 1)`,
      [target, member.id],
    );
    expect(errorCode(await t.gql(CONFIRM, { input: { token } }))).toBe('CONFLICT');
    await sql(
      t,
      `UPDATE account_token SET expires_at = now() - interval '1 second' WHERE member_id = $1`,
      [member.id],
    );
    expect(errorCode(await t.gql(CONFIRM, { input: { token } }))).toBe('INVALID_STATE');
    expect(
      errorCode(await t.gql(CONFIRM, { input: { token: randomBytes(32).toString('base64url') } })),
    ).toBe('BAD_USER_INPUT');
  });
});
