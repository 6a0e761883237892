// SPDX-License-Identifier: EUPL-1.2
import { registerEnumType } from '@nestjs/graphql';

export { CloseReason } from 'src/modules/content/close-reason.enum';

/** The question workflow of DOMAIN §7. */
export enum QuestionStatus {
  PENDING_REVIEW = 'PENDING_REVIEW',
  OPEN = 'OPEN',
  ANSWERED = 'ANSWERED',
  CLOSED = 'CLOSED',
  REJECTED = 'REJECTED',
}

export enum AnswerStatus {
  PENDING_REVIEW = 'PENDING_REVIEW',
  PUBLISHED = 'PUBLISHED',
  REJECTED = 'REJECTED',
}

registerEnumType(QuestionStatus, {
  name: 'QuestionStatus',
  valuesMap: {
    PENDING_REVIEW: { description: 'A community question waiting for a moderator.' },
    OPEN: { description: 'Readable by its audience and open for answers.' },
    ANSWERED: { description: 'The asker accepted an answer; still open for more answers.' },
    CLOSED: { description: 'Closed with a reason; DUPLICATE links the original.' },
    REJECTED: { description: 'Refused by a moderator.' },
  },
});
registerEnumType(AnswerStatus, {
  name: 'AnswerStatus',
  valuesMap: {
    PENDING_REVIEW: { description: 'An answer to a community question waiting for a moderator.' },
    PUBLISHED: { description: 'Readable by everyone who reads the question.' },
    REJECTED: { description: 'Refused by a moderator.' },
  },
});
