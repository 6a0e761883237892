// SPDX-License-Identifier: EUPL-1.2
import type { AnswerFieldsFragment, Attribution, QuestionStatus } from '../../graphql/graphql';

type AnswerLike = Pick<AnswerFieldsFragment, 'viewerIsAuthor' | 'status' | 'accepted'>;

/** One helpful vote per member, never on your own answer (DOMAIN §7). */
export function canVote(answer: AnswerLike): boolean {
  return !answer.viewerIsAuthor && answer.status === 'PUBLISHED';
}

/** The asker accepts a live answer of an OPEN or ANSWERED question (or switches to another). */
export function canAccept(
  question: { viewerIsAuthor: boolean; status: QuestionStatus },
  answer: AnswerLike,
): boolean {
  return (
    question.viewerIsAuthor &&
    (question.status === 'OPEN' || question.status === 'ANSWERED') &&
    answer.status === 'PUBLISHED' &&
    !answer.accepted
  );
}

/** Questions take answers while OPEN or ANSWERED; closed, pending and refused ones do not. */
export function takesAnswers(status: QuestionStatus): boolean {
  return status === 'OPEN' || status === 'ANSWERED';
}

/** An official answer always shows its organisation: it cannot be anonymous (DOMAIN §3). */
export function answerAttributions(official: boolean): Attribution[] {
  return official ? ['NAMED', 'ORGANISATION'] : ['NAMED', 'ORGANISATION', 'ANONYMOUS'];
}

/**
 * Whether the viewer may answer for their authority: an expert of an organisation the question
 * is directed to (the API also checks that it is an authority).
 */
export function mayAnswerOfficially(
  roles: readonly string[] | null | undefined,
  organisationId: string | undefined,
  directedTo: readonly { id: string }[],
): boolean {
  return (
    Boolean(roles?.includes('EXPERT')) &&
    organisationId !== undefined &&
    directedTo.some((organisation) => organisation.id === organisationId)
  );
}
