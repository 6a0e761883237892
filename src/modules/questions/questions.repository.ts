// SPDX-License-Identifier: EUPL-1.2
import { Injectable } from '@nestjs/common';
import { In, IsNull, Not } from 'typeorm';
import { TransactionHost } from 'src/database/transaction-host';
import type { ReadableCondition } from 'src/modules/access-policy/content-access';
import type { QuestionAccessFacts } from 'src/modules/access-policy/content-kinds';
import { keysetPaginate, type KeysetPage } from 'src/graph/pagination/keyset';
import type { QuestionFilterInput } from 'src/modules/questions/dto/question.inputs';
import { QuestionStatus } from 'src/modules/questions/question-enums';
import { QuestionEntity } from 'src/modules/questions/question.entity';

export const QUESTION_ALIAS = 'q';
const NO_ONE = '00000000-0000-0000-0000-000000000000';

/** The columns `findRefRowsByIds` reads: a content reference's. */
export type QuestionRefRow = QuestionAccessFacts &
  Pick<QuestionEntity, 'id' | 'attribution' | 'title' | 'reviewRequestedAt'>;

@Injectable()
export class QuestionsRepository {
  constructor(private readonly tx: TransactionHost) {}

  findById(id: string, options: { lock?: boolean } = {}): Promise<QuestionEntity | null> {
    return this.tx.manager.findOne(QuestionEntity, {
      where: { id },
      ...(options.lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
  }

  /**
   * Only what a content reference needs (the access facts, title, status, review dates), for
   * lists of references such as a notification page's items: not the bodies, which are most of
   * a row and which no reference shows.
   */
  findRefRowsByIds(ids: readonly string[]): Promise<QuestionRefRow[]> {
    return ids.length
      ? this.tx.manager.find(QuestionEntity, {
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
            directedToIds: true,
            hiddenAt: true,
            reviewRequestedAt: true,
          },
          where: { id: In([...ids]) },
        })
      : Promise.resolve([]);
  }

  findByIds(ids: readonly string[]): Promise<QuestionEntity[]> {
    return ids.length
      ? this.tx.manager.findBy(QuestionEntity, { id: In([...ids]) })
      : Promise.resolve([]);
  }

  async liveIds(): Promise<string[]> {
    const rows: { id: string }[] = await this.tx.manager.query(
      `SELECT id FROM question WHERE status IN ('OPEN', 'ANSWERED', 'CLOSED') AND hidden_at IS NULL ORDER BY id`,
    );
    return rows.map((r) => r.id);
  }

  insert(row: Partial<QuestionEntity>): Promise<QuestionEntity> {
    return this.tx.manager.save(QuestionEntity, this.tx.manager.create(QuestionEntity, row));
  }

  /** Items whose author asked for a new review after one kept them hidden, oldest first. */
  awaitingReview(): Promise<Pick<QuestionEntity, 'id' | 'reviewRequestedAt'>[]> {
    return this.tx.manager.find(QuestionEntity, {
      select: { id: true, reviewRequestedAt: true },
      where: { reviewRequestedAt: Not(IsNull()) },
      order: { reviewRequestedAt: 'ASC', id: 'ASC' },
    });
  }

  async update(id: string, changes: Partial<QuestionEntity>): Promise<void> {
    await this.tx.manager.update(QuestionEntity, { id }, { ...changes, updatedAt: new Date() });
  }

  pendingReview(): Promise<Pick<QuestionEntity, 'id' | 'createdAt'>[]> {
    return this.tx.manager.find(QuestionEntity, {
      select: { id: true, createdAt: true },
      where: { status: QuestionStatus.PENDING_REVIEW, sharingLevel: In(['CLEAR', 'GREEN']) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  page(
    readable: ReadableCondition,
    filter: QuestionFilterInput,
    viewerId: string | null,
    page: KeysetPage,
  ) {
    const q = QUESTION_ALIAS;
    const query = this.tx.manager
      .createQueryBuilder(QuestionEntity, q)
      .where(readable.sql, readable.params)
      .andWhere(`${q}.status IN (:...statuses)`, {
        statuses: filter.statuses?.length
          ? filter.statuses
          : [QuestionStatus.OPEN, QuestionStatus.ANSWERED, QuestionStatus.CLOSED],
      });
    if (filter.topicIds?.length)
      query.andWhere(`${q}.topic_ids && CAST(:topicIds AS uuid[])`, { topicIds: filter.topicIds });
    if (filter.countryCodes?.length)
      query.andWhere(`${q}.country_codes && CAST(:countryCodes AS char(2)[])`, {
        countryCodes: filter.countryCodes,
      });
    if (filter.directedToIds?.length)
      query.andWhere(`${q}.directed_to_ids && CAST(:directedToIds AS uuid[])`, {
        directedToIds: filter.directedToIds,
      });
    if (filter.unanswered)
      query.andWhere(
        `NOT EXISTS (SELECT 1 FROM answer a WHERE a.question_id = ${q}.id AND a.status = 'PUBLISHED' AND a.hidden_at IS NULL)`,
      );
    if (filter.mine) query.andWhere(`${q}.author_id = :mine`, { mine: viewerId ?? NO_ONE });
    return keysetPaginate(
      query,
      [
        {
          expression: `COALESCE(${q}.opened_at, ${q}.created_at)`,
          cast: 'timestamptz',
          value: (row) => (row.openedAt ?? row.createdAt).toISOString(),
        },
        { expression: `${q}.id`, cast: 'uuid', value: (row) => row.id },
      ],
      page,
    );
  }

  /**
   * Open questions directed to an organisation, soonest due first; `readable` keeps to what the
   * expert may read (a RED question names its experts by role, an AMBER one by organisation).
   */
  triage(readable: ReadableCondition, organisationId: string): Promise<QuestionEntity[]> {
    const q = QUESTION_ALIAS;
    return this.tx.manager
      .createQueryBuilder(QuestionEntity, q)
      .where(readable.sql, readable.params)
      .andWhere(`:triageOrg = ANY(${q}.directed_to_ids)`, { triageOrg: organisationId })
      .andWhere(`${q}.status = 'OPEN'`)
      .orderBy(`${q}.response_due_on`, 'ASC', 'NULLS LAST')
      .addOrderBy(`${q}.opened_at`, 'ASC')
      .addOrderBy(`${q}.id`, 'ASC')
      .getMany();
  }
}
