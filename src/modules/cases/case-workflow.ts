// SPDX-License-Identifier: EUPL-1.2
import { Errors } from 'src/graph/errors/app-error';
import type { ReadStage } from 'src/modules/access-policy/readable-item';
import { isCommunityLevel, type SharingLevel } from 'src/modules/access-policy/sharing-level.enum';
import { CaseStatus } from 'src/modules/cases/case-enums';
import { ModerationAction } from 'src/modules/content/moderation-action.enum';

/**
 * The case workflow of DOMAIN §6 as data: which status each step starts from. Services ask
 * `assertCaseStep()` before a step, so an illegal step is an INVALID_STATE error in one place.
 * Every status but ARCHIVED (a moderator's final word) has a way forward or out for its author:
 * - DRAFT: edit, submit, or delete (a draft nobody else has seen goes for good).
 * - SUBMITTED: edit, or withdraw while waiting for a moderator.
 * - CHANGES_REQUESTED and REJECTED: edit in place (the moderator's note stays in view),
 *   resubmit, or withdraw.
 * - PUBLISHED: edit, or withdraw.
 * - WITHDRAWN: edit, and submit again (community levels go through moderation once more).
 */
export type CaseStep =
  | 'submit'
  | 'withdraw'
  | 'edit'
  | 'delete'
  | ModerationAction.APPROVE
  | ModerationAction.REQUEST_CHANGES
  | ModerationAction.REJECT
  | ModerationAction.ARCHIVE;

export const CASE_STEPS_FROM: Readonly<Record<CaseStep, readonly CaseStatus[]>> = {
  submit: [
    CaseStatus.DRAFT,
    CaseStatus.CHANGES_REQUESTED,
    CaseStatus.REJECTED,
    CaseStatus.WITHDRAWN,
  ],
  edit: [
    CaseStatus.DRAFT,
    CaseStatus.CHANGES_REQUESTED,
    CaseStatus.REJECTED,
    CaseStatus.SUBMITTED,
    CaseStatus.PUBLISHED,
    CaseStatus.WITHDRAWN,
  ],
  withdraw: [
    CaseStatus.SUBMITTED,
    CaseStatus.CHANGES_REQUESTED,
    CaseStatus.REJECTED,
    CaseStatus.PUBLISHED,
  ],
  // Only a draft has been seen by nobody but its author, so only a draft is deleted outright;
  // anything moderators or readers have seen is withdrawn and keeps its trail.
  delete: [CaseStatus.DRAFT],
  [ModerationAction.APPROVE]: [CaseStatus.SUBMITTED],
  [ModerationAction.REQUEST_CHANGES]: [CaseStatus.SUBMITTED],
  [ModerationAction.REJECT]: [CaseStatus.SUBMITTED],
  [ModerationAction.ARCHIVE]: [CaseStatus.PUBLISHED],
};

export function assertCaseStep(step: CaseStep, status: CaseStatus): void {
  const from = CASE_STEPS_FROM[step];
  if (!from.includes(status)) {
    throw Errors.invalidState(
      `A case that is ${status} cannot be ${describe(step)}; allowed from ${from.join(', ')}`,
    );
  }
}

/** Submitting: community levels wait for a moderator, the others reach their audience at once. */
export function statusAfterSubmit(level: SharingLevel): CaseStatus {
  return isCommunityLevel(level) ? CaseStatus.SUBMITTED : CaseStatus.PUBLISHED;
}

export function caseStage(status: CaseStatus, hiddenAt: Date | null): ReadStage {
  if (status === CaseStatus.DRAFT) return 'PRIVATE';
  return status === CaseStatus.PUBLISHED && hiddenAt === null ? 'LIVE' : 'IN_MODERATION';
}

/** The same stage rule in SQL, for the access policy's list condition. */
export const CASE_STAGE_SQL = (alias: string) => ({
  liveSql: `${alias}.status = 'PUBLISHED' AND ${alias}.hidden_at IS NULL`,
  submittedSql: `${alias}.status <> 'DRAFT'`,
});

function describe(step: CaseStep): string {
  switch (step) {
    case 'delete':
      return 'deleted';
    case 'submit':
      return 'submitted';
    case 'edit':
      return 'edited';
    case 'withdraw':
      return 'withdrawn';
    case ModerationAction.APPROVE:
      return 'approved';
    case ModerationAction.REQUEST_CHANGES:
      return 'sent back for changes';
    case ModerationAction.REJECT:
      return 'rejected';
    case ModerationAction.ARCHIVE:
      return 'archived';
  }
}
