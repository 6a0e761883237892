// SPDX-License-Identifier: EUPL-1.2
import { SharingLevel } from 'src/modules/access-policy/sharing-level.enum';
import { CaseStatus } from 'src/modules/cases/case-enums';
import {
  assertCaseStep,
  CASE_STAGE_SQL,
  caseStage,
  statusAfterSubmit,
  type CaseStep,
} from 'src/modules/cases/case-workflow';
import { ModerationAction } from 'src/modules/content/moderation-action.enum';

const { DRAFT, SUBMITTED, CHANGES_REQUESTED, REJECTED, PUBLISHED, WITHDRAWN, ARCHIVED } =
  CaseStatus;

/**
 * The case workflow written out by hand, step by status (docs/domain.md, "Case workflow"):
 * `true` where the step is allowed. Every cell is checked against the code.
 */
const TABLE: Record<CaseStep, Record<CaseStatus, boolean>> = {
  // prettier-ignore
  edit: { DRAFT: true, SUBMITTED: true, CHANGES_REQUESTED: true, REJECTED: true, PUBLISHED: true, WITHDRAWN: true, ARCHIVED: false },
  // prettier-ignore
  submit: { DRAFT: true, SUBMITTED: false, CHANGES_REQUESTED: true, REJECTED: true, PUBLISHED: false, WITHDRAWN: true, ARCHIVED: false },
  // prettier-ignore
  withdraw: { DRAFT: false, SUBMITTED: true, CHANGES_REQUESTED: true, REJECTED: true, PUBLISHED: true, WITHDRAWN: false, ARCHIVED: false },
  // prettier-ignore
  delete: { DRAFT: true, SUBMITTED: false, CHANGES_REQUESTED: false, REJECTED: false, PUBLISHED: false, WITHDRAWN: false, ARCHIVED: false },
  // prettier-ignore
  [ModerationAction.APPROVE]: { DRAFT: false, SUBMITTED: true, CHANGES_REQUESTED: false, REJECTED: false, PUBLISHED: false, WITHDRAWN: false, ARCHIVED: false },
  // prettier-ignore
  [ModerationAction.REQUEST_CHANGES]: { DRAFT: false, SUBMITTED: true, CHANGES_REQUESTED: false, REJECTED: false, PUBLISHED: false, WITHDRAWN: false, ARCHIVED: false },
  // prettier-ignore
  [ModerationAction.REJECT]: { DRAFT: false, SUBMITTED: true, CHANGES_REQUESTED: false, REJECTED: false, PUBLISHED: false, WITHDRAWN: false, ARCHIVED: false },
  // prettier-ignore
  [ModerationAction.ARCHIVE]: { DRAFT: false, SUBMITTED: false, CHANGES_REQUESTED: false, REJECTED: false, PUBLISHED: true, WITHDRAWN: false, ARCHIVED: false },
};

const cells = Object.entries(TABLE).flatMap(([step, row]) =>
  Object.entries(row).map(([status, allowed]) => ({
    step: step as CaseStep,
    status: status as CaseStatus,
    allowed,
  })),
);

describe('case workflow', () => {
  it.each(cells)('$step from $status: allowed $allowed', ({ step, status, allowed }) => {
    const sut = () => assertCaseStep(step, status);
    if (allowed) expect(sut).not.toThrow();
    else
      expect(sut).toThrow(
        expect.objectContaining({ extensions: expect.objectContaining({ code: 'INVALID_STATE' }) }),
      );
  });

  it('covers every status for every step', () => {
    for (const row of Object.values(TABLE))
      expect(Object.keys(row).sort()).toEqual(Object.values(CaseStatus).sort());
  });

  it('gives every status but ARCHIVED a step its author can take', () => {
    const authorSteps: CaseStep[] = ['edit', 'submit', 'withdraw', 'delete'];
    for (const status of Object.values(CaseStatus)) {
      const ways = authorSteps.filter((step) => TABLE[step][status]);
      if (status === ARCHIVED) expect(ways).toEqual([]);
      else expect(ways.length).toBeGreaterThan(0);
    }
  });

  it('sends community levels to moderation and publishes the others on submit', () => {
    expect(statusAfterSubmit(SharingLevel.CLEAR)).toBe(SUBMITTED);
    expect(statusAfterSubmit(SharingLevel.GREEN)).toBe(SUBMITTED);
    expect(statusAfterSubmit(SharingLevel.AMBER)).toBe(PUBLISHED);
    expect(statusAfterSubmit(SharingLevel.AMBER_STRICT)).toBe(PUBLISHED);
    expect(statusAfterSubmit(SharingLevel.RED)).toBe(PUBLISHED);
  });

  it('reads a draft as private, a visible published case as live, the rest as in moderation', () => {
    const hidden = new Date();
    expect(caseStage(DRAFT, null)).toBe('PRIVATE');
    expect(caseStage(PUBLISHED, null)).toBe('LIVE');
    expect(caseStage(PUBLISHED, hidden)).toBe('IN_MODERATION');
    for (const status of [SUBMITTED, CHANGES_REQUESTED, REJECTED, WITHDRAWN, ARCHIVED])
      expect(caseStage(status, null)).toBe('IN_MODERATION');
  });

  // The message names the step, the status it was tried from and where it is allowed from, so
  // a client's log says what went wrong without looking up the table.
  it.each([
    [
      'submit',
      PUBLISHED,
      'A case that is PUBLISHED cannot be submitted; allowed from DRAFT, CHANGES_REQUESTED, REJECTED, WITHDRAWN',
    ],
    [
      'edit',
      ARCHIVED,
      'A case that is ARCHIVED cannot be edited; allowed from DRAFT, CHANGES_REQUESTED, REJECTED, SUBMITTED, PUBLISHED, WITHDRAWN',
    ],
    [
      'withdraw',
      DRAFT,
      'A case that is DRAFT cannot be withdrawn; allowed from SUBMITTED, CHANGES_REQUESTED, REJECTED, PUBLISHED',
    ],
    ['delete', SUBMITTED, 'A case that is SUBMITTED cannot be deleted; allowed from DRAFT'],
    [
      ModerationAction.APPROVE,
      DRAFT,
      'A case that is DRAFT cannot be approved; allowed from SUBMITTED',
    ],
    [
      ModerationAction.REQUEST_CHANGES,
      PUBLISHED,
      'A case that is PUBLISHED cannot be sent back for changes; allowed from SUBMITTED',
    ],
    [
      ModerationAction.REJECT,
      WITHDRAWN,
      'A case that is WITHDRAWN cannot be rejected; allowed from SUBMITTED',
    ],
    [
      ModerationAction.ARCHIVE,
      SUBMITTED,
      'A case that is SUBMITTED cannot be archived; allowed from PUBLISHED',
    ],
  ] as const)('explains a refused %s from %s', (step, status, message) => {
    expect(() => assertCaseStep(step, status)).toThrow(
      expect.objectContaining({
        message,
        extensions: expect.objectContaining({ code: 'INVALID_STATE' }),
      }),
    );
  });

  // The list condition must say what caseStage says; the access-policy integration tests run
  // it on PostgreSQL. Here: it is built on the alias it is given, and says exactly this.
  it('states the stage rule in SQL on the given alias', () => {
    expect(CASE_STAGE_SQL('c')).toEqual({
      liveSql: "c.status = 'PUBLISHED' AND c.hidden_at IS NULL",
      submittedSql: "c.status <> 'DRAFT'",
    });
  });
});
