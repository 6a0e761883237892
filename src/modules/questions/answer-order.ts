// SPDX-License-Identifier: EUPL-1.2
import type { ConnectionShape } from 'src/graph/pagination/connection.type';
import { compareKeys, paginateInMemory } from 'src/graph/pagination/in-memory';
import type { CursorValue } from 'src/graph/pagination/cursor';
import type { KeysetPage } from 'src/graph/pagination/keyset';
import type { AnswerEntity } from 'src/modules/questions/answer.entity';
import type { QuestionEntity } from 'src/modules/questions/question.entity';

/**
 * Where an answer stands under its question: the accepted one first, then official ones, then
 * oldest first, the id breaking ties. The key is also the cursor, so a page continues after the
 * last answer it showed even if an answer was added or hidden in between. Accepting another
 * answer moves two answers; a client paging through at that moment may see one twice or miss
 * it, as with any keyset page whose sort key changes.
 */
export function answerOrderKey(question: QuestionEntity, answer: AnswerEntity): CursorValue[] {
  return [
    answer.id === question.acceptedAnswerId ? 0 : 1,
    answer.official ? 0 : 1,
    answer.createdAt.toISOString(),
    answer.id,
  ];
}

const ANSWER_KEY_ARITY = 4;

/** Orders a question's readable answers and pages them (`first`/`after`). */
export function sortAnswers(question: QuestionEntity, answers: AnswerEntity[]): AnswerEntity[] {
  return answers.sort((a, b) =>
    compareKeys(answerOrderKey(question, a), answerOrderKey(question, b)),
  );
}

export function paginateAnswers(
  question: QuestionEntity,
  answers: readonly AnswerEntity[],
  page: KeysetPage,
): ConnectionShape<AnswerEntity> {
  return paginateInMemory(
    sortAnswers(question, [...answers]),
    (answer) => answerOrderKey(question, answer),
    page,
    ANSWER_KEY_ARITY,
  );
}
