// SPDX-License-Identifier: EUPL-1.2
import { DEVELOPMENT_SECRETS } from 'src/config/env.schema';
import { Logger } from '@nestjs/common';
import { LABELLED_CORPUS } from 'src/modules/screening/corpus/labelled-corpus.data';
import { ORGANISATION_DICTIONARY_FIXTURE } from 'src/modules/screening/corpus/organisation-dictionary.fixture';
import {
  formatMeasurementTable,
  measureScreening,
} from 'src/modules/screening/corpus/screening-metrics';
import { PiiScreener } from 'src/modules/screening/pii-screener';
import { FindingKind } from 'src/modules/screening/screening.types';

describe(`${PiiScreener.name} on the labelled corpus`, () => {
  const sut = new PiiScreener(
    ORGANISATION_DICTIONARY_FIXTURE,
    DEVELOPMENT_SECRETS.SCREENING_FINGERPRINT_KEY,
  );
  const measurement = measureScreening(LABELLED_CORPUS, (text) => sut.screen(text));

  beforeAll(() => {
    // The measurement is the point of this suite: print it on every run.
    new Logger('PiiScreenerCorpus').log(
      `Screening precision/recall over ${LABELLED_CORPUS.length} labelled texts\n` +
        formatMeasurementTable(measurement) +
        (measurement.mistakes.length > 0
          ? `\n\nMistakes:\n${measurement.mistakes.map((m) => `  ${m.id} ${JSON.stringify({ missed: m.missed, spurious: m.spurious })}`).join('\n')}`
          : ''),
    );
  });

  it('has at least 80 texts in Swedish and English with unique ids', () => {
    const ids = LABELLED_CORPUS.map((sample) => sample.id);
    expect(ids.length).toBeGreaterThanOrEqual(80);
    expect(new Set(ids).size).toBe(ids.length);
    expect(LABELLED_CORPUS.some((sample) => sample.language === 'sv')).toBe(true);
    expect(LABELLED_CORPUS.some((sample) => sample.language === 'en')).toBe(true);
  });

  it('labels only text that occurs in the sample', () => {
    for (const sample of LABELLED_CORPUS) {
      for (const expected of sample.expected) expect(sample.text).toContain(expected.text);
    }
  });

  it('reaches an overall precision and recall of at least 0.95', () => {
    expect(measurement.overall.precision).toBeGreaterThanOrEqual(0.95);
    expect(measurement.overall.recall).toBeGreaterThanOrEqual(0.95);
  });

  it.each(Object.values(FindingKind))('reaches a recall of at least 0.9 for %s', (kind) => {
    const metrics = measurement.perKind.find((m) => m.kind === kind);
    expect(metrics?.expected).toBeGreaterThan(0);
    expect(metrics?.recall).toBeGreaterThanOrEqual(0.9);
  });
});
