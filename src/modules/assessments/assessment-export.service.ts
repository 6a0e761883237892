// SPDX-License-Identifier: EUPL-1.2
import { Injectable } from '@nestjs/common';
import type { Viewer } from 'src/graph/auth/viewer';
import { assessmentSections } from 'src/modules/assessments/assessment-document';
import { AssessmentExportFormat } from 'src/modules/assessments/assessment-enums';
import { assessmentHtml, assessmentMarkdown } from 'src/modules/assessments/assessment-export';
import { AssessmentsRepository } from 'src/modules/assessments/assessments.repository';
import { AssessmentsService } from 'src/modules/assessments/assessments.service';
import type { AssessmentExportType } from 'src/modules/assessments/dto/assessment.types';
import { formerMemberLabel } from 'src/modules/attribution/author-presentation';
import { OrganisationsService } from 'src/modules/organisations/organisations.service';

/**
 * The export for the organisation's own decision file (DOMAIN §15): Markdown, or a standalone
 * print-ready HTML document (print to PDF from the browser). Readers only: NOT_FOUND otherwise.
 * In the viewer's language; every user text escaped, the Markdown summary sanitised.
 */
@Injectable()
export class AssessmentExportService {
  constructor(
    private readonly reading: AssessmentsService,
    private readonly repository: AssessmentsRepository,
    private readonly organisations: OrganisationsService,
  ) {}

  async export(
    viewer: Viewer,
    id: string,
    format: AssessmentExportFormat,
  ): Promise<AssessmentExportType> {
    const record = await this.reading.requireReadable(viewer, id);
    const [parts, guideline, organisation, changes] = await Promise.all([
      this.reading.parts(record),
      this.reading.guidelineRef(record),
      this.organisations.require(record.organisationId),
      this.repository.allChanges(record.id),
    ]);
    const names = await this.reading.actorNames(
      viewer,
      changes.map((c) => c.actorId),
    );
    const sv = viewer.locale === 'SV';
    const doc = {
      locale: viewer.locale,
      organisationName: sv ? organisation.nameSv : organisation.nameEn,
      title: record.title,
      collaborationSummary: record.collaborationSummary,
      guidelineTitle: sv ? guideline.titleSv : guideline.titleEn,
      versionNumber: guideline.versionNumber,
      status: record.status,
      decision: record.decision,
      decisionReason: record.decisionReason,
      decidedAt: record.decidedAt,
      reviewOn: record.reviewOn,
      sections: assessmentSections(parts),
      history: changes.map((c) => ({
        at: c.at,
        summary: c.summary,
        actorName: names.get(c.actorId ?? '') ?? formerMemberLabel(viewer.locale),
      })),
      exportedAt: new Date(),
    };
    const base = `assessment-${record.id.slice(0, 8)}-${new Date().toISOString().slice(0, 10)}`;
    return format === AssessmentExportFormat.HTML
      ? {
          filename: `${base}.html`,
          mediaType: 'text/html; charset=utf-8',
          content: assessmentHtml(doc),
        }
      : {
          filename: `${base}.md`,
          mediaType: 'text/markdown; charset=utf-8',
          content: assessmentMarkdown(doc),
        };
  }
}
