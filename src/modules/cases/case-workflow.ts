import { Errors } from 'src/graph/errors/app-error';
import type { ReadStage } from 'src/modules/access-policy/readable-item';
import { isCommunityLevel, type SharingLevel } from 'src/modules/access-policy/sharing-level.enum';
import { CaseStatus } from 'src/modules/cases/case-enums';
import { ModerationAction } from 'src/modules/content/moderation-action.enum';

/**
 * The case workflow of DOMAIN §6 as data: which status each step starts from and where it
 * leads. Services ask `transition()` and never set a status on their own, so an illegal step
 * is an INVALID_STATE error in one place.
 */
type Step =
  | 'submit'
  | 'withdraw'
  | 'edit'
  | ModerationAction.APPROVE
  | ModerationAction.REQUEST_CHANGES
  | ModerationAction.REJECT
  | ModerationAction.ARCHIVE;

const FROM: Record<Step, readonly CaseStatus[]> = {
  submit: [CaseStatus.DRAFT, CaseStatus.CHANGES_REQUESTED],
  edit: [
    CaseStatus.DRAFT,
    CaseStatus.CHANGES_REQUESTED,
    CaseStatus.SUBMITTED,
    CaseStatus.PUBLISHED,
  ],
  withdraw: [CaseStatus.PUBLISHED],
  [ModerationAction.APPROVE]: [CaseStatus.SUBMITTED],
  [ModerationAction.REQUEST_CHANGES]: [CaseStatus.SUBMITTED],
  [ModerationAction.REJECT]: [CaseStatus.SUBMITTED],
  [ModerationAction.ARCHIVE]: [CaseStatus.PUBLISHED],
};

export function assertCaseStep(step: Step, status: CaseStatus): void {
  if (!FROM[step].includes(status)) {
    throw Errors.invalidState(
      `A case that is ${status} cannot be ${describe(step)}; allowed from ${FROM[step].join(', ')}`,
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

function describe(step: Step): string {
  switch (step) {
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
