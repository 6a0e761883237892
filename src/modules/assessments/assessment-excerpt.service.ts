// SPDX-License-Identifier: EUPL-1.2
import { Injectable } from '@nestjs/common';
import type { Viewer } from 'src/graph/auth/viewer';
import { Errors } from 'src/graph/errors/app-error';
import { assessmentSections } from 'src/modules/assessments/assessment-document';
import { AssessmentExcerptPart } from 'src/modules/assessments/assessment-enums';
import { EXPORT_WORDS } from 'src/modules/assessments/assessment-export-text';
import { markdownText } from 'src/modules/assessments/assessment-export';
import { AssessmentsService } from 'src/modules/assessments/assessments.service';
import type { AssessmentExcerptInput } from 'src/modules/assessments/dto/assessment.inputs';
import type {
  AssessmentExcerptType,
  AssessmentSectionType,
} from 'src/modules/assessments/dto/assessment.types';

/**
 * "Ask about this" and "Share as case" (DOMAIN §15): Markdown made only of the questions and
 * parts the reader chose (and the collaboration summary only if asked), with citations of those
 * questions' sections at the assessment's version. Never the owner, the organisation, the
 * assessment's title or anything not chosen. Nothing is stored or sent: the client puts the
 * text into the question form or case editor, whose screening applies to it as to any text.
 */
@Injectable()
export class AssessmentExcerptService {
  constructor(private readonly reading: AssessmentsService) {}

  async excerpt(viewer: Viewer, input: AssessmentExcerptInput): Promise<AssessmentExcerptType> {
    const record = await this.reading.requireReadable(viewer, input.assessmentId);
    const parts = await this.reading.parts(record);
    const known = new Set(parts.questions.map((q) => q.key));
    for (const [index, key] of input.questionKeys.entries()) {
      if (!known.has(key)) {
        const message = `"${key}" is not a question of this assessment’s guideline version`;
        throw Errors.badInput(message, [{ field: `questionKeys.${index}`, message }]);
      }
    }
    return buildExcerpt(
      assessmentSections(parts),
      new Set(input.questionKeys),
      new Set(input.parts),
      input.includeCollaborationSummary ? record.collaborationSummary : null,
      record.guidelineVersionId,
      viewer.locale,
    );
  }
}

/** The excerpt itself, a pure function of what was chosen (tested on its own). */
export function buildExcerpt(
  sections: readonly AssessmentSectionType[],
  chosenKeys: ReadonlySet<string>,
  chosenParts: ReadonlySet<AssessmentExcerptPart>,
  collaborationSummary: string | null,
  versionId: string,
  locale: 'SV' | 'EN',
): AssessmentExcerptType {
  const w = EXPORT_WORDS[locale];
  const sv = locale === 'SV';
  const lines: string[] = [];
  if (collaborationSummary?.trim()) lines.push(collaborationSummary.trim(), '');
  const citations: { versionId: string; sectionKey: string }[] = [];
  let firstQuestion: string | null = null;
  for (const section of sections) {
    const items = section.items.filter((i) => chosenKeys.has(i.questionKey));
    if (items.length === 0) continue;
    citations.push({ versionId, sectionKey: section.sectionKey });
    lines.push(`### ${markdownText(sv ? section.headingSv : section.headingEn)}`, '');
    for (const item of items) {
      const question = sv ? item.textSv : item.textEn;
      firstQuestion ??= question;
      lines.push(`**${markdownText(question)}**`, '');
      if (chosenParts.has(AssessmentExcerptPart.ANSWER))
        lines.push(`- ${w.answer}: ${item.answer ? w.answers[item.answer] : w.none}`);
      if (chosenParts.has(AssessmentExcerptPart.RISK))
        lines.push(`- ${w.risk}: ${item.risk ? w.risks[item.risk] : w.none}`);
      if (chosenParts.has(AssessmentExcerptPart.NOTE) && item.note)
        lines.push(`- ${w.note}: ${markdownText(item.note)}`);
      if (chosenParts.has(AssessmentExcerptPart.MITIGATIONS) && item.mitigations.length) {
        lines.push(`- ${w.mitigations}:`);
        // The mitigation's owner is a person or function of the organisation: left out.
        for (const m of item.mitigations) lines.push(`  - ${markdownText(m.description)}`);
      }
      lines.push('');
    }
  }
  const title = (firstQuestion ?? (sv ? 'Fråga om en egenbedömning' : 'About a self-assessment'))
    .replace(/\s+/g, ' ')
    .slice(0, 200);
  return { title, markdown: lines.join('\n').trim() + '\n', citations };
}
