// SPDX-License-Identifier: EUPL-1.2
import { Role } from 'src/graph/auth/role.enum';
import { signedInMember, type SignedInMember } from 'test/factories/member.factory';
import { errorCode, startTestApp, type TestApp } from 'test/helpers/test-app';

/** Issue 11 item 8: filters and strings are validated at the edge, naming the field. */
describe('List filters and text are validated before they reach PostgreSQL (e2e)', () => {
  let t: TestApp;
  let admin: SignedInMember;

  beforeAll(async () => {
    t = await startTestApp({ worker: false });
    admin = await signedInMember(t, { roles: [Role.ADMIN] });
  });

  afterAll(() => t.close());

  const fieldsOf = (response: Awaited<ReturnType<TestApp['gql']>>) =>
    response.errors?.[0]?.extensions?.fields;

  it.each([
    ['cases', '{ cases(filter: { years: [99999] }) { totalCount } }', 'filter.years'],
    ['cases', '{ cases(filter: { years: [-5] }) { totalCount } }', 'filter.years'],
    ['search', '{ search(query: "x", filter: { years: [99999] }) { totalCount } }', 'filter.years'],
    ['cases', '{ cases(filter: { topicIds: ["x"] }) { totalCount } }', 'filter.topicIds'],
    ['questions', '{ questions(filter: { topicIds: ["x"] }) { totalCount } }', 'filter.topicIds'],
    [
      'questions',
      `{ questions(filter: { directedToIds: ["1' OR '1'='1"] }) { totalCount } }`,
      'filter.directedToIds',
    ],
    ['auditLog', '{ auditLog(filter: { actorId: "x" }) { totalCount } }', 'filter.actorId'],
  ])('%s: %s is BAD_USER_INPUT naming %s', async (_field, query, field) => {
    const response = await t.gql(query, {}, admin.accessToken);
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(response)).toEqual([expect.objectContaining({ field })]);
  });

  it('refuses NUL characters and unpaired surrogates in any string argument, naming it', async () => {
    const search = await t.gql('query($q: String!) { search(query: $q) { totalCount } }', {
      q: 'export\u0000control',
    });
    expect(errorCode(search)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(search)).toEqual([
      {
        field: 'query',
        message: 'must not contain NUL characters or unpaired surrogates',
        reason: 'FORMAT',
      },
    ]);

    const invite = await t.gql(
      'mutation($input: InviteMemberInput!) { inviteMember(input: $input) { id } }',
      { input: { email: 'lone\uD800@example.org', organisationId: admin.organisationId } },
      admin.accessToken,
    );
    expect(errorCode(invite)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(invite)).toEqual([expect.objectContaining({ field: 'input.email' })]);

    const follow = await t.gql(
      'mutation($input: FollowInput!) { follow(input: $input) { id } }',
      { input: { targetType: 'COUNTRY', targetId: 'S\u0000', frequency: 'DAILY' } },
      admin.accessToken,
    );
    expect(fieldsOf(follow)).toEqual([expect.objectContaining({ field: 'input.targetId' })]);
  });

  it('names each field once in the summary', async () => {
    const response = await t.gql(
      'mutation($input: SetMemberRolesInput!) { setMemberRoles(input: $input) { id } }',
      { input: { memberId: admin.id, roles: [], reason: 'x' } },
      admin.accessToken,
    );
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.message).toBe(
      'Invalid input: reason must be longer than or equal to 3 characters',
    );
  });
});
