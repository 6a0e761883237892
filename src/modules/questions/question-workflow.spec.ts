// SPDX-License-Identifier: EUPL-1.2
import { SharingLevel } from 'src/modules/access-policy/sharing-level.enum';
import { AnswerStatus, QuestionStatus } from 'src/modules/questions/question-enums';
import {
  ANSWERABLE,
  answerStage,
  answerStatusAfterEdit,
  assertQuestionEditable,
  QUESTION_EDITABLE,
  QUESTION_STAGE_SQL,
  questionAfterEdit,
  questionStage,
} from 'src/modules/questions/question-workflow';

const { CLEAR, GREEN, AMBER, AMBER_STRICT, RED } = SharingLevel;
const { PENDING_REVIEW, OPEN, ANSWERED, CLOSED, REJECTED } = QuestionStatus;

const invalidState = expect.objectContaining({
  extensions: expect.objectContaining({ code: 'INVALID_STATE' }),
});
const stays = (status: QuestionStatus) => ({ status, opens: false, resubmitted: false });

describe('question workflow', () => {
  describe('the asker’s edit', () => {
    it.each([
      // status, from, to, outcome
      [PENDING_REVIEW, GREEN, GREEN, stays(PENDING_REVIEW)],
      [PENDING_REVIEW, GREEN, CLEAR, stays(PENDING_REVIEW)],
      [PENDING_REVIEW, GREEN, AMBER, { status: PENDING_REVIEW, opens: true, resubmitted: false }],
      [PENDING_REVIEW, CLEAR, RED, { status: PENDING_REVIEW, opens: true, resubmitted: false }],
      [OPEN, GREEN, GREEN, stays(OPEN)],
      [OPEN, GREEN, CLEAR, stays(PENDING_REVIEW)],
      [OPEN, AMBER, GREEN, stays(PENDING_REVIEW)],
      [OPEN, RED, AMBER, stays(OPEN)],
      [OPEN, GREEN, AMBER_STRICT, stays(OPEN)],
      [ANSWERED, AMBER, CLEAR, stays(PENDING_REVIEW)],
      [ANSWERED, CLEAR, GREEN, stays(ANSWERED)],
      [REJECTED, GREEN, GREEN, { status: PENDING_REVIEW, opens: false, resubmitted: true }],
      [REJECTED, GREEN, CLEAR, { status: PENDING_REVIEW, opens: false, resubmitted: true }],
      [REJECTED, CLEAR, AMBER, { status: PENDING_REVIEW, opens: true, resubmitted: true }],
    ] as const)('%s, %s → %s', (status, from, to, outcome) => {
      expect(questionAfterEdit(status, from, to)).toEqual(outcome);
    });

    it('refuses a closed question (a moderator reopens it)', () => {
      expect(() => questionAfterEdit(CLOSED, GREEN, GREEN)).toThrow(invalidState);
    });
  });

  it('reads open, answered and closed questions as live unless hidden', () => {
    for (const status of [OPEN, ANSWERED, CLOSED]) {
      expect(questionStage(status, null)).toBe('LIVE');
      expect(questionStage(status, new Date())).toBe('IN_MODERATION');
    }
    expect(questionStage(PENDING_REVIEW, null)).toBe('IN_MODERATION');
    expect(questionStage(REJECTED, null)).toBe('IN_MODERATION');
  });

  it('sends an edited rejected answer back to moderation and keeps other statuses', () => {
    expect(answerStatusAfterEdit(AnswerStatus.REJECTED)).toBe(AnswerStatus.PENDING_REVIEW);
    expect(answerStatusAfterEdit(AnswerStatus.PENDING_REVIEW)).toBe(AnswerStatus.PENDING_REVIEW);
    expect(answerStatusAfterEdit(AnswerStatus.PUBLISHED)).toBe(AnswerStatus.PUBLISHED);
  });

  it('lets the asker edit every status but CLOSED, and answers come to OPEN and ANSWERED only', () => {
    expect([...ANSWERABLE].sort()).toEqual([ANSWERED, OPEN]);
    expect([...QUESTION_EDITABLE].sort()).toEqual([ANSWERED, OPEN, PENDING_REVIEW, REJECTED]);
    for (const status of [PENDING_REVIEW, OPEN, ANSWERED, REJECTED])
      expect(() => assertQuestionEditable(status)).not.toThrow();
  });

  it('explains a refused edit by status and where edits are allowed from', () => {
    expect(() => assertQuestionEditable(CLOSED)).toThrow(
      expect.objectContaining({
        message:
          'A question that is CLOSED cannot be edited; allowed from PENDING_REVIEW, OPEN, ANSWERED, REJECTED',
      }),
    );
  });

  it('reads a published answer as live unless hidden, pending and rejected ones as in moderation', () => {
    expect(answerStage(AnswerStatus.PUBLISHED, null)).toBe('LIVE');
    expect(answerStage(AnswerStatus.PUBLISHED, new Date())).toBe('IN_MODERATION');
    expect(answerStage(AnswerStatus.PENDING_REVIEW, null)).toBe('IN_MODERATION');
    expect(answerStage(AnswerStatus.REJECTED, null)).toBe('IN_MODERATION');
  });

  // The list condition must say what questionStage says; the access-policy integration tests
  // run it on PostgreSQL. Here: it is built on the alias it is given, and says exactly this.
  it('states the stage rule in SQL on the given alias, as a directed kind', () => {
    expect(QUESTION_STAGE_SQL('q')).toEqual({
      liveSql: "q.status IN ('OPEN', 'ANSWERED', 'CLOSED') AND q.hidden_at IS NULL",
      submittedSql: 'true',
      directed: true,
    });
  });
});
