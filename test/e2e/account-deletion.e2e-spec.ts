// SPDX-License-Identifier: EUPL-1.2
import { DataSource } from 'typeorm';
import { Role } from 'src/graph/auth/role.enum';
import { publishedCase } from 'test/factories/case.factory';
import {
  FACTORY_PASSWORD,
  signedInMember,
  type SignedInMember,
} from 'test/factories/member.factory';
import { errorCode, startTestApp, type TestApp } from 'test/helpers/test-app';

const DELETE_MY_ACCOUNT = `mutation($input: DeleteMyAccountInput!) { deleteMyAccount(input: $input) }`;
const DELETE_MEMBER = `mutation($input: DeleteMemberInput!) { deleteMember(input: $input) }`;
const CASE_AUTHOR = `query($id: ID!) { case(id: $id) { title authorName authorLabel attribution } }`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`;

/**
 * Every stored value in the database that contains `needle`, as "table.column", found by
 * walking every column that can hold text (text, varchar, char, jsonb, arrays of them) in
 * every table: a table or column added later is covered without anyone listing it here.
 */
async function whereStored(database: DataSource, needle: string): Promise<string[]> {
  const columns = await database.query<{ table_name: string; column_name: string }[]>(
    `SELECT c.table_name, c.column_name
       FROM information_schema.columns c
       JOIN information_schema.tables t
         ON t.table_schema = c.table_schema AND t.table_name = c.table_name
      WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'
        AND (c.data_type IN ('text', 'character varying', 'character', 'jsonb', 'json', 'ARRAY'))`,
  );
  expect(columns.length).toBeGreaterThan(40);
  const found: string[] = [];
  for (const { table_name: table, column_name: column } of columns) {
    const [{ n }] = await database.query<[{ n: number }]>(
      `SELECT count(*)::int AS n FROM "${table}" WHERE strpos(lower("${column}"::text), lower($1)) > 0`,
      [needle],
    );
    if (n > 0) found.push(`${table}.${column}`);
  }
  return found;
}

describe('Account deletion (GDPR erasure)', () => {
  let t: TestApp;
  let database: DataSource;
  let moderator: SignedInMember;
  let admin: SignedInMember;
  let reader: SignedInMember;

  beforeAll(async () => {
    t = await startTestApp();
    database = t.app.get(DataSource);
    moderator = await signedInMember(t, { roles: [Role.MODERATOR] });
    admin = await signedInMember(t, { roles: [Role.ADMIN] });
    reader = await signedInMember(t, { organisationSlug: 'lunds-universitet' });
  });

  afterAll(() => t.close());

  /** A member who leaves traces everywhere: content, follows, sessions, audit entries. */
  async function busyMember(displayName: string): Promise<{
    member: SignedInMember;
    namedCaseId: string;
  }> {
    const member = await signedInMember(t, { displayName });
    const namedCase = await publishedCase(t, member, moderator, {
      attribution: 'NAMED',
      sharingLevel: 'GREEN',
      title: 'Ett namngivet fall om exportkontroll',
    });
    // A second device, a follow, a pending e-mail change, an audit entry quoting the name.
    const second = await t.gql(LOGIN, {
      input: { email: member.email, password: FACTORY_PASSWORD },
    });
    expect(second.data?.login).toBeTruthy();
    const follow = await t.gql(
      `mutation { follow(input: { targetType: CASE, targetId: "${namedCase.id}", frequency: DAILY }) { id } }`,
      {},
      member.accessToken,
    );
    expect(follow.errors).toBeUndefined();
    const emailChange = await t.gql(
      `mutation($input: RequestEmailChangeInput!) { requestEmailChange(input: $input) }`,
      { input: { newEmail: `new-${member.email}`, currentPassword: FACTORY_PASSWORD } },
      member.accessToken,
    );
    expect(emailChange.errors).toBeUndefined();
    const suspended = await t.gql(
      `mutation($input: SuspendMemberInput!) { suspendMember(input: $input) { id } }`,
      { input: { memberId: member.id, suspended: true, reason: `Checking ${displayName}` } },
      admin.accessToken,
    );
    expect(suspended.errors).toBeUndefined();
    const reinstated = await t.gql(
      `mutation($input: SuspendMemberInput!) { suspendMember(input: $input) { id } }`,
      { input: { memberId: member.id, suspended: false, reason: 'Checked' } },
      admin.accessToken,
    );
    expect(reinstated.errors).toBeUndefined();
    // Suspension ended the sessions; sign in again to act.
    const again = await t.gql<{ login: { accessToken: string } }>(LOGIN, {
      input: { email: member.email, password: FACTORY_PASSWORD },
    });
    return {
      member: { ...member, accessToken: again.data!.login.accessToken },
      namedCaseId: namedCase.id,
    };
  }

  it('erases every trace of the name and address, keeps the content as "former member", and audits it', async () => {
    const name = 'Zelda Quernström';
    const { member, namedCaseId } = await busyMember(name);
    expect(await whereStored(database, member.email)).not.toEqual([]);
    expect(await whereStored(database, name)).not.toEqual([]);

    const wrong = await t.gql(
      DELETE_MY_ACCOUNT,
      { input: { currentPassword: 'Not-the-password-42' } },
      member.accessToken,
    );
    expect(errorCode(wrong)).toBe('BAD_USER_INPUT');

    const deleted = await t.gql(
      DELETE_MY_ACCOUNT,
      { input: { currentPassword: FACTORY_PASSWORD } },
      member.accessToken,
    );
    expect(deleted.errors).toBeUndefined();
    expect(deleted.data?.deleteMyAccount).toBe(true);

    // No column of any table holds the address or the name any more.
    expect(await whereStored(database, member.email)).toEqual([]);
    expect(await whereStored(database, name)).toEqual([]);
    const [row] = await database.query<
      { status: string; password_hash: string | null; display_name: string }[]
    >(`SELECT status, password_hash, display_name FROM member WHERE id = $1`, [member.id]);
    expect(row).toEqual({ status: 'DELETED', password_hash: null, display_name: '' });
    const [{ sessions }] = await database.query<[{ sessions: number }]>(
      `SELECT count(*)::int AS sessions FROM auth_session WHERE member_id = $1`,
      [member.id],
    );
    expect(sessions).toBe(0);

    // The access token in hand and the password are both dead.
    expect(errorCode(await t.gql('{ me { id } }', {}, member.accessToken))).toBe('UNAUTHENTICATED');
    expect(
      errorCode(await t.gql(LOGIN, { input: { email: member.email, password: FACTORY_PASSWORD } })),
    ).toBe('UNAUTHENTICATED');

    // The case stays readable under the neutral attribution, its organisation still shown.
    const read = await t.gql(CASE_AUTHOR, { id: namedCaseId }, reader.accessToken);
    expect(read.data?.case).toMatchObject({
      title: 'Ett namngivet fall om exportkontroll',
      attribution: 'NAMED',
      authorName: 'Tidigare medlem',
    });
    expect(read.data?.case.authorLabel).toMatch(/^Tidigare medlem, /);

    // The deletion is in the audit log, by the member, naming nobody.
    const [entry] = await database.query<{ actor_id: string; details: unknown }[]>(
      `SELECT actor_id, details FROM audit_log WHERE action = 'member.deleted' AND target_id = $1`,
      [member.id],
    );
    expect(entry).toEqual({ actor_id: member.id, details: { by: 'self' } });
    // Earlier entries about the member stay, without what identified them.
    const [{ entries }] = await database.query<[{ entries: number }]>(
      `SELECT count(*)::int AS entries FROM audit_log WHERE target_id = $1`,
      [member.id],
    );
    expect(entries).toBeGreaterThanOrEqual(4);
  });

  it('lets an admin delete a member with a reason, once; a second deletion is NOT_FOUND', async () => {
    const name = 'Ingrid Vallmoberg';
    const { member } = await busyMember(name);
    const input = { memberId: member.id, reason: `Asked by ${name} in writing` };
    const deleted = await t.gql(DELETE_MEMBER, { input }, admin.accessToken);
    expect(deleted.errors).toBeUndefined();
    expect(await whereStored(database, member.email)).toEqual([]);
    expect(await whereStored(database, name)).toEqual([]);
    const [entry] = await database.query<{ actor_id: string; reason: string }[]>(
      `SELECT actor_id, reason FROM audit_log WHERE action = 'member.deleted' AND target_id = $1`,
      [member.id],
    );
    expect(entry).toEqual({ actor_id: admin.id, reason: 'Asked by [erased] in writing' });

    expect(errorCode(await t.gql(DELETE_MEMBER, { input }, admin.accessToken))).toBe('NOT_FOUND');
    const [{ outbox }] = await database.query<[{ outbox: number }]>(
      `SELECT count(*)::int AS outbox FROM outbox WHERE topic = 'member.deleted' AND aggregate_id = $1`,
      [member.id],
    );
    expect(outbox).toBe(1);
  });

  it('refuses bad input with a typed error and changes nothing', async () => {
    const bystander = await signedInMember(t);
    const badReason = await t.gql(
      DELETE_MEMBER,
      { input: { memberId: bystander.id, reason: '' } },
      admin.accessToken,
    );
    expect(errorCode(badReason)).toBe('BAD_USER_INPUT');
    const badId = await t.gql(
      DELETE_MEMBER,
      { input: { memberId: 'not-a-uuid', reason: 'A reason' } },
      admin.accessToken,
    );
    expect(errorCode(badId)).toBe('BAD_USER_INPUT');
    const unknown = await t.gql(
      DELETE_MEMBER,
      { input: { memberId: '00000000-0000-4000-8000-000000000000', reason: 'A reason' } },
      admin.accessToken,
    );
    expect(errorCode(unknown)).toBe('NOT_FOUND');
    const [{ status }] = await database.query<[{ status: string }]>(
      `SELECT status FROM member WHERE id = $1`,
      [bystander.id],
    );
    expect(status).toBe('ACTIVE');
  });
});
