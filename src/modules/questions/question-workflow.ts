import type { ReadStage } from 'src/modules/access-policy/readable-item';
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

export function answerStage(status: AnswerStatus, hiddenAt: Date | null): ReadStage {
  return status === AnswerStatus.PUBLISHED && hiddenAt === null ? 'LIVE' : 'IN_MODERATION';
}
