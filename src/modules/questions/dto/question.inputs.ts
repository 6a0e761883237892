// SPDX-License-Identifier: EUPL-1.2
import { ArgsType, Field, ID, InputType, PartialType, PickType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsEnum, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { CitationsField, type CitationInput } from 'src/modules/guidelines/dto/guideline.inputs';
import { PageArgs } from 'src/graph/pagination/page-args';
import { SharingLevel } from 'src/modules/access-policy/sharing-level.enum';
import { Attribution } from 'src/modules/attribution/attribution.enum';
import { Locale } from 'src/modules/members/locale.enum';
import { ContentTextField } from 'src/modules/content/content-input-fields';
import { QuestionStatus } from 'src/modules/questions/question-enums';
import {
  AcknowledgedFindingsField,
  CountryCodesField,
  EnumListField,
  ExpectedVersionField,
  IdListField,
} from 'src/graph/input-fields';

export const QUESTION_LIMITS = {
  title: { min: 10, max: 200 },
  body: { min: 20, max: 10_000 },
  topics: 20,
  countries: 30,
  recipients: 50,
  directedTo: 3,
} as const;

@InputType()
export class AskQuestionInput {
  @ContentTextField(QUESTION_LIMITS.title)
  title!: string;

  @ContentTextField({ ...QUESTION_LIMITS.body, markdown: true, description: 'Markdown.' })
  body!: string;

  @IdListField({
    description: 'Topics of any kind; at least one.',
    nullable: false,
    min: 1,
    max: QUESTION_LIMITS.topics,
  })
  topicIds!: string[];

  @CountryCodesField({ description: 'ISO 3166-1 alpha-2 codes.', max: QUESTION_LIMITS.countries })
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

  @IdListField({
    description: 'AMBER: organisations that may read.',
    max: QUESTION_LIMITS.recipients,
  })
  recipientOrganisationIds?: string[];

  @IdListField({ description: 'RED: members who may read.', max: QUESTION_LIMITS.recipients })
  recipientMemberIds?: string[];

  @IdListField({
    description:
      'Organisations asked directly (those with acceptsQuestions). AMBER adds them to the audience, RED adds their experts.',
    max: QUESTION_LIMITS.directedTo,
  })
  directedToIds?: string[];

  @AcknowledgedFindingsField()
  acknowledgedFindings?: string[];

  @CitationsField()
  citations?: CitationInput[] | null;
}

@InputType()
export class UpdateQuestionInput extends PartialType(AskQuestionInput) {
  @Field(() => ID)
  @IsUUID('all')
  id!: string;

  @ExpectedVersionField()
  expectedVersion!: number;
}

@InputType()
export class QuestionFilterInput {
  @IdListField({ description: 'Questions with any of these topics.', max: 50 })
  topicIds?: string[];

  @CountryCodesField({ max: 50 })
  countryCodes?: string[];

  @EnumListField(QuestionStatus, {
    description: 'Default OPEN, ANSWERED and CLOSED. PENDING_REVIEW shows the asker theirs.',
  })
  statuses?: QuestionStatus[];

  @IdListField({ description: 'Questions directed to any of these.', max: 10 })
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

/** `questions(filter, first, after)`: the filter is validated like every input (see SearchArgs). */
@ArgsType()
export class QuestionsArgs extends PageArgs {
  @Field(() => QuestionFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => QuestionFilterInput)
  filter?: QuestionFilterInput | null;
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
  'citations',
]) {
  @Field(() => ID)
  @IsUUID('all')
  questionId!: string;

  @ContentTextField({ ...QUESTION_LIMITS.body, markdown: true, description: 'Markdown.' })
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
  PickType(AnswerQuestionInput, ['body', 'attribution', 'acknowledgedFindings', 'citations']),
) {
  @Field(() => ID)
  @IsUUID('all')
  id!: string;

  @ExpectedVersionField()
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
