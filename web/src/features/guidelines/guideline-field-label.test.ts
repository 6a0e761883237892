// SPDX-License-Identifier: EUPL-1.2
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import sv from '../../i18n/sv.json';
import { guidelineFieldLabel } from './guideline-field-label';

const t = (key: string, options?: Record<string, unknown>) => i18next.t(key, options);

describe('guideline editor field labels for refused fields', () => {
  beforeAll(() => i18next.init({ lng: 'sv', resources: { sv: { translation: sv } } }));

  it('names a guideline field, a section field and a question field as the editor shows them', () => {
    expect(guidelineFieldLabel(t, 'titleSv')).toBe('Titel på svenska');
    expect(guidelineFieldLabel(t, 'sections.4.headingSv')).toBe('Avsnitt 5 – Rubrik på svenska');
    expect(guidelineFieldLabel(t, 'sections.4.questions.0.key')).toBe(
      'Fråga 1 i avsnitt 5 – Frågans nyckel',
    );
  });

  it('falls back to the place, then to the path, for fields the editor does not have', () => {
    expect(guidelineFieldLabel(t, 'sections.1')).toBe('Avsnitt 2');
    expect(guidelineFieldLabel(t, 'sections.1.questions.2.other')).toBe('Fråga 3 i avsnitt 2');
    expect(guidelineFieldLabel(t, 'somethingElse')).toBe('somethingElse');
  });
});
