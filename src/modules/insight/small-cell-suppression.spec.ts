// SPDX-License-Identifier: EUPL-1.2
import { gridShape, publishGrid, type CountGrid } from 'src/modules/insight/count-grid';
import {
  derivableInterval,
  suppressSmallCells,
  type CountTableShape,
} from 'src/modules/insight/small-cell-suppression';

const K = 5;

function grid(cells: number[][], rowsPartitionItems = true): CountGrid {
  return {
    rowKeys: cells.map((_, r) => `row${r}`),
    columnKeys: cells[0]!.map((_, c) => `col${c}`),
    cells,
    rowsPartitionItems,
  };
}

/**
 * An attacker who knows how tables are built: solves every line with one unknown entry
 * (total minus the rest), again and again, and returns what it recovered.
 */
function recoverBySubtraction(
  shape: CountTableShape,
  hidden: readonly boolean[],
): Map<number, number> {
  const known = new Map<number, number>();
  shape.values.forEach((value, index) => {
    if (!hidden[index]) known.set(index, value);
  });
  let progress = true;
  while (progress) {
    progress = false;
    for (const line of shape.lines) {
      const members = [line.total, ...line.parts];
      const unknown = members.filter((index) => !known.has(index));
      if (unknown.length !== 1) continue;
      const missing = unknown[0]!;
      const partsSum = line.parts
        .filter((p) => p !== missing)
        .reduce((s, p) => s + known.get(p)!, 0);
      known.set(missing, missing === line.total ? partsSum : known.get(line.total)! - partsSum);
      progress = true;
    }
  }
  const recovered = new Map<number, number>();
  hidden.forEach((isHidden, index) => {
    if (isHidden && known.has(index)) recovered.set(index, known.get(index)!);
  });
  return recovered;
}

/**
 * An attacker who tries every whole-number value of the hidden entries up to `bound` and keeps
 * those consistent with every published line: the values each hidden entry can still take.
 */
function possibleValues(shape: CountTableShape, hidden: readonly boolean[], bound: number) {
  const unknown = hidden.flatMap((isHidden, index) => (isHidden ? [index] : []));
  const assignment = new Map<number, number>();
  shape.values.forEach((value, index) => {
    if (!hidden[index]) assignment.set(index, value);
  });
  const seen = new Map<number, Set<number>>(unknown.map((index) => [index, new Set<number>()]));
  const consistent = () =>
    shape.lines.every((line) => {
      const members = [line.total, ...line.parts];
      if (!members.every((index) => assignment.has(index))) return true;
      return assignment.get(line.total) === line.parts.reduce((s, p) => s + assignment.get(p)!, 0);
    });
  const search = (position: number) => {
    if (position === unknown.length) {
      unknown.forEach((index) => seen.get(index)!.add(assignment.get(index)!));
      return;
    }
    for (let value = 0; value <= bound; value++) {
      assignment.set(unknown[position]!, value);
      if (consistent()) search(position + 1);
    }
    assignment.delete(unknown[position]!);
  };
  search(0);
  return seen;
}

describe('small-cell suppression', () => {
  it('hides counts from 1 to k − 1, and shows zeros and counts of k or more', () => {
    const shape: CountTableShape = { values: [0, 1, 4, 5, 40], lines: [] };
    const { primary } = suppressSmallCells(shape, K);
    expect(primary).toEqual([false, true, true, false, false]);
  });

  it('a lone hidden cell is recovered by subtraction without complementary suppression, and not with it', () => {
    const table = grid([
      [12, 3, 9],
      [7, 8, 6],
      [10, 11, 15],
    ]);
    const shape = gridShape(table);
    const primaryOnly = shape.values.map((value) => value > 0 && value < K);
    // The attacker works: primary suppression alone gives the 3 away (row total − the rest).
    expect([...recoverBySubtraction(shape, primaryOnly).values()]).toContain(3);

    const { suppressed } = suppressSmallCells(shape, K);
    expect(recoverBySubtraction(shape, suppressed).size).toBe(0);
    // No line hides exactly one entry.
    for (const line of shape.lines) {
      const hidden = [line.total, ...line.parts].filter((index) => suppressed[index]);
      expect(hidden.length).not.toBe(1);
    }
  });

  it('trying every value of the hidden entries leaves each small cell at least k values wide', () => {
    const table = grid([
      [6, 2, 7],
      [5, 9, 1],
    ]);
    const shape = gridShape(table);
    const { suppressed, primary } = suppressSmallCells(shape, K);
    const grandTotal = shape.values[shape.values.length - 1]!;
    const possible = possibleValues(shape, suppressed, grandTotal);
    primary.forEach((isPrimary, index) => {
      if (!isPrimary) return;
      const values = [...possible.get(index)!];
      expect(values).toContain(shape.values[index]!);
      expect(Math.max(...values) - Math.min(...values)).toBeGreaterThanOrEqual(K);
    });
  });

  it('two small cells that would shield only each other get a third', () => {
    // 1 and 1 in one row: hiding both leaves "they sum to 2", so each is 0, 1 or 2.
    const table = grid([
      [1, 1, 20],
      [30, 25, 22],
    ]);
    const shape = gridShape(table);
    const { suppressed } = suppressSmallCells(shape, K);
    for (const index of [0, 1]) {
      const { min, max } = derivableInterval(shape, suppressed, index);
      expect(max - min).toBeGreaterThanOrEqual(K);
    }
    expect(suppressed.filter(Boolean).length).toBeGreaterThan(2);
  });

  it('hides small row totals and what would give them away through the grand total', () => {
    const table = grid([
      [1, 2, 0],
      [9, 8, 7],
      [6, 12, 5],
    ]);
    const shape = gridShape(table);
    const { suppressed } = suppressSmallCells(shape, K);
    const firstRowTotal = 9; // cells 0..8, then the row totals
    expect(suppressed[firstRowTotal]).toBe(true);
    expect(recoverBySubtraction(shape, suppressed).size).toBe(0);
    const { min, max } = derivableInterval(shape, suppressed, firstRowTotal);
    expect(max - min).toBeGreaterThanOrEqual(K);
  });

  it('a table of nothing but small counts publishes only its grand total', () => {
    const published = publishGrid(
      grid([
        [1, 2],
        [3, 1],
      ]),
      K,
    );
    expect(published.cells.flat()).toEqual([null, null, null, null]);
    expect([...published.rowTotals, ...published.columnTotals!]).toEqual([null, null, null, null]);
    expect(published.grandTotal).toBe(7);
  });

  it('publishes no column totals where an item can sit in several rows', () => {
    const published = publishGrid(
      grid(
        [
          [7, 9],
          [8, 6],
        ],
        false,
      ),
      K,
    );
    expect(published.columnTotals).toBeNull();
    expect(published.grandTotal).toBeNull();
    expect(published.rowTotals).toEqual([16, 14]);
    expect(published.cells).toEqual([
      [7, 9],
      [8, 6],
    ]);
  });

  it('on 120 random tables no hidden small cell is recovered and each stays k wide', () => {
    let seed = 17;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let n = 0; n < 120; n++) {
      const rows = 2 + Math.floor(random() * 4);
      const columns = 2 + Math.floor(random() * 5);
      const cells = Array.from({ length: rows }, () =>
        Array.from({ length: columns }, () => Math.floor(random() * random() * 14)),
      );
      const shape = gridShape(grid(cells, random() < 0.7));
      const { suppressed, primary } = suppressSmallCells(shape, K);
      expect(recoverBySubtraction(shape, suppressed).size).toBe(0);
      primary.forEach((isPrimary, index) => {
        if (!isPrimary) return;
        expect(suppressed[index]).toBe(true);
        const { min, max } = derivableInterval(shape, suppressed, index);
        expect(max - min).toBeGreaterThanOrEqual(K);
      });
    }
  });
});
