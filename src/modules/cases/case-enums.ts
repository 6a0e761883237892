// SPDX-License-Identifier: EUPL-1.2
import { registerEnumType } from '@nestjs/graphql';

/** The case workflow of DOMAIN §6. */
export enum CaseStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  CHANGES_REQUESTED = 'CHANGES_REQUESTED',
  REJECTED = 'REJECTED',
  PUBLISHED = 'PUBLISHED',
  WITHDRAWN = 'WITHDRAWN',
  ARCHIVED = 'ARCHIVED',
}

export enum CaseOutcome {
  PROCEEDED = 'PROCEEDED',
  PROCEEDED_WITH_MITIGATIONS = 'PROCEEDED_WITH_MITIGATIONS',
  MODIFIED = 'MODIFIED',
  DECLINED = 'DECLINED',
  TERMINATED = 'TERMINATED',
}

export enum CasePhase {
  INITIATION = 'INITIATION',
  DUE_DILIGENCE = 'DUE_DILIGENCE',
  AGREEMENT = 'AGREEMENT',
  ONGOING = 'ONGOING',
  REVIEW = 'REVIEW',
  EXIT = 'EXIT',
}

registerEnumType(CaseStatus, {
  name: 'CaseStatus',
  valuesMap: {
    DRAFT: { description: 'Only the author sees it.' },
    SUBMITTED: { description: 'CLEAR/GREEN: waiting in the moderation queue.' },
    CHANGES_REQUESTED: { description: 'Back with the author, with a moderator comment.' },
    REJECTED: { description: 'Refused by a moderator, with a reason.' },
    PUBLISHED: { description: 'Readable by its audience.' },
    WITHDRAWN: { description: 'Taken down by its author.' },
    ARCHIVED: { description: 'Taken down by a moderator.' },
  },
});
registerEnumType(CaseOutcome, { name: 'CaseOutcome' });
registerEnumType(CasePhase, { name: 'CasePhase' });
