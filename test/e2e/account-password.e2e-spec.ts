// SPDX-License-Identifier: EUPL-1.2
import { randomBytes } from 'node:crypto';
import { Role } from 'src/graph/auth/role.enum';
import {
  FACTORY_PASSWORD,
  signedInMember,
  type SignedInMember,
} from 'test/factories/member.factory';
import { SmtpCapture } from 'test/helpers/smtp-capture';
import { sql } from 'test/helpers/sql';
import { errorCode, startTestApp, type TestApp } from 'test/helpers/test-app';

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken refreshToken } }`;
const REFRESH = `mutation($input: RefreshSessionInput!) { refreshSession(input: $input) { accessToken refreshToken } }`;
const ME = `{ me { id email } }`;
const CHANGE = `mutation($input: ChangePasswordInput!) { changePassword(input: $input) }`;
const REQUEST_RESET = `mutation($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }`;
const RESET = `mutation($input: ResetPasswordInput!) { resetPassword(input: $input) }`;
const NEW_PASSWORD = 'Vindelälven-Quartz-Lantern-73';
const OTHER_PASSWORD = 'Sarek-Copper-Meridian-Owl-58';

const tokenIn = (text: string | undefined) => /token=([\w-]+)/.exec(text ?? '')?.[1];

describe('Password change and reset (e2e over HTTP, real SMTP)', () => {
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

  const login = async (email: string, password: string) =>
    (await t.gql(LOGIN, { input: { email, password } })).data?.login as
      { accessToken: string; refreshToken: string } | undefined;

  async function resetMailToken(email: string): Promise<string> {
    const before = smtp.messages.length;
    const answer = await t.gql(REQUEST_RESET, { input: { email } });
    expect(answer.data?.requestPasswordReset).toBe(true);
    const deadline = Date.now() + 15_000;
    while (Date.now() < deadline) {
      const mail = smtp.messages
        .slice(before)
        .find((m) => [m.to].flat().some((a) => a?.text.includes(email)));
      if (mail) return tokenIn(mail.text)!;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`No reset mail to ${email}`);
  }

  it('password change needs the current password and ends every other session', async () => {
    const member = await signedInMember(t);
    const other = (await login(member.email, FACTORY_PASSWORD))!;

    const wrong = await t.gql(
      CHANGE,
      { input: { currentPassword: 'not-my-password-at-all', newPassword: NEW_PASSWORD } },
      member.accessToken,
    );
    expect(errorCode(wrong)).toBe('BAD_USER_INPUT');
    expect(wrong.errors?.[0]?.extensions?.fields).toEqual([
      { field: 'currentPassword', message: 'is wrong', reason: 'INVALID' },
    ]);
    const weak = await t.gql(
      CHANGE,
      { input: { currentPassword: FACTORY_PASSWORD, newPassword: 'password1234' } },
      member.accessToken,
    );
    expect(errorCode(weak)).toBe('BAD_USER_INPUT');
    expect(weak.errors?.[0]?.extensions?.fields).toEqual([
      expect.objectContaining({ field: 'newPassword' }),
    ]);
    // Nothing changed so far: both sessions still work.
    expect((await t.gql(ME, {}, other.accessToken)).data?.me.id).toBe(member.id);

    const changed = await t.gql(
      CHANGE,
      { input: { currentPassword: FACTORY_PASSWORD, newPassword: NEW_PASSWORD } },
      member.accessToken,
    );
    expect(changed.errors).toBeUndefined();
    expect(changed.data?.changePassword).toBe(true);

    // The other device is out at once, access and refresh token alike; this one stays in.
    expect(errorCode(await t.gql(ME, {}, other.accessToken))).toBe('UNAUTHENTICATED');
    expect(errorCode(await t.gql(REFRESH, { input: { refreshToken: other.refreshToken } }))).toBe(
      'UNAUTHENTICATED',
    );
    expect((await t.gql(ME, {}, member.accessToken)).data?.me.id).toBe(member.id);
    expect(await login(member.email, FACTORY_PASSWORD)).toBeUndefined();
    expect(await login(member.email, NEW_PASSWORD)).toBeDefined();

    const audit = await sql<{ action: string; details: Record<string, unknown> }>(
      t,
      `SELECT action, details FROM audit_log WHERE target_id = $1 AND (action LIKE 'auth.password%' OR action LIKE 'auth.current-password%') ORDER BY created_at`,
      [member.id],
    );
    expect(audit).toEqual([
      {
        action: 'auth.current-password.rejected',
        details: { reason: 'wrong-current-password', for: 'password-change' },
      },
      { action: 'auth.password.changed', details: { otherSessionsEnded: 1 } },
    ]);
  });

  it('resets a password through the captured e-mail, ending every session', async () => {
    const member = await signedInMember(t, { locale: 'EN' as never });
    const token = await resetMailToken(member.email);
    const mail = smtp.messages.find((m) => (m.text ?? '').includes(token))!;
    expect(mail.subject).toBe('Reset your Samråd password');
    expect(mail.text).toContain('/reset-password?token=');
    // The outbox holds the token only sealed, and the table only its hash.
    const outbox = await sql<{ payload: unknown }>(
      t,
      `SELECT payload FROM outbox WHERE topic = 'account.password-reset-requested'`,
    );
    expect(JSON.stringify(outbox)).not.toContain(token);

    const reset = await t.gql(RESET, { input: { token, newPassword: NEW_PASSWORD } });
    expect(reset.errors).toBeUndefined();
    expect(reset.data?.resetPassword).toBe(true);
    expect(errorCode(await t.gql(ME, {}, member.accessToken))).toBe('UNAUTHENTICATED');
    expect(errorCode(await t.gql(REFRESH, { input: { refreshToken: member.refreshToken } }))).toBe(
      'UNAUTHENTICATED',
    );
    expect(await login(member.email, FACTORY_PASSWORD)).toBeUndefined();
    expect(await login(member.email, NEW_PASSWORD)).toBeDefined();
  });

  it('answers a reset request identically for known, unknown and suspended addresses', async () => {
    const known = await signedInMember(t);
    const suspended = await signedInMember(t);
    await sql(t, `UPDATE member SET status = 'SUSPENDED' WHERE id = $1`, [suspended.id]);
    const unknown = `nobody-${randomBytes(4).toString('hex')}@example.org`;
    const answers = [];
    for (const email of [known.email, unknown, suspended.email]) {
      const response = await fetch(t.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: REQUEST_RESET, variables: { input: { email } } }),
      });
      answers.push({ status: response.status, body: (await response.text()).trim() });
    }
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[2]).toEqual(answers[0]);
    expect(answers[0]).toEqual({
      status: 200,
      body: JSON.stringify({ data: { requestPasswordReset: true } }),
    });
    // Only the active member gets a mail: a later mail to a third address has arrived by the
    // time we look, and nothing went to the other two.
    await smtp.waitFor(known.email);
    await resetMailToken((await signedInMember(t)).email);
    const recipients = smtp.messages.flatMap((m) => [m.to].flat().map((a) => a?.text ?? ''));
    expect(recipients.some((r) => r.includes(unknown))).toBe(false);
    expect(recipients.some((r) => r.includes(suspended.email))).toBe(false);
  });

  it('refuses forged, used, expired and superseded reset tokens', async () => {
    const member = await signedInMember(t);
    const forged = await t.gql(RESET, {
      input: { token: randomBytes(32).toString('base64url'), newPassword: NEW_PASSWORD },
    });
    expect(errorCode(forged)).toBe('BAD_USER_INPUT');

    const first = await resetMailToken(member.email);
    const second = await resetMailToken(member.email);
    // Asking again retires the earlier link.
    expect(
      errorCode(await t.gql(RESET, { input: { token: first, newPassword: NEW_PASSWORD } })),
    ).toBe('INVALID_STATE');
    // A refused password leaves the link usable.
    const weak = await t.gql(RESET, { input: { token: second, newPassword: 'short' } });
    expect(errorCode(weak)).toBe('BAD_USER_INPUT');
    expect(
      (await t.gql(RESET, { input: { token: second, newPassword: NEW_PASSWORD } })).data,
    ).toEqual({
      resetPassword: true,
    });
    const reused = await t.gql(RESET, { input: { token: second, newPassword: OTHER_PASSWORD } });
    expect(errorCode(reused)).toBe('INVALID_STATE');
    expect(reused.errors?.[0]?.message).toBe('This link has already been used');

    const third = await resetMailToken(member.email);
    await sql(
      t,
      `UPDATE account_token SET expires_at = now() - interval '1 second' WHERE member_id = $1 AND used_at IS NULL`,
      [member.id],
    );
    const expired = await t.gql(RESET, { input: { token: third, newPassword: OTHER_PASSWORD } });
    expect(errorCode(expired)).toBe('INVALID_STATE');
    expect(expired.errors?.[0]?.message).toBe('This link has expired; ask for a new one');
    expect(await login(member.email, NEW_PASSWORD)).toBeDefined();

    // Links live one hour, stored only as a hash.
    const [row] = await sql<{ ttl: number; length: number }>(
      t,
      `SELECT extract(epoch FROM expires_at - created_at)::int AS ttl, length(token_hash) AS length
         FROM account_token WHERE member_id = $1 ORDER BY created_at LIMIT 1`,
      [member.id],
    );
    expect(row).toEqual({ ttl: 3600, length: 64 });
  });

  it('rate-limits reset requests per address, known or not, with the same answer', async () => {
    const known = await signedInMember(t);
    const unknown = `ghost-${randomBytes(4).toString('hex')}@example.org`;
    for (const email of [known.email, unknown]) {
      const codes = [];
      for (let i = 0; i < 6; i += 1)
        codes.push(errorCode(await t.gql(REQUEST_RESET, { input: { email } })) ?? 'OK');
      expect(codes).toEqual(['OK', 'OK', 'OK', 'OK', 'OK', 'RATE_LIMITED']);
    }
    // Reset requests in someone's name never lock them out of signing in.
    expect(await login(known.email, FACTORY_PASSWORD)).toBeDefined();
  });

  it('audits reset requests and completions without the address', async () => {
    const member: SignedInMember = await signedInMember(t, { roles: [Role.MEMBER] });
    const token = await resetMailToken(member.email);
    await t.gql(RESET, { input: { token, newPassword: NEW_PASSWORD } });
    const rows = await sql<{ action: string; details: Record<string, unknown> }>(
      t,
      `SELECT action, details FROM audit_log WHERE target_id = $1 AND action LIKE 'auth.password-reset%' ORDER BY created_at`,
      [member.id],
    );
    expect(rows).toEqual([
      { action: 'auth.password-reset.requested', details: { outcome: 'mailed' } },
      { action: 'auth.password-reset.completed', details: { purpose: 'PASSWORD_RESET' } },
    ]);
    const all = await sql(t, `SELECT details, reason FROM audit_log`);
    expect(JSON.stringify(all)).not.toContain(member.email);
  });
});
