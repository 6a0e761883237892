// SPDX-License-Identifier: EUPL-1.2
import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { eraseValuesIn } from 'src/common/erasure';
import { TransactionHost } from 'src/database/transaction-host';
import type { ConnectionShape } from 'src/graph/pagination/connection.type';
import { keysetPaginate, type KeysetPage } from 'src/graph/pagination/keyset';
import type { SqlCondition } from 'src/modules/access-policy/access-policy';
import type { AssessmentStatus } from 'src/modules/assessments/assessment-enums';
import {
  AssessmentChangeEntity,
  AssessmentEntity,
  AssessmentItemEntity,
  AssessmentMitigationEntity,
  AssessmentShareEntity,
} from 'src/modules/assessments/assessment.entity';

/** All query code of self-assessments. No rules: the services and the access policy decide. */
@Injectable()
export class AssessmentsRepository {
  constructor(private readonly tx: TransactionHost) {}

  findById(id: string, options: { lock?: boolean } = {}): Promise<AssessmentEntity | null> {
    return this.tx.manager.findOne(AssessmentEntity, {
      where: { id },
      ...(options.lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
  }

  /** The assessments the condition lets through, newest updated first. */
  page(
    readable: SqlCondition,
    status: AssessmentStatus | null,
    page: KeysetPage,
  ): Promise<ConnectionShape<AssessmentEntity>> {
    const query = this.tx.manager
      .createQueryBuilder(AssessmentEntity, 'a')
      .where(readable.sql, readable.params);
    if (status) query.andWhere('a.status = :status', { status });
    return keysetPaginate(
      query,
      [
        {
          expression: 'a.updated_at',
          value: (r) => r.updatedAt.toISOString(),
          cast: 'timestamptz',
        },
        { expression: 'a.id', value: (r) => r.id, cast: 'uuid' },
      ],
      page,
    );
  }

  insert(row: Partial<AssessmentEntity>): Promise<AssessmentEntity> {
    return this.tx.manager.save(AssessmentEntity, this.tx.manager.create(AssessmentEntity, row));
  }

  async update(id: string, patch: Partial<AssessmentEntity>): Promise<void> {
    await this.tx.manager.update(AssessmentEntity, { id }, patch);
  }

  async delete(id: string): Promise<void> {
    await this.tx.manager.delete(AssessmentEntity, { id });
  }

  /** Shared member ids per assessment. */
  async sharesOf(assessmentIds: readonly string[]): Promise<Map<string, string[]>> {
    const rows = assessmentIds.length
      ? await this.tx.manager.findBy(AssessmentShareEntity, {
          assessmentId: In([...assessmentIds]),
        })
      : [];
    const map = new Map<string, string[]>(assessmentIds.map((id) => [id, []]));
    for (const row of rows) map.get(row.assessmentId)?.push(row.memberId);
    return map;
  }

  async replaceShares(assessmentId: string, memberIds: readonly string[]): Promise<void> {
    await this.tx.manager.delete(AssessmentShareEntity, { assessmentId });
    if (memberIds.length === 0) return;
    await this.tx.manager.insert(
      AssessmentShareEntity,
      memberIds.map((memberId) => ({ assessmentId, memberId })),
    );
  }

  itemsOf(assessmentId: string): Promise<AssessmentItemEntity[]> {
    return this.tx.manager.findBy(AssessmentItemEntity, { assessmentId });
  }

  async insertItems(assessmentId: string, questionKeys: readonly string[]): Promise<void> {
    if (questionKeys.length === 0) return;
    await this.tx.manager.insert(
      AssessmentItemEntity,
      questionKeys.map((questionKey) => ({
        assessmentId,
        questionKey,
        answer: null,
        note: null,
        risk: null,
      })),
    );
  }

  async updateItem(
    assessmentId: string,
    questionKey: string,
    patch: Pick<AssessmentItemEntity, 'answer' | 'note' | 'risk'>,
  ): Promise<void> {
    // Upsert: an item whose row is missing (never expected) still gets its answer.
    await this.tx.manager.upsert(AssessmentItemEntity, { assessmentId, questionKey, ...patch }, [
      'assessmentId',
      'questionKey',
    ]);
  }

  mitigationsOf(assessmentId: string): Promise<AssessmentMitigationEntity[]> {
    return this.tx.manager.find(AssessmentMitigationEntity, {
      where: { assessmentId },
      order: { questionKey: 'ASC', position: 'ASC' },
    });
  }

  async replaceMitigations(
    assessmentId: string,
    questionKey: string,
    mitigations: readonly { description: string; owner: string; dueOn: string | null }[],
  ): Promise<void> {
    await this.tx.manager.delete(AssessmentMitigationEntity, { assessmentId, questionKey });
    if (mitigations.length === 0) return;
    await this.tx.manager.insert(
      AssessmentMitigationEntity,
      mitigations.map((m, position) => ({ assessmentId, questionKey, position, ...m })),
    );
  }

  async addChange(row: Omit<AssessmentChangeEntity, 'id' | 'at'>): Promise<void> {
    await this.tx.manager.insert(AssessmentChangeEntity, row);
  }

  /** History newest first, with the actor's display name (empty once erased). */
  historyPage(assessmentId: string, page: KeysetPage) {
    const query = this.tx.manager
      .createQueryBuilder(AssessmentChangeEntity, 'c')
      .where('c.assessment_id = :assessmentId', { assessmentId });
    return keysetPaginate(
      query,
      [
        { expression: 'c.at', value: (r) => r.at.toISOString(), cast: 'timestamptz' },
        { expression: 'c.id', value: (r) => r.id, cast: 'uuid' },
      ],
      page,
    );
  }

  /** Every change, oldest first (exports). */
  allChanges(assessmentId: string): Promise<AssessmentChangeEntity[]> {
    return this.tx.manager.find(AssessmentChangeEntity, {
      where: { assessmentId },
      order: { at: 'ASC', id: 'ASC' },
    });
  }

  /** Decided assessments whose review date is one of these days (the reminder job). */
  dueForReminder(days: readonly string[]): Promise<AssessmentEntity[]> {
    return days.length
      ? this.tx.manager.findBy(AssessmentEntity, { reviewOn: In([...days]) })
      : Promise.resolve([]);
  }

  /** Assessments a member owns (data export), oldest first. */
  ownedBy(memberId: string): Promise<AssessmentEntity[]> {
    return this.tx.manager.find(AssessmentEntity, {
      where: { ownerId: memberId },
      order: { createdAt: 'ASC' },
    });
  }

  /** Replaces these values with "[erased]" in every free-text column of the assessment tables. */
  async eraseValues(values: readonly string[]): Promise<void> {
    const text = (name: string) => ({ name, type: 'text' as const });
    const m = this.tx.manager;
    await eraseValuesIn(
      m,
      'assessment',
      ['title', 'collaboration_summary', 'decision_reason'].map(text),
      values,
    );
    await eraseValuesIn(m, 'assessment_item', [text('note')], values);
    await eraseValuesIn(m, 'assessment_mitigation', ['description', 'owner'].map(text), values);
  }

  async removeMemberFromShares(memberId: string): Promise<void> {
    await this.tx.manager.delete(AssessmentShareEntity, { memberId });
  }
}
