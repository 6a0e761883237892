// SPDX-License-Identifier: EUPL-1.2
import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import { AppConfig } from 'src/config/app-config';
import { Errors } from 'src/graph/errors/app-error';
import type { Viewer } from 'src/graph/auth/viewer';
import { CountriesService } from 'src/modules/countries/countries.service';
import { publishGrid } from 'src/modules/insight/count-grid';
import type {
  AuthorityResponseFiguresType,
  InsightRangeInput,
  InsightTableInput,
  InsightTableType,
} from 'src/modules/insight/dto/insight.types';
import { InsightDimension, InsightPeriod } from 'src/modules/insight/insight-enums';
import { InsightRepository, type InsightRange } from 'src/modules/insight/insight.repository';
import { suppressSmallCells } from 'src/modules/insight/small-cell-suppression';
import { isOverdue, isSwedishWorkingDay, stockholmDate } from 'src/modules/questions/working-days';
import { TopicsService } from 'src/modules/taxonomy/topics.service';

/** At most three years of months in one table: the suppression audit is sized for that. */
const MAX_COLUMNS = 36;

const BAND_LABELS: Record<string, { SV: string; EN: string }> = {
  COMMUNITY: { SV: 'Gemenskapen (CLEAR och GREEN)', EN: 'Community (CLEAR and GREEN)' },
  AMBER: { SV: 'AMBER', EN: 'AMBER' },
  RESTRICTED: { SV: 'Begränsade (AMBER_STRICT och RED)', EN: 'Restricted (AMBER_STRICT and RED)' },
};
const BAND_ORDER = ['COMMUNITY', 'AMBER', 'RESTRICTED'];

/**
 * Aggregated figures for the platform's operator and the authorities (DOMAIN §14). Every number
 * goes through small-cell suppression before it leaves; no figure is broken down by the author's
 * organisation, and restricted items are only counted, in their band.
 */
@Injectable()
export class InsightService {
  constructor(
    private readonly repository: InsightRepository,
    private readonly topics: TopicsService,
    private readonly countries: CountriesService,
    private readonly config: AppConfig,
  ) {}

  private get minimumCount(): number {
    return this.config.env.INSIGHT_MINIMUM_COUNT;
  }

  async table(viewer: Viewer, input: InsightTableInput): Promise<InsightTableType> {
    const range = validRange(input);
    const columns = periodKeys(range, input.period);
    const counts = await this.repository.countsBy(
      input.dimension,
      input.period,
      input.kind ?? null,
      range,
    );
    const rowKeys = await this.rowKeys(
      input.dimension,
      counts.map((c) => c.rowKey),
    );
    const cells = rowKeys.map(() => columns.map(() => 0));
    for (const { rowKey, period, count } of counts) {
      const row = rowKeys.indexOf(rowKey);
      const column = columns.indexOf(period);
      if (row >= 0 && column >= 0) cells[row]![column] = count;
    }
    const published = publishGrid(
      {
        rowKeys,
        columnKeys: columns,
        cells,
        rowsPartitionItems: input.dimension === InsightDimension.LEVEL_BAND,
      },
      this.minimumCount,
    );
    const labels = await this.labels(input.dimension, rowKeys, viewer.locale);
    return {
      dimension: input.dimension,
      period: input.period,
      columns,
      rows: rowKeys.map((key, r) => ({
        key,
        label: labels[r]!,
        counts: published.cells[r]!,
        total: published.rowTotals[r]!,
      })),
      columnTotals: published.columnTotals,
      grandTotal: published.grandTotal,
      minimumCount: this.minimumCount,
    };
  }

  /** Open questions without any published answer, per topic (what is asked and not answered). */
  async unansweredByTopic(viewer: Viewer, input: InsightRangeInput): Promise<InsightTableType> {
    const range = validRange(input);
    const counts = await this.repository.unansweredByTopic(range);
    const rowKeys = await this.rowKeys(
      InsightDimension.TOPIC,
      counts.map((c) => c.rowKey),
    );
    const cells = rowKeys.map((key) => [counts.find((c) => c.rowKey === key)?.count ?? 0]);
    const published = publishGrid(
      { rowKeys, columnKeys: ['UNANSWERED'], cells, rowsPartitionItems: false },
      this.minimumCount,
    );
    const labels = await this.labels(InsightDimension.TOPIC, rowKeys, viewer.locale);
    return {
      dimension: InsightDimension.TOPIC,
      period: InsightPeriod.YEAR,
      columns: ['UNANSWERED'],
      rows: rowKeys.map((key, r) => ({
        key,
        label: labels[r]!,
        counts: published.cells[r]!,
        total: published.rowTotals[r]!,
      })),
      columnTotals: null,
      grandTotal: null,
      minimumCount: this.minimumCount,
    };
  }

  /** Answer times against the response target, per organisation that accepts questions. */
  async authorityResponses(
    viewer: Viewer,
    input: InsightRangeInput,
    now = new Date(),
  ): Promise<AuthorityResponseFiguresType[]> {
    const range = validRange(input);
    const [authorities, questions] = await Promise.all([
      this.repository.authorities(),
      this.repository.directedQuestions(range),
    ]);
    return authorities.map((authority) => {
      const mine = questions.filter((q) => q.organisation_id === authority.id);
      const open = mine.filter((q) => !q.restricted);
      const answered = open.filter((q) => q.first_official_answer_at !== null);
      const withinTarget = answered.filter(
        (q) =>
          q.response_due_on === null ||
          stockholmDate(q.first_official_answer_at!) <= q.response_due_on,
      );
      const unanswered = open.filter((q) => q.first_official_answer_at === null);
      const overdue = unanswered.filter(
        (q) => q.response_due_on !== null && isOverdue(q.response_due_on, now),
      );
      // Entries and the sums that tie them, for the suppression audit:
      // directed = answered + unanswered; answered = within + late; unanswered = overdue + not yet due.
      const values = [
        open.length,
        answered.length,
        withinTarget.length,
        answered.length - withinTarget.length,
        unanswered.length,
        overdue.length,
        unanswered.length - overdue.length,
        mine.length - open.length,
      ];
      const { suppressed } = suppressSmallCells(
        {
          values,
          lines: [
            { total: 0, parts: [1, 4] },
            { total: 1, parts: [2, 3] },
            { total: 4, parts: [5, 6] },
          ],
        },
        this.minimumCount,
      );
      const show = (index: number) => (suppressed[index] ? null : values[index]!);
      return {
        organisationId: authority.id,
        name: viewer.locale === 'EN' ? authority.name_en : authority.name_sv,
        directed: show(0),
        answered: show(1),
        answeredWithinTarget: show(2),
        answeredLate: show(3),
        unanswered: show(4),
        overdue: show(5),
        // Only beside a published answered count: shown alone, it would tell that at least k
        // were answered, and so bound the hidden unanswered count.
        medianWorkingDaysToAnswer:
          show(1) !== null && answered.length >= this.minimumCount
            ? median(
                answered.map((q) => workingDaysBetween(q.opened_at, q.first_official_answer_at!)),
              )
            : null,
        restrictedDirected: show(7),
      };
    });
  }

  /** Rows in catalogue order: topics as the taxonomy orders them, countries by code, bands fixed. */
  private async rowKeys(dimension: InsightDimension, found: string[]): Promise<string[]> {
    const present = new Set(found);
    if (dimension === InsightDimension.LEVEL_BAND) return BAND_ORDER;
    if (dimension === InsightDimension.COUNTRY) return [...present].sort();
    const catalogue = await this.topics.list();
    return catalogue.map((topic) => topic.id).filter((id) => present.has(id));
  }

  private async labels(dimension: InsightDimension, keys: string[], locale: 'SV' | 'EN') {
    if (dimension === InsightDimension.LEVEL_BAND)
      return keys.map((key) => BAND_LABELS[key]![locale]);
    if (dimension === InsightDimension.COUNTRY) {
      return keys.map((code) => {
        const country = this.countries.find(code);
        return country ? (locale === 'EN' ? country.nameEn : country.nameSv) : code;
      });
    }
    const topics = await this.topics.byIds(keys);
    return topics.map((topic, i) =>
      topic ? (locale === 'EN' ? topic.nameEn : topic.nameSv) : keys[i]!,
    );
  }
}

function validRange(input: InsightRangeInput): InsightRange {
  if (input.from >= input.to) {
    throw Errors.badInput('The range must end after it starts', [
      { field: 'to', message: 'must be after from' },
    ]);
  }
  return { from: input.from, to: input.to };
}

/** The period keys from `from` up to `to`, as the repository formats them. */
export function periodKeys(range: InsightRange, period: InsightPeriod): string[] {
  const unit =
    period === InsightPeriod.MONTH
      ? 'month'
      : period === InsightPeriod.QUARTER
        ? 'quarter'
        : 'year';
  const end = DateTime.fromISO(range.to, { zone: 'Europe/Stockholm' });
  const keys: string[] = [];
  for (
    let at = DateTime.fromISO(range.from, { zone: 'Europe/Stockholm' }).startOf(unit);
    at < end;
    at = at.plus({ [unit]: 1 })
  ) {
    if (keys.length === MAX_COLUMNS) {
      throw Errors.badInput(
        `At most ${MAX_COLUMNS} periods in one table; choose a longer period or a shorter range`,
        [{ field: 'period', message: `more than ${MAX_COLUMNS} periods` }],
      );
    }
    keys.push(
      period === InsightPeriod.MONTH
        ? at.toFormat('yyyy-MM')
        : period === InsightPeriod.QUARTER
          ? `${at.year}-Q${at.quarter}`
          : String(at.year),
    );
  }
  return keys;
}

/** Swedish working days after the day a question opened, up to and including the answer's day. */
export function workingDaysBetween(openedAt: Date, answeredAt: Date): number {
  const last = stockholmDate(answeredAt);
  let day = DateTime.fromISO(stockholmDate(openedAt));
  let count = 0;
  while (day.toISODate()! < last) {
    day = day.plus({ days: 1 });
    if (isSwedishWorkingDay(day.toISODate()!)) count++;
  }
  return count;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
