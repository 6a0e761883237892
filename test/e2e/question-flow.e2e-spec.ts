// SPDX-License-Identifier: EUPL-1.2
import { DataSource } from 'typeorm';
import { Role } from 'src/graph/auth/role.enum';
import { signedInMember, type SignedInMember } from 'test/factories/member.factory';
import {
  ANSWER_FIELDS,
  QUESTION_FIELDS,
  answerQuestion,
  askQuestion,
  organisationId,
} from 'test/factories/question.factory';
import { errorCode, found, startTestApp, type TestApp } from 'test/helpers/test-app';

const TRIAGE = `{ triageQueue { totalCount edges { node { id overdue responseDueOn assignedTo { displayName } } } } }`;
const READ = `query($id: ID!) { question(id: $id) { ${QUESTION_FIELDS} answers { edges { node { ${ANSWER_FIELDS} } } } } }`;
const ACCEPT = `mutation($input: AcceptAnswerInput!) { acceptAnswer(input: $input) { id status } }`;
const ASSIGN = `mutation($input: AssignQuestionInput!) { assignQuestion(input: $input) { id assignedTo { displayName } } }`;

describe('A private question to the export-control authority, answered officially (e2e)', () => {
  let t: TestApp;
  let asker: SignedInMember;
  let ispExpert: SignedInMember;
  let ispColleague: SignedInMember;
  let ispMember: SignedInMember;
  let sapoExpert: SignedInMember;
  let thirdOrganisation: SignedInMember;

  beforeAll(async () => {
    t = await startTestApp({ worker: false });
    asker = await signedInMember(t, { displayName: 'Asking Officer' });
    const isp = 'inspektionen-for-strategiska-produkter';
    ispExpert = await signedInMember(t, { organisationSlug: isp, roles: [Role.EXPERT] });
    ispColleague = await signedInMember(t, {
      organisationSlug: isp,
      roles: [Role.EXPERT],
      displayName: 'Second Expert',
    });
    ispMember = await signedInMember(t, { organisationSlug: isp });
    sapoExpert = await signedInMember(t, {
      organisationSlug: 'sakerhetspolisen',
      roles: [Role.EXPERT],
    });
    thirdOrganisation = await signedInMember(t, { organisationSlug: 'lunds-universitet' });
  });

  afterAll(() => t.close());

  it('goes from asking to ANSWERED through ISP’s triage queue only', async () => {
    const question = await askQuestion(t, asker, {
      sharingLevel: 'RED',
      directedToIds: [await organisationId(t, 'inspektionen-for-strategiska-produkter')],
      attribution: 'ANONYMOUS',
    });
    // RED and directed: no platform moderation, open at once with a response target.
    expect(question).toMatchObject({ status: 'OPEN', overdue: false });
    expect(question.responseDueOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    const triage = async (who: SignedInMember) => {
      const result = await t.gql(TRIAGE, {}, who.accessToken);
      return result;
    };
    const ispQueue = await triage(ispExpert);
    expect(
      ispQueue.data!.triageQueue.edges.map((e: { node: { id: string } }) => e.node.id),
    ).toEqual([question.id]);
    expect((await triage(sapoExpert)).data!.triageQueue.totalCount).toBe(0);
    expect(errorCode(await triage(thirdOrganisation))).toBe('FORBIDDEN');
    expect(errorCode(await triage(ispMember))).toBe('FORBIDDEN');

    // RED directed to ISP: its experts read it, its other members and third parties do not.
    for (const outsider of [ispMember, sapoExpert, thirdOrganisation]) {
      expect(found(await t.gql(READ, { id: question.id }, outsider.accessToken), 'question')).toBe(
        false,
      );
    }

    const assigned = await t.gql(
      ASSIGN,
      { input: { questionId: question.id, memberId: ispColleague.id } },
      ispExpert.accessToken,
    );
    expect(assigned.data?.assignQuestion.assignedTo).toEqual({ displayName: 'Second Expert' });

    const answer = await answerQuestion(t, ispColleague, question.id, { official: true });
    expect(answer).toMatchObject({ status: 'PUBLISHED', official: true, accepted: false });
    expect(answer.officialNote).toEqual(expect.stringContaining('bindande'));
    expect(answer.organisation).toEqual({
      id: await organisationId(t, 'inspektionen-for-strategiska-produkter'),
    });

    const accepted = await t.gql(ACCEPT, { input: { answerId: answer.id } }, asker.accessToken);
    expect(accepted.data?.acceptAnswer).toEqual({ id: question.id, status: 'ANSWERED' });

    const read = await t.gql(READ, { id: question.id }, ispExpert.accessToken);
    expect(read.data?.question).toMatchObject({
      status: 'ANSWERED',
      authorName: null,
      organisation: null,
      answers: {
        edges: [
          { node: expect.objectContaining({ id: answer.id, accepted: true, official: true }) },
        ],
      },
    });
    // Answered: it has left the triage queue.
    expect((await triage(ispExpert)).data!.triageQueue.totalCount).toBe(0);

    const topics: { topic: string }[] = await t.app
      .get(DataSource)
      .query(`SELECT topic FROM outbox WHERE payload->>'questionId' = $1 ORDER BY id`, [
        question.id,
      ]);
    expect(topics.map((r) => r.topic)).toEqual([
      'question.asked',
      'question.published',
      'question.directed',
      'question.answered',
      'answer.accepted',
    ]);
  });
});
