// SPDX-License-Identifier: EUPL-1.2
import { Injectable } from '@nestjs/common';
import type { Viewer } from 'src/graph/auth/viewer';
import { TransactionHost } from 'src/database/transaction-host';
import type { SqlCondition } from 'src/modules/access-policy/access-policy';
import { AssessmentAccess } from 'src/modules/access-policy/assessment-access';
import { ContentAccess } from 'src/modules/access-policy/content-access';
import {
  ANSWER,
  CASE,
  ITEM,
  QUESTION,
  answerAudienceSql,
} from 'src/modules/access-policy/content-kinds';
import type { ContentRef } from 'src/modules/content/content-adapter';
import { ContentRegistry } from 'src/modules/content/content-registry';
import { ContentType, SHARED_CONTENT_TYPES } from 'src/modules/content/content-type.enum';
import { Attribution } from 'src/modules/attribution/attribution.enum';
import { SharingLevel } from 'src/modules/access-policy/sharing-level.enum';
import { NotificationEntity } from 'src/modules/notifications/notification.entity';

/** Aliases of the content rows inside the notification condition (their policy params follow). */
const CASE_ALIAS = 'nc';
const QUESTION_ALIAS = 'nq';
const ANSWER_ALIAS = 'na';
const ASSESSMENT_ALIAS = 'nas';

/**
 * The notifications module's only door to ContentAccess (see README.md, "Access"). Every
 * read of a notification — list, unread count, mark read, the live push, the e-mail job — asks
 * `readableSql` at read time, and delivery locks the item with `lockItem` before it decides.
 */
@Injectable()
export class NotificationAccess {
  constructor(
    private readonly tx: TransactionHost,
    private readonly access: ContentAccess,
    private readonly registry: ContentRegistry,
    private readonly assessments: AssessmentAccess,
  ) {}

  /**
   * True for a notification (alias `n`) whose item the viewer may read now: the policy's own
   * condition for the item's type, over the item's current row. A notification that names an
   * answer (`payload.answerId`) also needs that answer readable. A data export is readable to
   * the member it belongs to only. Unknown types and items that no longer exist read as false
   * (deny by default).
   */
  readableSql(viewer: Viewer, n = 'n'): SqlCondition {
    const caseRule = this.access.readableCondition(viewer, CASE, CASE_ALIAS);
    const questionRule = this.access.readableCondition(viewer, QUESTION, QUESTION_ALIAS);
    const answerRule = this.access.readableCondition(viewer, ANSWER, ANSWER_ALIAS);
    const assessmentRule = this.assessments.readableSql(viewer, ASSESSMENT_ALIAS);
    const answerReadable = (idSql: string) => `EXISTS (
      SELECT 1 FROM (${answerAudienceSql(`ans.id = ${idSql}`)}) ${ANSWER_ALIAS}
      WHERE ${answerRule.sql})`;
    const sql = `(
      (${n}.content_type = 'CASE' AND EXISTS (
        SELECT 1 FROM case_study ${CASE_ALIAS}
         WHERE ${CASE_ALIAS}.id = ${n}.content_id AND ${caseRule.sql}))
      OR (${n}.content_type = 'QUESTION' AND EXISTS (
        SELECT 1 FROM question ${QUESTION_ALIAS}
         WHERE ${QUESTION_ALIAS}.id = ${n}.content_id AND ${questionRule.sql}))
      OR (${n}.content_type = 'ANSWER' AND ${answerReadable(`${n}.content_id`)})
      OR (${n}.content_type = 'ASSESSMENT' AND EXISTS (
        SELECT 1 FROM assessment ${ASSESSMENT_ALIAS}
         WHERE ${ASSESSMENT_ALIAS}.id = ${n}.content_id AND ${assessmentRule.sql}))
      OR (${n}.content_type = 'GUIDELINE' AND EXISTS (
        SELECT 1 FROM guideline_version gv
         WHERE gv.guideline_id = ${n}.content_id AND gv.status = 'PUBLISHED'))
      OR (${n}.content_type = 'DATA_EXPORT' AND EXISTS (
        SELECT 1 FROM data_export de
         WHERE de.id = ${n}.content_id AND de.member_id = ${n}.member_id))
    ) AND (${n}.payload->>'answerId' IS NULL OR ${answerReadable(`(${n}.payload->>'answerId')::uuid`)})`;
    return {
      sql,
      params: {
        ...caseRule.params,
        ...questionRule.params,
        ...answerRule.params,
        ...assessmentRule.params,
      },
    };
  }

  /** The viewer's own notification, if its item is readable to them now. */
  findReadable(viewer: Viewer, id: string): Promise<NotificationEntity | null> {
    const readable = this.readableSql(viewer);
    return this.tx.manager
      .createQueryBuilder(NotificationEntity, 'n')
      .where('n.id = :id AND n.member_id = :member', { id, member: viewer.memberId })
      .andWhere(readable.sql, readable.params)
      .getOne();
  }

  /**
   * The items' current state for this viewer: a ref per item the viewer may read now, keyed
   * `TYPE:id`. Titles are rendered from these, never from a copy made at notify time.
   */
  async currentItems(
    viewer: Viewer,
    items: readonly { contentType: ContentType; contentId: string }[],
  ): Promise<Map<string, ContentRef>> {
    // Each kind of item is one statement; they go side by side (outside a transaction, each on
    // its own pool connection), so a page costs one round trip for its items, not one per kind.
    const shared = SHARED_CONTENT_TYPES.map(async (type) => {
      const ids = [...new Set(items.filter((i) => i.contentType === type).map((i) => i.contentId))];
      if (ids.length === 0) return [];
      const refs = await this.registry.adapter(type).findRefs(ids);
      return refs.filter((ref) => this.access.canRead(viewer, ITEM, ref));
    });
    const found = await Promise.all([
      this.guidelineRefs(viewer, items),
      this.assessmentRefs(viewer, items),
      ...shared,
    ]);
    return new Map(found.flat().map((ref) => [itemKey(ref.type, ref.id), ref]));
  }

  /**
   * Guidelines with a published version, which every member reads (DOMAIN §13), as refs of the
   * shape the rest of this file expects: live, at the level every member reads (GREEN, so their
   * title may go by e-mail), with the newest version's title in the viewer's language.
   */
  private async guidelineRefs(
    viewer: Viewer,
    items: readonly { contentType: ContentType; contentId: string }[],
  ): Promise<ContentRef[]> {
    const ids = [
      ...new Set(
        items.filter((i) => i.contentType === ContentType.GUIDELINE).map((i) => i.contentId),
      ),
    ];
    if (ids.length === 0) return [];
    const rows: { id: string; title_sv: string; title_en: string }[] = await this.tx.manager.query(
      `SELECT DISTINCT ON (guideline_id) guideline_id AS id, title_sv, title_en
         FROM guideline_version WHERE guideline_id = ANY($1::uuid[]) AND status = 'PUBLISHED'
        ORDER BY guideline_id, number DESC`,
      [ids],
    );
    return rows.map((row) => ({
      type: ContentType.GUIDELINE,
      id: row.id,
      title: viewer.locale === 'EN' ? row.title_en : row.title_sv,
      attribution: Attribution.NAMED,
      hidden: false,
      hiddenAt: null,
      status: 'PUBLISHED',
      reviewRequestedAt: null,
      sharingLevel: SharingLevel.GREEN,
      authorId: '',
      authorOrganisationId: '',
      recipientOrganisationIds: [],
      recipientMemberIds: [],
      stage: 'LIVE',
    }));
  }

  /**
   * Assessments the viewer reads now (DOMAIN §15: owner and shared members, in its
   * organisation), as refs: RED, so no e-mail ever carries their title, which in-app
   * notifications show to these readers only.
   */
  private async assessmentRefs(
    viewer: Viewer,
    items: readonly { contentType: ContentType; contentId: string }[],
  ): Promise<ContentRef[]> {
    const ids = [
      ...new Set(
        items.filter((i) => i.contentType === ContentType.ASSESSMENT).map((i) => i.contentId),
      ),
    ];
    if (ids.length === 0) return [];
    const rule = this.assessments.readableSql(viewer, ASSESSMENT_ALIAS);
    const rows: { id: string; title: string; owner_id: string; organisation_id: string }[] =
      await this.tx.manager
        .createQueryBuilder()
        .select([
          `${ASSESSMENT_ALIAS}.id AS id`,
          `${ASSESSMENT_ALIAS}.title AS title`,
          `${ASSESSMENT_ALIAS}.owner_id AS owner_id`,
          `${ASSESSMENT_ALIAS}.organisation_id AS organisation_id`,
        ])
        .from('assessment', ASSESSMENT_ALIAS)
        .where(`${ASSESSMENT_ALIAS}.id IN (:...ids)`, { ids })
        .andWhere(rule.sql, rule.params)
        .getRawMany();
    return rows.map((row) => ({
      type: ContentType.ASSESSMENT,
      id: row.id,
      title: row.title,
      attribution: Attribution.NAMED,
      hidden: false,
      hiddenAt: null,
      status: 'ASSESSMENT',
      reviewRequestedAt: null,
      sharingLevel: SharingLevel.RED,
      authorId: row.owner_id,
      authorOrganisationId: row.organisation_id,
      recipientOrganisationIds: [],
      recipientMemberIds: [],
      stage: 'PRIVATE',
    }));
  }

  /**
   * Locks the item's row(s) FOR SHARE in the current transaction, before delivery reads it: a
   * hide or narrowing committed earlier is then seen, and one that starts later waits until the
   * notifications are committed (and then the read-time check hides them).
   */
  async lockItem(type: ContentType, id: string): Promise<void> {
    this.tx.requireTransaction('NotificationAccess.lockItem');
    switch (type) {
      case ContentType.CASE:
        await this.tx.manager.query(`SELECT 1 FROM case_study WHERE id = $1 FOR SHARE`, [id]);
        return;
      case ContentType.QUESTION:
        await this.tx.manager.query(`SELECT 1 FROM question WHERE id = $1 FOR SHARE`, [id]);
        return;
      case ContentType.ANSWER:
        await this.tx.manager.query(
          `SELECT 1 FROM answer a JOIN question q ON q.id = a.question_id
            WHERE a.id = $1 FOR SHARE OF a, q`,
          [id],
        );
        return;
      case ContentType.GUIDELINE:
        // A published version never changes or goes away: nothing to wait for.
        return;
      case ContentType.ASSESSMENT:
        await this.tx.manager.query(`SELECT 1 FROM assessment WHERE id = $1 FOR SHARE`, [id]);
        return;
      case ContentType.DATA_EXPORT:
        // Only its own member hears of an export, and it never becomes less theirs.
        return;
    }
  }
}

export const itemKey = (type: ContentType, id: string) => `${type}:${id}`;
