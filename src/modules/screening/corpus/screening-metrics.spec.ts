// SPDX-License-Identifier: EUPL-1.2
import {
  LabelledText,
  organisation,
  person,
} from 'src/modules/screening/corpus/labelled-text.type';
import {
  formatMeasurementTable,
  measureScreening,
} from 'src/modules/screening/corpus/screening-metrics';
import { createFinding } from 'src/modules/screening/finding.factory';
import { Finding, FindingKind } from 'src/modules/screening/screening.types';

describe(measureScreening.name, () => {
  const sut = measureScreening;
  const corpus: LabelledText[] = [
    {
      id: 'a',
      language: 'sv',
      text: 'Anna Lind på KTH',
      expected: [person('Anna Lind'), organisation('KTH')],
    },
    { id: 'b', language: 'en', text: 'Per year', expected: [] },
  ];
  const finding = (
    kind: FindingKind,
    text: string,
    source: string,
  ): Pick<Finding, 'kind' | 'text'> => {
    const start = source.indexOf(text);
    return createFinding(kind, source, start, start + text.length);
  };

  it('counts a finding as a true positive only with the right kind and exact text', () => {
    const measurement = sut(corpus, (text) =>
      text.startsWith('Anna')
        ? [
            finding(FindingKind.PERSON_NAME, 'Anna', text),
            finding(FindingKind.ORGANISATION_NAME, 'KTH', text),
          ]
        : [finding(FindingKind.PERSON_NAME, 'Per', text)],
    );
    const names = measurement.perKind.find((m) => m.kind === FindingKind.PERSON_NAME);
    expect(names).toMatchObject({
      expected: 1,
      found: 2,
      truePositives: 0,
      precision: 0,
      recall: 0,
    });
    expect(measurement.overall).toMatchObject({ expected: 2, found: 3, truePositives: 1 });
    expect(measurement.mistakes.map((m) => m.id)).toEqual(['a', 'b']);
  });

  it('scores a perfect screener 1 and treats empty kinds as perfect', () => {
    const measurement = sut(corpus, (text) =>
      text.startsWith('Anna')
        ? [
            finding(FindingKind.PERSON_NAME, 'Anna Lind', text),
            finding(FindingKind.ORGANISATION_NAME, 'KTH', text),
          ]
        : [],
    );
    expect(measurement.overall).toMatchObject({ precision: 1, recall: 1 });
    expect(measurement.perKind.find((m) => m.kind === FindingKind.EMAIL)).toMatchObject({
      precision: 1,
      recall: 1,
    });
    expect(measurement.mistakes).toEqual([]);
  });

  it('formats a table with a row per kind and a total', () => {
    const table = formatMeasurementTable(sut(corpus, () => []));
    expect(table.split('\n')).toHaveLength(2 + Object.values(FindingKind).length + 2);
    expect(table).toContain('ALL');
    expect(table).toContain('precision');
  });
});
