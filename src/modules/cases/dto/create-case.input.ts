// SPDX-License-Identifier: EUPL-1.2
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { SharingLevel } from 'src/modules/access-policy/sharing-level.enum';
import { Attribution } from 'src/modules/attribution/attribution.enum';
import { CaseOutcome, CasePhase } from 'src/modules/cases/case-enums';
import { Locale } from 'src/modules/members/locale.enum';
import { ContentTextField, OptionalMarkdownField } from 'src/modules/content/content-input-fields';
import { LocalDateScalar } from 'src/graph/scalars/local-date.scalar';
import { CitationsField, type CitationInput } from 'src/modules/guidelines/dto/guideline.inputs';
import { AcknowledgedFindingsField, CountryCodesField, IdListField } from 'src/graph/input-fields';

export const CASE_LIMITS = {
  title: { min: 5, max: 200 },
  summary: { min: 20, max: 1000 },
  body: { min: 20, max: 20_000 },
  optionalBody: { max: 20_000 },
  topics: 20,
  countries: 30,
  recipients: 50,
  earliestYear: 1990,
} as const;

/**
 * A new case (a draft): the fields every case needs are required, the rest can follow.
 * `UpdateCaseInput` takes any subset. Checks that need the database or the clock (topics exist and have the right
 * kind, countries are ISO codes, recipients exist, the year is not in the future) are in
 * CaseValidator, which reports them as the same field errors.
 */
@InputType()
export class CreateCaseInput {
  @ContentTextField(CASE_LIMITS.title)
  title!: string;

  @ContentTextField({
    ...CASE_LIMITS.summary,
    description: 'Plain text, shown in lists and digests.',
  })
  summary!: string;

  @ContentTextField({
    ...CASE_LIMITS.body,
    markdown: true,
    description: 'Markdown: what was proposed.',
  })
  context!: string;

  @ContentTextField({
    ...CASE_LIMITS.body,
    markdown: true,
    description: 'Markdown: what happened.',
  })
  whatHappened!: string;

  @OptionalMarkdownField({
    max: CASE_LIMITS.optionalBody.max,
    description: 'Markdown: steps taken, sources checked, functions and authorities consulted.',
  })
  assessment?: string | null;

  @Field(() => CaseOutcome)
  @IsEnum(CaseOutcome)
  outcome!: CaseOutcome;

  @OptionalMarkdownField({ max: CASE_LIMITS.optionalBody.max, description: 'Markdown.' })
  mitigations?: string | null;

  @OptionalMarkdownField({ max: CASE_LIMITS.optionalBody.max, description: 'Markdown.' })
  lessonsLearned?: string | null;

  @IdListField({
    description: 'Topics of kind RISK_AREA; at least one.',
    nullable: false,
    min: 1,
    max: CASE_LIMITS.topics,
  })
  riskAreaIds!: string[];

  @IdListField({
    description: 'Topics of kind COLLABORATION_TYPE; at least one.',
    nullable: false,
    min: 1,
    max: CASE_LIMITS.topics,
  })
  collaborationTypeIds!: string[];

  @IdListField({ description: 'Topics of kind TECHNOLOGY_AREA.', max: CASE_LIMITS.topics })
  technologyAreaIds?: string[];

  @Field(() => ID, { nullable: true, description: 'A topic of kind RESEARCH_FIELD.' })
  @IsOptional()
  @IsUUID('all')
  researchFieldId?: string | null;

  @CountryCodesField({ description: 'ISO 3166-1 alpha-2 codes.', max: CASE_LIMITS.countries })
  countryCodes?: string[];

  @Field(() => CasePhase, { nullable: true })
  @IsOptional()
  @IsEnum(CasePhase)
  phase?: CasePhase | null;

  @Field(() => Int, { description: 'The year of the collaboration.' })
  @IsInt()
  @Min(CASE_LIMITS.earliestYear)
  @Max(2100)
  year!: number;

  @Field(() => Int, { nullable: true, description: '1–4; never a date, which could identify.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(4)
  quarter?: number | null;

  @Field(() => Locale, { description: 'The language the case is written in.' })
  @IsEnum(Locale)
  language!: Locale;

  @Field(() => SharingLevel)
  @IsEnum(SharingLevel)
  sharingLevel!: SharingLevel;

  @IdListField({
    description: 'AMBER: the organisations that may read.',
    max: CASE_LIMITS.recipients,
  })
  recipientOrganisationIds?: string[];

  @IdListField({ description: 'RED: the members who may read.', max: CASE_LIMITS.recipients })
  recipientMemberIds?: string[];

  @Field(() => Attribution)
  @IsEnum(Attribution)
  attribution!: Attribution;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'When the author should check the case is still accurate.',
  })
  @IsOptional()
  reviewBy?: string | null;

  @AcknowledgedFindingsField()
  acknowledgedFindings?: string[];

  @CitationsField()
  citations?: CitationInput[] | null;
}
