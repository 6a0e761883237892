// SPDX-License-Identifier: EUPL-1.2
import { Injectable } from '@nestjs/common';
import { TransactionHost } from 'src/database/transaction-host';
import { CASE_STAGE_SQL } from 'src/modules/cases/case-workflow';
import { QUESTION_STAGE_SQL } from 'src/modules/questions/question-workflow';
import type {
  InsightDimension,
  InsightItemKind,
  InsightPeriod,
} from 'src/modules/insight/insight-enums';

/** A half-open range of Stockholm dates, `from` included, `to` excluded. */
export interface InsightRange {
  from: string;
  to: string;
}

/** One count of the raw grid, before suppression: never leaves the service. */
export interface DimensionCount {
  rowKey: string;
  period: string;
  count: number;
}

/** A directed community-band question with when its authority first answered officially. */
export interface DirectedQuestionRow {
  organisation_id: string;
  restricted: boolean;
  opened_at: Date;
  response_due_on: string | null;
  first_official_answer_at: Date | null;
}

/**
 * Live cases and questions with the one date that places them in time (published, opened).
 * Only live content counts: drafts, items in moderation and hidden ones are nobody's business
 * in aggregate either.
 */
const LIVE_ITEMS_SQL = `
  SELECT 'CASE' AS kind, c.sharing_level, c.topic_ids, c.country_codes, c.published_at AS at
    FROM case_study c WHERE ${CASE_STAGE_SQL('c').liveSql}
  UNION ALL
  SELECT 'QUESTION', q.sharing_level, q.topic_ids, q.country_codes, q.opened_at
    FROM question q WHERE ${QUESTION_STAGE_SQL('q').liveSql} AND q.opened_at IS NOT NULL`;

/** Levels whose items may be broken down by topic, country and time (DOMAIN §14). */
const BREAKDOWN_LEVELS_SQL = `('CLEAR', 'GREEN', 'AMBER')`;

const PERIOD_FORMAT: Record<InsightPeriod, string> = {
  MONTH: 'YYYY-MM',
  QUARTER: 'YYYY-"Q"Q',
  YEAR: 'YYYY',
};

const ROW_KEY_SQL: Record<InsightDimension, { from: string; key: string; levels: string }> = {
  TOPIC: {
    from: 'CROSS JOIN LATERAL unnest(i.topic_ids) AS row_key',
    key: 'row_key::text',
    levels: BREAKDOWN_LEVELS_SQL,
  },
  COUNTRY: {
    from: 'CROSS JOIN LATERAL unnest(i.country_codes) AS row_key',
    key: 'row_key::text',
    levels: BREAKDOWN_LEVELS_SQL,
  },
  LEVEL_BAND: {
    from: '',
    key: `CASE WHEN i.sharing_level IN ('CLEAR', 'GREEN') THEN 'COMMUNITY'
               WHEN i.sharing_level = 'AMBER' THEN 'AMBER' ELSE 'RESTRICTED' END`,
    levels: `('CLEAR', 'GREEN', 'AMBER', 'AMBER_STRICT', 'RED')`,
  },
};

/** The aggregate queries of insight. They return counts and dates, never an item or a person. */
@Injectable()
export class InsightRepository {
  constructor(private readonly tx: TransactionHost) {}

  async countsBy(
    dimension: InsightDimension,
    period: InsightPeriod,
    kind: InsightItemKind | null,
    range: InsightRange,
  ): Promise<DimensionCount[]> {
    const row = ROW_KEY_SQL[dimension];
    const rows: { row_key: string; period: string; count: number }[] = await this.tx.manager.query(
      `SELECT ${row.key} AS row_key,
              to_char(i.at AT TIME ZONE 'Europe/Stockholm', '${PERIOD_FORMAT[period]}') AS period,
              count(*)::int AS count
         FROM (${LIVE_ITEMS_SQL}) i ${row.from}
        WHERE i.sharing_level IN ${row.levels}
          AND ($1::text IS NULL OR i.kind = $1)
          AND i.at >= ($2::date::timestamp AT TIME ZONE 'Europe/Stockholm')
          AND i.at < ($3::date::timestamp AT TIME ZONE 'Europe/Stockholm')
        GROUP BY 1, 2`,
      [kind, range.from, range.to],
    );
    return rows.map((r) => ({ rowKey: r.row_key, period: r.period, count: r.count }));
  }

  /** Live questions of the community and AMBER bands without a published answer, per topic. */
  async unansweredByTopic(range: InsightRange): Promise<{ rowKey: string; count: number }[]> {
    const rows: { row_key: string; count: number }[] = await this.tx.manager.query(
      `SELECT t::text AS row_key, count(*)::int AS count
         FROM question q CROSS JOIN LATERAL unnest(q.topic_ids) AS t
        WHERE q.status = 'OPEN' AND q.hidden_at IS NULL
          AND q.sharing_level IN ${BREAKDOWN_LEVELS_SQL}
          AND q.opened_at >= ($1::date::timestamp AT TIME ZONE 'Europe/Stockholm')
          AND q.opened_at < ($2::date::timestamp AT TIME ZONE 'Europe/Stockholm')
          AND NOT EXISTS (SELECT 1 FROM answer a WHERE a.question_id = q.id AND a.status = 'PUBLISHED')
        GROUP BY 1`,
      [range.from, range.to],
    );
    return rows.map((r) => ({ rowKey: r.row_key, count: r.count }));
  }

  /**
   * Live questions directed to each organisation that accepts questions, with the first
   * official answer by that organisation. Restricted questions carry no dates: they are only
   * counted (DOMAIN §14).
   */
  async directedQuestions(range: InsightRange): Promise<DirectedQuestionRow[]> {
    return this.tx.manager.query(
      `SELECT o.id AS organisation_id,
              q.sharing_level NOT IN ${BREAKDOWN_LEVELS_SQL} AS restricted,
              q.opened_at,
              CASE WHEN q.sharing_level IN ${BREAKDOWN_LEVELS_SQL} THEN q.response_due_on::text END
                AS response_due_on,
              CASE WHEN q.sharing_level IN ${BREAKDOWN_LEVELS_SQL} THEN (
                SELECT min(a.published_at) FROM answer a
                 WHERE a.question_id = q.id AND a.official AND a.status = 'PUBLISHED'
                   AND a.author_organisation_id = o.id) END AS first_official_answer_at
         FROM organisation o
         JOIN question q ON o.id = ANY (q.directed_to_ids)
        WHERE o.accepts_questions
          AND ${QUESTION_STAGE_SQL('q').liveSql} AND q.opened_at IS NOT NULL
          AND q.opened_at >= ($1::date::timestamp AT TIME ZONE 'Europe/Stockholm')
          AND q.opened_at < ($2::date::timestamp AT TIME ZONE 'Europe/Stockholm')`,
      [range.from, range.to],
    );
  }

  async authorities(): Promise<{ id: string; name_sv: string; name_en: string }[]> {
    return this.tx.manager.query(
      `SELECT id, name_sv, name_en FROM organisation WHERE accepts_questions ORDER BY name_sv`,
    );
  }
}
