// SPDX-License-Identifier: EUPL-1.2
import { Role } from 'src/graph/auth/role.enum';
import { DEVELOPMENT_SECRETS } from 'src/config/env.schema';
import { signedInMember, type SignedInMember } from 'test/factories/member.factory';
import { errorCode, startTestApp, type TestApp } from 'test/helpers/test-app';

const SET_ROLES = `mutation($input: SetMemberRolesInput!) { setMemberRoles(input: $input) { id roles } }`;
const SUSPEND = `mutation($input: SuspendMemberInput!) { suspendMember(input: $input) { id status } }`;
const AUDIT = `query($first: Int, $after: String, $filter: AuditLogFilter) {
  auditLog(first: $first, after: $after, filter: $filter) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { action actorId targetId reason } }
  }
}`;

describe('Administration: roles, suspension and the audit log (e2e)', () => {
  let t: TestApp;
  let admin: SignedInMember;
  let member: SignedInMember;

  beforeAll(async () => {
    t = await startTestApp({ worker: false });
    admin = await signedInMember(t, { roles: [Role.ADMIN] });
    member = await signedInMember(t, { organisationSlug: 'sakerhetspolisen' });
  });

  afterAll(() => t.close());

  it('lets admins change roles, audited with the reason; members are refused', async () => {
    const granted = await t.gql(
      SET_ROLES,
      { input: { memberId: member.id, roles: ['EXPERT'], reason: 'Named expert at Säpo' } },
      admin.accessToken,
    );
    expect(granted.data?.setMemberRoles.roles).toEqual(['EXPERT', 'MEMBER']);
    const denied = await t.gql(
      SET_ROLES,
      { input: { memberId: admin.id, roles: [], reason: 'takeover' } },
      member.accessToken,
    );
    expect(errorCode(denied)).toBe('FORBIDDEN');
    const selfDemotion = await t.gql(
      SET_ROLES,
      { input: { memberId: admin.id, roles: [], reason: 'oops' } },
      admin.accessToken,
    );
    expect(errorCode(selfDemotion)).toBe('INVALID_STATE');

    const log = await t.gql(
      AUDIT,
      { filter: { actions: ['MEMBER_ROLES_CHANGED'] } },
      admin.accessToken,
    );
    expect(log.data?.auditLog.edges).toEqual([
      {
        node: {
          action: 'MEMBER_ROLES_CHANGED',
          actorId: admin.id,
          targetId: member.id,
          reason: 'Named expert at Säpo',
        },
      },
    ]);
    expect(errorCode(await t.gql(AUDIT, {}, member.accessToken))).toBe('FORBIDDEN');
  });

  it('ends a suspended member’s access at once and lets them back in when reinstated', async () => {
    const target = await signedInMember(t);
    expect((await t.gql(`{ me { id } }`, {}, target.accessToken)).data?.me.id).toBe(target.id);
    const suspended = await t.gql(
      SUSPEND,
      { input: { memberId: target.id, reason: 'Left the university' } },
      admin.accessToken,
    );
    expect(suspended.data?.suspendMember.status).toBe('SUSPENDED');
    expect(errorCode(await t.gql(`{ me { id } }`, {}, target.accessToken))).toBe('UNAUTHENTICATED');
    expect(
      errorCode(
        await t.gql(
          SUSPEND,
          { input: { memberId: target.id, reason: 'again' } },
          admin.accessToken,
        ),
      ),
    ).toBe('INVALID_STATE');
    const reinstated = await t.gql(
      SUSPEND,
      { input: { memberId: target.id, suspended: false, reason: 'Back' } },
      admin.accessToken,
    );
    expect(reinstated.data?.suspendMember.status).toBe('ACTIVE');
  });

  it('pages the audit log by keyset, newest first, without gaps or repeats', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    do {
      const page: any = await t.gql(AUDIT, { first: 2, after }, admin.accessToken);
      expect(page.errors).toBeUndefined();
      total = page.data.auditLog.totalCount;
      seen.push(...page.data.auditLog.edges.map((e: any) => `${e.node.action}:${e.node.targetId}`));
      after = page.data.auditLog.pageInfo.hasNextPage
        ? page.data.auditLog.pageInfo.endCursor
        : null;
    } while (after);
    expect(total).toBeGreaterThanOrEqual(4); // sign-ins, role change, suspension…
    expect(seen).toHaveLength(total);
    expect(errorCode(await t.gql(AUDIT, { first: 101 }, admin.accessToken))).toBe('BAD_USER_INPUT');
    expect(errorCode(await t.gql(AUDIT, { after: 'garbage' }, admin.accessToken))).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('lets members update their own profile only within the rules', async () => {
    const update = `mutation($input: UpdateMyProfileInput!) { updateMyProfile(input: $input) { displayName locale } }`;
    const ok = await t.gql(
      update,
      { input: { displayName: 'Åsa Öberg-Lind', locale: 'EN' } },
      member.accessToken,
    );
    expect(ok.data?.updateMyProfile).toEqual({ displayName: 'Åsa Öberg-Lind', locale: 'EN' });
    expect(
      errorCode(
        await t.gql(update, { input: { displayName: '<script>x</script>' } }, member.accessToken),
      ),
    ).toBe('BAD_USER_INPUT');
  });
});

describe('Production mode', () => {
  let t: TestApp;

  beforeAll(async () => {
    const secrets = Object.fromEntries(
      Object.keys(DEVELOPMENT_SECRETS).map((k) => [k, `production-${k}-secret-value-0123456789`]),
    );
    t = await startTestApp({ worker: false, env: { NODE_ENV: 'production', ...secrets } });
  });

  afterAll(() => t.close());

  it('turns introspection off and still answers queries', async () => {
    expect(errorCode(await t.gql(`{ __schema { types { name } } }`))).toBe('BAD_USER_INPUT');
    expect((await t.gql(`{ __typename }`)).data).toEqual({ __typename: 'Query' });
  });

  it('blocks cross-site requests (CSRF prevention)', async () => {
    const response = await fetch(t.url, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: '{"query":"{ __typename }"}',
    });
    expect(response.status).toBe(400);
  });
});
