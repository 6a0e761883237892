// SPDX-License-Identifier: EUPL-1.2
import { Injectable } from '@nestjs/common';
import { Errors, type FieldProblem } from 'src/graph/errors/app-error';
import type { Viewer } from 'src/graph/auth/viewer';
import { AudienceValidator } from 'src/modules/access-policy/audience-validator';
import type { CaseEntity } from 'src/modules/cases/case.entity';
import type { CreateCaseInput } from 'src/modules/cases/dto/create-case.input';
import { CountriesService } from 'src/modules/countries/countries.service';
import { TopicKind } from 'src/modules/taxonomy/topic-kind.enum';
import { TopicsService } from 'src/modules/taxonomy/topics.service';
import type { AppError } from 'src/graph/errors/app-error';
import { FieldProblemReason } from 'src/graph/errors/field-problem-reason';

/** The case columns an author edits; every revision stores them. */
export const CASE_CONTENT_FIELDS = [
  'title',
  'summary',
  'context',
  'whatHappened',
  'assessment',
  'outcome',
  'mitigations',
  'lessonsLearned',
  'topicIds',
  'countryCodes',
  'phase',
  'year',
  'quarter',
  'language',
  'sharingLevel',
  'recipientOrganisationIds',
  'recipientMemberIds',
  'attribution',
  'reviewBy',
] as const satisfies readonly (keyof CaseEntity)[];

export type CaseContent = Pick<CaseEntity, (typeof CASE_CONTENT_FIELDS)[number]>;

/** The text a screening looks at, by field. */
export function caseTextFields(content: CaseContent): Record<string, string | null> {
  return {
    title: content.title,
    summary: content.summary,
    context: content.context,
    whatHappened: content.whatHappened,
    assessment: content.assessment,
    mitigations: content.mitigations,
    lessonsLearned: content.lessonsLearned,
  };
}

const REQUIRED: readonly (keyof CreateCaseInput)[] = [
  'title',
  'summary',
  'context',
  'whatHappened',
  'outcome',
  'riskAreaIds',
  'collaborationTypeIds',
  'year',
  'language',
  'sharingLevel',
  'attribution',
];

/**
 * Turns input (a whole case, or an edit merged over the stored one) into validated columns.
 * The DTO decorators check shapes and lengths; this checks what needs the catalogues, the
 * members or the clock. Every problem is collected, so one answer lists them all.
 */
@Injectable()
export class CaseValidator {
  constructor(
    private readonly topics: TopicsService,
    private readonly countries: CountriesService,
    private readonly audience: AudienceValidator,
  ) {}

  async validate(
    input: Partial<CreateCaseInput>,
    viewer: Viewer,
    existing: CaseEntity | null,
  ): Promise<CaseContent> {
    const problems: FieldProblem[] = [];
    const collect = async <T>(work: () => T | Promise<T>): Promise<T | undefined> => {
      try {
        return await work();
      } catch (error) {
        const fields = (error as AppError).extensions?.fields as FieldProblem[] | undefined;
        if (!fields) throw error;
        problems.push(...fields);
        return undefined;
      }
    };
    for (const field of REQUIRED) {
      if (input[field] === null)
        problems.push({
          field,
          message: `${field} cannot be cleared`,
          reason: FieldProblemReason.REQUIRED,
        });
    }

    const existingTopics = existing ? await this.topics.byIds(existing.topicIds) : [];
    const topicIdsOf = (kind: TopicKind): string[] =>
      existingTopics.flatMap((topic) => (topic?.kind === kind ? [topic.id] : []));
    const riskAreas = await collect(() =>
      this.topics.requireOfKind(
        input.riskAreaIds ?? topicIdsOf(TopicKind.RISK_AREA),
        TopicKind.RISK_AREA,
        'riskAreaIds',
      ),
    );
    const collaborationTypes = await collect(() =>
      this.topics.requireOfKind(
        input.collaborationTypeIds ?? topicIdsOf(TopicKind.COLLABORATION_TYPE),
        TopicKind.COLLABORATION_TYPE,
        'collaborationTypeIds',
      ),
    );
    const technologyAreas = await collect(() =>
      this.topics.requireOfKind(
        input.technologyAreaIds ?? topicIdsOf(TopicKind.TECHNOLOGY_AREA),
        TopicKind.TECHNOLOGY_AREA,
        'technologyAreaIds',
      ),
    );
    const researchFieldIds =
      input.researchFieldId === undefined
        ? topicIdsOf(TopicKind.RESEARCH_FIELD)
        : input.researchFieldId === null
          ? []
          : [input.researchFieldId];
    const researchField = await collect(() =>
      this.topics.requireOfKind(researchFieldIds, TopicKind.RESEARCH_FIELD, 'researchFieldId'),
    );
    const countryCodes = await collect(() =>
      this.countries.requireCodes(
        input.countryCodes ?? existing?.countryCodes ?? [],
        'countryCodes',
      ),
    );

    const merged = {
      title: input.title ?? existing?.title,
      summary: input.summary ?? existing?.summary,
      context: input.context ?? existing?.context,
      whatHappened: input.whatHappened ?? existing?.whatHappened,
      assessment:
        input.assessment === undefined ? (existing?.assessment ?? null) : input.assessment,
      outcome: input.outcome ?? existing?.outcome,
      mitigations:
        input.mitigations === undefined ? (existing?.mitigations ?? null) : input.mitigations,
      lessonsLearned:
        input.lessonsLearned === undefined
          ? (existing?.lessonsLearned ?? null)
          : input.lessonsLearned,
      phase: input.phase === undefined ? (existing?.phase ?? null) : input.phase,
      year: input.year ?? existing?.year,
      quarter: input.quarter === undefined ? (existing?.quarter ?? null) : input.quarter,
      language: input.language ?? existing?.language,
      sharingLevel: input.sharingLevel ?? existing?.sharingLevel,
      attribution: input.attribution ?? existing?.attribution,
      reviewBy: input.reviewBy === undefined ? (existing?.reviewBy ?? null) : input.reviewBy,
      recipientOrganisationIds:
        input.recipientOrganisationIds ?? existing?.recipientOrganisationIds ?? [],
      recipientMemberIds: input.recipientMemberIds ?? existing?.recipientMemberIds ?? [],
    };

    const thisYear = Number(
      new Intl.DateTimeFormat('en', { year: 'numeric', timeZone: 'Europe/Stockholm' }).format(),
    );
    if (merged.year !== undefined && merged.year > thisYear)
      problems.push({
        field: 'year',
        message: `year cannot be later than ${thisYear}`,
        reason: FieldProblemReason.OUT_OF_RANGE,
      });
    if (merged.reviewBy !== null) this.checkReviewBy(merged.reviewBy, problems);

    const recipientOrganisationIds = [...new Set(merged.recipientOrganisationIds)];
    const recipientMemberIds = [...new Set(merged.recipientMemberIds)];
    if (merged.sharingLevel !== undefined)
      problems.push(
        ...(await this.audience.problems(
          { sharingLevel: merged.sharingLevel, recipientOrganisationIds, recipientMemberIds },
          viewer,
        )),
      );

    if (problems.length > 0) throw Errors.badInput('The case has invalid fields', problems);
    return {
      ...(merged as Required<typeof merged>),
      topicIds: [
        ...(riskAreas ?? []),
        ...(collaborationTypes ?? []),
        ...(technologyAreas ?? []),
        ...(researchField ?? []),
      ].map((topic) => topic.id),
      countryCodes: countryCodes ?? [],
      recipientOrganisationIds,
      recipientMemberIds,
    } as CaseContent;
  }

  /** The LocalDate scalar has already refused anything that is not a real calendar day. */
  private checkReviewBy(reviewBy: string, problems: FieldProblem[]): void {
    const date = new Date(`${reviewBy}T00:00:00Z`);
    if (date.getTime() < Date.now() - 24 * 3600 * 1000) {
      problems.push({
        field: 'reviewBy',
        message: 'reviewBy must not be in the past',
        reason: FieldProblemReason.IN_PAST,
      });
    }
  }
}
