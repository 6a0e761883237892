// SPDX-License-Identifier: EUPL-1.2
import {
  suppressSmallCells,
  type CountTableShape,
} from 'src/modules/insight/small-cell-suppression';

/**
 * A two-way table of counts (rows × columns) as insight publishes it: every row with its total,
 * and, when each item falls in exactly one row, every column's total and the grand total too.
 * Where an item can sit in several rows (an item has several topics and countries) the column
 * sums would count it more than once, so they are not published: a reader can only bound the
 * column's items from other tables, never derive a cell.
 */
export interface CountGrid {
  rowKeys: readonly string[];
  columnKeys: readonly string[];
  /** cells[row][column] */
  cells: readonly (readonly number[])[];
  /** True when each item is in one row only, so that column totals are sums of their cells. */
  rowsPartitionItems: boolean;
}

/** A published number: `null` when it is hidden to protect small counts. */
export type PublishedCount = number | null;

export interface PublishedGrid {
  rowKeys: readonly string[];
  columnKeys: readonly string[];
  cells: PublishedCount[][];
  rowTotals: PublishedCount[];
  /** Null when the rows do not partition the items (see CountGrid). */
  columnTotals: PublishedCount[] | null;
  grandTotal: PublishedCount;
}

/** The grid as entries and lines (cells, then row totals, column totals and the grand total). */
export function gridShape(grid: CountGrid): CountTableShape {
  const rows = grid.rowKeys.length;
  const columns = grid.columnKeys.length;
  const cell = (r: number, c: number) => r * columns + c;
  const rowTotal = (r: number) => rows * columns + r;
  const columnTotal = (c: number) => rows * columns + rows + c;
  const grand = rows * columns + rows + columns;
  const values: number[] = grid.cells.flatMap((row) => [...row]);
  const rowSums = grid.cells.map((row) => row.reduce((sum, n) => sum + n, 0));
  values.push(...rowSums);
  const lines: { total: number; parts: number[] }[] = grid.rowKeys.map((_, r) => ({
    total: rowTotal(r),
    parts: grid.columnKeys.map((__, c) => cell(r, c)),
  }));
  if (grid.rowsPartitionItems) {
    const columnSums = grid.columnKeys.map((_, c) =>
      grid.cells.reduce((sum, row) => sum + row[c]!, 0),
    );
    values.push(
      ...columnSums,
      rowSums.reduce((sum, n) => sum + n, 0),
    );
    grid.columnKeys.forEach((_, c) =>
      lines.push({ total: columnTotal(c), parts: grid.rowKeys.map((__, r) => cell(r, c)) }),
    );
    lines.push({ total: grand, parts: grid.rowKeys.map((_, r) => rowTotal(r)) });
    lines.push({ total: grand, parts: grid.columnKeys.map((_, c) => columnTotal(c)) });
  }
  return { values, lines };
}

/** The grid with every small count hidden, and whatever would reveal one hidden beside it. */
export function publishGrid(grid: CountGrid, minimumCount: number): PublishedGrid {
  const shape = gridShape(grid);
  const { suppressed } = suppressSmallCells(shape, minimumCount);
  const show = (index: number): PublishedCount => (suppressed[index] ? null : shape.values[index]!);
  const rows = grid.rowKeys.length;
  const columns = grid.columnKeys.length;
  return {
    rowKeys: grid.rowKeys,
    columnKeys: grid.columnKeys,
    cells: grid.rowKeys.map((_, r) => grid.columnKeys.map((__, c) => show(r * columns + c))),
    rowTotals: grid.rowKeys.map((_, r) => show(rows * columns + r)),
    columnTotals: grid.rowsPartitionItems
      ? grid.columnKeys.map((_, c) => show(rows * columns + rows + c))
      : null,
    grandTotal: grid.rowsPartitionItems ? show(rows * columns + rows + columns) : null,
  };
}
