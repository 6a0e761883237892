// SPDX-License-Identifier: EUPL-1.2
import { Role } from 'src/graph/auth/role.enum';
import { OrganisationsService } from 'src/modules/organisations/organisations.service';
import { publishedCase } from 'test/factories/case.factory';
import { signedInMember, type SignedInMember } from 'test/factories/member.factory';
import { sql } from 'test/helpers/sql';
import { errorCode, startTestApp, type TestApp } from 'test/helpers/test-app';

const FIELDS = `id slug kind nameSv nameEn shortNames acceptsQuestions emailDomains identityProviders`;
const CREATE = `mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { ${FIELDS} } }`;
const LIST = `{ organisations { slug name } }`;

const NEW_ORGANISATION = {
  slug: 'polarforskningsinstitutet',
  kind: 'AUTHORITY',
  nameSv: 'Polarforskningsinstitutet',
  nameEn: 'Swedish Polar Research Institute',
  shortNames: ['SPRI'],
  acceptsQuestions: true,
  emailDomains: ['Polar.Example.se', 'polar.example.se'],
  identityProviders: ['https://idp.polar.example.se/idp/shibboleth'],
};

describe('Organisation administration (e2e)', () => {
  let t: TestApp;
  let admin: SignedInMember;
  let member: SignedInMember;

  beforeAll(async () => {
    t = await startTestApp({ worker: false });
    admin = await signedInMember(t, { roles: [Role.ADMIN] });
    member = await signedInMember(t, { roles: [Role.ORG_CONTACT] });
  });

  afterAll(() => t.close());

  it('lets an admin add an organisation, normalised and audited; others are refused', async () => {
    expect(errorCode(await t.gql(CREATE, { input: NEW_ORGANISATION }, member.accessToken))).toBe(
      'FORBIDDEN',
    );
    const created = await t.gql(CREATE, { input: NEW_ORGANISATION }, admin.accessToken);
    expect(created.errors).toBeUndefined();
    expect(created.data?.createOrganisation).toMatchObject({
      ...NEW_ORGANISATION,
      emailDomains: ['polar.example.se'],
    });
    const listed = await t.gql(LIST, {}, member.accessToken);
    expect(listed.data?.organisations).toContainEqual({
      slug: 'polarforskningsinstitutet',
      name: 'Polarforskningsinstitutet',
    });
    const [audit] = await sql<{
      action: string;
      actor_id: string;
      details: Record<string, unknown>;
    }>(t, `SELECT action, actor_id, details FROM audit_log WHERE target_id = $1`, [
      created.data!.createOrganisation.id,
    ]);
    expect(audit).toMatchObject({
      action: 'organisation.created',
      actor_id: admin.id,
      details: { slug: 'polarforskningsinstitutet', acceptsQuestions: true },
    });
    const [outbox] = await sql(t, `SELECT topic FROM outbox WHERE aggregate_id = $1`, [
      created.data!.createOrganisation.id,
    ]);
    expect(outbox).toEqual({ topic: 'organisation.created' });

    expect(errorCode(await t.gql(CREATE, { input: NEW_ORGANISATION }, admin.accessToken))).toBe(
      'CONFLICT',
    );
    const claimed = await t.gql(
      CREATE,
      { input: { ...NEW_ORGANISATION, slug: 'another-one', emailDomains: ['bth.se'] } },
      admin.accessToken,
    );
    expect(errorCode(claimed)).toBe('CONFLICT');
    expect(claimed.errors?.[0]?.message).toContain('bth.se');
  });

  // Content shows its organisations from a directory held in memory (OrganisationDirectory):
  // an administrator's change must show at once in the process that made it.
  it("shows a new organisation, and a change to its names, in its content's author label at once", async () => {
    const CASE = `query($id: ID!) { case(id: $id) { authorLabel organisation { name } } }`;
    const reader = await signedInMember(t, { organisationSlug: 'uppsala-universitet' });
    const kthAuthor = await signedInMember(t, { organisationSlug: 'kth' });
    const moderator = await signedInMember(t, {
      organisationSlug: 'universitets-och-hogskoleradet',
      roles: [Role.MODERATOR],
    });
    const read = async (id: string) => {
      const answer = await t.gql(CASE, { id }, reader.accessToken);
      expect(answer.errors).toBeUndefined();
      return answer.data?.case as { authorLabel: string; organisation: { name: string } };
    };
    // A case of an existing organisation first, so that the directory is read before the new one.
    const existing = await publishedCase(t, kthAuthor, moderator, { attribution: 'ORGANISATION' });
    expect((await read(existing.id)).authorLabel).toBe('Kungl. Tekniska högskolan');
    const created = await t.gql(
      CREATE,
      { input: { ...NEW_ORGANISATION, slug: 'glaciologiska-institutet', emailDomains: [] } },
      admin.accessToken,
    );
    expect(created.errors).toBeUndefined();
    const author = await signedInMember(t, { organisationSlug: 'glaciologiska-institutet' });
    const written = await publishedCase(t, author, moderator, { attribution: 'ORGANISATION' });
    expect(await read(written.id)).toEqual({
      authorLabel: 'Polarforskningsinstitutet',
      organisation: { name: 'Polarforskningsinstitutet' },
    });
    const renamed = await t.gql(
      UPDATE,
      { input: { id: created.data!.createOrganisation.id, nameSv: 'Glaciologiska institutet' } },
      admin.accessToken,
    );
    expect(renamed.errors).toBeUndefined();
    expect(await read(written.id)).toEqual({
      authorLabel: 'Glaciologiska institutet',
      organisation: { name: 'Glaciologiska institutet' },
    });
  });

  it('edits only the fields given, keeps the slug, and audits before and after', async () => {
    const id = (await t.app.get(OrganisationsService).findBySlug('polarforskningsinstitutet'))!.id;
    const updated = await t.gql(
      UPDATE,
      {
        input: {
          id,
          nameEn: 'Polar Research Institute',
          acceptsQuestions: false,
          nameSv: null,
          identityProviders: [],
        },
      },
      admin.accessToken,
    );
    expect(updated.errors).toBeUndefined();
    expect(updated.data?.updateOrganisation).toMatchObject({
      slug: 'polarforskningsinstitutet',
      nameSv: 'Polarforskningsinstitutet',
      nameEn: 'Polar Research Institute',
      acceptsQuestions: false,
      emailDomains: ['polar.example.se'],
      identityProviders: [],
    });
    const [audit] = await sql<{ details: unknown }>(
      t,
      `SELECT details FROM audit_log WHERE target_id = $1 AND action = 'organisation.updated'`,
      [id],
    );
    expect(audit?.details).toEqual({
      from: {
        nameEn: 'Swedish Polar Research Institute',
        acceptsQuestions: true,
        identityProviders: ['https://idp.polar.example.se/idp/shibboleth'],
      },
      to: { nameEn: 'Polar Research Institute', acceptsQuestions: false, identityProviders: [] },
    });
    // Its own domains may be given again; another organisation's may not.
    expect(
      (
        await t.gql(
          UPDATE,
          { input: { id, emailDomains: ['polar.example.se', 'spri.example.se'] } },
          admin.accessToken,
        )
      ).errors,
    ).toBeUndefined();
    expect(
      errorCode(
        await t.gql(UPDATE, { input: { id, emailDomains: ['kth.se'] } }, admin.accessToken),
      ),
    ).toBe('CONFLICT');
    expect(
      errorCode(
        await t.gql(
          UPDATE,
          { input: { id: '00000000-0000-4000-8000-000000000000', nameEn: 'Ghost' } },
          admin.accessToken,
        ),
      ),
    ).toBe('NOT_FOUND');
    expect(
      errorCode(await t.gql(UPDATE, { input: { id, nameEn: 'Nope' } }, member.accessToken)),
    ).toBe('FORBIDDEN');
  });

  it.each([
    ['a slug with capitals', { slug: 'Bad-Slug' }],
    ['a slug with a double hyphen', { slug: 'bad--slug' }],
    ['an unknown kind', { kind: 'COMPANY' }],
    ['a blank Swedish name', { nameSv: '   ' }],
    ['markup in a name', { nameEn: '<b>Institute</b>' }],
    ['a name over 200 characters', { nameEn: 'x'.repeat(201) }],
    ['an e-mail domain that is no domain', { emailDomains: ['not a domain'] }],
    ['an e-mail address as a domain', { emailDomains: ['someone@polar.se'] }],
    ['an identity provider over plain http', { identityProviders: ['http://idp.example.se'] }],
    ['an identity provider with spaces', { identityProviders: ['urn:mace: bad'] }],
    [
      'too many e-mail domains',
      { emailDomains: Array.from({ length: 21 }, (_, i) => `d${i}.example.se`) },
    ],
  ])('refuses %s with BAD_USER_INPUT and writes nothing', async (_label, change) => {
    const input = { ...NEW_ORGANISATION, slug: 'valid-slug', emailDomains: [], ...change };
    const response = await t.gql(CREATE, { input }, admin.accessToken);
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(await t.app.get(OrganisationsService).findBySlug(String(input.slug))).toBeNull();
  });
});
