// SPDX-License-Identifier: EUPL-1.2
import type { Translate } from '../../app/errors';

/** Fields of the guideline, of a section and of a question, by their name in the API's paths. */
const GUIDELINE_FIELDS = ['slug', 'kind', 'titleSv', 'titleEn', 'changeNoteSv', 'changeNoteEn'];
const SECTION_FIELDS = ['key', 'headingSv', 'headingEn', 'bodySv', 'bodyEn'];
const QUESTION_FIELDS: Record<string, string> = {
  key: 'questionKey',
  textSv: 'questionTextSv',
  textEn: 'questionTextEn',
};

/**
 * The editor's name for a field the API refused, from its path (`titleSv`,
 * `sections.4.headingSv`, `sections.4.questions.0.key`), as the error summary lists it: "Avsnitt
 * 5 – Rubrik på svenska". The path itself where the editor has no such field.
 */
export function guidelineFieldLabel(t: Translate, path: string): string {
  const question = /^sections\.(\d+)\.questions\.(\d+)\.(\w+)$/.exec(path);
  if (question) {
    const [, section, number, field] = question;
    const label = QUESTION_FIELDS[field!];
    const where = t('guidelineEditor.questionLegend', {
      number: Number(number) + 1,
      section: Number(section) + 1,
    });
    return label ? `${where} – ${t(`guidelineEditor.${label}`)}` : where;
  }
  const section = /^sections\.(\d+)(?:\.(\w+))?$/.exec(path);
  if (section) {
    const [, number, field] = section;
    const where = t('guidelineEditor.sectionLegend', { number: Number(number) + 1 });
    return field && SECTION_FIELDS.includes(field)
      ? `${where} – ${t(`guidelineEditor.${field}`)}`
      : where;
  }
  return GUIDELINE_FIELDS.includes(path) ? t(`guidelineEditor.${path}`) : path;
}
