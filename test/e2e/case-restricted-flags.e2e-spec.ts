// SPDX-License-Identifier: EUPL-1.2
import { Role } from 'src/graph/auth/role.enum';
import { publishedCase } from 'test/factories/case.factory';
import { signedInMember, type SignedInMember } from 'test/factories/member.factory';
import { errorCode, found, startTestApp, type TestApp } from 'test/helpers/test-app';

const READ = `query($id: ID!) { case(id: $id) { id hidden version } }`;
const FLAG = `mutation($input: FlagContentInput!) { flagContent(input: $input) { contentHidden } }`;
const UPDATE = `mutation($input: UpdateCaseInput!) { updateCase(input: $input) { hidden version } }`;
const MODERATE = `mutation($input: ModerateInput!) { moderate(input: $input) { hidden } }`;

describe('A flagged AMBER_STRICT case, which platform moderators cannot read (e2e)', () => {
  let t: TestApp;
  let author: SignedInMember;
  let colleague: SignedInMember;
  let moderator: SignedInMember;

  beforeAll(async () => {
    t = await startTestApp({ worker: false });
    author = await signedInMember(t);
    colleague = await signedInMember(t);
    moderator = await signedInMember(t, {
      roles: [Role.MODERATOR],
      organisationSlug: 'universitets-och-hogskoleradet',
    });
  });

  afterAll(() => t.close());

  it('is hidden by a colleague’s flag and can be brought back by the author’s edit', async () => {
    const item = await publishedCase(t, author, moderator, { sharingLevel: 'AMBER_STRICT' });
    const flagged = await t.gql(
      FLAG,
      { input: { contentType: 'CASE', contentId: item.id, reason: 'PERSONAL_DATA' } },
      colleague.accessToken,
    );
    expect(flagged.data?.flagContent).toEqual({ contentHidden: true });
    expect(found(await t.gql(READ, { id: item.id }, colleague.accessToken), 'case')).toBe(false);

    // The moderator reviews the flag without reading (flag-review.e2e-spec.ts): RESTORE or HIDE
    // only, never a decision that needs the text.
    const archive = await t.gql(
      MODERATE,
      {
        input: {
          contentType: 'CASE',
          contentId: item.id,
          action: 'ARCHIVE',
          reason: 'Trying to archive',
        },
      },
      moderator.accessToken,
    );
    expect(errorCode(archive)).toBe('FORBIDDEN');

    const edited = await t.gql(
      UPDATE,
      {
        input: {
          id: item.id,
          expectedVersion: item.version,
          summary: 'A summary with the personal detail taken out.',
        },
      },
      author.accessToken,
    );
    expect(edited.data?.updateCase).toEqual({ hidden: false, version: item.version + 1 });
    const read = await t.gql(READ, { id: item.id }, colleague.accessToken);
    expect(read.data?.case).toMatchObject({ id: item.id, hidden: false });

    // The flag is settled: the colleague may flag again, and that flag hides it again.
    const again = await t.gql(
      FLAG,
      { input: { contentType: 'CASE', contentId: item.id, reason: 'PERSONAL_DATA' } },
      colleague.accessToken,
    );
    expect(again.data?.flagContent).toEqual({ contentHidden: true });
  });
});
