// SPDX-License-Identifier: EUPL-1.2
import type { ApiMember } from './cases-api';

/** Arranging questions through the real API, for what a journey does not do itself. */
export async function askViaApi(
  member: ApiMember,
  fields: Record<string, unknown>,
): Promise<{ id: string; status: string }> {
  const topicId = await member.topicId('sanctions');
  const { askQuestion } = await member.run<{ askQuestion: { id: string; status: string } }>(
    'mutation($input: AskQuestionInput!) { askQuestion(input: $input) { id status } }',
    {
      input: {
        body: 'Ett projekt vill dela mätdata med en partner. Vad behöver vi tänka på?',
        topicIds: [topicId],
        attribution: 'ORGANISATION',
        language: 'SV',
        sharingLevel: 'GREEN',
        ...fields,
      },
    },
  );
  return askQuestion;
}

export async function organisationIdBySlug(member: ApiMember, slug: string): Promise<string> {
  const { organisations } = await member.run<{ organisations: { id: string; slug: string }[] }>(
    '{ organisations { id slug } }',
  );
  const organisation = organisations.find((o) => o.slug === slug);
  if (!organisation) throw new Error(`No organisation ${slug}`);
  return organisation.id;
}

export async function approveQuestion(moderator: ApiMember, id: string): Promise<void> {
  await moderator.run(
    'mutation($input: ModerateInput!) { moderate(input: $input) { __typename } }',
    {
      input: { action: 'APPROVE', contentId: id, contentType: 'QUESTION', reason: 'Granskad.' },
    },
  );
}
