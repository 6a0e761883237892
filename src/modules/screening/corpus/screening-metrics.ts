// SPDX-License-Identifier: EUPL-1.2
import { ExpectedFinding, LabelledText } from 'src/modules/screening/corpus/labelled-text.type';
import { Finding, FindingKind } from 'src/modules/screening/screening.types';

export interface KindMetrics {
  readonly kind: FindingKind | 'ALL';
  readonly expected: number;
  readonly found: number;
  readonly truePositives: number;
  /** 1 when nothing was found: no false alarms. */
  readonly precision: number;
  /** 1 when nothing was expected: nothing missed. */
  readonly recall: number;
}

export interface CorpusMistake {
  readonly id: string;
  readonly missed: readonly ExpectedFinding[];
  readonly spurious: readonly ExpectedFinding[];
}

export interface ScreeningMeasurement {
  readonly perKind: readonly KindMetrics[];
  readonly overall: KindMetrics;
  readonly mistakes: readonly CorpusMistake[];
}

interface Tally {
  expected: number;
  found: number;
  truePositives: number;
}

/**
 * Precision and recall of a screener over a labelled corpus. A finding is a true positive when an
 * expected finding of the same kind has exactly its text (each expected finding counts once).
 */
export function measureScreening(
  corpus: readonly LabelledText[],
  screen: (text: string) => readonly Pick<Finding, 'kind' | 'text'>[],
): ScreeningMeasurement {
  const tallies = new Map<FindingKind, Tally>(
    Object.values(FindingKind).map((kind) => [kind, { expected: 0, found: 0, truePositives: 0 }]),
  );
  const mistakes: CorpusMistake[] = [];
  for (const sample of corpus) {
    const unmatched = [...sample.expected];
    const spurious: ExpectedFinding[] = [];
    for (const expected of sample.expected) tallyOf(tallies, expected.kind).expected += 1;
    for (const finding of screen(sample.text)) {
      const tally = tallyOf(tallies, finding.kind);
      tally.found += 1;
      const index = unmatched.findIndex((e) => e.kind === finding.kind && e.text === finding.text);
      if (index >= 0) {
        unmatched.splice(index, 1);
        tally.truePositives += 1;
      } else {
        spurious.push({ kind: finding.kind, text: finding.text });
      }
    }
    if (unmatched.length > 0 || spurious.length > 0) {
      mistakes.push({ id: sample.id, missed: unmatched, spurious });
    }
  }
  const perKind = [...tallies].map(([kind, tally]) => metricsOf(kind, tally));
  const total = [...tallies.values()].reduce(
    (sum, tally) => ({
      expected: sum.expected + tally.expected,
      found: sum.found + tally.found,
      truePositives: sum.truePositives + tally.truePositives,
    }),
    { expected: 0, found: 0, truePositives: 0 },
  );
  return { perKind, overall: metricsOf('ALL', total), mistakes };
}

export function formatMeasurementTable(measurement: ScreeningMeasurement): string {
  const header = ['kind', 'expected', 'found', 'TP', 'precision', 'recall'];
  const rows = [...measurement.perKind, measurement.overall].map((m) => [
    m.kind,
    String(m.expected),
    String(m.found),
    String(m.truePositives),
    m.precision.toFixed(3),
    m.recall.toFixed(3),
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column]?.length ?? 0)),
  );
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, column) =>
        column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0),
      )
      .join('  ');
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  return [
    line(header),
    rule,
    ...rows.slice(0, -1).map(line),
    rule,
    line(rows[rows.length - 1] ?? []),
  ].join('\n');
}

function tallyOf(tallies: Map<FindingKind, Tally>, kind: FindingKind): Tally {
  const tally = tallies.get(kind);
  if (!tally) throw new Error(`No tally for ${kind}`);
  return tally;
}

function metricsOf(kind: FindingKind | 'ALL', tally: Tally): KindMetrics {
  return {
    kind,
    ...tally,
    precision: tally.found === 0 ? 1 : tally.truePositives / tally.found,
    recall: tally.expected === 0 ? 1 : tally.truePositives / tally.expected,
  };
}
