import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Viewer } from 'src/graph/auth/viewer';
import { TransactionHost } from 'src/database/transaction-host';
import { AccessPolicy } from 'src/modules/access-policy/access-policy';
import { CASE_STAGE_SQL } from 'src/modules/cases/case-workflow';
import type { DigestWindow } from 'src/modules/digests/digest-period';
import type { FollowFrequency } from 'src/modules/follows/follow-enums';
import { QUESTION_STAGE_SQL } from 'src/modules/questions/question-workflow';

/** What a member follows, as the item query needs it. */
export interface FollowedTargets {
  topicIds: string[];
  countryCodes: string[];
  questionIds: string[];
  caseIds: string[];
}

export type DigestItemKind = 'CASE' | 'QUESTION' | 'ANSWER' | 'CASE_UPDATE';

/**
 * One thing to tell a member about. Restricted items (AMBER, AMBER_STRICT, RED) come without
 * title or text: the query never returns them, so they cannot end up in a mail by mistake.
 * No author column is ever selected.
 */
export interface DigestItem {
  kind: DigestItemKind;
  /** The case, question or answer. */
  id: string;
  /** What the link opens: the case, or the question (also for an answer). */
  linkType: 'CASE' | 'QUESTION';
  linkId: string;
  restricted: boolean;
  title: string | null;
  /** The case summary, or the question's or answer's Markdown body. */
  text: string | null;
  at: Date;
}

interface ItemRow {
  kind: DigestItemKind;
  id: string;
  link_type: 'CASE' | 'QUESTION';
  link_id: string;
  restricted: boolean;
  title: string | null;
  text: string | null;
  at: Date;
}

/** Queries of the digests: who gets one, what is in it, and the exactly-once delivery rows. */
@Injectable()
export class DigestsRepository {
  constructor(
    private readonly tx: TransactionHost,
    private readonly policy: AccessPolicy,
  ) {}

  /** Active members with at least one follow at this frequency, in a stable order. */
  async membersFollowing(frequency: FollowFrequency): Promise<string[]> {
    const rows: { member_id: string }[] = await this.tx.manager.query(
      `SELECT DISTINCT f.member_id FROM follow f
         JOIN member m ON m.id = f.member_id AND m.status = 'ACTIVE'
        WHERE f.frequency = $1
        ORDER BY f.member_id`,
      [frequency],
    );
    return rows.map((r) => r.member_id);
  }

  /**
   * Everything in the window that matches the member's follows and that the member may read
   * now (the access policy's SQL rule, plus LIVE: a moderator's view of the moderation queue
   * is not news). The member's own items are left out. One statement per member.
   */
  async itemsFor(
    viewer: Viewer,
    follows: FollowedTargets,
    window: DigestWindow,
  ): Promise<DigestItem[]> {
    const caseStage = CASE_STAGE_SQL('c');
    const questionStage = QUESTION_STAGE_SQL('q');
    const caseAccess = this.policy.readableSql(viewer, { alias: 'c', ...caseStage });
    const questionAccess = this.policy.readableSql(viewer, { alias: 'q', ...questionStage });
    const caseReadable = `(${caseStage.liveSql}) AND ${caseAccess.sql} AND c.author_id <> :member`;
    const questionReadable = `(${questionStage.liveSql}) AND ${questionAccess.sql}`;
    const matches = (alias: string) =>
      `(${alias}.topic_ids && CAST(:topics AS uuid[]) OR ${alias}.country_codes && CAST(:countries AS char(2)[]))`;
    const inWindow = (column: string) => `${column} > :start AND ${column} <= :end`;
    const sql = `
      WITH items AS (
        SELECT 'CASE' AS kind, c.id, 'CASE' AS link_type, c.id AS link_id, c.sharing_level,
               c.title, c.summary AS text, c.published_at AS at
          FROM case_study c
         WHERE ${inWindow('c.published_at')} AND ${matches('c')} AND ${caseReadable}
        UNION ALL
        SELECT 'QUESTION', q.id, 'QUESTION', q.id, q.sharing_level, q.title, q.body, q.opened_at
          FROM question q
         WHERE ${inWindow('q.opened_at')} AND ${matches('q')} AND ${questionReadable}
           AND q.author_id <> :member
        UNION ALL
        SELECT 'ANSWER', a.id, 'QUESTION', q.id, q.sharing_level, q.title, a.body, a.published_at
          FROM answer a JOIN question q ON q.id = a.question_id
         WHERE q.id = ANY(CAST(:questions AS uuid[])) AND ${inWindow('a.published_at')}
           AND a.status = 'PUBLISHED' AND a.hidden_at IS NULL AND a.author_id <> :member
           AND ${questionReadable}
        UNION ALL
        SELECT 'CASE_UPDATE', c.id, 'CASE', c.id, c.sharing_level, c.title, c.summary,
               max(r.created_at)
          FROM case_study c JOIN case_revision r ON r.case_id = c.id
         WHERE c.id = ANY(CAST(:cases AS uuid[])) AND c.published_at <= :start
           AND ${inWindow('r.created_at')} AND ${caseReadable}
         GROUP BY c.id
      )
      SELECT kind, id, link_type, link_id,
             sharing_level NOT IN ('CLEAR', 'GREEN') AS restricted,
             CASE WHEN sharing_level IN ('CLEAR', 'GREEN') THEN title END AS title,
             CASE WHEN sharing_level IN ('CLEAR', 'GREEN') THEN text END AS text,
             at
        FROM items
       ORDER BY at, id`;
    const [query, parameters] = this.tx.manager.connection.driver.escapeQueryWithParameters(sql, {
      ...caseAccess.params,
      ...questionAccess.params,
      member: viewer.memberId,
      start: window.start,
      end: window.end,
      topics: follows.topicIds,
      countries: follows.countryCodes,
      questions: follows.questionIds,
      cases: follows.caseIds,
    });
    const rows: ItemRow[] = await this.tx.manager.query(query, parameters);
    return rows.map((row) => ({
      kind: row.kind,
      id: row.id,
      linkType: row.link_type,
      linkId: row.link_id,
      restricted: row.restricted,
      title: row.title,
      text: row.text,
      at: row.at,
    }));
  }

  /** Creates the (key, member) row unless it exists; commits on its own. */
  async claim(deliveryKey: string, memberId: string): Promise<void> {
    await this.tx.manager.query(
      `INSERT INTO email_delivery (delivery_key, member_id) VALUES ($1, $2)
       ON CONFLICT (delivery_key, member_id) DO NOTHING`,
      [deliveryKey, memberId],
    );
  }

  /**
   * Locks the claimed row for the rest of the transaction, without waiting: a row locked by
   * another worker that is sending it right now fails with `lock_not_available` (55P03).
   */
  async lockClaim(
    manager: EntityManager,
    deliveryKey: string,
    memberId: string,
  ): Promise<{ id: string; sentAt: Date | null }> {
    const [row] = await manager.query<{ id: string; sent_at: Date | null }[]>(
      `SELECT id, sent_at FROM email_delivery
        WHERE delivery_key = $1 AND member_id = $2 FOR UPDATE NOWAIT`,
      [deliveryKey, memberId],
    );
    if (!row) throw new Error('The digest delivery row is missing after its claim');
    return { id: row.id, sentAt: row.sent_at };
  }

  async markSent(manager: EntityManager, id: string, itemCount: number): Promise<void> {
    await manager.query(
      `UPDATE email_delivery SET sent_at = now(), item_count = $2 WHERE id = $1`,
      [id, itemCount],
    );
  }
}
