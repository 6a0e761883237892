import { Field, ID, InputType, Int, PartialType, PickType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Min,
} from 'class-validator';
import { SharingLevel } from 'src/modules/access-policy/sharing-level.enum';
import { Attribution } from 'src/modules/attribution/attribution.enum';
import { Locale } from 'src/modules/members/locale.enum';
import { HasVisibleText } from 'src/common/validation/has-visible-text.decorator';
import { IsSafeMarkdown } from 'src/modules/markdown/is-safe-markdown.decorator';
import { QuestionStatus } from 'src/modules/questions/question-enums';

export const QUESTION_LIMITS = {
  title: { min: 10, max: 200 },
  body: { min: 20, max: 10_000 },
  topics: 20,
  countries: 30,
  recipients: 50,
  directedTo: 3,
} as const;

const acknowledgedFindingsOptions = {
  nullable: true,
  description: 'Fingerprints of screening findings the author confirms are not personal data.',
};

@InputType()
export class AskQuestionInput {
  @Field()
  @IsString()
  @Length(QUESTION_LIMITS.title.min, QUESTION_LIMITS.title.max)
  @HasVisibleText(QUESTION_LIMITS.title.min)
  title!: string;

  @Field({ description: 'Markdown.' })
  @IsString()
  @Length(QUESTION_LIMITS.body.min, QUESTION_LIMITS.body.max)
  @HasVisibleText(QUESTION_LIMITS.body.min)
  @IsSafeMarkdown()
  body!: string;

  @Field(() => [ID], { description: 'Topics of any kind; at least one.' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(QUESTION_LIMITS.topics)
  @IsUUID('all', { each: true })
  topicIds!: string[];

  @Field(() => [String], { nullable: true, description: 'ISO 3166-1 alpha-2 codes.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(QUESTION_LIMITS.countries)
  @IsString({ each: true })
  @Length(2, 2, { each: true })
  countryCodes?: string[];

  @Field(() => Locale)
  @IsEnum(Locale)
  language!: Locale;

  @Field(() => SharingLevel)
  @IsEnum(SharingLevel)
  sharingLevel!: SharingLevel;

  @Field(() => Attribution)
  @IsEnum(Attribution)
  attribution!: Attribution;

  @Field(() => [ID], { nullable: true, description: 'AMBER: organisations that may read.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(QUESTION_LIMITS.recipients)
  @IsUUID('all', { each: true })
  recipientOrganisationIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'RED: members who may read.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(QUESTION_LIMITS.recipients)
  @IsUUID('all', { each: true })
  recipientMemberIds?: string[];

  @Field(() => [ID], {
    nullable: true,
    description:
      'Organisations asked directly (those with acceptsQuestions). AMBER adds them to the audience, RED adds their experts.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(QUESTION_LIMITS.directedTo)
  @IsUUID('all', { each: true })
  directedToIds?: string[];

  @Field(() => [String], acknowledgedFindingsOptions)
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @IsString({ each: true })
  @Length(16, 16, { each: true })
  acknowledgedFindings?: string[];
}

@InputType()
export class UpdateQuestionInput extends PartialType(AskQuestionInput) {
  @Field(() => ID)
  @IsUUID('all')
  id!: string;

  @Field(() => Int, { description: 'The version the edit is based on; a stale one is a CONFLICT.' })
  @IsInt()
  @Min(1)
  expectedVersion!: number;
}

@InputType()
export class QuestionFilterInput {
  @Field(() => [ID], { nullable: true, description: 'Questions with any of these topics.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  topicIds?: string[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @Length(2, 2, { each: true })
  countryCodes?: string[];

  @Field(() => [QuestionStatus], {
    nullable: true,
    description: 'Default OPEN, ANSWERED and CLOSED. PENDING_REVIEW shows the asker theirs.',
  })
  @IsOptional()
  @IsArray()
  @IsEnum(QuestionStatus, { each: true })
  statuses?: QuestionStatus[];

  @Field(() => [ID], { nullable: true, description: 'Questions directed to any of these.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsUUID('all', { each: true })
  directedToIds?: string[];

  @Field(() => Boolean, { nullable: true, description: 'Only questions without a visible answer.' })
  @IsOptional()
  @IsBoolean()
  unanswered?: boolean;

  @Field(() => Boolean, { nullable: true, description: 'Only questions the viewer asked.' })
  @IsOptional()
  @IsBoolean()
  mine?: boolean;
}

@InputType()
export class AssignQuestionInput {
  @Field(() => ID)
  @IsUUID('all')
  questionId!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'An expert of your organisation (yourself to take it); null to release it.',
  })
  @IsOptional()
  @IsUUID('all')
  memberId?: string | null;
}

@InputType()
export class AnswerQuestionInput extends PickType(AskQuestionInput, [
  'attribution',
  'acknowledgedFindings',
]) {
  @Field(() => ID)
  @IsUUID('all')
  questionId!: string;

  @Field({ description: 'Markdown.' })
  @IsString()
  @Length(QUESTION_LIMITS.body.min, QUESTION_LIMITS.body.max)
  @HasVisibleText(QUESTION_LIMITS.body.min)
  @IsSafeMarkdown()
  body!: string;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Answer for your authority as its expert; shown with the organisation.',
  })
  @IsOptional()
  @IsBoolean()
  official?: boolean;
}

@InputType()
export class UpdateAnswerInput extends PartialType(
  PickType(AnswerQuestionInput, ['body', 'attribution', 'acknowledgedFindings']),
) {
  @Field(() => ID)
  @IsUUID('all')
  id!: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  expectedVersion!: number;
}

@InputType()
export class AcceptAnswerInput {
  @Field(() => ID)
  @IsUUID('all')
  answerId!: string;
}

@InputType()
export class VoteAnswerInput {
  @Field(() => ID)
  @IsUUID('all')
  answerId!: string;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true to vote, false to take the vote back; omitted toggles.',
  })
  @IsOptional()
  @IsBoolean()
  helpful?: boolean | null;
}
