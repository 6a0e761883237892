// SPDX-License-Identifier: EUPL-1.2
import './insight.css';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from 'react-aria-components';
import { useClient, useQuery } from 'urql';
import { Page } from '../../components/Page';
import { DateField } from '../../components/DateField';
import { SelectField } from '../../components/SelectField';
import { ErrorState, Loading } from '../../components/States';
import { useFilterParams } from '../../components/useFilterParams';
import { toApiProblem, type ApiProblem } from '../../app/errors';
import { getFragmentData, type FragmentType } from '../../graphql';
import type { InsightQuery as InsightQueryResult } from '../../graphql/graphql';
import { BarChart } from './BarChart';
import { InsightCsvQuery, InsightQuery, InsightTableFieldsFragment } from './documents';
import {
  DIMENSIONS,
  KINDS,
  PERIODS,
  insightFiltersFromParams,
  type InsightFilters,
} from './insight-filters';

/**
 * Insight for the support function (DOMAIN §14): figures for admins and the authorities'
 * experts, every small count hidden by the API before it gets here. The filters live in the
 * address so a view can be shared; each table has a chart beside it and a CSV download.
 */
export function InsightPage() {
  const { t } = useTranslation();
  const [params, set] = useFilterParams();
  const filters = insightFiltersFromParams(params, new Date());
  const table = { ...filters, kind: filters.kind };
  const range = { from: filters.from, to: filters.to };
  const [{ data, error, fetching }, refetch] = useQuery({
    query: InsightQuery,
    variables: { table, range },
  });
  return (
    <Page title={t('insight.title')}>
      <p>{t('insight.intro', { k: minimumCount(data) })}</p>
      <form
        className="filter-bar"
        aria-label={t('insight.filters')}
        onSubmit={(event) => event.preventDefault()}
      >
        <SelectField
          label={t('insight.dimension')}
          value={filters.dimension}
          onChange={(value) => set({ dimension: value })}
          options={DIMENSIONS.map((d) => ({ value: d, label: t(`insight.dimensions.${d}`) }))}
        />
        <SelectField
          label={t('insight.period')}
          value={filters.period}
          onChange={(value) => set({ period: value })}
          options={PERIODS.map((p) => ({ value: p, label: t(`insight.periods.${p}`) }))}
        />
        <SelectField
          label={t('insight.kind')}
          value={filters.kind ?? ''}
          emptyLabel={t('insight.kinds.ALL')}
          onChange={(value) => set({ kind: value })}
          options={KINDS.map((k) => ({ value: k, label: t(`insight.kinds.${k}`) }))}
        />
        <DateField
          label={t('insight.from')}
          value={filters.from}
          onChange={(v) => set({ from: v })}
        />
        <DateField label={t('insight.to')} value={filters.to} onChange={(v) => set({ to: v })} />
      </form>
      {error && !data ? (
        <ErrorState
          problem={toApiProblem(error)}
          onRetry={() => refetch({ requestPolicy: 'network-only' })}
        />
      ) : !data || fetching ? (
        <Loading />
      ) : (
        <InsightResults data={data} filters={filters} />
      )}
    </Page>
  );
}

/** The k of the suppression rule as the API applied it (5 until the first answer). */
function minimumCount(data: InsightQueryResult | undefined): number {
  return data ? getFragmentData(InsightTableFieldsFragment, data.insightTable).minimumCount : 5;
}

function InsightResults({ data, filters }: { data: InsightQueryResult; filters: InsightFilters }) {
  const { t } = useTranslation();
  return (
    <>
      <section className="insight-section" aria-labelledby="insight-items">
        <h2 id="insight-items">
          {t('insight.items.title', {
            dimension: t(`insight.dimensionsInText.${filters.dimension}`),
          })}
        </h2>
        <CountTable
          table={data.insightTable}
          caption={t('insight.items.caption', {
            dimension: t(`insight.dimensionsInText.${filters.dimension}`),
            period: t(`insight.periodsInText.${filters.period}`),
          })}
          rowHeader={t(`insight.dimensions.${filters.dimension}`)}
        />
        <CsvDownload filters={filters} />
      </section>
      <section className="insight-section" aria-labelledby="insight-authorities">
        <h2 id="insight-authorities">{t('insight.authorities.title')}</h2>
        <p>{t('insight.authorities.intro')}</p>
        <AuthorityTable rows={data.authorityResponseFigures} />
      </section>
      <section className="insight-section" aria-labelledby="insight-unanswered">
        <h2 id="insight-unanswered">{t('insight.unanswered.title')}</h2>
        <p>{t('insight.unanswered.intro')}</p>
        <CountTable
          table={data.unansweredByTopic}
          caption={t('insight.unanswered.caption')}
          rowHeader={t('insight.dimensions.TOPIC')}
          columnLabel={() => t('insight.unanswered.column')}
          hideTotals
        />
      </section>
    </>
  );
}

/** A published count, or the mark for a hidden one with its meaning for screen readers. */
function Count({ value }: { value: number | null | undefined }) {
  const { t } = useTranslation();
  if (value === null || value === undefined)
    return (
      <>
        <span aria-hidden="true">{t('insight.hiddenShort')}</span>
        <span className="visually-hidden">{t('insight.hidden')}</span>
      </>
    );
  return <>{value}</>;
}

function CountTable({
  table: masked,
  caption,
  rowHeader,
  columnLabel = (key) => key,
  hideTotals = false,
}: {
  table: FragmentType<typeof InsightTableFieldsFragment>;
  caption: string;
  rowHeader: string;
  columnLabel?: (key: string) => string;
  hideTotals?: boolean;
}) {
  const { t } = useTranslation();
  const table = getFragmentData(InsightTableFieldsFragment, masked);
  if (table.rows.length === 0) return <p className="state state--empty">{t('insight.empty')}</p>;
  const showTotals = !hideTotals;
  return (
    <>
      <BarChart
        caption={t('insight.chartCaption', { caption })}
        bars={table.rows.map((row) => ({
          label: row.label,
          value: showTotals ? (row.total ?? null) : (row.counts[0] ?? null),
        }))}
      />
      <ScrollRegion label={caption}>
        <table className="insight-table">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{rowHeader}</th>
              {table.columns.map((column) => (
                <th scope="col" key={column}>
                  {columnLabel(column)}
                </th>
              ))}
              {showTotals && <th scope="col">{t('insight.total')}</th>}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.label}</th>
                {row.counts.map((count, index) => (
                  <td key={table.columns[index]}>
                    <Count value={count} />
                  </td>
                ))}
                {showTotals && (
                  <td>
                    <Count value={row.total} />
                  </td>
                )}
              </tr>
            ))}
          </tbody>
          {showTotals && table.columnTotals && (
            <tfoot>
              <tr>
                <th scope="row">{t('insight.total')}</th>
                {table.columnTotals.map((total, index) => (
                  <td key={table.columns[index]}>
                    <Count value={total} />
                  </td>
                ))}
                <td>
                  <Count value={table.grandTotal} />
                </td>
              </tr>
            </tfoot>
          )}
        </table>
      </ScrollRegion>
    </>
  );
}

function AuthorityTable({ rows }: { rows: InsightQueryResult['authorityResponseFigures'] }) {
  const { t, i18n } = useTranslation();
  if (rows.length === 0) return <p className="state state--empty">{t('insight.empty')}</p>;
  const days = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
  const columns = [
    'directed',
    'answeredWithinTarget',
    'answeredLate',
    'unanswered',
    'overdue',
    'medianWorkingDaysToAnswer',
    'restrictedDirected',
  ] as const;
  return (
    <ScrollRegion label={t('insight.authorities.title')}>
      <table className="insight-table">
        <caption>{t('insight.authorities.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('insight.authorities.organisation')}</th>
            {columns.map((column) => (
              <th scope="col" key={column}>
                {t(`insight.authorities.${column}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.organisationId}>
              <th scope="row">{row.name}</th>
              {columns.map((column) => (
                <td key={column}>
                  {column === 'medianWorkingDaysToAnswer' && row[column] !== null ? (
                    days.format(row[column])
                  ) : (
                    <Count value={row[column]} />
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

/** Fetches the same table as CSV and hands it to the browser as a file. */
function CsvDownload({ filters }: { filters: InsightFilters }) {
  const { t } = useTranslation();
  const client = useClient();
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const download = async () => {
    setProblem(null);
    const result = await client.query(InsightCsvQuery, { table: filters }).toPromise();
    if (result.error || !result.data) {
      if (result.error) setProblem(toApiProblem(result.error));
      return;
    }
    const blob = new Blob([result.data.insightTableCsv], { type: 'text/csv;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = `samrad-insight-${filters.dimension.toLowerCase()}-${filters.from}-${filters.to}.csv`;
    link.click();
    URL.revokeObjectURL(url);
  };
  return (
    <>
      <Button className="button button--secondary" onPress={() => void download()}>
        {t('insight.downloadCsv')}
      </Button>
      {problem && <ErrorState problem={problem} />}
    </>
  );
}

/**
 * A wide table's scroll container. Keyboard users can only scroll what they can focus (WCAG
 * 2.1.1; axe's scrollable-region-focusable), so it takes focus and is a named region.
 */
function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- focusable so it can be scrolled by keyboard
    <div className="insight-table__scroll" tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}
