// SPDX-License-Identifier: EUPL-1.2
import { DataSource } from 'typeorm';
import { OrganisationsService } from 'src/modules/organisations/organisations.service';
import { Role } from 'src/graph/auth/role.enum';
import { GRAPHQL_LIMITS } from 'src/graph/graphql-limits';
import { hashToken } from 'src/common/tokens';
import { AppConfig } from 'src/config/app-config';
import {
  signedInMember,
  FACTORY_PASSWORD,
  type SignedInMember,
} from 'test/factories/member.factory';
import { errorCode, startTestApp, type TestApp } from 'test/helpers/test-app';

const INVITE = `mutation($input: InviteMemberInput!) { inviteMember(input: $input) { id } }`;
const ACCEPT = `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { accessToken } }`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`;

describe('Bad input answers with a typed error and writes nothing (e2e)', () => {
  let t: TestApp;
  let admin: SignedInMember;
  let db: DataSource;
  let kthId: string;

  const count = async (table: string) =>
    Number((await db.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n);

  async function invite(email: string): Promise<string> {
    const result = await t.gql(
      INVITE,
      { input: { email, organisationId: kthId } },
      admin.accessToken,
    );
    expect(result.errors).toBeUndefined();
    // Tests cannot read the mailed token; plant a known one by rewriting the stored hash.
    const token = `test-token-${email.replace(/\W/g, '')}-0123456789`;
    const secret = t.app.get(AppConfig).env.REFRESH_TOKEN_SECRET;
    await db.query('UPDATE invitation SET token_hash = $1 WHERE id = $2', [
      hashToken(token, secret),
      result.data!.inviteMember.id,
    ]);
    return token;
  }

  beforeAll(async () => {
    t = await startTestApp({ worker: false });
    db = t.app.get(DataSource);
    admin = await signedInMember(t, { roles: [Role.ADMIN] });
    kthId = (await t.app.get(OrganisationsService).findBySlug('kth'))!.id;
  });

  afterAll(() => t.close());

  it('refuses a malformed e-mail address', async () => {
    const before = await count('invitation');
    const result = await t.gql(
      INVITE,
      { input: { email: 'not-an-address', organisationId: kthId } },
      admin.accessToken,
    );
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.fields).toEqual([
      { field: 'email', message: 'email must be an e-mail address', reason: 'FORMAT' },
    ]);
    expect(await count('invitation')).toBe(before);
  });

  it('refuses weak and short passwords without creating a member', async () => {
    const token = await invite('weak@example.org');
    const members = await count('member');
    for (const password of ['short', 'password1234', 'kthkthkthkth', 'weak@example.org1']) {
      const result = await t.gql(ACCEPT, {
        input: { token, displayName: 'Weak Person', password },
      });
      expect({ password, code: errorCode(result) }).toEqual({ password, code: 'BAD_USER_INPUT' });
      expect(JSON.stringify(result.errors)).toContain('password');
    }
    expect(await count('member')).toBe(members);
    expect(
      (
        await db.query('SELECT accepted_at FROM invitation WHERE email = $1', ['weak@example.org'])
      )[0].accepted_at,
    ).toBeNull();
  });

  it('refuses forged, expired and used invitation tokens', async () => {
    const forged = await t.gql(ACCEPT, {
      input: {
        token: 'forged-token-aaaaaaaaaaaaaaaaaaaaaaaa',
        displayName: 'Eve',
        password: FACTORY_PASSWORD,
      },
    });
    expect(errorCode(forged)).toBe('BAD_USER_INPUT');

    const expiredToken = await invite('late@example.org');
    await db.query(
      `UPDATE invitation SET expires_at = now() - interval '1 minute' WHERE email = 'late@example.org'`,
    );
    const expired = await t.gql(ACCEPT, {
      input: { token: expiredToken, displayName: 'Late Person', password: FACTORY_PASSWORD },
    });
    expect(errorCode(expired)).toBe('INVALID_STATE');
    expect(await count(`member WHERE email = 'late@example.org'`)).toBe(0);

    const usedToken = await invite('once@example.org');
    const first = await t.gql(ACCEPT, {
      input: { token: usedToken, displayName: 'Once Person', password: FACTORY_PASSWORD },
    });
    expect(first.errors).toBeUndefined();
    const second = await t.gql(ACCEPT, {
      input: { token: usedToken, displayName: 'Twice Person', password: FACTORY_PASSWORD },
    });
    expect(errorCode(second)).toBe('INVALID_STATE');
    expect(await count(`member WHERE email = 'once@example.org'`)).toBe(1);
  });

  it('answers a wrong password exactly as an unknown e-mail', async () => {
    const wrong = await t.gql(LOGIN, {
      input: { email: admin.email, password: 'Not-the-right-password-1' },
    });
    const unknown = await t.gql(LOGIN, {
      input: { email: 'nobody@example.org', password: 'Not-the-right-password-1' },
    });
    expect(errorCode(wrong)).toBe('UNAUTHENTICATED');
    expect(wrong.errors).toEqual(unknown.errors);
  });

  it('rate-limits sign-in per account', async () => {
    const victim = await signedInMember(t);
    const attempts = [];
    for (let i = 0; i < 6; i += 1) {
      attempts.push(
        await t.gql(LOGIN, { input: { email: victim.email, password: `Wrong-password-${i}-xyz` } }),
      );
    }
    expect(attempts.slice(0, 5).map(errorCode)).toEqual(Array(5).fill('UNAUTHENTICATED'));
    expect(errorCode(attempts[5]!)).toBe('RATE_LIMITED');
    // Even the right password is refused while the account is locked.
    expect(
      errorCode(await t.gql(LOGIN, { input: { email: victim.email, password: FACTORY_PASSWORD } })),
    ).toBe('RATE_LIMITED');
    const audited = await db.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'auth.sign-in.failed' AND actor_id = $1`,
      [victim.id],
    );
    expect(audited[0].n).toBe(5);
  });

  it('refuses oversized requests and oversized fields', async () => {
    const response = await fetch(t.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: '{ __typename }',
        variables: { padding: 'x'.repeat(300 * 1024) },
      }),
    });
    expect(response.status).toBe(413);
    expect(
      ((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!
        .extensions.code,
    ).toBe('BAD_USER_INPUT');

    const long = await t.gql(
      `mutation($input: UpdateMyProfileInput!) { updateMyProfile(input: $input) { displayName } }`,
      { input: { displayName: 'A'.repeat(101) } },
      admin.accessToken,
    );
    expect(errorCode(long)).toBe('BAD_USER_INPUT');
  });

  it('gives each refused field a reason a client can explain in its own language, with the bound', async () => {
    const profile = (displayName: string) =>
      t.gql(
        `mutation($input: UpdateMyProfileInput!) { updateMyProfile(input: $input) { displayName } }`,
        { input: { displayName } },
        admin.accessToken,
      );
    const fieldsOf = (result: Awaited<ReturnType<typeof profile>>) =>
      result.errors?.[0]?.extensions?.fields as { reason: string; limit?: number }[];
    expect(fieldsOf(await profile('A'.repeat(101)))).toEqual([
      expect.objectContaining({ field: 'displayName', reason: 'TOO_LONG', limit: 100 }),
    ]);
    expect(fieldsOf(await profile('A'))).toEqual([
      expect.objectContaining({ field: 'displayName', reason: 'TOO_SHORT', limit: 2 }),
    ]);
    // A pattern is a format; a field the input does not have is not allowed.
    expect(fieldsOf(await profile('Anna <b>'))).toEqual([
      expect.objectContaining({ field: 'displayName', reason: 'FORMAT' }),
    ]);
    expect(fieldsOf(await profile('Anna')) ?? []).toEqual([]);
  });

  it('refuses over-deep, over-aliased and malformed queries', async () => {
    const deep = `{ me { organisation { ${'__typename '.repeat(1)} } } }`.replace(
      '__typename',
      nest(GRAPHQL_LIMITS.maxDepth + 2),
    );
    const tooDeep = await t.gql(deep, {}, admin.accessToken);
    expect(tooDeep.status).toBe(400);
    expect(errorCode(tooDeep)).toBe('QUERY_TOO_COMPLEX');
    expect(tooDeep.errors?.[0]?.message).toBe(
      `Query depth ${GRAPHQL_LIMITS.maxDepth + 5} exceeds the limit of ${GRAPHQL_LIMITS.maxDepth}`,
    );

    const aliases = Array.from(
      { length: GRAPHQL_LIMITS.maxAliases + 5 },
      (_, i) => `a${i}: me { id }`,
    ).join(' ');
    const overAliased = await t.gql(`{ ${aliases} }`, {}, admin.accessToken);
    expect(overAliased.status).toBe(400);
    expect(errorCode(overAliased)).toBe('QUERY_TOO_COMPLEX');
    expect(overAliased.errors?.[0]?.message).toBe(
      `The number of aliases ${GRAPHQL_LIMITS.maxAliases + 5} exceeds the limit of ${GRAPHQL_LIMITS.maxAliases}`,
    );
    expect(overAliased.data).toBeUndefined();
    const syntax = await t.gql(`{ me { `);
    expect({ status: syntax.status, code: errorCode(syntax) }).toEqual({
      status: 400,
      code: 'BAD_USER_INPUT',
    });
    const unknownField = await t.gql(`{ noSuchField }`);
    expect({ status: unknownField.status, code: errorCode(unknownField) }).toEqual({
      status: 400,
      code: 'BAD_USER_INPUT',
    });
  });

  it('refuses forged list cursors as bad input, not as a failed database cast', async () => {
    const forge = (values: unknown[]) =>
      Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
    for (const after of [
      forge(['not-a-time', 'not-a-uuid']),
      forge(['2026-01-01T00:00:00.000Z', 'not-a-uuid']),
      forge([12, '00000000-0000-0000-0000-000000000000']),
      'not base64 at all',
    ]) {
      const result = await t.gql('query($after: String) { cases(after: $after) { totalCount } }', {
        after,
      });
      expect({ after, code: errorCode(result) }).toEqual({ after, code: 'BAD_USER_INPUT' });
    }
  });

  it('never returns a stack trace, whichever layer refuses the request', async () => {
    const forgedCursor = Buffer.from('["not-a-time","x"]').toString('base64url');
    const CASES = 'query($after: String) { cases(after: $after) { totalCount } }';
    const refusals = {
      syntax: await t.gql(`{ cases {`),
      validation: await t.gql(`{ noSuchField }`),
      variableCoercion: await t.gql(CASES, { after: 12 }),
      resolverBadInput: await t.gql(CASES, { after: forgedCursor }, admin.accessToken),
      failedSignIn: await t.gql(LOGIN, {
        input: { email: admin.email, password: 'not the password at all' },
      }),
    };
    for (const [layer, result] of Object.entries(refusals)) {
      // Each one really was refused, with a code, so there was an error to leak a trace from.
      expect({ layer, code: errorCode(result) }).toEqual({ layer, code: expect.any(String) });
      const body = JSON.stringify(result);
      expect({ layer, body }).toEqual({ layer, body: expect.not.stringMatching(/stacktrace/i) });
      // A V8 frame: "at Foo.bar (/path/file.js:1:2)" or "at /path/file.js:1:2".
      expect({ layer, body }).toEqual({
        layer,
        body: expect.not.stringMatching(/\bat [^"]*\.[jt]s:\d+:\d+|\bat [A-Z]\w+\./),
      });
    }
  });
});

/** A selection nested `depth` levels deep through a self-referencing fragment-free path. */
function nest(depth: number): string {
  let selection = '__typename';
  for (let i = 0; i < depth; i += 1) selection = `... on Organisation { ${selection} }`;
  return selection;
}

describe('Sign-in throttling per client address (Redis store)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ worker: false, queue: 'redis' });
  });

  afterAll(() => t.close());

  it('refuses an address after 30 attempts, whichever accounts it tries', async () => {
    const codes: (string | undefined)[] = [];
    for (let i = 0; i < 31; i += 1) {
      codes.push(
        errorCode(
          await t.gql(LOGIN, {
            input: { email: `guess-${i}@example.org`, password: 'Some-password-123' },
          }),
        ),
      );
    }
    expect(codes.slice(0, 30)).toEqual(Array(30).fill('UNAUTHENTICATED'));
    expect(codes[30]).toBe('RATE_LIMITED');
  });
});
