// SPDX-License-Identifier: EUPL-1.2
import { DataSource } from 'typeorm';
import { Role } from 'src/graph/auth/role.enum';
import { signedInMember, type SignedInMember } from 'test/factories/member.factory';
import { askQuestion, organisationId } from 'test/factories/question.factory';
import { startTestApp, type TestApp } from 'test/helpers/test-app';

const ASSIGNABLE = `query($id: ID!) { question(id: $id) { id assignableExperts { id displayName } } }`;

describe('Who a directed question can be assigned to (e2e)', () => {
  let t: TestApp;
  let asker: SignedInMember;
  let ispExpert: SignedInMember;
  let ispColleague: SignedInMember;
  let suspendedExpert: SignedInMember;
  let ispMember: SignedInMember;
  let sapoExpert: SignedInMember;
  let questionId: string;

  const assignable = async (who: SignedInMember) => {
    const result = await t.gql(ASSIGNABLE, { id: questionId }, who.accessToken);
    expect(result.errors).toBeUndefined();
    return result.data?.question as { assignableExperts: { id: string; displayName: string }[] };
  };

  beforeAll(async () => {
    t = await startTestApp({ worker: false });
    const isp = 'inspektionen-for-strategiska-produkter';
    asker = await signedInMember(t, { displayName: 'Asking Officer' });
    ispExpert = await signedInMember(t, {
      organisationSlug: isp,
      roles: [Role.EXPERT],
      displayName: 'Zeta Expert',
    });
    ispColleague = await signedInMember(t, {
      organisationSlug: isp,
      roles: [Role.EXPERT],
      displayName: 'Alfa Expert',
    });
    suspendedExpert = await signedInMember(t, {
      organisationSlug: isp,
      roles: [Role.EXPERT],
      displayName: 'Suspended Expert',
    });
    await t.app
      .get(DataSource)
      .query(`UPDATE member SET status = 'SUSPENDED' WHERE id = $1`, [suspendedExpert.id]);
    ispMember = await signedInMember(t, { organisationSlug: isp, displayName: 'Plain Member' });
    sapoExpert = await signedInMember(t, {
      organisationSlug: 'sakerhetspolisen',
      roles: [Role.EXPERT],
      displayName: 'Sapo Expert',
    });
    const question = await askQuestion(t, asker, {
      // AMBER directed to ISP: its every member reads it, so the list is what separates them.
      sharingLevel: 'AMBER',
      directedToIds: [await organisationId(t, isp)],
      attribution: 'ANONYMOUS',
    });
    questionId = question.id;
  });

  afterAll(() => t.close());

  it('lists the active experts of the organisation it is directed to, alphabetically, to them', async () => {
    const expected = [
      { id: ispColleague.id, displayName: 'Alfa Expert' },
      { id: ispExpert.id, displayName: 'Zeta Expert' },
    ];
    expect((await assignable(ispExpert)).assignableExperts).toEqual(expected);
    expect((await assignable(ispColleague)).assignableExperts).toEqual(expected);
  });

  it('is empty for the asker and for a member of that organisation who is no expert', async () => {
    expect((await assignable(asker)).assignableExperts).toEqual([]);
    expect((await assignable(ispMember)).assignableExperts).toEqual([]);
  });

  it('gives an expert of another organisation nothing: it is not directed to them', async () => {
    const result = await t.gql(ASSIGNABLE, { id: questionId }, sapoExpert.accessToken);
    // Säpo cannot read an AMBER question directed to ISP at all.
    expect(result.data?.question ?? null).toBeNull();
  });
});
