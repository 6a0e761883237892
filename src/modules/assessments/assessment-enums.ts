// SPDX-License-Identifier: EUPL-1.2
import { registerEnumType } from '@nestjs/graphql';

/** The answer to one assessment question (DOMAIN §15). */
export enum AssessmentAnswerValue {
  YES = 'YES',
  NO = 'NO',
  UNSURE = 'UNSURE',
  NOT_APPLICABLE = 'NOT_APPLICABLE',
}

/** The risk an item carries, lowest first (`RISK_ORDER` compares them). */
export enum RiskRating {
  LOW = 'LOW',
  MEDIUM = 'MEDIUM',
  HIGH = 'HIGH',
  UNACCEPTABLE = 'UNACCEPTABLE',
}

export const RISK_ORDER: readonly RiskRating[] = [
  RiskRating.LOW,
  RiskRating.MEDIUM,
  RiskRating.HIGH,
  RiskRating.UNACCEPTABLE,
];

/** "To review" is DECIDED with a review date; `reviewDue` says when that date has come. */
export enum AssessmentStatus {
  DRAFT = 'DRAFT',
  DECIDED = 'DECIDED',
}

export enum AssessmentDecision {
  PROCEED = 'PROCEED',
  PROCEED_WITH_MITIGATIONS = 'PROCEED_WITH_MITIGATIONS',
  DO_NOT_PROCEED = 'DO_NOT_PROCEED',
}

export enum AssessmentExportFormat {
  MARKDOWN = 'MARKDOWN',
  HTML = 'HTML',
}

/** One line of an assessment's history; its summary never quotes the content. */
export enum AssessmentChangeKind {
  CREATED = 'CREATED',
  UPDATED = 'UPDATED',
  SHARED = 'SHARED',
  UNSHARED = 'UNSHARED',
  DECIDED = 'DECIDED',
  REOPENED = 'REOPENED',
  REVIEW_DATE_CHANGED = 'REVIEW_DATE_CHANGED',
}

/** What of a chosen question goes into an excerpt ("Ask about this", "Share as case"). */
export enum AssessmentExcerptPart {
  ANSWER = 'ANSWER',
  NOTE = 'NOTE',
  RISK = 'RISK',
  MITIGATIONS = 'MITIGATIONS',
}

registerEnumType(AssessmentAnswerValue, { name: 'AssessmentAnswerValue' });
registerEnumType(RiskRating, { name: 'RiskRating' });
registerEnumType(AssessmentStatus, { name: 'AssessmentStatus' });
registerEnumType(AssessmentDecision, { name: 'AssessmentDecision' });
registerEnumType(AssessmentExportFormat, { name: 'AssessmentExportFormat' });
registerEnumType(AssessmentChangeKind, { name: 'AssessmentChangeKind' });
registerEnumType(AssessmentExcerptPart, { name: 'AssessmentExcerptPart' });
