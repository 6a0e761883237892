// SPDX-License-Identifier: EUPL-1.2
import { signedInMember } from 'test/factories/member.factory';
import { sql } from 'test/helpers/sql';
import { startTestApp, type TestApp } from 'test/helpers/test-app';

const REFRESH = `mutation($input: RefreshSessionInput!) { refreshSession(input: $input) { accessToken refreshToken } }`;
const ME = `{ me { email } }`;
const GRACE_SECONDS = 20;

interface Pair {
  accessToken: string;
  refreshToken: string;
}

/**
 * Refresh-token reuse: within the grace after a rotation (two tabs, a retried request) the old
 * token gets a fresh pair for the same session; after it, reuse still ends the session.
 */
describe('Refresh-token reuse grace (e2e over GraphQL)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({
      worker: false,
      env: { REFRESH_REUSE_GRACE_SECONDS: String(GRACE_SECONDS) },
    });
  });

  afterAll(() => t.close());

  async function refresh(refreshToken: string) {
    const response = await t.gql(REFRESH, { input: { refreshToken } });
    return {
      pair: response.data?.refreshSession as Pair | undefined,
      code: response.errors?.[0]?.extensions?.code,
    };
  }

  const works = async (pair: Pair) => Boolean((await t.gql(ME, {}, pair.accessToken)).data?.me);

  /** Moves the member's rotations into the past, as if that many seconds had gone by. */
  async function rotationsAgo(memberId: string, seconds: number): Promise<void> {
    await sql(
      t,
      `UPDATE refresh_token SET used_at = used_at - make_interval(secs => $2)
        WHERE used_at IS NOT NULL
          AND session_id IN (SELECT id FROM auth_session WHERE member_id = $1)`,
      [memberId, seconds],
    );
  }

  const sessionsOf = (memberId: string) =>
    sql<{ id: string; revoked_reason: string | null }>(
      t,
      `SELECT id, revoked_reason FROM auth_session WHERE member_id = $1`,
      [memberId],
    );

  it('lets two tabs refresh with the same token at once: both get a working pair, the session lives', async () => {
    const member = await signedInMember(t);
    const [a, b] = await Promise.all([refresh(member.refreshToken), refresh(member.refreshToken)]);
    expect(a.code).toBeUndefined();
    expect(b.code).toBeUndefined();
    expect(a.pair!.refreshToken).not.toBe(b.pair!.refreshToken);
    expect(await works(a.pair!)).toBe(true);
    expect(await works(b.pair!)).toBe(true);
    // Each tab carries on with its own next token, in the one session it had.
    expect((await refresh(a.pair!.refreshToken)).code).toBeUndefined();
    expect((await refresh(b.pair!.refreshToken)).code).toBeUndefined();
    expect(await sessionsOf(member.id)).toEqual([
      expect.objectContaining({ revoked_reason: null }),
    ]);
  });

  it('answers a retry after a lost response with a fresh pair for the same session', async () => {
    const member = await signedInMember(t);
    const lost = await refresh(member.refreshToken);
    expect(lost.code).toBeUndefined();
    const retried = await refresh(member.refreshToken);
    expect(retried.code).toBeUndefined();
    expect(retried.pair!.refreshToken).not.toBe(lost.pair!.refreshToken);
    expect(await works(retried.pair!)).toBe(true);
    expect(await works(lost.pair!)).toBe(true);
    expect(await sessionsOf(member.id)).toEqual([
      expect.objectContaining({ revoked_reason: null }),
    ]);
  });

  it('still ends the whole session when a rotated token comes back after the grace', async () => {
    const member = await signedInMember(t);
    const next = (await refresh(member.refreshToken)).pair!;
    await rotationsAgo(member.id, GRACE_SECONDS + 1);
    expect((await refresh(member.refreshToken)).code).toBe('UNAUTHENTICATED');
    expect((await refresh(next.refreshToken)).code).toBe('UNAUTHENTICATED');
    expect(await works(next)).toBe(false);
    expect(await sessionsOf(member.id)).toEqual([
      expect.objectContaining({ revoked_reason: 'refresh-token-reuse' }),
    ]);
    const audit = await sql(
      t,
      `SELECT 1 FROM audit_log WHERE action = 'auth.session.revoked-on-reuse' AND actor_id = $1`,
      [member.id],
    );
    expect(audit).toHaveLength(1);
  });

  it('does not stretch the grace: a reuse inside it keeps the clock of the first rotation', async () => {
    const member = await signedInMember(t);
    const next = (await refresh(member.refreshToken)).pair!;
    await rotationsAgo(member.id, GRACE_SECONDS - 5);
    // Still inside the grace: a fresh pair, and the clock keeps running from the rotation.
    expect((await refresh(member.refreshToken)).code).toBeUndefined();
    await rotationsAgo(member.id, 6);
    expect((await refresh(member.refreshToken)).code).toBe('UNAUTHENTICATED');
    expect(await works(next)).toBe(false);
  });
});
