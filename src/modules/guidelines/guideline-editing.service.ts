// SPDX-License-Identifier: EUPL-1.2
import { Injectable } from '@nestjs/common';
import { Errors } from 'src/graph/errors/app-error';
import type { Viewer } from 'src/graph/auth/viewer';
import { TransactionHost } from 'src/database/transaction-host';
import { AuditAction, AuditTargetType } from 'src/modules/audit/audit-action';
import { AuditService } from 'src/modules/audit/audit.service';
import type {
  CreateGuidelineInput,
  GuidelineSectionInput,
  UpdateGuidelineDraftInput,
} from 'src/modules/guidelines/dto/guideline.inputs';
import { GuidelineVersionStatus } from 'src/modules/guidelines/guideline-enums';
import { GuidelineEvent } from 'src/modules/guidelines/guideline-events';
import type {
  GuidelineEntity,
  GuidelineVersionEntity,
} from 'src/modules/guidelines/guideline.entity';
import { GuidelinesRepository } from 'src/modules/guidelines/guidelines.repository';
import { OutboxService } from 'src/modules/outbox/outbox.service';
import { FieldProblemReason } from 'src/graph/errors/field-problem-reason';

/**
 * The editors' side (DOMAIN §13): create a guideline, start and edit a draft, publish it. Each
 * step is one transaction with its audit entry (and, for publishing, its outbox event). A
 * published version is final: the service answers INVALID_STATE, and the database's triggers
 * refuse the write whatever calls it. The resolver lets only EDITOR and ADMIN in.
 */
@Injectable()
export class GuidelineEditingService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly repository: GuidelinesRepository,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
  ) {}

  async create(viewer: Viewer, input: CreateGuidelineInput): Promise<GuidelineEntity> {
    assertKeysUnique(input.sections);
    return this.tx.run(async () => {
      if (await this.repository.findBySlug(input.slug))
        throw Errors.conflict(`A guideline with the address "${input.slug}" exists`);
      const guideline = await this.repository.insertGuideline({
        slug: input.slug,
        kind: input.kind,
        createdById: viewer.memberId,
      });
      const version = await this.repository.insertVersion({
        guidelineId: guideline.id,
        number: 1,
        status: GuidelineVersionStatus.DRAFT,
        titleSv: input.titleSv,
        titleEn: input.titleEn,
      });
      await this.repository.replaceSections(version.id, input.sections);
      await this.repository.replaceQuestions(version.id, questionsOf(input.sections));
      await this.audit.record({
        actorId: viewer.memberId,
        action: AuditAction.GuidelineCreated,
        target: { type: AuditTargetType.GUIDELINE, id: guideline.id },
        details: { slug: guideline.slug },
      });
      return guideline;
    });
  }

  /** A new draft from the newest published version (its text and keys); one draft at a time. */
  async startDraft(viewer: Viewer, guidelineId: string): Promise<GuidelineVersionEntity> {
    return this.tx.run(async (manager) => {
      const guideline = await this.repository.findById(guidelineId);
      if (!guideline) throw Errors.notFound('Guideline');
      // Two editors starting at once: the second waits here and then finds the first's draft.
      await manager.query(`SELECT 1 FROM guideline WHERE id = $1 FOR UPDATE`, [guideline.id]);
      const versions = await this.repository.versionsOf([guideline.id]);
      if (versions.some((v) => v.status === GuidelineVersionStatus.DRAFT))
        throw Errors.invalidState('This guideline already has a draft; edit that one');
      const latest = versions[versions.length - 1];
      if (!latest) throw Errors.invalidState('This guideline has no version to start from');
      const draft = await this.repository.insertVersion({
        guidelineId: guideline.id,
        number: latest.number + 1,
        status: GuidelineVersionStatus.DRAFT,
        titleSv: latest.titleSv,
        titleEn: latest.titleEn,
      });
      const sections = await this.repository.sectionsOf([latest.id]);
      await this.repository.replaceSections(draft.id, sections);
      await this.repository.replaceQuestions(
        draft.id,
        await this.repository.questionsOf([latest.id]),
      );
      await this.audit.record({
        actorId: viewer.memberId,
        action: AuditAction.GuidelineDraftStarted,
        target: { type: AuditTargetType.GUIDELINE, id: guideline.id },
        details: { versionId: draft.id, number: draft.number },
      });
      return draft;
    });
  }

  async updateDraft(
    viewer: Viewer,
    input: UpdateGuidelineDraftInput,
  ): Promise<GuidelineVersionEntity> {
    assertKeysUnique(input.sections);
    return this.tx.run(async () => {
      const draft = await this.lockDraft(input.versionId);
      if (draft.updatedAt.getTime() !== input.expectedUpdatedAt.getTime())
        throw Errors.conflict('The draft was saved by someone else since you opened it; reload it');
      await this.repository.updateVersion(draft.id, {
        titleSv: input.titleSv,
        titleEn: input.titleEn,
        changeNoteSv: input.changeNoteSv,
        changeNoteEn: input.changeNoteEn,
        updatedAt: new Date(),
      });
      await this.repository.replaceSections(draft.id, input.sections);
      await this.repository.replaceQuestions(draft.id, questionsOf(input.sections));
      await this.audit.record({
        actorId: viewer.memberId,
        action: AuditAction.GuidelineDraftUpdated,
        target: { type: AuditTargetType.GUIDELINE, id: draft.guidelineId },
        details: { versionId: draft.id, number: draft.number },
      });
      return (await this.repository.findVersion(draft.id))!;
    });
  }

  /** Publishes a draft: from now on it never changes, and followers hear of it once. */
  async publish(viewer: Viewer, versionId: string): Promise<GuidelineVersionEntity> {
    return this.tx.run(async () => {
      const draft = await this.lockDraft(versionId);
      if ((await this.repository.sectionsOf([draft.id])).length === 0)
        throw Errors.invalidState('A version needs at least one section to be published');
      await this.repository.updateVersion(draft.id, {
        status: GuidelineVersionStatus.PUBLISHED,
        publishedAt: new Date(),
        publishedById: viewer.memberId,
      });
      await this.audit.record({
        actorId: viewer.memberId,
        action: AuditAction.GuidelineVersionPublished,
        target: { type: AuditTargetType.GUIDELINE, id: draft.guidelineId },
        details: { versionId: draft.id, number: draft.number },
      });
      await this.outbox.publish({
        topic: GuidelineEvent.VersionPublished,
        aggregate: { type: 'GUIDELINE', id: draft.guidelineId },
        payload: { guidelineId: draft.guidelineId, versionId: draft.id, number: draft.number },
      });
      return (await this.repository.findVersion(draft.id))!;
    });
  }

  private async lockDraft(versionId: string): Promise<GuidelineVersionEntity> {
    const version = await this.repository.findVersion(versionId, { lock: true });
    if (!version) throw Errors.notFound('Guideline version');
    if (version.status !== GuidelineVersionStatus.DRAFT)
      throw Errors.invalidState('A published version never changes; start a new draft');
    return version;
  }
}

function assertKeysUnique(sections: readonly GuidelineSectionInput[]): void {
  const seen = new Set<string>();
  const seenQuestions = new Set<string>();
  for (const [index, section] of sections.entries()) {
    if (seen.has(section.key)) {
      const message = `Two sections have the key "${section.key}"; each key names one section`;
      throw Errors.badInput(message, [
        { field: `sections.${index}.key`, message, reason: FieldProblemReason.DUPLICATE },
      ]);
    }
    seen.add(section.key);
    // Question keys are unique in the whole version: an assessment names its items by them.
    for (const [q, question] of (section.questions ?? []).entries()) {
      if (seenQuestions.has(question.key)) {
        const message = `Two questions have the key "${question.key}"; each key names one question in the version`;
        throw Errors.badInput(message, [
          {
            field: `sections.${index}.questions.${q}.key`,
            message,
            reason: FieldProblemReason.DUPLICATE,
          },
        ]);
      }
      seenQuestions.add(question.key);
    }
  }
}

function questionsOf(sections: readonly GuidelineSectionInput[]) {
  return sections.flatMap((section) =>
    (section.questions ?? []).map((q) => ({
      sectionKey: section.key,
      key: q.key,
      textSv: q.textSv,
      textEn: q.textEn,
    })),
  );
}
