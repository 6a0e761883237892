// SPDX-License-Identifier: EUPL-1.2
import { RISK_ORDER, type RiskRating } from 'src/modules/assessments/assessment-enums';
import type {
  AssessmentItemEntity,
  AssessmentMitigationEntity,
} from 'src/modules/assessments/assessment.entity';
import type {
  AssessmentItemType,
  AssessmentSectionType,
} from 'src/modules/assessments/dto/assessment.types';
import type {
  GuidelineSectionEntity,
  GuidelineSectionQuestionEntity,
} from 'src/modules/guidelines/guideline.entity';

/** What an assessment's sections are made of: its version's text and its own answers. */
export interface AssessmentParts {
  sections: readonly GuidelineSectionEntity[];
  questions: readonly GuidelineSectionQuestionEntity[];
  items: readonly AssessmentItemEntity[];
  mitigations: readonly AssessmentMitigationEntity[];
}

/**
 * The template of a guideline version filled with the assessment's answers: every section with
 * questions, in the version's order, each question with its item (empty when unanswered).
 * Sections without questions are left out: there is nothing to assess in them.
 */
export function assessmentSections(parts: AssessmentParts): AssessmentSectionType[] {
  const items = new Map(parts.items.map((i) => [i.questionKey, i]));
  return [...parts.sections]
    .sort((a, b) => a.position - b.position)
    .map((section) => ({
      sectionKey: section.key,
      headingSv: section.headingSv,
      headingEn: section.headingEn,
      items: parts.questions
        .filter((q) => q.sectionKey === section.key)
        .sort((a, b) => a.position - b.position)
        .map((q): AssessmentItemType => {
          const item = items.get(q.key);
          return {
            questionKey: q.key,
            textSv: q.textSv,
            textEn: q.textEn,
            answer: item?.answer ?? null,
            note: item?.note ?? null,
            risk: item?.risk ?? null,
            mitigations: parts.mitigations
              .filter((m) => m.questionKey === q.key)
              .sort((a, b) => a.position - b.position)
              .map((m) => ({
                id: m.id,
                description: m.description,
                owner: m.owner,
                dueOn: m.dueOn,
              })),
          };
        }),
    }))
    .filter((section) => section.items.length > 0);
}

/** The highest risk of any item; null when none is rated. */
export function highestRisk(items: readonly { risk: RiskRating | null }[]): RiskRating | null {
  let highest: RiskRating | null = null;
  for (const { risk } of items) {
    if (risk && (highest === null || RISK_ORDER.indexOf(risk) > RISK_ORDER.indexOf(highest)))
      highest = risk;
  }
  return highest;
}
