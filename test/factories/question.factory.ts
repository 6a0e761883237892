// SPDX-License-Identifier: EUPL-1.2
import { SharingLevel } from 'src/modules/access-policy/sharing-level.enum';
import { Attribution } from 'src/modules/attribution/attribution.enum';
import { Locale } from 'src/modules/members/locale.enum';
import { OrganisationsService } from 'src/modules/organisations/organisations.service';
import { TopicsService } from 'src/modules/taxonomy/topics.service';
import type { SignedInMember } from 'test/factories/member.factory';
import type { TestApp } from 'test/helpers/test-app';

export const QUESTION_FIELDS = `id status version sharingLevel attribution title viewerIsAuthor
  authorName authorLabel hidden responseDueOn overdue closeReason
  organisation { id } directedTo { slug } topics { slug } countries { code }`;

export const ANSWER_FIELDS = `id status version official officialNote accepted helpfulCount
  viewerHasVoted viewerIsAuthor authorName authorLabel hidden organisation { id }`;

export interface QuestionResult {
  id: string;
  status: string;
  version: number;
  [field: string]: unknown;
}

export async function organisationId(t: TestApp, slug: string): Promise<string> {
  const organisation = await t.app.get(OrganisationsService).findBySlug(slug);
  if (!organisation) throw new Error(`No organisation ${slug}`);
  return organisation.id;
}

/** A valid AskQuestionInput with clean text; override any field. */
export async function questionInput(
  t: TestApp,
  overrides: Record<string, unknown> = {},
): Promise<Record<string, unknown>> {
  const [topic] = await t.app.get(TopicsService).list();
  return {
    title: 'Does sending a radar design to a partner abroad need a licence?',
    body: 'We plan to share **design files** for a research radar with a partner university.',
    topicIds: [topic!.id],
    countryCodes: ['CN'],
    language: Locale.EN,
    sharingLevel: SharingLevel.GREEN,
    attribution: Attribution.NAMED,
    ...overrides,
  };
}

export async function askQuestion(
  t: TestApp,
  asker: SignedInMember,
  overrides: Record<string, unknown> = {},
): Promise<QuestionResult> {
  const result = await t.gql(
    `mutation($input: AskQuestionInput!) { askQuestion(input: $input) { ${QUESTION_FIELDS} } }`,
    { input: await questionInput(t, overrides) },
    asker.accessToken,
  );
  if (!result.data?.askQuestion)
    throw new Error(`askQuestion failed: ${JSON.stringify(result.errors)}`);
  return result.data.askQuestion as QuestionResult;
}

/** Approves a pending question, answer or case as `moderator`. */
export async function approve(
  t: TestApp,
  moderator: SignedInMember,
  contentType: 'CASE' | 'QUESTION' | 'ANSWER',
  contentId: string,
): Promise<void> {
  const result = await t.gql(
    `mutation($input: ModerateInput!) { moderate(input: $input) { contentId } }`,
    { input: { contentType, contentId, action: 'APPROVE', reason: 'Fine to share' } },
    moderator.accessToken,
  );
  if (!result.data?.moderate) throw new Error(`approve failed: ${JSON.stringify(result.errors)}`);
}

export async function answerQuestion(
  t: TestApp,
  author: SignedInMember,
  questionId: string,
  overrides: Record<string, unknown> = {},
): Promise<QuestionResult> {
  const result = await t.gql(
    `mutation($input: AnswerQuestionInput!) { answerQuestion(input: $input) { ${ANSWER_FIELDS} } }`,
    {
      input: {
        questionId,
        body: 'In our experience the classification depends on the frequency range and power.',
        attribution: Attribution.ORGANISATION,
        ...overrides,
      },
    },
    author.accessToken,
  );
  if (!result.data?.answerQuestion)
    throw new Error(`answerQuestion failed: ${JSON.stringify(result.errors)}`);
  return result.data.answerQuestion as QuestionResult;
}
