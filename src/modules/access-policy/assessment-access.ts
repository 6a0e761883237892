// SPDX-License-Identifier: EUPL-1.2
import { Injectable } from '@nestjs/common';
import type { Viewer } from 'src/graph/auth/viewer';
import type { SqlCondition } from 'src/modules/access-policy/access-policy';

/** The facts about an assessment that decide who reads it (DOMAIN §15). */
export interface AssessmentReadFacts {
  organisationId: string;
  ownerId: string;
  sharedMemberIds: readonly string[];
}

/** A member as the reminder job sees them: who, where, and whether still active. */
export interface AssessmentReaderCandidate {
  id: string;
  organisationId: string;
  active: boolean;
}

/**
 * Who reads a self-assessment (DOMAIN §15): its owner and the members it is shared with, and
 * only while they are active members of its organisation. No role widens this: moderators,
 * admins, editors, experts and the organisation's contacts read nothing they were not given,
 * and nothing here depends on a sharing level. Every read path (the assessment, the list,
 * exports, excerpts, history, reminders, notifications) asks these functions; the e2e access
 * matrix (test/e2e/assessments.e2e-spec.ts) checks the list's SQL form and the single read's
 * in-memory form for the same personas.
 */
export function canReadAssessment(viewer: Viewer | null, facts: AssessmentReadFacts): boolean {
  if (!viewer) return false;
  if (viewer.organisationId !== facts.organisationId) return false;
  return viewer.memberId === facts.ownerId || facts.sharedMemberIds.includes(viewer.memberId);
}

/** Writers are the readers; only the owner shares and deletes (DOMAIN §15). */
export function isAssessmentOwner(viewer: Viewer | null, facts: AssessmentReadFacts): boolean {
  return canReadAssessment(viewer, facts) && viewer!.memberId === facts.ownerId;
}

@Injectable()
export class AssessmentAccess {
  canRead(viewer: Viewer | null, facts: AssessmentReadFacts): boolean {
    return canReadAssessment(viewer, facts);
  }

  isOwner(viewer: Viewer | null, facts: AssessmentReadFacts): boolean {
    return isAssessmentOwner(viewer, facts);
  }

  /** Of these members, the ones who read the assessment now (reminders go only to them). */
  readersOf<M extends AssessmentReaderCandidate>(
    members: readonly M[],
    facts: AssessmentReadFacts,
  ): M[] {
    return members.filter(
      (m) =>
        m.active &&
        m.organisationId === facts.organisationId &&
        (m.id === facts.ownerId || facts.sharedMemberIds.includes(m.id)),
    );
  }

  /**
   * The same rule as a WHERE condition over `assessment` under `alias` (the viewer is an active
   * member: sessions exist only for active members). A visitor reads nothing.
   */
  readableSql(viewer: Viewer | null, alias: string): SqlCondition {
    if (!viewer) return { sql: 'false', params: {} };
    const member = `aa_${alias}_member`;
    const org = `aa_${alias}_org`;
    return {
      sql: `(${alias}.organisation_id = :${org} AND (${alias}.owner_id = :${member} OR EXISTS (SELECT 1 FROM assessment_share aas WHERE aas.assessment_id = ${alias}.id AND aas.member_id = :${member})))`,
      params: { [member]: viewer.memberId, [org]: viewer.organisationId },
    };
  }
}
