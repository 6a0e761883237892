// SPDX-License-Identifier: EUPL-1.2
import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { TransactionHost } from 'src/database/transaction-host';
import { CitationEntity } from 'src/modules/guidelines/citation.entity';
import { GuidelineVersionStatus } from 'src/modules/guidelines/guideline-enums';
import { GuidelineReadEntity } from 'src/modules/guidelines/guideline-read.entity';
import {
  GuidelineEntity,
  GuidelineSectionEntity,
  GuidelineSectionQuestionEntity,
  GuidelineVersionEntity,
} from 'src/modules/guidelines/guideline.entity';

/** What a citation names: one item and its place in that item's list. */
export type CitingItem = { caseId: string } | { questionId: string } | { answerId: string };

/** All query code of the guideline library. No rules: GuidelinesService decides. */
@Injectable()
export class GuidelinesRepository {
  constructor(private readonly tx: TransactionHost) {}

  all(): Promise<GuidelineEntity[]> {
    return this.tx.manager.find(GuidelineEntity, { order: { slug: 'ASC' } });
  }

  findById(id: string): Promise<GuidelineEntity | null> {
    return this.tx.manager.findOneBy(GuidelineEntity, { id });
  }

  findByIds(ids: readonly string[]): Promise<GuidelineEntity[]> {
    return ids.length
      ? this.tx.manager.findBy(GuidelineEntity, { id: In([...ids]) })
      : Promise.resolve([]);
  }

  findBySlug(slug: string): Promise<GuidelineEntity | null> {
    return this.tx.manager.findOneBy(GuidelineEntity, { slug });
  }

  insertGuideline(row: Partial<GuidelineEntity>): Promise<GuidelineEntity> {
    return this.tx.manager.save(GuidelineEntity, this.tx.manager.create(GuidelineEntity, row));
  }

  /** Every version of these guidelines, oldest first. */
  versionsOf(guidelineIds: readonly string[]): Promise<GuidelineVersionEntity[]> {
    return guidelineIds.length
      ? this.tx.manager.find(GuidelineVersionEntity, {
          where: { guidelineId: In([...guidelineIds]) },
          order: { number: 'ASC' },
        })
      : Promise.resolve([]);
  }

  findVersion(id: string, options: { lock?: boolean } = {}) {
    return this.tx.manager.findOne(GuidelineVersionEntity, {
      where: { id },
      ...(options.lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
  }

  findVersionsByIds(ids: readonly string[]): Promise<GuidelineVersionEntity[]> {
    return ids.length
      ? this.tx.manager.findBy(GuidelineVersionEntity, { id: In([...ids]) })
      : Promise.resolve([]);
  }

  findVersionByNumber(guidelineId: string, number: number) {
    return this.tx.manager.findOneBy(GuidelineVersionEntity, { guidelineId, number });
  }

  /** The newest published version of each guideline, keyed by guideline id. */
  async latestPublished(
    guidelineIds: readonly string[],
  ): Promise<Map<string, GuidelineVersionEntity>> {
    if (guidelineIds.length === 0) return new Map();
    const rows = await this.tx.manager
      .createQueryBuilder(GuidelineVersionEntity, 'v')
      .distinctOn(['v.guideline_id'])
      .where('v.guideline_id IN (:...ids) AND v.status = :published', {
        ids: [...guidelineIds],
        published: GuidelineVersionStatus.PUBLISHED,
      })
      .orderBy('v.guideline_id')
      .addOrderBy('v.number', 'DESC')
      .getMany();
    return new Map(rows.map((v) => [v.guidelineId, v]));
  }

  async nextNumber(guidelineId: string): Promise<number> {
    const [row] = await this.tx.manager.query<{ next: number }[]>(
      `SELECT coalesce(max(number), 0) + 1 AS next FROM guideline_version WHERE guideline_id = $1`,
      [guidelineId],
    );
    return row!.next;
  }

  insertVersion(row: Partial<GuidelineVersionEntity>): Promise<GuidelineVersionEntity> {
    return this.tx.manager.save(
      GuidelineVersionEntity,
      this.tx.manager.create(GuidelineVersionEntity, row),
    );
  }

  async updateVersion(id: string, patch: Partial<GuidelineVersionEntity>): Promise<void> {
    await this.tx.manager.update(GuidelineVersionEntity, { id }, patch);
  }

  /** The sections of these versions, in order. */
  sectionsOf(versionIds: readonly string[]): Promise<GuidelineSectionEntity[]> {
    return versionIds.length
      ? this.tx.manager.find(GuidelineSectionEntity, {
          where: { versionId: In([...versionIds]) },
          order: { position: 'ASC' },
        })
      : Promise.resolve([]);
  }

  /** Replaces a draft's sections (the trigger refuses this for a published version). */
  async replaceSections(
    versionId: string,
    sections: readonly Omit<GuidelineSectionEntity, 'id' | 'versionId' | 'position'>[],
  ): Promise<void> {
    await this.tx.manager.delete(GuidelineSectionEntity, { versionId });
    if (sections.length === 0) return;
    await this.tx.manager.insert(
      GuidelineSectionEntity,
      sections.map((s, position) => ({
        versionId,
        position,
        key: s.key,
        headingSv: s.headingSv,
        headingEn: s.headingEn,
        bodySv: s.bodySv,
        bodyEn: s.bodyEn,
      })),
    );
  }

  /** The assessment questions of these versions, in section then question order. */
  async questionsOf(versionIds: readonly string[]): Promise<GuidelineSectionQuestionEntity[]> {
    if (versionIds.length === 0) return [];
    return this.tx.manager
      .createQueryBuilder(GuidelineSectionQuestionEntity, 'q')
      .innerJoin(
        GuidelineSectionEntity,
        's',
        's.version_id = q.version_id AND s.key = q.section_key',
      )
      .where('q.version_id IN (:...ids)', { ids: [...versionIds] })
      .orderBy('s.position', 'ASC')
      .addOrderBy('q.position', 'ASC')
      .getMany();
  }

  /**
   * Replaces a draft's questions (the trigger refuses this for a published version). Call after
   * `replaceSections`, whose delete has already cascaded to the old questions.
   */
  async replaceQuestions(
    versionId: string,
    questions: readonly Pick<
      GuidelineSectionQuestionEntity,
      'sectionKey' | 'key' | 'textSv' | 'textEn'
    >[],
  ): Promise<void> {
    await this.tx.manager.delete(GuidelineSectionQuestionEntity, { versionId });
    if (questions.length === 0) return;
    const positions = new Map<string, number>();
    await this.tx.manager.insert(
      GuidelineSectionQuestionEntity,
      questions.map((q) => {
        const position = positions.get(q.sectionKey) ?? 0;
        positions.set(q.sectionKey, position + 1);
        return {
          versionId,
          sectionKey: q.sectionKey,
          key: q.key,
          position,
          textSv: q.textSv,
          textEn: q.textEn,
        };
      }),
    );
  }

  readsOf(memberId: string, guidelineIds: readonly string[]): Promise<GuidelineReadEntity[]> {
    return guidelineIds.length
      ? this.tx.manager.findBy(GuidelineReadEntity, {
          memberId,
          guidelineId: In([...guidelineIds]),
        })
      : Promise.resolve([]);
  }

  async recordRead(memberId: string, guidelineId: string, versionId: string): Promise<void> {
    await this.tx.manager.query(
      `INSERT INTO guideline_read (member_id, guideline_id, version_id) VALUES ($1, $2, $3)
       ON CONFLICT (member_id, guideline_id)
       DO UPDATE SET version_id = EXCLUDED.version_id, read_at = now()`,
      [memberId, guidelineId, versionId],
    );
  }

  async replaceCitations(
    item: CitingItem,
    citations: readonly { versionId: string; sectionKey: string }[],
  ): Promise<void> {
    await this.tx.manager.delete(CitationEntity, item);
    if (citations.length === 0) return;
    await this.tx.manager.insert(
      CitationEntity,
      citations.map((c, position) => ({
        caseId: null,
        questionId: null,
        answerId: null,
        ...item,
        versionId: c.versionId,
        sectionKey: c.sectionKey,
        position,
      })),
    );
  }

  citationsOf(column: 'caseId' | 'questionId' | 'answerId', ids: readonly string[]) {
    return ids.length
      ? this.tx.manager.find(CitationEntity, {
          where: { [column]: In([...ids]) },
          order: { position: 'ASC' },
        })
      : Promise.resolve([]);
  }
}
