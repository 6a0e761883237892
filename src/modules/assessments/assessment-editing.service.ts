// SPDX-License-Identifier: EUPL-1.2
import { Injectable } from '@nestjs/common';
import { TransactionHost } from 'src/database/transaction-host';
import type { Viewer } from 'src/graph/auth/viewer';
import { Errors } from 'src/graph/errors/app-error';
import {
  AssessmentChangeKind,
  AssessmentDecision,
  AssessmentStatus,
  RiskRating,
} from 'src/modules/assessments/assessment-enums';
import { AssessmentsRepository } from 'src/modules/assessments/assessments.repository';
import {
  AssessmentsService,
  type AssessmentRecord,
} from 'src/modules/assessments/assessments.service';
import type {
  DecideAssessmentInput,
  ShareAssessmentInput,
  StartAssessmentInput,
  UpdateAssessmentInput,
} from 'src/modules/assessments/dto/assessment.inputs';
import { GuidelineVersionStatus } from 'src/modules/guidelines/guideline-enums';
import { GuidelinesService } from 'src/modules/guidelines/guidelines.service';
import { MemberStatus } from 'src/modules/members/member-status.enum';
import { stockholmDate } from 'src/modules/questions/working-days';
import { FieldProblemReason } from 'src/graph/errors/field-problem-reason';

/**
 * Writing self-assessments (DOMAIN §15). Each mutation is one transaction: the change and its
 * history line (`assessment_change`, a summary that never quotes the content). Nothing goes to
 * the audit log or the outbox: no other part of the platform may hear of an assessment's
 * content, and none needs to hear of its existence (the reminder job reads the table itself).
 * Non-readers get NOT_FOUND, as for an unknown id; a reader who is not the owner gets FORBIDDEN
 * for sharing and deleting (they already know the assessment exists).
 */
@Injectable()
export class AssessmentEditingService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly repository: AssessmentsRepository,
    private readonly reading: AssessmentsService,
    private readonly guidelines: GuidelinesService,
  ) {}

  async start(viewer: Viewer, input: StartAssessmentInput): Promise<AssessmentRecord> {
    return this.tx.run(async () => {
      const [found] = await this.guidelines.versionsWithGuidelines([
        input.guidelineVersionId.toLowerCase(),
      ]);
      if (!found || found.version.status !== GuidelineVersionStatus.PUBLISHED) {
        const message = 'Choose a published guideline version';
        throw Errors.badInput(message, [
          { field: 'guidelineVersionId', message, reason: FieldProblemReason.UNKNOWN },
        ]);
      }
      const questions = await this.guidelines.questionsOf([found.version.id]);
      const row = await this.repository.insert({
        organisationId: viewer.organisationId,
        ownerId: viewer.memberId,
        guidelineVersionId: found.version.id,
        title: input.title.trim(),
        collaborationSummary: input.collaborationSummary,
      });
      await this.repository.insertItems(
        row.id,
        questions.map((q) => q.key),
      );
      await this.record(viewer, row.id, AssessmentChangeKind.CREATED, 'Assessment started');
      return (await this.reading.load(row.id))!;
    });
  }

  async update(viewer: Viewer, input: UpdateAssessmentInput): Promise<AssessmentRecord> {
    return this.tx.run(async () => {
      const record = await this.lockReadable(viewer, input.id);
      assertFresh(record, input.expectedUpdatedAt);
      if (record.status !== AssessmentStatus.DRAFT)
        throw Errors.invalidState('A decided assessment is reopened before it is edited');
      const changes: string[] = [];
      const patch: { title?: string; collaborationSummary?: string } = {};
      if (input.title != null && input.title.trim() !== record.title) {
        patch.title = input.title.trim();
        changes.push('title changed');
      }
      if (
        input.collaborationSummary != null &&
        input.collaborationSummary !== record.collaborationSummary
      ) {
        patch.collaborationSummary = input.collaborationSummary;
        changes.push('collaboration summary changed');
      }
      const items = input.items ?? [];
      if (items.length) {
        const known = new Set(
          (await this.guidelines.questionsOf([record.guidelineVersionId])).map((q) => q.key),
        );
        const seen = new Set<string>();
        for (const [index, item] of items.entries()) {
          const field = `items.${index}.questionKey`;
          if (!known.has(item.questionKey)) {
            const message = `"${item.questionKey}" is not a question of this assessment’s guideline version`;
            throw Errors.badInput(message, [{ field, message }]);
          }
          if (seen.has(item.questionKey)) {
            const message = `"${item.questionKey}" is given twice`;
            throw Errors.badInput(message, [{ field, message }]);
          }
          seen.add(item.questionKey);
          await this.repository.updateItem(record.id, item.questionKey, {
            answer: item.answer ?? null,
            note: emptyToNull(item.note),
            risk: item.risk ?? null,
          });
          if (item.mitigations != null)
            await this.repository.replaceMitigations(
              record.id,
              item.questionKey,
              item.mitigations.map((m) => ({
                description: m.description.trim(),
                owner: m.owner.trim(),
                dueOn: m.dueOn ?? null,
              })),
            );
        }
        changes.push(items.length === 1 ? '1 answer changed' : `${items.length} answers changed`);
      }
      await this.repository.update(record.id, { ...patch, updatedAt: new Date() });
      await this.record(
        viewer,
        record.id,
        AssessmentChangeKind.UPDATED,
        capitalise(changes.join(', ') || 'saved without changes'),
      );
      return (await this.reading.load(record.id))!;
    });
  }

  async share(viewer: Viewer, input: ShareAssessmentInput): Promise<AssessmentRecord> {
    return this.tx.run(async () => {
      const record = await this.lockReadable(viewer, input.id);
      if (!this.reading.isOwner(viewer, record))
        throw Errors.forbidden('Only the owner shares an assessment');
      const wanted = [...new Set(input.memberIds.map((id) => id.toLowerCase()))].filter(
        (id) => id !== record.ownerId,
      );
      const members = await this.reading.membersByIds(wanted);
      for (const [index, id] of wanted.entries()) {
        const member = members.find((m) => m.id === id);
        if (
          !member ||
          member.status !== MemberStatus.ACTIVE ||
          member.organisationId !== record.organisationId
        ) {
          const message = 'Share only with active members of your organisation';
          throw Errors.badInput(message, [
            { field: `memberIds.${index}`, message, reason: FieldProblemReason.UNKNOWN },
          ]);
        }
      }
      const added = wanted.filter((id) => !record.sharedMemberIds.includes(id));
      const removed = record.sharedMemberIds.filter((id) => !wanted.includes(id));
      await this.repository.replaceShares(record.id, wanted);
      await this.repository.update(record.id, { updatedAt: new Date() });
      if (added.length)
        await this.record(
          viewer,
          record.id,
          AssessmentChangeKind.SHARED,
          `Shared with ${count(added.length)}`,
        );
      if (removed.length)
        await this.record(
          viewer,
          record.id,
          AssessmentChangeKind.UNSHARED,
          `No longer shared with ${count(removed.length)}`,
        );
      return (await this.reading.load(record.id))!;
    });
  }

  async decide(viewer: Viewer, input: DecideAssessmentInput): Promise<AssessmentRecord> {
    return this.tx.run(async () => {
      const record = await this.lockReadable(viewer, input.id);
      assertFresh(record, input.expectedUpdatedAt);
      if (record.status !== AssessmentStatus.DRAFT)
        throw Errors.invalidState('This assessment is decided; reopen it to decide anew');
      assertNotPast(input.reviewOn ?? null);
      if (input.decision === AssessmentDecision.PROCEED) {
        const items = await this.repository.itemsOf(record.id);
        if (items.some((i) => i.risk === RiskRating.UNACCEPTABLE))
          throw Errors.invalidState(
            'An item is rated unacceptable: decide to proceed with mitigations or not to proceed',
          );
      }
      await this.repository.update(record.id, {
        status: AssessmentStatus.DECIDED,
        decision: input.decision,
        decisionReason: input.reason.trim(),
        decidedAt: new Date(),
        reviewOn: input.reviewOn ?? null,
        updatedAt: new Date(),
      });
      const review = input.reviewOn ? `, review on ${input.reviewOn}` : '';
      await this.record(
        viewer,
        record.id,
        AssessmentChangeKind.DECIDED,
        `Decided: ${decisionWords(input.decision)}${review}`,
      );
      return (await this.reading.load(record.id))!;
    });
  }

  /** DECIDED → DRAFT; the decision stays in the history line, the fields are cleared. */
  async reopen(viewer: Viewer, id: string, expectedUpdatedAt: Date): Promise<AssessmentRecord> {
    return this.tx.run(async () => {
      const record = await this.lockReadable(viewer, id);
      assertFresh(record, expectedUpdatedAt);
      if (record.status !== AssessmentStatus.DECIDED || !record.decision)
        throw Errors.invalidState('Only a decided assessment can be reopened');
      await this.repository.update(record.id, {
        status: AssessmentStatus.DRAFT,
        decision: null,
        decisionReason: null,
        decidedAt: null,
        updatedAt: new Date(),
      });
      await this.record(
        viewer,
        record.id,
        AssessmentChangeKind.REOPENED,
        `Reopened; the last decision was: ${decisionWords(record.decision)}`,
      );
      return (await this.reading.load(record.id))!;
    });
  }

  async setReviewDate(
    viewer: Viewer,
    id: string,
    reviewOn: string | null,
  ): Promise<AssessmentRecord> {
    return this.tx.run(async () => {
      const record = await this.lockReadable(viewer, id);
      assertNotPast(reviewOn);
      if (record.reviewOn !== reviewOn) {
        await this.repository.update(record.id, { reviewOn, updatedAt: new Date() });
        await this.record(
          viewer,
          record.id,
          AssessmentChangeKind.REVIEW_DATE_CHANGED,
          reviewOn ? `Review date set to ${reviewOn}` : 'Review date removed',
        );
      }
      return (await this.reading.load(record.id))!;
    });
  }

  async delete(viewer: Viewer, id: string): Promise<boolean> {
    return this.tx.run(async () => {
      const record = await this.lockReadable(viewer, id);
      if (!this.reading.isOwner(viewer, record))
        throw Errors.forbidden('Only the owner deletes an assessment');
      await this.repository.delete(record.id);
      return true;
    });
  }

  /** The assessment locked for the change; NOT_FOUND for non-readers as for unknown ids. */
  private async lockReadable(viewer: Viewer, id: string): Promise<AssessmentRecord> {
    const record = await this.reading.load(id, { lock: true });
    if (!record || !(await this.reading.findReadable(viewer, record.id)))
      throw Errors.notFound('Assessment');
    return record;
  }

  private record(
    viewer: Viewer,
    assessmentId: string,
    kind: AssessmentChangeKind,
    summary: string,
  ) {
    return this.repository.addChange({ assessmentId, actorId: viewer.memberId, kind, summary });
  }
}

function assertFresh(record: AssessmentRecord, expected: Date): void {
  if (record.updatedAt.getTime() !== expected.getTime())
    throw Errors.conflict(
      'The assessment was saved by someone else since you opened it; reload it',
    );
}

function assertNotPast(reviewOn: string | null): void {
  if (reviewOn !== null && reviewOn < stockholmDate(new Date())) {
    const message = 'The review date cannot be in the past';
    throw Errors.badInput(message, [
      { field: 'reviewOn', message, reason: FieldProblemReason.IN_PAST },
    ]);
  }
}

function emptyToNull(text: string | null | undefined): string | null {
  return text == null || text.trim() === '' ? null : text;
}

function count(n: number): string {
  return n === 1 ? '1 member' : `${n} members`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function decisionWords(decision: AssessmentDecision): string {
  switch (decision) {
    case AssessmentDecision.PROCEED:
      return 'proceed';
    case AssessmentDecision.PROCEED_WITH_MITIGATIONS:
      return 'proceed with mitigations';
    case AssessmentDecision.DO_NOT_PROCEED:
      return 'do not proceed';
  }
}
