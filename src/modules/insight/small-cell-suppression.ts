// SPDX-License-Identifier: EUPL-1.2
import { solve, type Constraint } from 'yalps';

/**
 * Small-cell suppression for published counts (issue 16, DOMAIN §14).
 *
 * A table is a list of **entries** (every number it would publish: cells and totals) and the
 * **lines** that tie them: each line says "this total equals the sum of these entries". That is
 * all an outsider can use to recover a hidden number, so it is all the audit models.
 *
 * 1. *Primary suppression*: every entry counting from 1 to k − 1 items is hidden (zeros are
 *    shown: "nobody asked about this" identifies nobody).
 * 2. *Complementary suppression*: no line may hide exactly one entry (it would be its total
 *    minus the rest); the cheapest other entry of such a line is hidden too.
 * 3. *Audit*: for every primary entry, linear programming finds the least and greatest value an
 *    outsider can derive from everything published (entries ≥ 0, every line's sum). When that
 *    interval is narrower than k, another entry of one of its lines is hidden and the audit runs
 *    again. Lines of sums have totally unimodular constraint matrices, so the continuous bounds
 *    are also the integer bounds: an attacker who knows counts are whole numbers learns nothing
 *    more. This is the classic audit of statistical agencies (Cox, "Linear sensitivity measures
 *    in statistical disclosure control", 1981), sized for tables of a few hundred entries.
 */
export interface CountTableShape {
  /** Every number the table would publish, cells and totals alike. */
  values: readonly number[];
  /** Each line: `total` is the index of the entry equal to the sum of the `parts` entries. */
  lines: readonly { total: number; parts: readonly number[] }[];
}

export interface SuppressionResult {
  /** Per entry: hidden or not. */
  suppressed: boolean[];
  /** Entries hidden because they were small (for tests and the audit; never published). */
  primary: boolean[];
}

export function suppressSmallCells(table: CountTableShape, k: number): SuppressionResult {
  const { values } = table;
  const primary = values.map((value) => value > 0 && value < k);
  const suppressed = [...primary];
  // Hiding more only widens what an outsider can derive, so a primary entry that passed the
  // audit once stays protected and is not audited again.
  const protectedEntries = new Set<number>();
  // Each round hides at least one more entry, so this ends after at most `values.length` rounds.
  for (let round = 0; round <= values.length; round++) {
    hideSecondEntryOfEveryLine(table, suppressed);
    const exposed = primary.findIndex((isPrimary, index) => {
      if (!isPrimary || protectedEntries.has(index)) return false;
      const { min, max } = derivableInterval(table, suppressed, index);
      if (max - min < k) return true;
      protectedEntries.add(index);
      return false;
    });
    if (exposed < 0) return { suppressed, primary };
    if (!hideOneMoreBeside(table, suppressed, exposed)) break;
  }
  // Nothing left to hide beside it: hide everything rather than publish a derivable cell.
  return { suppressed: values.map(() => true), primary };
}

/** Rule 2: a line with exactly one hidden entry gets a second one, until none has. */
function hideSecondEntryOfEveryLine(table: CountTableShape, suppressed: boolean[]): void {
  let changed = true;
  while (changed) {
    changed = false;
    for (const line of table.lines) {
      const members = [...line.parts, line.total];
      const hidden = members.filter((index) => suppressed[index]);
      if (hidden.length !== 1) continue;
      const pick = cheapestToHide(table, suppressed, members);
      if (pick === undefined) continue;
      suppressed[pick] = true;
      changed = true;
    }
  }
}

/** Hides the cheapest visible entry on any line through `index`; false when none is left. */
function hideOneMoreBeside(table: CountTableShape, suppressed: boolean[], index: number): boolean {
  const neighbours = table.lines
    .filter((line) => line.total === index || line.parts.includes(index))
    .flatMap((line) => [...line.parts, line.total]);
  const pick = cheapestToHide(table, suppressed, neighbours);
  if (pick === undefined) return false;
  suppressed[pick] = true;
  return true;
}

/**
 * The visible entry whose hiding loses the least information: the smallest non-zero count,
 * cells before totals (a total is a line's own entry too, but readers value it more). Zeros come
 * last: hiding a zero beside a small cell protects it only if the reader cannot tell it is zero.
 */
function cheapestToHide(
  table: CountTableShape,
  suppressed: boolean[],
  candidates: readonly number[],
): number | undefined {
  const totals = new Set(table.lines.map((line) => line.total));
  const cost = (index: number) => {
    const value = table.values[index]!;
    return (value === 0 ? 1e12 : value) + (totals.has(index) ? 1e9 : 0);
  };
  return [...new Set(candidates)]
    .filter((index) => !suppressed[index])
    .sort((a, b) => cost(a) - cost(b) || a - b)[0];
}

/**
 * The least and greatest value of entry `target` that an outsider can derive from what is
 * published: every visible entry's value, every line's equation, and entries ≥ 0.
 */
export function derivableInterval(
  table: CountTableShape,
  suppressed: readonly boolean[],
  target: number,
): { min: number; max: number } {
  if (!suppressed[target]) return { min: table.values[target]!, max: table.values[target]! };
  const constraints = new Map<string, Constraint>();
  const coefficients = new Map<number, [string, number][]>();
  table.lines.forEach((line, lineIndex) => {
    // total − Σ parts = 0, with the visible entries moved to the right-hand side.
    let known = 0;
    const terms: [number, number][] = [
      [line.total, 1],
      ...line.parts.map((p) => [p, -1] as [number, number]),
    ];
    const unknownTerms = terms.filter(([index, sign]) => {
      if (suppressed[index]) return true;
      known += sign * table.values[index]!;
      return false;
    });
    if (unknownTerms.length === 0) return;
    const key = `line${lineIndex}`;
    constraints.set(key, { equal: -known });
    for (const [index, sign] of unknownTerms) {
      const list = coefficients.get(index) ?? [];
      list.push([key, sign]);
      coefficients.set(index, list);
    }
  });
  const bound = (direction: 'minimize' | 'maximize') => {
    const objective: [string, number] = ['objective', 1];
    const variables: [string, [string, number][]][] = [...coefficients.entries()].map(
      ([index, list]) => [String(index), index === target ? [...list, objective] : list],
    );
    if (!coefficients.has(target)) variables.push([String(target), [objective]]);
    const solution = solve({ direction, objective: 'objective', constraints, variables });
    if (solution.status === 'unbounded') return direction === 'maximize' ? Infinity : 0;
    if (solution.status !== 'optimal')
      throw new Error(`suppression audit: the published table is ${solution.status}`);
    return solution.result;
  };
  return { min: bound('minimize'), max: bound('maximize') };
}
