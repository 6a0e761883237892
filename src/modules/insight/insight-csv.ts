// SPDX-License-Identifier: EUPL-1.2
import { stringify } from 'csv-stringify/sync';
import type { InsightTableType } from 'src/modules/insight/dto/insight.types';

/** How a hidden count reads in the file: Statistics Sweden's mark for "not available". */
export const HIDDEN_MARK = '..';

/**
 * An insight table as CSV (RFC 4180, UTF-8 with a byte-order mark so that spreadsheet programs
 * read å, ä and ö): the same published figures, hidden ones marked "..". Labels come from our own
 * catalogues, but a cell that begins with =, +, - or @ is still prefixed with an apostrophe so
 * that no spreadsheet runs it as a formula.
 */
export function insightTableCsv(table: InsightTableType, totalLabel: string): string {
  const count = (n: number | null) => (n === null ? HIDDEN_MARK : String(n));
  const records: string[][] = [
    ['key', 'label', ...table.columns, totalLabel],
    ...table.rows.map((row) => [row.key, row.label, ...row.counts.map(count), count(row.total)]),
  ];
  if (table.columnTotals) {
    records.push(['TOTAL', totalLabel, ...table.columnTotals.map(count), count(table.grandTotal)]);
  }
  const safe = records.map((record) =>
    record.map((cell) => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell)),
  );
  return '\uFEFF' + stringify(safe, { record_delimiter: 'windows' });
}
