/** Outbox topics of questions and answers. Payloads carry ids, never askers or answerers. */
export const QuestionEvent = {
  Asked: 'question.asked',
  Published: 'question.published',
  Directed: 'question.directed',
  Updated: 'question.updated',
  LevelChanged: 'question.level-changed',
  Rejected: 'question.rejected',
  Closed: 'question.closed',
  Reopened: 'question.reopened',
  Hidden: 'question.hidden',
  Restored: 'question.restored',
  Answered: 'question.answered',
  AnswerSubmitted: 'answer.submitted',
  AnswerUpdated: 'answer.updated',
  AnswerRejected: 'answer.rejected',
  AnswerHidden: 'answer.hidden',
  AnswerRestored: 'answer.restored',
  Accepted: 'answer.accepted',
} as const;

export type QuestionEventTopic = (typeof QuestionEvent)[keyof typeof QuestionEvent];
