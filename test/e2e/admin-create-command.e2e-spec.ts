// SPDX-License-Identifier: EUPL-1.2
import { ADMIN_CREATE_USAGE, runAdminCreate } from 'src/bootstrap/admin-create';
import { OrganisationsService } from 'src/modules/organisations/organisations.service';
import { sql } from 'test/helpers/sql';
import { errorCode, startTestApp, type TestApp } from 'test/helpers/test-app';

const RESET = `mutation($input: ResetPasswordInput!) { resetPassword(input: $input) }`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`;
const ME = `{ me { email displayName roles organisation { slug } } }`;
const PASSWORD = 'Abisko-Northern-Lantern-Fjord-61';

describe('npm run admin:create (against a test database)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ worker: false });
  });

  afterAll(() => t.close());

  /** Runs the command as `admin-create-command.ts` does, collecting its JSON log lines. */
  async function adminCreate(...argv: string[]) {
    const lines: Record<string, unknown>[] = [];
    const code = await runAdminCreate(argv, {
      env: {
        NODE_ENV: 'test',
        LOG_LEVEL: 'silent',
        DATABASE_URL: t.database.url,
        DATABASE_POOL_SIZE: '2',
        QUEUE_POOL_SIZE: '1',
      },
      queueNamespace: t.queueNamespace,
      write: (line) => lines.push(JSON.parse(line) as Record<string, unknown>),
    });
    return { code, lines };
  }

  it('creates an admin whose one-time link sets the password, after which they sign in', async () => {
    const { code, lines } = await adminCreate(
      '--email',
      ' First.Admin@UHR.example ',
      '--name',
      'Frida Förstaadmin',
      '--organisation',
      'universitets-och-hogskoleradet',
    );
    expect(code).toBe(0);
    expect(lines).toHaveLength(1);
    const [line] = lines as [{ level: string; link: string; memberId: string; expiresAt: string }];
    expect(line.level).toBe('info');
    expect(line.link).toMatch(/^http:\/\/localhost:3000\/reset-password\?token=[\w-]{43}$/);
    expect(Date.parse(line.expiresAt) - Date.now()).toBeGreaterThan(23.9 * 3600_000);
    const token = new URL(line.link).searchParams.get('token')!;

    // No password yet: nothing signs in until the link is used.
    for (const password of ['', PASSWORD])
      expect(
        errorCode(
          await t.gql(LOGIN, {
            input: { email: 'first.admin@uhr.example', password: password || 'x' },
          }),
        ),
      ).toBe('UNAUTHENTICATED');

    expect(
      (await t.gql(RESET, { input: { token, newPassword: PASSWORD } })).data?.resetPassword,
    ).toBe(true);
    expect(errorCode(await t.gql(RESET, { input: { token, newPassword: PASSWORD } }))).toBe(
      'INVALID_STATE',
    );
    const login = await t.gql(LOGIN, {
      input: { email: 'first.admin@uhr.example', password: PASSWORD },
    });
    expect(login.errors).toBeUndefined();
    const me = await t.gql(ME, {}, login.data!.login.accessToken);
    expect(me.data?.me).toEqual({
      email: 'first.admin@uhr.example',
      displayName: 'Frida Förstaadmin',
      roles: ['ADMIN', 'MEMBER'],
      organisation: { slug: 'universitets-och-hogskoleradet' },
    });
    // The new admin can use admin-only fields at once.
    const audit = await t.gql(
      `{ auditLog(first: 10, filter: { actions: [MEMBER_ADMIN_CREATED, AUTH_PASSWORD_RESET_COMPLETED] }) { edges { node { action actorId targetId details } } } }`,
      {},
      login.data!.login.accessToken,
    );
    expect(audit.errors).toBeUndefined();
    expect(audit.data?.auditLog.edges.map((e: { node: unknown }) => e.node)).toEqual(
      expect.arrayContaining([
        {
          action: 'MEMBER_ADMIN_CREATED',
          actorId: null,
          targetId: line.memberId,
          details: expect.objectContaining({ via: 'admin:create' }),
        },
        {
          action: 'AUTH_PASSWORD_RESET_COMPLETED',
          actorId: line.memberId,
          targetId: line.memberId,
          details: { purpose: 'ACCOUNT_SETUP' },
        },
      ]),
    );
    // Only the hash of the link's token is stored.
    const stored = await sql(t, `SELECT token_hash FROM account_token WHERE member_id = $1`, [
      line.memberId,
    ]);
    expect(JSON.stringify(stored)).not.toContain(token);
  });

  it('accepts an organisation id as well as a slug', async () => {
    const kthId = (await t.app.get(OrganisationsService).findBySlug('kth'))!.id;
    const { code, lines } = await adminCreate(
      '--email',
      'it-admin@kth.example',
      '--name',
      'Kim Admin',
      '--organisation',
      kthId,
      '--locale',
      'en',
    );
    expect(code).toBe(0);
    expect(lines[0]).toMatchObject({ level: 'info', organisationId: kthId });
  });

  it('refuses an existing e-mail, an unknown organisation and bad input, creating nothing', async () => {
    const count = async () =>
      (await sql<{ n: number }>(t, `SELECT count(*)::int AS n FROM member`))[0]!.n;
    const before = await count();
    const existing = await adminCreate(
      '--email',
      'FIRST.ADMIN@uhr.example',
      '--name',
      'Someone Else',
      '--organisation',
      'kth',
    );
    expect(existing.code).toBe(1);
    expect(existing.lines[0]).toMatchObject({ level: 'error', code: 'CONFLICT' });
    const unknown = await adminCreate(
      '--email',
      'x@example.org',
      '--name',
      'Xena Admin',
      '--organisation',
      'no-such-organisation',
    );
    expect(unknown.lines[0]).toMatchObject({
      level: 'error',
      code: 'NOT_FOUND',
      msg: 'Organisation not found',
    });
    const badEmail = await adminCreate(
      '--email',
      'not-an-address',
      '--name',
      'Xena Admin',
      '--organisation',
      'kth',
    );
    expect(badEmail).toMatchObject({ code: 1, lines: [{ code: 'BAD_USER_INPUT' }] });
    const badName = await adminCreate(
      '--email',
      'y@example.org',
      '--name',
      '<script>',
      '--organisation',
      'kth',
    );
    expect(badName).toMatchObject({ code: 1, lines: [{ code: 'BAD_USER_INPUT' }] });
    for (const argv of [
      [],
      ['--email', 'z@example.org', '--name', 'Zed Admin'],
      ['--bogus'],
      ['--email', 'z@example.org', '--name', 'Zed', '--organisation', 'kth', '--locale', 'de'],
    ]) {
      const usage = await adminCreate(...argv);
      expect(usage.code).toBe(2);
      expect(usage.lines[0]).toMatchObject({ level: 'error', msg: ADMIN_CREATE_USAGE });
    }
    expect(await count()).toBe(before);
  });
});
