// SPDX-License-Identifier: EUPL-1.2
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { Errors } from 'src/graph/errors/app-error';
import type { Viewer } from 'src/graph/auth/viewer';
import type {
  ContentAdapter,
  ContentRef,
  ModerationDecision,
  PendingSubmission,
  ReviewText,
} from 'src/modules/content/content-adapter';
import { ContentRegistry } from 'src/modules/content/content-registry';
import { ContentType } from 'src/modules/content/content-type.enum';
import { ModerationAction } from 'src/modules/content/moderation-action.enum';
import { CaseEvent } from 'src/modules/cases/case-events';
import { CaseStatus } from 'src/modules/cases/case-enums';
import { caseTextFields } from 'src/modules/cases/case-validator';
import { assertCaseStep } from 'src/modules/cases/case-workflow';
import { CasesRepository, type CaseRefRow } from 'src/modules/cases/cases.repository';
import { CasesService } from 'src/modules/cases/cases.service';
import { caseItem } from 'src/modules/access-policy/content-kinds';

/** Cases as moderation, flags and reveals see them (DOMAIN §6, §8). */
@Injectable()
export class CaseContentAdapter implements ContentAdapter, OnModuleInit {
  readonly type = ContentType.CASE;

  constructor(
    private readonly registry: ContentRegistry,
    private readonly repository: CasesRepository,
    private readonly cases: CasesService,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async findRef(id: string, options: { lock?: boolean } = {}): Promise<ContentRef | null> {
    const row = await this.repository.findById(id, options);
    return row ? toRef(row) : null;
  }

  async findRefs(ids: readonly string[]): Promise<ContentRef[]> {
    return (await this.repository.findRefRowsByIds(ids)).map(toRef);
  }

  async pendingSubmissions(): Promise<PendingSubmission[]> {
    return (await this.repository.pendingSubmissions()).map((row) => ({
      type: ContentType.CASE,
      id: row.id,
      submittedAt: row.submittedAt ?? new Date(0),
    }));
  }

  async moderate(ref: ContentRef, decision: ModerationDecision, _moderator: Viewer) {
    const { action, reason } = decision;
    const row = await this.repository.findById(ref.id, { lock: true });
    if (!row) throw Errors.notFound('Case');
    switch (action) {
      case ModerationAction.APPROVE:
        assertCaseStep(action, row.status);
        await this.repository.update(row.id, {
          status: CaseStatus.PUBLISHED,
          publishedAt: row.publishedAt ?? new Date(),
          moderationNote: null,
        });
        return this.cases.publish(row.id, CaseEvent.Published);
      case ModerationAction.REQUEST_CHANGES:
        assertCaseStep(action, row.status);
        await this.repository.update(row.id, {
          status: CaseStatus.CHANGES_REQUESTED,
          moderationNote: reason,
        });
        return this.cases.publish(row.id, CaseEvent.ChangesRequested);
      case ModerationAction.REJECT:
        assertCaseStep(action, row.status);
        await this.repository.update(row.id, {
          status: CaseStatus.REJECTED,
          moderationNote: reason,
        });
        return this.cases.publish(row.id, CaseEvent.Rejected);
      case ModerationAction.ARCHIVE:
        assertCaseStep(action, row.status);
        await this.repository.update(row.id, {
          status: CaseStatus.ARCHIVED,
          moderationNote: reason,
        });
        return this.cases.publish(row.id, CaseEvent.Archived);
      case ModerationAction.HIDE:
        if (!(await this.hideForReview(toRef(row))))
          throw Errors.invalidState(
            `Only a published, visible case can be hidden (it is ${row.status})`,
          );
        return;
      case ModerationAction.RESTORE:
        if (row.hiddenAt === null) throw Errors.invalidState('The case is not hidden');
        await this.repository.update(row.id, { hiddenAt: null });
        return this.cases.publish(row.id, CaseEvent.Restored);
      case ModerationAction.CLOSE:
      case ModerationAction.REOPEN:
        throw Errors.invalidState('Only questions can be closed or reopened');
    }
  }

  async awaitingReview(): Promise<{ id: string; requestedAt: Date }[]> {
    return (await this.repository.awaitingReview()).map((row) => ({
      id: row.id,
      requestedAt: row.reviewRequestedAt!,
    }));
  }

  async settleReviewRequest(ref: ContentRef): Promise<void> {
    if (ref.reviewRequestedAt) await this.repository.update(ref.id, { reviewRequestedAt: null });
  }

  async hideForReview(ref: ContentRef): Promise<boolean> {
    const row = await this.repository.findById(ref.id, { lock: true });
    if (!row || row.status !== CaseStatus.PUBLISHED || row.hiddenAt !== null) return false;
    await this.repository.update(row.id, { hiddenAt: new Date() });
    await this.cases.publish(row.id, CaseEvent.Hidden);
    return true;
  }

  async reviewText(ref: ContentRef): Promise<ReviewText> {
    const row = (await this.repository.findById(ref.id))!;
    const fields = Object.entries(caseTextFields(row)).flatMap(([name, text]) =>
      name !== 'title' && text !== null ? [{ name, text }] : [],
    );
    return { title: row.title, fields };
  }

  async redactRevision(ref: ContentRef, revisionId: string, reason: string): Promise<void> {
    const revision = await this.repository.findRevision(ref.id, revisionId);
    if (!revision) throw Errors.notFound('Revision');
    if (revision.redactedAt) throw Errors.invalidState('The revision is already redacted');
    await this.repository.redactRevision(revision.id, reason);
    await this.cases.publish(ref.id, CaseEvent.RevisionRedacted, { revisionId });
  }
}

function toRef(row: CaseRefRow): ContentRef {
  return {
    ...caseItem(row),
    type: ContentType.CASE,
    id: row.id,
    attribution: row.attribution,
    title: row.title,
    hidden: row.hiddenAt !== null,
    hiddenAt: row.hiddenAt,
    status: row.status,
    reviewRequestedAt: row.reviewRequestedAt,
  };
}
