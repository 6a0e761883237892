// SPDX-License-Identifier: EUPL-1.2
import { DataSource } from 'typeorm';
import { Role } from 'src/graph/auth/role.enum';
import { SEARCH_ENGINE, type SearchEngine } from 'src/modules/search/engine/search-engine';
import { SearchDocumentBuilder } from 'src/modules/search/search-document.builder';
import { SearchIndexer } from 'src/modules/search/search-indexer';
import { publishedCase } from 'test/factories/case.factory';
import { signedInMember, type SignedInMember } from 'test/factories/member.factory';
import { approve, askQuestion, organisationId } from 'test/factories/question.factory';
import { hitIds, search } from 'test/helpers/search-client';
import { startTestApp, type GraphQLResponse, type TestApp } from 'test/helpers/test-app';

/**
 * The PostgreSQL engine applies the access policy to the copy of each item's access keys on
 * `search_document` (level, author, recipients, directed-to organisations, status, hidden).
 * After every kind of change made through GraphQL, and before the indexer runs (the app has no
 * workers), the copy must equal the case's or question's own columns, and search must follow.
 */
/** How the author reads the current version of each kind, and updates it. */
const EDITS = {
  CASE: {
    current: `query($id: ID!) { case(id: $id) { version } }`,
    update: `mutation($input: UpdateCaseInput!) { updateCase(input: $input) { id } }`,
  },
  QUESTION: {
    current: `query($id: ID!) { question(id: $id) { version } }`,
    update: `mutation($input: UpdateQuestionInput!) { updateQuestion(input: $input) { id } }`,
  },
};
const WITHDRAW = `mutation($input: WithdrawCaseInput!) { withdrawCase(input: $input) { id } }`;
const MODERATE = `mutation($input: ModerateInput!) { moderate(input: $input) { contentId } }`;

const KEYS = `sharing_level, author_id, author_organisation_id, recipient_organisation_ids,
  recipient_member_ids, directed_to_ids, status, hidden_at`;

describe('Search access keys follow their case or question at once (e2e, PostgreSQL)', () => {
  let t: TestApp;
  let author: SignedInMember;
  let moderator: SignedInMember;
  let lund: SignedInMember;
  let chalmers: SignedInMember;
  let ispMember: SignedInMember;
  let isp: string;

  const must = async <T>(response: Promise<GraphQLResponse<T>>, what: string): Promise<T> => {
    const result = await response;
    if (result.errors) throw new Error(`${what} failed: ${JSON.stringify(result.errors)}`);
    return result.data!;
  };
  const find = async (viewer: SignedInMember, query: string) =>
    hitIds(await search(t, query, { first: 10 }, viewer.accessToken));

  /** The document's copy of the keys and the source row's, side by side. */
  const keys = async (type: 'CASE' | 'QUESTION', id: string) => {
    const source = type === 'CASE' ? 'case_study' : 'question';
    const directed = type === 'CASE' ? `'{}'::uuid[]` : 's.directed_to_ids';
    const [row]: { copy: unknown; source: unknown }[] = await t.app.get(DataSource).query(
      `SELECT to_jsonb(c) AS copy, to_jsonb(o) AS source
         FROM (SELECT ${KEYS} FROM search_document WHERE content_type = $1 AND content_id = $2) c,
         (SELECT s.sharing_level, s.author_id, s.author_organisation_id,
            s.recipient_organisation_ids, s.recipient_member_ids, ${directed} AS directed_to_ids,
            s.status::text AS status, s.hidden_at FROM ${source} s WHERE s.id = $2) o`,
      [type, id],
    );
    return row;
  };
  const expectInStep = async (type: 'CASE' | 'QUESTION', id: string) => {
    const row = await keys(type, id);
    expect(row).toBeDefined();
    expect(row!.copy).toEqual(row!.source);
  };
  /** Edits as the author, on top of the current version. */
  const edit = async (type: 'CASE' | 'QUESTION', id: string, change: Record<string, unknown>) => {
    const { current, update } = EDITS[type];
    const read = await must(
      t.gql<Record<string, { version: number }>>(current, { id }, author.accessToken),
      'read version',
    );
    const expectedVersion = Object.values(read)[0]!.version;
    await must(
      t.gql(update, { input: { id, expectedVersion, ...change } }, author.accessToken),
      `update ${type}`,
    );
  };
  /** A GREEN question, approved and indexed: live for the community. */
  const indexedGreenQuestion = async (title: string) => {
    const question = await askQuestion(t, author, { title, sharingLevel: 'GREEN' });
    await approve(t, moderator, 'QUESTION', question.id);
    await t.app.get(SearchIndexer).index(`QUESTION:${question.id}`);
    return question;
  };
  const moderate = (contentType: 'CASE' | 'QUESTION', contentId: string, action: string) =>
    must(
      t.gql(
        MODERATE,
        { input: { contentType, contentId, action, reason: 'Checked by the moderators' } },
        moderator.accessToken,
      ),
      `moderate ${action}`,
    );

  beforeAll(async () => {
    t = await startTestApp({ worker: false });
    const ispSlug = 'inspektionen-for-strategiska-produkter';
    author = await signedInMember(t, { organisationSlug: 'kth' });
    moderator = await signedInMember(t, {
      organisationSlug: 'universitets-och-hogskoleradet',
      roles: [Role.MODERATOR],
    });
    lund = await signedInMember(t, { organisationSlug: 'lunds-universitet' });
    chalmers = await signedInMember(t, { organisationSlug: 'chalmers' });
    ispMember = await signedInMember(t, { organisationSlug: ispSlug });
    isp = await organisationId(t, ispSlug);
  });

  afterAll(async () => {
    await t?.close();
  });

  it('a case: level, recipient organisations, recipient members and withdrawal', async () => {
    const { id } = await publishedCase(t, author, moderator, {
      title: 'Quillwort samples requested by a partner laboratory',
    });
    await t.app.get(SearchIndexer).index(`CASE:${id}`);
    await expectInStep('CASE', id);
    expect(await find(chalmers, 'quillwort')).toEqual([id]);

    await edit('CASE', id, {
      sharingLevel: 'AMBER',
      recipientOrganisationIds: [lund.organisationId],
    });
    await expectInStep('CASE', id);
    expect(await find(chalmers, 'quillwort')).toEqual([]);
    expect(await find(lund, 'quillwort')).toEqual([id]);

    await edit('CASE', id, {
      sharingLevel: 'RED',
      recipientOrganisationIds: [],
      recipientMemberIds: [chalmers.id],
    });
    await expectInStep('CASE', id);
    expect(await find(lund, 'quillwort')).toEqual([]);
    expect(await find(chalmers, 'quillwort')).toEqual([id]);

    await edit('CASE', id, { recipientMemberIds: [lund.id] });
    await expectInStep('CASE', id);
    expect(await find(chalmers, 'quillwort')).toEqual([]);
    expect(await find(lund, 'quillwort')).toEqual([id]);

    await must(t.gql(WITHDRAW, { input: { id } }, author.accessToken), 'withdrawCase');
    await expectInStep('CASE', id);
    expect(await find(lund, 'quillwort')).toEqual([]);
  });

  it('a case a moderator hides and restores', async () => {
    const { id } = await publishedCase(t, author, moderator, {
      title: 'Peppercorn data shared with a visiting group',
    });
    await t.app.get(SearchIndexer).index(`CASE:${id}`);
    await moderate('CASE', id, 'HIDE');
    await expectInStep('CASE', id);
    expect(await find(lund, 'peppercorn')).toEqual([]);
    await moderate('CASE', id, 'RESTORE');
    await expectInStep('CASE', id);
    expect(await find(lund, 'peppercorn')).toEqual([id]);
  });

  it('a question: directed-to organisations, level and hiding', async () => {
    const question = await indexedGreenQuestion(
      'May we lend the sextant prototype to a partner abroad?',
    );
    await expectInStep('QUESTION', question.id);
    expect(await find(ispMember, 'sextant')).toEqual([question.id]);

    await edit('QUESTION', question.id, { sharingLevel: 'AMBER', directedToIds: [isp] });
    await expectInStep('QUESTION', question.id);
    expect(await find(lund, 'sextant')).toEqual([]);
    expect(await find(ispMember, 'sextant')).toEqual([question.id]);

    await edit('QUESTION', question.id, {
      directedToIds: [],
      recipientOrganisationIds: [lund.organisationId],
    });
    await expectInStep('QUESTION', question.id);
    expect(await find(ispMember, 'sextant')).toEqual([]);
    expect(await find(lund, 'sextant')).toEqual([question.id]);
  });

  it('a hidden question leaves its audience at once', async () => {
    const question = await indexedGreenQuestion(
      'Can the astrolabe firmware be shared with a partner?',
    );
    expect(await find(lund, 'astrolabe')).toEqual([question.id]);
    await moderate('QUESTION', question.id, 'HIDE');
    await expectInStep('QUESTION', question.id);
    expect(await find(lund, 'astrolabe')).toEqual([]);
  });

  it('an upsert takes the keys from the source row, not from a document built earlier', async () => {
    const { id } = await publishedCase(t, author, moderator, {
      title: 'Marigold records kept by the partner',
    });
    const built = await t.app.get(SearchDocumentBuilder).build(`CASE:${id}`);
    expect(built).toMatchObject({ sharingLevel: 'GREEN' });
    await edit('CASE', id, { sharingLevel: 'AMBER_STRICT' });
    // The document built while the case was GREEN arrives after the change.
    await t.app.get<SearchEngine>(SEARCH_ENGINE).upsert([built!]);
    await expectInStep('CASE', id);
    expect(await find(lund, 'marigold')).toEqual([]);
  });
});
