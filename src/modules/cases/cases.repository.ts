// SPDX-License-Identifier: EUPL-1.2
import { Injectable } from '@nestjs/common';
import { In, IsNull, Not } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { TransactionHost } from 'src/database/transaction-host';
import type { ReadableCondition } from 'src/modules/access-policy/content-access';
import type { CaseAccessFacts } from 'src/modules/access-policy/content-kinds';
import { keysetPaginate, type KeysetPage } from 'src/graph/pagination/keyset';
import { CaseStatus } from 'src/modules/cases/case-enums';
import { CaseRevisionEntity } from 'src/modules/cases/case-revision.entity';
import { CaseEntity } from 'src/modules/cases/case.entity';
import type { CaseFilterInput } from 'src/modules/cases/dto/case-inputs';

export const CASE_ALIAS = 'c';

/** The Markdown bodies: most of a row, and nothing a list of cases shows. */
export const CASE_BODY_FIELDS = [
  'context',
  'whatHappened',
  'assessment',
  'mitigations',
  'lessonsLearned',
] as const;

/** A case's bodies, read apart from its row (`bodiesByIds`). */
export type CaseBodies = Pick<CaseEntity, 'id' | (typeof CASE_BODY_FIELDS)[number]>;

/** The columns `findRefRowsByIds` reads: a content reference's. */
export type CaseRefRow = CaseAccessFacts &
  Pick<CaseEntity, 'id' | 'attribution' | 'title' | 'reviewRequestedAt'>;

@Injectable()
export class CasesRepository {
  constructor(private readonly tx: TransactionHost) {}

  /**
   * Every column but the bodies: a page of cases reads 20 rows of title and summary instead of
   * 20 × five Markdown texts. The bodies, when a client asks for them, come by `bodiesByIds`.
   */
  private listColumns(): string[] {
    return this.tx.manager.connection
      .getMetadata(CaseEntity)
      .columns.map((column) => column.propertyName)
      .filter((name) => !(CASE_BODY_FIELDS as readonly string[]).includes(name));
  }

  findById(id: string, options: { lock?: boolean } = {}): Promise<CaseEntity | null> {
    return this.tx.manager.findOne(CaseEntity, {
      where: { id },
      ...(options.lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
  }

  /**
   * These cases as a list shows them: every column but the bodies (as `page`), which the
   * resolvers read by `bodiesByIds` when a client asks for them.
   */
  findListRowsByIds(ids: readonly string[]): Promise<CaseEntity[]> {
    return ids.length
      ? this.tx.manager.find(CaseEntity, {
          select: Object.fromEntries(this.listColumns().map((name) => [name, true])),
          where: { id: In([...ids]) },
        })
      : Promise.resolve([]);
  }

  /** The bodies of these cases (a list's rows are read without them: `page`). */
  bodiesByIds(ids: readonly string[]): Promise<CaseBodies[]> {
    return ids.length
      ? this.tx.manager.find(CaseEntity, {
          select: { id: true, ...Object.fromEntries(CASE_BODY_FIELDS.map((f) => [f, true])) },
          where: { id: In([...ids]) },
        })
      : Promise.resolve([]);
  }

  /**
   * Only what a content reference needs (the access facts, title, status, review dates), for
   * lists of references such as a notification page's items: not the bodies, which are most of
   * a row and which no reference shows.
   */
  findRefRowsByIds(ids: readonly string[]): Promise<CaseRefRow[]> {
    return ids.length
      ? this.tx.manager.find(CaseEntity, {
          select: {
            id: true,
            attribution: true,
            title: true,
            status: true,
            sharingLevel: true,
            authorId: true,
            authorOrganisationId: true,
            recipientOrganisationIds: true,
            recipientMemberIds: true,
            hiddenAt: true,
            reviewRequestedAt: true,
          },
          where: { id: In([...ids]) },
        })
      : Promise.resolve([]);
  }

  findByIds(ids: readonly string[]): Promise<CaseEntity[]> {
    return ids.length
      ? this.tx.manager.findBy(CaseEntity, { id: In([...ids]) })
      : Promise.resolve([]);
  }

  async publishedVisibleIds(): Promise<string[]> {
    const rows: { id: string }[] = await this.tx.manager.query(
      `SELECT id FROM case_study WHERE status = 'PUBLISHED' AND hidden_at IS NULL ORDER BY id`,
    );
    return rows.map((r) => r.id);
  }

  insert(row: Partial<CaseEntity>): Promise<CaseEntity> {
    return this.tx.manager.save(CaseEntity, this.tx.manager.create(CaseEntity, row));
  }

  /** Items whose author asked for a new review after one kept them hidden, oldest first. */
  awaitingReview(): Promise<Pick<CaseEntity, 'id' | 'reviewRequestedAt'>[]> {
    return this.tx.manager.find(CaseEntity, {
      select: { id: true, reviewRequestedAt: true },
      where: { reviewRequestedAt: Not(IsNull()) },
      order: { reviewRequestedAt: 'ASC', id: 'ASC' },
    });
  }

  async update(id: string, changes: Partial<CaseEntity>): Promise<void> {
    await this.tx.manager.update(CaseEntity, { id }, { ...changes, updatedAt: new Date() });
  }

  /** Removes the case; its revisions go with it (ON DELETE CASCADE). */
  async delete(id: string): Promise<void> {
    await this.tx.manager.delete(CaseEntity, { id });
  }

  async addRevision(caseId: string, version: number, snapshot: Record<string, unknown>) {
    await this.tx.manager.insert(CaseRevisionEntity, {
      caseId,
      version,
      snapshot: snapshot as QueryDeepPartialEntity<Record<string, unknown>>,
    });
  }

  /** A case's revisions, newest first, by keyset on the version (unique per case). */
  revisionsOf(caseId: string, page: KeysetPage) {
    const query = this.tx.manager
      .createQueryBuilder(CaseRevisionEntity, 'revision')
      .where('revision.case_id = :caseId', { caseId });
    return keysetPaginate(
      query,
      [{ expression: 'revision.version', value: (row) => row.version, cast: 'integer' }],
      page,
    );
  }

  findRevision(caseId: string, revisionId: string): Promise<CaseRevisionEntity | null> {
    return this.tx.manager.findOne(CaseRevisionEntity, {
      where: { id: revisionId, caseId },
      lock: { mode: 'pessimistic_write' },
    });
  }

  async redactRevision(revisionId: string, reason: string): Promise<void> {
    await this.tx.manager.update(
      CaseRevisionEntity,
      { id: revisionId },
      {
        snapshot: {},
        redactedAt: new Date(),
        redactionReason: reason,
      },
    );
  }

  /** Community submissions waiting for a first decision, oldest first. */
  pendingSubmissions(): Promise<Pick<CaseEntity, 'id' | 'submittedAt'>[]> {
    return this.tx.manager.find(CaseEntity, {
      select: { id: true, submittedAt: true },
      where: { status: CaseStatus.SUBMITTED, sharingLevel: In(['CLEAR', 'GREEN']) },
      order: { submittedAt: 'ASC', id: 'ASC' },
    });
  }

  /**
   * One page of the cases a viewer may read (`readable` comes from ContentAccess), newest
   * first by publication (drafts by creation). The count uses the same condition.
   */
  page(
    readable: ReadableCondition,
    filter: CaseFilterInput,
    viewerId: string | null,
    page: KeysetPage,
  ) {
    const c = CASE_ALIAS;
    const query = this.tx.manager
      .createQueryBuilder(CaseEntity, c)
      .select(this.listColumns().map((name) => `${c}.${name}`))
      .where(readable.sql, readable.params)
      .andWhere(`${c}.status IN (:...statuses)`, {
        statuses: filter.statuses?.length ? filter.statuses : [CaseStatus.PUBLISHED],
      });
    if (filter.topicIds?.length)
      query.andWhere(`${c}.topic_ids && CAST(:topicIds AS uuid[])`, { topicIds: filter.topicIds });
    if (filter.countryCodes?.length)
      query.andWhere(`${c}.country_codes && CAST(:countryCodes AS char(2)[])`, {
        countryCodes: filter.countryCodes,
      });
    if (filter.outcomes?.length)
      query.andWhere(`${c}.outcome IN (:...outcomes)`, { outcomes: filter.outcomes });
    if (filter.years?.length) query.andWhere(`${c}.year IN (:...years)`, { years: filter.years });
    if (filter.sharingLevels?.length)
      query.andWhere(`${c}.sharing_level IN (:...levels)`, { levels: filter.sharingLevels });
    if (filter.mine) {
      // A visitor has no cases of their own; the impossible id keeps the query valid.
      query.andWhere(`${c}.author_id = :mine`, {
        mine: viewerId ?? '00000000-0000-0000-0000-000000000000',
      });
    }
    return keysetPaginate(
      query,
      [
        {
          expression: `COALESCE(${c}.published_at, ${c}.created_at)`,
          cast: 'timestamptz',
          value: (row) => (row.publishedAt ?? row.createdAt).toISOString(),
        },
        { expression: `${c}.id`, cast: 'uuid', value: (row) => row.id },
      ],
      page,
    );
  }
}
