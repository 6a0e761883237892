// SPDX-License-Identifier: EUPL-1.2
import { Injectable } from '@nestjs/common';
import { Errors } from 'src/graph/errors/app-error';
import type { Viewer } from 'src/graph/auth/viewer';
import type { KeysetPage } from 'src/graph/pagination/keyset';
import { TransactionHost } from 'src/database/transaction-host';
import { ContentAccess } from 'src/modules/access-policy/content-access';
import { CASE } from 'src/modules/access-policy/content-kinds';
import { isCommunityLevel, isMoreRestrictive } from 'src/modules/access-policy/sharing-level.enum';
import {
  CaseEvent,
  type CaseEventDraft,
  type CaseEventExtras,
  type CaseEventTopic,
} from 'src/modules/cases/case-events';
import { CaseStatus } from 'src/modules/cases/case-enums';
import {
  CASE_CONTENT_FIELDS,
  CaseValidator,
  caseTextFields,
  type CaseContent,
} from 'src/modules/cases/case-validator';
import { assertCaseStep, statusAfterSubmit } from 'src/modules/cases/case-workflow';
import type { CaseEntity } from 'src/modules/cases/case.entity';
import { alignByIds } from 'src/common/align-by-ids';
import { CASE_ALIAS, CasesRepository, type CaseBodies } from 'src/modules/cases/cases.repository';
import type {
  CaseFilterInput,
  SubmitCaseInput,
  UpdateCaseInput,
} from 'src/modules/cases/dto/case-inputs';
import type { CreateCaseInput } from 'src/modules/cases/dto/create-case.input';
import { CountriesService } from 'src/modules/countries/countries.service';
import { ContentType } from 'src/modules/content/content-type.enum';
import { ContentFlagsService } from 'src/modules/moderation/content-flags.service';
import type { NewOutboxEvent } from 'src/modules/outbox/outbox-event';
import type { PayloadArgs } from 'src/modules/outbox/outbox-topics';
import { OutboxService } from 'src/modules/outbox/outbox.service';
import { CitationsService } from 'src/modules/guidelines/citations.service';
import { ScreeningService } from 'src/modules/screening/screening.service';

/** The author's side of the case workflow (DOMAIN §6); moderators act through CaseContentAdapter. */
@Injectable()
export class CasesService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly repository: CasesRepository,
    private readonly validator: CaseValidator,
    private readonly access: ContentAccess,
    private readonly screening: ScreeningService,
    private readonly countries: CountriesService,
    private readonly outbox: OutboxService,
    private readonly flags: ContentFlagsService,
    private readonly citations: CitationsService,
  ) {}

  /** The case if the viewer may read it; null alike for unknown and unreadable ids. */
  async findReadable(viewer: Viewer | null, id: string): Promise<CaseEntity | null> {
    const row = await this.repository.findById(id);
    return row && this.access.canRead(viewer, CASE, row) ? row : null;
  }

  async get(viewer: Viewer | null, id: string): Promise<CaseEntity> {
    return this.access.requireReadable(viewer, CASE, await this.repository.findById(id));
  }

  /**
   * The cases of these ids the viewer may read (search hits, followed items), in no particular
   * order, as a list reads them: without their bodies, which the resolvers read when asked.
   */
  async readableByIds(viewer: Viewer | null, ids: readonly string[]): Promise<CaseEntity[]> {
    return this.access.filterReadable(viewer, CASE, await this.repository.findListRowsByIds(ids));
  }

  /**
   * A case for a system job that decides per recipient through ContentAccess (notifications).
   * Never hand the row to a viewer unchecked.
   */
  findUnchecked(id: string): Promise<CaseEntity | null> {
    return this.repository.findById(id);
  }

  /**
   * Cases by id for the search indexer, which decides itself what is searchable and stores the
   * access keys beside each document. Never hand the rows to a viewer unchecked.
   */
  findManyUnchecked(ids: readonly string[]): Promise<CaseEntity[]> {
    return this.repository.findByIds(ids);
  }

  /** Ids of every published, visible case: what a full search reindex covers. */
  searchableIds(): Promise<string[]> {
    return this.repository.publishedVisibleIds();
  }

  list(viewer: Viewer | null, filter: CaseFilterInput, page: KeysetPage) {
    const readable = this.access.readableCondition(viewer, CASE, CASE_ALIAS);
    const countryCodes = filter.countryCodes?.length
      ? this.countries.requireCodes(filter.countryCodes, 'filter.countryCodes')
      : undefined;
    return this.repository.page(
      readable,
      { ...filter, countryCodes },
      viewer?.memberId ?? null,
      page,
    );
  }

  async create(viewer: Viewer, input: CreateCaseInput): Promise<CaseEntity> {
    return this.tx.run(async () => {
      const content = await this.validator.validate(input, viewer, null);
      const row = await this.repository.insert({
        ...content,
        authorId: viewer.memberId,
        authorOrganisationId: viewer.organisationId,
        status: CaseStatus.DRAFT,
        version: 1,
        acknowledgedFindings: input.acknowledgedFindings ?? [],
      });
      await this.repository.addRevision(row.id, 1, snapshotOf(content));
      await this.citations.replace({ caseId: row.id }, input.citations);
      return row;
    });
  }

  async update(viewer: Viewer, input: UpdateCaseInput): Promise<CaseEntity> {
    return this.tx.run(async () => {
      const row = await this.lockOwnCase(viewer, input.id);
      assertCaseStep('edit', row.status);
      if (row.version !== input.expectedVersion) {
        throw Errors.conflict(
          `The case has changed since version ${input.expectedVersion} (now ${row.version}); reload and edit again`,
        );
      }
      const content = await this.validator.validate(input, viewer, row);
      const acknowledgedFindings = input.acknowledgedFindings ?? row.acknowledgedFindings;
      // Text that is already shared, or waiting to be, is screened on every edit too.
      if (row.status === CaseStatus.SUBMITTED || row.status === CaseStatus.PUBLISHED)
        this.screening.assertResolved(caseTextFields(content), acknowledgedFindings);

      if (row.hiddenAt !== null && content.sharingLevel !== row.sharingLevel)
        throw Errors.invalidState('A hidden case keeps its sharing level until it is reviewed');
      const events: CaseEventDraft[] = [];
      let status = row.status;
      let publishedAt = row.publishedAt;
      if (content.sharingLevel !== row.sharingLevel) {
        events.push({
          topic: CaseEvent.LevelChanged,
          payload: { from: row.sharingLevel, to: content.sharingLevel },
        });
        // Narrowing the audience takes effect at once; widening it to the community goes
        // through moderation again (DOMAIN §2).
        if (
          row.status === CaseStatus.PUBLISHED &&
          !isMoreRestrictive(content.sharingLevel, row.sharingLevel) &&
          isCommunityLevel(content.sharingLevel)
        ) {
          status = CaseStatus.SUBMITTED;
          events.push({ topic: CaseEvent.Submitted, payload: {} });
        }
        // A submission narrowed to a restricted level leaves platform moderation: it reaches
        // its audience as a restricted submission would have.
        if (row.status === CaseStatus.SUBMITTED && !isCommunityLevel(content.sharingLevel)) {
          status = statusAfterSubmit(content.sharingLevel);
          publishedAt = row.publishedAt ?? new Date();
          events.push({ topic: CaseEvent.Published, payload: {} });
        }
      }
      const { restores, requestsReview } = await this.authorsFixOfHidden(row);
      if (restores) events.push({ topic: CaseEvent.Restored, payload: {} });
      const version = row.version + 1;
      await this.repository.update(row.id, {
        ...content,
        acknowledgedFindings,
        version,
        status,
        publishedAt,
        ...(restores ? { hiddenAt: null } : {}),
        ...(requestsReview ? { reviewRequestedAt: row.reviewRequestedAt ?? new Date() } : {}),
      });
      await this.repository.addRevision(row.id, version, snapshotOf(content));
      await this.citations.replace({ caseId: row.id }, input.citations);
      events.push({ topic: CaseEvent.Updated, payload: { version } });
      for (const event of events) await this.publishDraft(row.id, event);
      return (await this.repository.findById(row.id))!;
    });
  }

  /**
   * What the author's edit does to a hidden restricted case (platform moderators do not read
   * AMBER, AMBER_STRICT or RED). While readers' flags are open nobody has reviewed them, so the
   * edit is the review: it settles them and brings the case back. With none open a reviewer has
   * already kept it hidden (flag-review.ts), and the edit goes back to the reviewers instead.
   */
  private async authorsFixOfHidden(row: CaseEntity) {
    if (row.hiddenAt === null || isCommunityLevel(row.sharingLevel))
      return { restores: false, requestsReview: false };
    const restores = (await this.flags.settleOpen(ContentType.CASE, row.id)) > 0;
    return { restores, requestsReview: !restores };
  }

  async submit(viewer: Viewer, input: SubmitCaseInput): Promise<CaseEntity> {
    return this.tx.run(async () => {
      const row = await this.lockOwnCase(viewer, input.id);
      assertCaseStep('submit', row.status);
      const acknowledgedFindings = input.acknowledgedFindings ?? row.acknowledgedFindings;
      this.screening.assertResolved(caseTextFields(row), acknowledgedFindings);
      const status = statusAfterSubmit(row.sharingLevel);
      const now = new Date();
      await this.repository.update(row.id, {
        status,
        acknowledgedFindings,
        moderationNote: null,
        submittedAt: now,
        ...(status === CaseStatus.PUBLISHED ? { publishedAt: row.publishedAt ?? now } : {}),
      });
      await this.publish(row.id, CaseEvent.Submitted);
      if (status === CaseStatus.PUBLISHED) await this.publish(row.id, CaseEvent.Published);
      return (await this.repository.findById(row.id))!;
    });
  }

  async withdraw(viewer: Viewer, id: string): Promise<CaseEntity> {
    return this.tx.run(async () => {
      const row = await this.lockOwnCase(viewer, id);
      assertCaseStep('withdraw', row.status);
      await this.repository.update(row.id, { status: CaseStatus.WITHDRAWN });
      await this.publish(row.id, CaseEvent.Withdrawn);
      return (await this.repository.findById(row.id))!;
    });
  }

  /**
   * Deletes the author's draft outright with its revisions (they cascade). Nobody else has
   * read a draft — no moderator, reader, search document, notification or audit entry about it
   * — so nothing else refers to it and no event goes out.
   */
  async deleteDraft(viewer: Viewer, id: string): Promise<string> {
    return this.tx.run(async () => {
      const row = await this.lockOwnCase(viewer, id);
      assertCaseStep('delete', row.status);
      // Only its author could have flagged a draft; the flags would point at nothing.
      await this.flags.dropAll(ContentType.CASE, row.id);
      await this.repository.delete(row.id);
      return row.id;
    });
  }

  revisions(row: CaseEntity, page: KeysetPage) {
    return this.repository.revisionsOf(row.id, page);
  }

  /** The bodies of cases a viewer was shown by `list`, in the order asked (null: none). */
  async bodiesByIds(ids: readonly string[]): Promise<(CaseBodies | null)[]> {
    return alignByIds(ids, await this.repository.bodiesByIds(ids));
  }

  /** Current screening findings of the stored text, for the author and moderators. */
  findings(row: CaseEntity) {
    return this.screening.screenFields(caseTextFields(row));
  }

  async publish<T extends CaseEventTopic>(
    caseId: string,
    topic: T,
    ...[extra]: PayloadArgs<CaseEventExtras[T]>
  ): Promise<void> {
    await this.publishDraft(caseId, { topic, payload: extra ?? {} } as CaseEventDraft);
  }

  /** Records a case event with the case's current level and status. */
  private async publishDraft(caseId: string, event: CaseEventDraft): Promise<void> {
    const row = await this.repository.findById(caseId);
    // CaseEventDraft pairs each topic with its payload; TypeScript cannot follow that pairing
    // through the spread below, so the event is named as what it is.
    await this.outbox.publish({
      topic: event.topic,
      aggregate: { type: 'CASE', id: caseId },
      payload: { caseId, sharingLevel: row?.sharingLevel, status: row?.status, ...event.payload },
    } as NewOutboxEvent<CaseEventTopic>);
  }

  /**
   * Locks the viewer's own case for a change. Someone else's case answers NOT_FOUND when they
   * may not read it and FORBIDDEN when they may: only the author edits.
   */
  private async lockOwnCase(viewer: Viewer, id: string): Promise<CaseEntity> {
    const row = this.access.requireReadable(
      viewer,
      CASE,
      await this.repository.findById(id, { lock: true }),
    );
    if (row.authorId !== viewer.memberId)
      throw Errors.forbidden('Only the author can change a case');
    return row;
  }
}

function snapshotOf(content: CaseContent): Record<string, unknown> {
  return Object.fromEntries(CASE_CONTENT_FIELDS.map((field) => [field, content[field]]));
}
