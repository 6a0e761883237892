// SPDX-License-Identifier: EUPL-1.2
import { Role } from 'src/graph/auth/role.enum';
import { OrganisationsService } from 'src/modules/organisations/organisations.service';
import { signedInMember, type SignedInMember } from 'test/factories/member.factory';
import { sql } from 'test/helpers/sql';
import { errorCode, startTestApp, type TestApp } from 'test/helpers/test-app';

const DIRECTORY = `query($query: String!, $organisationId: ID, $first: Int, $after: String) {
  memberDirectory(query: $query, organisationId: $organisationId, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id displayName roles email organisation { slug } } }
  }
}`;
const PROFILE = `mutation($input: UpdateMyProfileInput!) { updateMyProfile(input: $input) { showEmailInDirectory } }`;
const SUSPEND = `mutation($input: SuspendMemberInput!) { suspendMember(input: $input) { id status } }`;

interface Entry {
  id: string;
  displayName: string;
  roles: string[];
  email: string | null;
  organisation: { slug: string };
}

/** Every member of this file has this surname, so searches see only them. */
const SURNAME = 'Kvarnström';

describe('Member directory (e2e)', () => {
  let t: TestApp;
  let viewer: SignedInMember;
  let expert: SignedInMember;
  let admin: SignedInMember;
  let optedIn: SignedInMember;
  let suspended: SignedInMember;

  beforeAll(async () => {
    t = await startTestApp({ worker: false });
    viewer = await signedInMember(t, { displayName: `Vera ${SURNAME}` });
    expert = await signedInMember(t, {
      displayName: `Erik ${SURNAME}`,
      organisationSlug: 'sakerhetspolisen',
      roles: [Role.EXPERT],
    });
    admin = await signedInMember(t, {
      displayName: `Åsa ${SURNAME}`,
      organisationSlug: 'universitets-och-hogskoleradet',
      roles: [Role.ADMIN, Role.MODERATOR],
    });
    optedIn = await signedInMember(t, {
      displayName: `Olle ${SURNAME}`,
      organisationSlug: 'lunds-universitet',
      roles: [Role.ORG_CONTACT],
    });
    suspended = await signedInMember(t, { displayName: `Sara ${SURNAME}` });
    const shown = await t.gql(
      PROFILE,
      { input: { showEmailInDirectory: true } },
      optedIn.accessToken,
    );
    expect(shown.data?.updateMyProfile.showEmailInDirectory).toBe(true);
    const suspendedNow = await t.gql(
      SUSPEND,
      { input: { memberId: suspended.id, reason: 'Left the university' } },
      admin.accessToken,
    );
    expect(suspendedNow.data?.suspendMember.status).toBe('SUSPENDED');
  });

  afterAll(() => t.close());

  const search = async (token: string, variables: Record<string, unknown>) => {
    const response = await t.gql(DIRECTORY, variables, token);
    return {
      response,
      entries: (response.data?.memberDirectory.edges ?? []).map(
        (e: { node: Entry }) => e.node,
      ) as Entry[],
    };
  };

  it('shows a member the fields the directory allows, alphabetically, without suspended members', async () => {
    const { response, entries } = await search(viewer.accessToken, {
      query: SURNAME.toLowerCase(),
    });
    expect(response.errors).toBeUndefined();
    // Alphabetical by the database's collation: Å after Z, as in Swedish.
    expect(entries).toEqual([
      {
        id: expert.id,
        displayName: `Erik ${SURNAME}`,
        roles: ['EXPERT'],
        email: null,
        organisation: { slug: 'sakerhetspolisen' },
      },
      {
        id: optedIn.id,
        displayName: `Olle ${SURNAME}`,
        roles: ['ORG_CONTACT'],
        email: optedIn.email,
        organisation: { slug: 'lunds-universitet' },
      },
      {
        id: viewer.id,
        displayName: `Vera ${SURNAME}`,
        roles: [],
        email: viewer.email,
        organisation: { slug: 'kth' },
      },
      {
        id: admin.id,
        displayName: `Åsa ${SURNAME}`,
        roles: ['MODERATOR'],
        email: null,
        organisation: { slug: 'universitets-och-hogskoleradet' },
      },
    ]);
    expect(response.data?.memberDirectory.totalCount).toBe(4);
  });

  it('shows an admin every role, but e-mail still only where the member opted in', async () => {
    const { entries } = await search(admin.accessToken, { query: SURNAME });
    const byId = new Map(entries.map((e) => [e.id, e]));
    expect(byId.get(admin.id)).toMatchObject({
      roles: ['ADMIN', 'MEMBER', 'MODERATOR'],
      email: admin.email,
    });
    expect(byId.get(expert.id)).toMatchObject({ roles: ['EXPERT', 'MEMBER'], email: null });
    expect(byId.get(viewer.id)).toMatchObject({ email: null });
    expect(byId.has(suspended.id)).toBe(false);
  });

  it('never leaks an e-mail address of a member who did not opt in', async () => {
    const hidden = [viewer, expert, admin, suspended];
    for (const reader of [viewer, expert, admin]) {
      const body = JSON.stringify((await search(reader.accessToken, { query: SURNAME })).response);
      expect(body).toContain(optedIn.email);
      // Everyone else's address is absent, except the reader's own.
      for (const other of hidden.filter((m) => m.id !== reader.id))
        expect(body).not.toContain(other.email);
    }
    // Searching by an e-mail address finds nobody: only names are searched.
    const byEmail = await search(viewer.accessToken, { query: expert.email });
    expect(byEmail.entries).toEqual([]);
  });

  it('matches every word, ignores case and accents, filters by organisation and pages', async () => {
    const accentless = await search(viewer.accessToken, { query: 'asa kvarnstrom' });
    expect(accentless.entries.map((e) => e.id)).toEqual([admin.id]);
    const lundId = (await t.app.get(OrganisationsService).findBySlug('lunds-universitet'))!.id;
    const lund = await search(viewer.accessToken, { query: SURNAME, organisationId: lundId });
    expect(lund.entries.map((e) => e.id)).toEqual([optedIn.id]);
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page = await search(viewer.accessToken, { query: SURNAME, first: 1, after });
      seen.push(...page.entries.map((e) => e.displayName));
      after = page.response.data?.memberDirectory.pageInfo.hasNextPage
        ? page.response.data.memberDirectory.pageInfo.endCursor
        : null;
    } while (after);
    expect(seen).toEqual(
      (await search(viewer.accessToken, { query: SURNAME })).entries.map((e) => e.displayName),
    );
    // LIKE wildcards are literal.
    expect(
      (await search(viewer.accessToken, { query: '%%' })).response.errors?.[0]?.extensions?.code,
    ).toBe('BAD_USER_INPUT');
    expect((await search(viewer.accessToken, { query: 'K_arnström' })).entries).toEqual([]);
  });

  it('refuses bad input and visitors with typed errors', async () => {
    for (const variables of [
      { query: 'a' },
      { query: '   ' },
      { query: 'x'.repeat(101) },
      { query: SURNAME, organisationId: 'not-a-uuid' },
      { query: SURNAME, first: 101 },
      { query: SURNAME, after: 'forged-cursor' },
    ])
      expect(errorCode(await t.gql(DIRECTORY, variables, viewer.accessToken))).toBe(
        'BAD_USER_INPUT',
      );
    expect(errorCode(await t.gql(DIRECTORY, { query: SURNAME }))).toBe('UNAUTHENTICATED');
  });

  it('drops a member who is suspended or deleted later', async () => {
    const later = await signedInMember(t, { displayName: `Lotta ${SURNAME}` });
    const ids = async () =>
      (await search(viewer.accessToken, { query: 'Lotta' })).entries.map((e) => e.id);
    expect(await ids()).toEqual([later.id]);
    await sql(t, `UPDATE member SET status = 'SUSPENDED' WHERE id = $1`, [later.id]);
    expect(await ids()).toEqual([]);
    await sql(t, `UPDATE member SET status = 'DELETED' WHERE id = $1`, [later.id]);
    expect(await ids()).toEqual([]);
  });
});
