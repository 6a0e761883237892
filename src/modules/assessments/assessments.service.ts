// SPDX-License-Identifier: EUPL-1.2
import { Injectable } from '@nestjs/common';
import { isUuid } from 'src/common/uuid';
import { TransactionHost } from 'src/database/transaction-host';
import type { Viewer } from 'src/graph/auth/viewer';
import { Errors } from 'src/graph/errors/app-error';
import type { ConnectionShape } from 'src/graph/pagination/connection.type';
import type { KeysetPage } from 'src/graph/pagination/keyset';
import {
  AssessmentAccess,
  type AssessmentReadFacts,
} from 'src/modules/access-policy/assessment-access';
import { formerMemberLabel } from 'src/modules/attribution/author-presentation';
import type { AssessmentParts } from 'src/modules/assessments/assessment-document';
import type { AssessmentStatus } from 'src/modules/assessments/assessment-enums';
import type { AssessmentEntity } from 'src/modules/assessments/assessment.entity';
import { AssessmentsRepository } from 'src/modules/assessments/assessments.repository';
import type {
  AssessmentChangeType,
  AssessmentGuidelineRefType,
} from 'src/modules/assessments/dto/assessment.types';
import { GuidelinesService } from 'src/modules/guidelines/guidelines.service';
import type { MemberEntity } from 'src/modules/members/member.entity';
import { MemberStatus } from 'src/modules/members/member-status.enum';
import { MembersService } from 'src/modules/members/members.service';

/** An assessment with the facts the access policy decides on. */
export type AssessmentRecord = AssessmentEntity & { sharedMemberIds: string[] };

export function readFacts(record: AssessmentRecord): AssessmentReadFacts {
  return {
    organisationId: record.organisationId,
    ownerId: record.ownerId,
    sharedMemberIds: record.sharedMemberIds,
  };
}

/**
 * Reading self-assessments (DOMAIN §15). Every read goes through `AssessmentAccess`: an
 * assessment the viewer may not read answers exactly like one that does not exist.
 */
@Injectable()
export class AssessmentsService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly repository: AssessmentsRepository,
    private readonly access: AssessmentAccess,
    private readonly guidelines: GuidelinesService,
    private readonly members: MembersService,
  ) {}

  /** The assessment with its share list, whoever asks (callers decide with `access`). */
  async load(id: string, options: { lock?: boolean } = {}): Promise<AssessmentRecord | null> {
    if (!isUuid(id)) return null;
    const row = await this.repository.findById(id.toLowerCase(), options);
    if (!row) return null;
    const shares = await this.repository.sharesOf([row.id]);
    return Object.assign(row, { sharedMemberIds: shares.get(row.id) ?? [] });
  }

  /** Null alike for an unknown id and an assessment the viewer may not read. */
  async findReadable(viewer: Viewer | null, id: string): Promise<AssessmentRecord | null> {
    const record = await this.load(id);
    return record && this.access.canRead(viewer, readFacts(record)) ? record : null;
  }

  async requireReadable(viewer: Viewer | null, id: string): Promise<AssessmentRecord> {
    const record = await this.findReadable(viewer, id);
    if (!record) throw Errors.notFound('Assessment');
    return record;
  }

  /** The viewer's own and those shared with them, newest updated first. */
  async list(
    viewer: Viewer,
    status: AssessmentStatus | null,
    page: KeysetPage,
  ): Promise<ConnectionShape<AssessmentRecord>> {
    const found = await this.repository.page(this.access.readableSql(viewer, 'a'), status, page);
    const shares = await this.repository.sharesOf(found.edges.map((e) => e.node.id));
    return {
      ...found,
      edges: found.edges.map((edge) => ({
        ...edge,
        node: Object.assign(edge.node, { sharedMemberIds: shares.get(edge.node.id) ?? [] }),
      })),
    };
  }

  isOwner(viewer: Viewer | null, record: AssessmentRecord): boolean {
    return this.access.isOwner(viewer, readFacts(record));
  }

  /** The version's sections and questions and the assessment's answers (already readable). */
  async parts(
    record: Pick<AssessmentEntity, 'id' | 'guidelineVersionId'>,
  ): Promise<AssessmentParts> {
    const [sections, questions, items, mitigations] = await Promise.all([
      this.guidelines.sectionsOf([record.guidelineVersionId]),
      this.guidelines.questionsOf([record.guidelineVersionId]),
      this.repository.itemsOf(record.id),
      this.repository.mitigationsOf(record.id),
    ]);
    return { sections, questions, items, mitigations };
  }

  async guidelineRef(record: AssessmentEntity): Promise<AssessmentGuidelineRefType> {
    const [found] = await this.guidelines.versionsWithGuidelines([record.guidelineVersionId]);
    if (!found) throw new Error(`Assessment ${record.id} names a missing guideline version`);
    const latest = (await this.guidelines.latestPublished([found.guideline.id])).get(
      found.guideline.id,
    );
    const latestNumber = Math.max(latest?.number ?? 0, found.version.number);
    return {
      versionId: found.version.id,
      guidelineSlug: found.guideline.slug,
      titleSv: found.version.titleSv,
      titleEn: found.version.titleEn,
      versionNumber: found.version.number,
      latestVersionNumber: latestNumber,
      newerVersionExists: latestNumber > found.version.number,
    };
  }

  /** Members by id, in order; a missing one is left out. */
  async membersByIds(ids: readonly string[]): Promise<MemberEntity[]> {
    return (await this.members.findByIds(ids)).filter((m): m is MemberEntity => m !== null);
  }

  async history(
    viewer: Viewer,
    record: AssessmentEntity,
    page: KeysetPage,
  ): Promise<ConnectionShape<AssessmentChangeType>> {
    const found = await this.repository.historyPage(record.id, page);
    const names = await this.actorNames(
      viewer,
      found.edges.map((e) => e.node.actorId),
    );
    return {
      ...found,
      edges: found.edges.map((edge) => ({
        cursor: edge.cursor,
        node: {
          at: edge.node.at,
          kind: edge.node.kind,
          summary: edge.node.summary,
          actorName: names.get(edge.node.actorId ?? '') ?? formerMemberLabel(viewer.locale),
        },
      })),
    };
  }

  /**
   * Account deletion (DOMAIN §11, §15): the member leaves every share list, and their name and
   * address are erased wherever an assessment's text quotes them (a mitigation's owner is often
   * a name). The assessments they own stay with the organisation under "former member".
   */
  async forgetMember(memberId: string, values: readonly string[]): Promise<void> {
    this.tx.requireTransaction('AssessmentsService.forgetMember');
    await this.repository.removeMemberFromShares(memberId);
    await this.repository.eraseValues(values);
  }

  /** Display names of actors; erased members get the neutral "former member" label. */
  async actorNames(
    viewer: Pick<Viewer, 'locale'>,
    ids: readonly (string | null)[],
  ): Promise<Map<string, string>> {
    const members = await this.membersByIds([
      ...new Set(ids.filter((id): id is string => id !== null)),
    ]);
    return new Map(members.map((m) => [m.id, displayName(m, viewer.locale)]));
  }
}

/** A member's name as assessments show it: "former member" once the account is deleted. */
export function displayName(member: MemberEntity, locale: 'SV' | 'EN'): string {
  return member.status === MemberStatus.DELETED || member.displayName === ''
    ? formerMemberLabel(locale)
    : member.displayName;
}
