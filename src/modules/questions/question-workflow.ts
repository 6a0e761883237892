// SPDX-License-Identifier: EUPL-1.2
import { Errors } from 'src/graph/errors/app-error';
import type { ReadStage } from 'src/modules/access-policy/readable-item';
import {
  isCommunityLevel,
  isMoreRestrictive,
  type SharingLevel,
} from 'src/modules/access-policy/sharing-level.enum';
import { AnswerStatus, QuestionStatus } from 'src/modules/questions/question-enums';

/**
 * Questions are submitted when asked (there are no drafts): PENDING_REVIEW waits for a
 * moderator, OPEN, ANSWERED and CLOSED are readable by the audience (a closed question stays
 * readable so a duplicate can point at its original), REJECTED and hidden ones are not.
 */
export function questionStage(status: QuestionStatus, hiddenAt: Date | null): ReadStage {
  const live =
    status === QuestionStatus.OPEN ||
    status === QuestionStatus.ANSWERED ||
    status === QuestionStatus.CLOSED;
  return live && hiddenAt === null ? 'LIVE' : 'IN_MODERATION';
}

export const QUESTION_STAGE_SQL = (alias: string) => ({
  liveSql: `${alias}.status IN ('OPEN', 'ANSWERED', 'CLOSED') AND ${alias}.hidden_at IS NULL`,
  submittedSql: 'true',
  directed: true,
});

/** Open for answers and edits by the asker. */
export const ANSWERABLE: readonly QuestionStatus[] = [QuestionStatus.OPEN, QuestionStatus.ANSWERED];

/**
 * What the asker may edit. CLOSED is a moderator's decision that a moderator reopens; a
 * REJECTED question is edited to be asked again (questions have no drafts: editing it is
 * resubmitting it).
 */
export const QUESTION_EDITABLE: readonly QuestionStatus[] = [
  QuestionStatus.PENDING_REVIEW,
  ...ANSWERABLE,
  QuestionStatus.REJECTED,
];

export function assertQuestionEditable(status: QuestionStatus): void {
  if (!QUESTION_EDITABLE.includes(status))
    throw Errors.invalidState(
      `A question that is ${status} cannot be edited; allowed from ${QUESTION_EDITABLE.join(', ')}`,
    );
}

export interface QuestionEditOutcome {
  /** The status the edit leaves (before `opens`). */
  status: QuestionStatus;
  /** It reaches its audience now (restricted levels are not moderated). */
  opens: boolean;
  /** A rejected question asked again: moderators see it as a new submission. */
  resubmitted: boolean;
}

/**
 * Where the asker's edit takes a question. Widening a live question to the community sends it
 * back to moderation; narrowing a pending one out of the community opens it (DOMAIN §2); a
 * rejected one is asked again at its (possibly new) level.
 */
export function questionAfterEdit(
  status: QuestionStatus,
  from: SharingLevel,
  to: SharingLevel,
): QuestionEditOutcome {
  assertQuestionEditable(status);
  const community = isCommunityLevel(to);
  if (status === QuestionStatus.REJECTED)
    return { status: QuestionStatus.PENDING_REVIEW, opens: !community, resubmitted: true };
  if (from !== to) {
    if (status !== QuestionStatus.PENDING_REVIEW && !isMoreRestrictive(to, from) && community)
      return { status: QuestionStatus.PENDING_REVIEW, opens: false, resubmitted: false };
    if (status === QuestionStatus.PENDING_REVIEW && !community)
      return { status, opens: true, resubmitted: false };
  }
  return { status, opens: false, resubmitted: false };
}

export function answerStage(status: AnswerStatus, hiddenAt: Date | null): ReadStage {
  return status === AnswerStatus.PUBLISHED && hiddenAt === null ? 'LIVE' : 'IN_MODERATION';
}

/**
 * An edited answer keeps its status, except a rejected one: editing it submits it again to
 * the moderators (only answers to community questions are ever rejected).
 */
export function answerStatusAfterEdit(status: AnswerStatus): AnswerStatus {
  return status === AnswerStatus.REJECTED ? AnswerStatus.PENDING_REVIEW : status;
}
