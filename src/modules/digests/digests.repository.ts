// SPDX-License-Identifier: EUPL-1.2
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { TransactionHost } from 'src/database/transaction-host';
import type { ReadableItem } from 'src/modules/access-policy/readable-item';
import { isCommunityLevel, type SharingLevel } from 'src/modules/access-policy/sharing-level.enum';
import { CASE_STAGE_SQL } from 'src/modules/cases/case-workflow';
import type { DigestWindow } from 'src/modules/digests/digest-period';
import type { FollowFrequency } from 'src/modules/follows/follow-enums';
import { markdownToPlainText } from 'src/modules/markdown/markdown';
import { QUESTION_STAGE_SQL } from 'src/modules/questions/question-workflow';

/** What a member follows at a digest frequency. */
export interface FollowedTargets {
  topicIds: string[];
  countryCodes: string[];
  questionIds: string[];
  caseIds: string[];
  guidelineIds: string[];
}

export type DigestItemKind = 'CASE' | 'QUESTION' | 'ANSWER' | 'CASE_UPDATE' | 'GUIDELINE_VERSION';

/**
 * One thing to tell a member about. Restricted items (AMBER, AMBER_STRICT, RED) come without
 * title or text: the query never returns them, so they cannot end up in a mail by mistake.
 * No author column is ever selected into an item.
 */
export interface DigestItem {
  kind: DigestItemKind;
  /** The case, question or answer. */
  id: string;
  /** What the link opens: the case, or the question (also for an answer), or the guideline. */
  linkType: 'CASE' | 'QUESTION' | 'GUIDELINE';
  linkId: string;
  restricted: boolean;
  title: string | null;
  /** Plain text: the case summary, or the question's or answer's body without Markdown. */
  text: string | null;
  /** A guideline version's English title and change note (its `title`/`text` are Swedish). */
  titleEn?: string | null;
  textEn?: string | null;
  at: Date;
}

/**
 * An item of the window with what it takes to decide who gets it: the access keys of the case
 * or question it belongs to (for `ContentAccess.canRead`), the author of the item itself (no
 * one is told of their own), and what a follow must name for it to count. The keys stay on the
 * server: only `item` goes into a mail.
 */
export interface DigestCandidate {
  item: DigestItem;
  /** Always at stage LIVE: the query selects live content only. */
  access: ReadableItem;
  itemAuthorId: string;
  /** New cases and questions: reached by following one of their topics or countries. */
  topicIds: readonly string[];
  countryCodes: readonly string[];
  /** Answers, case updates and guideline versions: reached by following that item. */
  followedId: string | null;
}

interface CandidateRow {
  kind: DigestItemKind;
  id: string;
  link_type: 'CASE' | 'QUESTION' | 'GUIDELINE';
  link_id: string;
  item_author_id: string;
  sharing_level: SharingLevel;
  author_id: string;
  author_organisation_id: string;
  recipient_organisation_ids: string[];
  recipient_member_ids: string[];
  directed_to_ids: string[] | null;
  topic_ids: string[];
  country_codes: string[];
  title: string | null;
  text: string | null;
  title_en: string | null;
  text_en: string | null;
  at: Date;
}

/** Queries of the digests: who gets one, what is in it, and the exactly-once delivery rows. */
@Injectable()
export class DigestsRepository {
  constructor(private readonly tx: TransactionHost) {}

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
   * Everything live that happened in the window and that some follow could reach: new cases
   * and questions, answers to `questionIds`, updates of `caseIds` published before the window.
   * One statement for a whole batch of members; who may read what is decided per member in
   * memory (`selectDigestItems`), by `ContentAccess.canRead` (the policy's `canRead`), which the access-policy
   * integration test holds equal to the SQL rule. Only LIVE content: a moderator's view of the
   * moderation queue is not news. Restricted rows come without title or text; Markdown is
   * turned into plain text here, once per item rather than once per member who gets it.
   */
  async windowCandidates(
    window: DigestWindow,
    followed: {
      questionIds: readonly string[];
      caseIds: readonly string[];
      guidelineIds: readonly string[];
    },
  ): Promise<DigestCandidate[]> {
    const caseLive = CASE_STAGE_SQL('c').liveSql;
    const questionLive = QUESTION_STAGE_SQL('q').liveSql;
    const inWindow = (column: string) => `${column} > $1 AND ${column} <= $2`;
    const open = (column: string) =>
      `CASE WHEN sharing_level IN ('CLEAR', 'GREEN') THEN ${column} END`;
    const caseKeys = `c.sharing_level, c.author_id, c.author_organisation_id,
      c.recipient_organisation_ids, c.recipient_member_ids, NULL::uuid[] AS directed_to_ids`;
    const questionKeys = `q.sharing_level, q.author_id, q.author_organisation_id,
      q.recipient_organisation_ids, q.recipient_member_ids, q.directed_to_ids`;
    const rows: CandidateRow[] = await this.tx.manager.query(
      `WITH items AS (
        SELECT 'CASE' AS kind, c.id, 'CASE' AS link_type, c.id AS link_id,
               c.author_id AS item_author_id, ${caseKeys},
               c.topic_ids, c.country_codes::text[] AS country_codes,
               c.title, c.summary AS text, c.published_at AS at
          FROM case_study c
         WHERE ${inWindow('c.published_at')} AND (${caseLive})
        UNION ALL
        SELECT 'QUESTION', q.id, 'QUESTION', q.id, q.author_id, ${questionKeys},
               q.topic_ids, q.country_codes::text[], q.title, q.body, q.opened_at
          FROM question q
         WHERE ${inWindow('q.opened_at')} AND (${questionLive})
        UNION ALL
        SELECT 'ANSWER', a.id, 'QUESTION', q.id, a.author_id, ${questionKeys},
               '{}', '{}', q.title, a.body, a.published_at
          FROM answer a JOIN question q ON q.id = a.question_id
         WHERE q.id = ANY($3::uuid[]) AND ${inWindow('a.published_at')}
           AND a.status = 'PUBLISHED' AND a.hidden_at IS NULL AND (${questionLive})
        UNION ALL
        SELECT 'CASE_UPDATE', c.id, 'CASE', c.id, c.author_id, ${caseKeys},
               '{}', '{}', c.title, c.summary, max(r.created_at)
          FROM case_study c JOIN case_revision r ON r.case_id = c.id
         WHERE c.id = ANY($4::uuid[]) AND c.published_at <= $1
           AND ${inWindow('r.created_at')} AND (${caseLive})
         GROUP BY c.id
        UNION ALL
        -- A published guideline version is read by every active member (DOMAIN §13): GREEN.
        SELECT 'GUIDELINE_VERSION', v.id, 'GUIDELINE', v.guideline_id,
               coalesce(v.published_by_id, '00000000-0000-0000-0000-000000000000'::uuid),
               'GREEN'::sharing_level, '00000000-0000-0000-0000-000000000000'::uuid,
               '00000000-0000-0000-0000-000000000000'::uuid, '{}'::uuid[], '{}'::uuid[], NULL,
               '{}', '{}', v.title_sv, v.change_note_sv, v.published_at
          FROM guideline_version v
         WHERE v.guideline_id = ANY($5::uuid[]) AND v.status = 'PUBLISHED'
           AND ${inWindow('v.published_at')}
      ), english AS (
        SELECT id, title_en, change_note_en FROM guideline_version
         WHERE guideline_id = ANY($5::uuid[]) AND ${inWindow('published_at')}
      )
      SELECT kind, id, link_type, link_id, item_author_id, sharing_level, author_id,
             author_organisation_id, recipient_organisation_ids, recipient_member_ids,
             directed_to_ids, topic_ids, country_codes,
             ${open('title')} AS title, ${open('text')} AS text,
             english.title_en, english.change_note_en AS text_en, at
        FROM items LEFT JOIN english USING (id)
       ORDER BY at, id`,
      [
        window.start,
        window.end,
        [...followed.questionIds],
        [...followed.caseIds],
        [...followed.guidelineIds],
      ],
    );
    return rows.map(toCandidate);
  }

  /** Creates the (key, member) rows that do not exist yet, in one statement; commits on its own. */
  async claim(deliveryKey: string, memberIds: readonly string[]): Promise<void> {
    if (memberIds.length === 0) return;
    await this.tx.manager.query(
      `INSERT INTO email_delivery (delivery_key, member_id)
       SELECT $1, unnest($2::uuid[])
       ON CONFLICT (delivery_key, member_id) DO NOTHING`,
      [deliveryKey, [...memberIds]],
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

function toCandidate(row: CandidateRow): DigestCandidate {
  const markdown = row.kind === 'QUESTION' || row.kind === 'ANSWER';
  return {
    item: {
      kind: row.kind,
      id: row.id,
      linkType: row.link_type,
      linkId: row.link_id,
      restricted: !isCommunityLevel(row.sharing_level),
      title: row.title,
      text: row.text === null ? null : markdown ? markdownToPlainText(row.text) : row.text.trim(),
      ...(row.kind === 'GUIDELINE_VERSION'
        ? { titleEn: row.title_en, textEn: row.text_en?.trim() ?? null }
        : {}),
      at: row.at,
    },
    access: {
      sharingLevel: row.sharing_level,
      authorId: row.author_id,
      authorOrganisationId: row.author_organisation_id,
      recipientOrganisationIds: row.recipient_organisation_ids,
      recipientMemberIds: row.recipient_member_ids,
      ...(row.directed_to_ids ? { directedToOrganisationIds: row.directed_to_ids } : {}),
      stage: 'LIVE',
    },
    itemAuthorId: row.item_author_id,
    topicIds: row.topic_ids,
    countryCodes: row.country_codes,
    followedId:
      row.kind === 'ANSWER' || row.kind === 'CASE_UPDATE' || row.kind === 'GUIDELINE_VERSION'
        ? row.link_id
        : null,
  };
}
