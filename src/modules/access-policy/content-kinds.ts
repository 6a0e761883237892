// SPDX-License-Identifier: EUPL-1.2
import type { ReadableItem, ReadableTable } from 'src/modules/access-policy/readable-item';
import { CASE_STAGE_SQL, caseStage } from 'src/modules/cases/case-workflow';
import type { CaseEntity } from 'src/modules/cases/case.entity';
import type { AnswerEntity } from 'src/modules/questions/answer.entity';
import {
  QUESTION_STAGE_SQL,
  answerStage,
  questionStage,
} from 'src/modules/questions/question-workflow';
import type { QuestionEntity } from 'src/modules/questions/question.entity';

/**
 * One kind of content as ContentAccess reads it: what the access policy must allow (all of it)
 * for a row to be read, and the name an unreadable row is NOT_FOUND under.
 */
export interface ContentKind<Row> {
  readonly name: string;
  readableItems(row: Row): readonly ReadableItem[];
}

/** A kind that is also listed in SQL: its table's stage conditions for the policy's WHERE. */
export interface ListedContentKind<Row> extends ContentKind<Row> {
  table(alias: string): ReadableTable;
}

/** The columns of a case the access policy decides on. */
export type CaseAccessFacts = Pick<
  CaseEntity,
  | 'sharingLevel'
  | 'authorId'
  | 'authorOrganisationId'
  | 'recipientOrganisationIds'
  | 'recipientMemberIds'
  | 'status'
  | 'hiddenAt'
>;

/** The columns of a question the access policy decides on. */
export type QuestionAccessFacts = Pick<
  QuestionEntity,
  | 'sharingLevel'
  | 'authorId'
  | 'authorOrganisationId'
  | 'recipientOrganisationIds'
  | 'recipientMemberIds'
  | 'directedToIds'
  | 'status'
  | 'hiddenAt'
>;

export function caseItem(row: CaseAccessFacts): ReadableItem {
  return {
    sharingLevel: row.sharingLevel,
    authorId: row.authorId,
    authorOrganisationId: row.authorOrganisationId,
    recipientOrganisationIds: row.recipientOrganisationIds,
    recipientMemberIds: row.recipientMemberIds,
    stage: caseStage(row.status, row.hiddenAt),
  };
}

export function questionItem(row: QuestionAccessFacts): ReadableItem {
  return {
    sharingLevel: row.sharingLevel,
    authorId: row.authorId,
    authorOrganisationId: row.authorOrganisationId,
    recipientOrganisationIds: row.recipientOrganisationIds,
    recipientMemberIds: row.recipientMemberIds,
    directedToOrganisationIds: row.directedToIds,
    stage: questionStage(row.status, row.hiddenAt),
  };
}

/**
 * An answer as the access policy sees it: its question's level and audience (DOMAIN §2:
 * answers inherit and can never be less restrictive), its own author and stage. The asker
 * belongs to that audience: a RED question names only the others, so the asker is added to its
 * recipient members here, or the asker of a RED question would never read its answers.
 */
export function answerItem(question: QuestionEntity, answer: AnswerEntity): ReadableItem {
  const asked = questionItem(question);
  return {
    ...asked,
    recipientMemberIds: [...asked.recipientMemberIds, question.authorId],
    authorId: answer.authorId,
    stage: answerStage(answer.status, answer.hiddenAt),
  };
}

export const CASE: ListedContentKind<CaseEntity> = {
  name: 'Case',
  readableItems: (row) => [caseItem(row)],
  table: (alias) => ({ alias, ...CASE_STAGE_SQL(alias) }),
};

export const QUESTION: ListedContentKind<QuestionEntity> = {
  name: 'Question',
  readableItems: (row) => [questionItem(row)],
  table: (alias) => ({ alias, ...QUESTION_STAGE_SQL(alias) }),
};

/**
 * An answer is read only with its question: both must be readable. Listed in SQL as the
 * relation `answerAudienceSql` makes (an answer carrying its question's level and audience,
 * the asker among the RED recipients, `live` only while it and its question are live).
 */
export const ANSWER: ListedContentKind<{ question: QuestionEntity; answer: AnswerEntity }> = {
  name: 'Answer',
  readableItems: ({ question, answer }) => [questionItem(question), answerItem(question, answer)],
  table: (alias) => ({ alias, liveSql: `${alias}.live`, submittedSql: 'true', directed: true }),
};

/** The rows the ANSWER kind's condition reads: `answerItem` in SQL, for answers matching `where`. */
export function answerAudienceSql(where: string): string {
  return `SELECT ans.id, ans.author_id, aq.sharing_level, aq.author_organisation_id,
                 aq.recipient_organisation_ids, aq.directed_to_ids,
                 array_append(aq.recipient_member_ids, aq.author_id) AS recipient_member_ids,
                 (ans.status = 'PUBLISHED' AND ans.hidden_at IS NULL
                  AND ${QUESTION_STAGE_SQL('aq').liveSql}) AS live
            FROM answer ans JOIN question aq ON aq.id = ans.question_id
           WHERE ${where}`;
}

/**
 * Content of any type already reduced to its access facts: moderation's and notifications'
 * ContentRefs (built by each type's adapter from the items above), digest candidates.
 */
export const ITEM: ContentKind<ReadableItem> = {
  name: 'Content',
  readableItems: (item) => [item],
};
