// SPDX-License-Identifier: EUPL-1.2
import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsDate,
  IsEnum,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { PageArgs } from 'src/graph/pagination/page-args';
import { LocalDateScalar } from 'src/graph/scalars/local-date.scalar';
import {
  AssessmentAnswerValue,
  AssessmentDecision,
  AssessmentExcerptPart,
  AssessmentExportFormat,
  AssessmentStatus,
  RiskRating,
} from 'src/modules/assessments/assessment-enums';

/** Limits of DOMAIN §15. */
export const ASSESSMENT_LIMITS = {
  title: 200,
  summary: 20000,
  note: 4000,
  mitigationsPerItem: 10,
  mitigationDescription: 2000,
  mitigationOwner: 200,
  reason: 4000,
  sharedWith: 50,
} as const;

@InputType()
export class StartAssessmentInput {
  @Field(() => ID, { description: 'A published guideline version; its questions become items.' })
  @IsUUID()
  guidelineVersionId!: string;

  @Field()
  @IsString()
  @Length(1, ASSESSMENT_LIMITS.title)
  title!: string;

  @Field({ description: 'Plain text (Markdown source): the collaboration assessed.' })
  @IsString()
  @MaxLength(ASSESSMENT_LIMITS.summary)
  collaborationSummary!: string;
}

@InputType()
export class AssessmentMitigationInput {
  @Field()
  @IsString()
  @Length(1, ASSESSMENT_LIMITS.mitigationDescription)
  description!: string;

  @Field({ description: 'Who carries it out: a person or a function (free text).' })
  @IsString()
  @Length(1, ASSESSMENT_LIMITS.mitigationOwner)
  owner!: string;

  @Field(() => LocalDateScalar, { nullable: true })
  @IsOptional()
  dueOn?: string | null;
}

@InputType()
export class AssessmentItemInput {
  @Field({ description: 'A question key of the assessment’s guideline version.' })
  @IsString()
  @Length(1, 64)
  questionKey!: string;

  @Field(() => AssessmentAnswerValue, { nullable: true })
  @IsOptional()
  @IsEnum(AssessmentAnswerValue)
  answer?: AssessmentAnswerValue | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(ASSESSMENT_LIMITS.note)
  note?: string | null;

  @Field(() => RiskRating, { nullable: true })
  @IsOptional()
  @IsEnum(RiskRating)
  risk?: RiskRating | null;

  @Field(() => [AssessmentMitigationInput], {
    nullable: true,
    description: `Replaces the item’s mitigations (at most ${ASSESSMENT_LIMITS.mitigationsPerItem}); left out: kept.`,
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(ASSESSMENT_LIMITS.mitigationsPerItem)
  @ValidateNested({ each: true })
  @Type(() => AssessmentMitigationInput)
  mitigations?: AssessmentMitigationInput[] | null;
}

@InputType()
export class UpdateAssessmentInput {
  @Field(() => ID)
  @IsString()
  id!: string;

  @Field(() => Date, { description: 'updatedAt as last read: CONFLICT if saved since.' })
  @Type(() => Date)
  @IsDate()
  expectedUpdatedAt!: Date;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, ASSESSMENT_LIMITS.title)
  title?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(ASSESSMENT_LIMITS.summary)
  collaborationSummary?: string | null;

  @Field(() => [AssessmentItemInput], {
    nullable: true,
    description: 'Items given replace those items’ answers, notes, risks (and mitigations).',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => AssessmentItemInput)
  items?: AssessmentItemInput[] | null;
}

@InputType()
export class ShareAssessmentInput {
  @Field(() => ID)
  @IsString()
  id!: string;

  @Field(() => [ID], {
    description: 'Replaces the share list: active members of the assessment’s organisation.',
  })
  @IsArray()
  @ArrayMaxSize(ASSESSMENT_LIMITS.sharedWith)
  @IsUUID('all', { each: true })
  memberIds!: string[];
}

@InputType()
export class DecideAssessmentInput {
  @Field(() => ID)
  @IsString()
  id!: string;

  @Field(() => Date)
  @Type(() => Date)
  @IsDate()
  expectedUpdatedAt!: Date;

  @Field(() => AssessmentDecision)
  @IsEnum(AssessmentDecision)
  decision!: AssessmentDecision;

  @Field()
  @IsString()
  @Length(1, ASSESSMENT_LIMITS.reason)
  reason!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Today or later.' })
  @IsOptional()
  reviewOn?: string | null;
}

@InputType()
export class AssessmentExcerptInput {
  @Field(() => ID)
  @IsString()
  assessmentId!: string;

  @Field(() => [String], { description: 'The questions to include, by key.' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @MaxLength(64, { each: true })
  questionKeys!: string[];

  @Field(() => [AssessmentExcerptPart], {
    description: 'What of each chosen question to include; the question itself always is.',
  })
  @IsArray()
  @ArrayMaxSize(4)
  @IsEnum(AssessmentExcerptPart, { each: true })
  parts!: AssessmentExcerptPart[];

  @Field({ nullable: true, defaultValue: false })
  @IsOptional()
  @IsBoolean()
  includeCollaborationSummary?: boolean;
}

@ArgsType()
export class AssessmentsArgs extends PageArgs {
  @Field(() => AssessmentStatus, { nullable: true })
  @IsOptional()
  @IsEnum(AssessmentStatus)
  status?: AssessmentStatus | null;
}

@ArgsType()
export class AssessmentExportArgs {
  @Field(() => ID)
  @IsString()
  id!: string;

  @Field(() => AssessmentExportFormat)
  @IsEnum(AssessmentExportFormat)
  format!: AssessmentExportFormat;
}

@ArgsType()
export class SetAssessmentReviewDateArgs {
  @Field(() => ID)
  @IsString()
  id!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Today or later; null removes it.' })
  @IsOptional()
  reviewOn?: string | null;
}
