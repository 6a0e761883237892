// SPDX-License-Identifier: EUPL-1.2
import { Locale } from 'src/modules/members/locale.enum';
import { SharingLevel } from 'src/modules/access-policy/sharing-level.enum';
import { Attribution } from 'src/modules/attribution/attribution.enum';
import { CaseOutcome } from 'src/modules/cases/case-enums';
import { TopicKind } from 'src/modules/taxonomy/topic-kind.enum';
import { TopicsService } from 'src/modules/taxonomy/topics.service';
import type { SignedInMember } from 'test/factories/member.factory';
import type { TestApp } from 'test/helpers/test-app';

export const CASE_FIELDS = `id status version sharingLevel attribution title summary outcome year
  language viewerIsAuthor authorName authorLabel hidden moderationNote
  organisation { id } riskAreas { slug } collaborationTypes { slug } countries { code }`;

/** A valid CreateCaseInput with clean (screening-free) text; override any field. */
export async function caseInput(
  t: TestApp,
  overrides: Record<string, unknown> = {},
): Promise<Record<string, unknown>> {
  const topics = t.app.get(TopicsService);
  const [riskArea] = await topics.list(TopicKind.RISK_AREA);
  const [collaborationType] = await topics.list(TopicKind.COLLABORATION_TYPE);
  return {
    title: 'A visiting researcher funded by a foreign scholarship',
    summary: 'A scholarship required the researcher to report back to the funding body at home.',
    context:
      'A doctoral candidate applied for a two-year visit with a **fully funded** scholarship.',
    whatHappened: 'The scholarship terms bound the visitor to report on their work to the funder.',
    outcome: CaseOutcome.PROCEEDED_WITH_MITIGATIONS,
    riskAreaIds: [riskArea!.id],
    collaborationTypeIds: [collaborationType!.id],
    countryCodes: ['CN'],
    year: 2024,
    language: Locale.EN,
    sharingLevel: SharingLevel.GREEN,
    attribution: Attribution.NAMED,
    ...overrides,
  };
}

/** The fields of CASE_FIELDS that tests read most; the rest stay untyped. */
export interface CaseResult {
  id: string;
  status: string;
  version: number;
  [field: string]: unknown;
}

const CREATE = `mutation($input: CreateCaseInput!) { createCase(input: $input) { ${CASE_FIELDS} } }`;
const SUBMIT = `mutation($input: SubmitCaseInput!) { submitCase(input: $input) { ${CASE_FIELDS} } }`;
const MODERATE = `mutation($input: ModerateInput!) { moderate(input: $input) { contentId } }`;

export async function createCase(
  t: TestApp,
  author: SignedInMember,
  overrides: Record<string, unknown> = {},
): Promise<CaseResult> {
  const result = await t.gql(CREATE, { input: await caseInput(t, overrides) }, author.accessToken);
  if (!result.data?.createCase)
    throw new Error(`createCase failed: ${JSON.stringify(result.errors)}`);
  return result.data.createCase as CaseResult;
}

/**
 * A case live for its audience: submitted, and approved by `moderator` when the level is
 * moderated (CLEAR/GREEN). With `acknowledgeFindings`, screening findings the author may
 * acknowledge (organisation names) are acknowledged and the case submitted again.
 */
export async function publishedCase(
  t: TestApp,
  author: SignedInMember,
  moderator: SignedInMember,
  overrides: Record<string, unknown> = {},
  options: { acknowledgeFindings?: boolean } = {},
): Promise<CaseResult> {
  const draft = await createCase(t, author, overrides);
  let submitted = await t.gql(SUBMIT, { input: { id: draft.id } }, author.accessToken);
  const findings = submitted.errors?.[0]?.extensions?.findings as
    { fingerprint: string; acknowledgeable: boolean }[] | undefined;
  if (options.acknowledgeFindings && findings?.every((finding) => finding.acknowledgeable))
    submitted = await t.gql(
      SUBMIT,
      {
        input: {
          id: draft.id,
          acknowledgedFindings: [...new Set(findings.map((finding) => finding.fingerprint))],
        },
      },
      author.accessToken,
    );
  if (!submitted.data?.submitCase)
    throw new Error(`submitCase failed: ${JSON.stringify(submitted.errors)}`);
  const submittedCase = submitted.data.submitCase as CaseResult;
  if (submittedCase.status === 'PUBLISHED') return submittedCase;
  const approved = await t.gql(
    MODERATE,
    {
      input: { contentType: 'CASE', contentId: draft.id, action: 'APPROVE', reason: 'Looks fine' },
    },
    moderator.accessToken,
  );
  if (!approved.data?.moderate)
    throw new Error(`approve failed: ${JSON.stringify(approved.errors)}`);
  return { ...submittedCase, status: 'PUBLISHED' };
}
