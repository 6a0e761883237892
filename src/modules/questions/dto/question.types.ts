// SPDX-License-Identifier: EUPL-1.2
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from 'src/graph/pagination/connection.type';
import { LocalDateScalar } from 'src/graph/scalars/local-date.scalar';
import { SharingLevel } from 'src/modules/access-policy/sharing-level.enum';
import { Attribution } from 'src/modules/attribution/attribution.enum';
import { CloseReason } from 'src/modules/content/close-reason.enum';
import { Locale } from 'src/modules/members/locale.enum';
import { AnswerStatus, QuestionStatus } from 'src/modules/questions/question-enums';

@ObjectType('Question')
export class QuestionType {
  @Field(() => ID)
  id!: string;

  @Field(() => QuestionStatus)
  status!: QuestionStatus;

  @Field(() => Int, { description: 'Pass it back as expectedVersion when editing.' })
  version!: number;

  @Field(() => SharingLevel)
  sharingLevel!: SharingLevel;

  @Field(() => Attribution)
  attribution!: Attribution;

  @Field()
  title!: string;

  @Field(() => Locale)
  language!: Locale;

  @Field(() => CloseReason, { nullable: true })
  closeReason!: CloseReason | null;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'Directed questions: the date the authority aims to answer by (Stockholm).',
  })
  responseDueOn!: string | null;

  @Field(() => Date, { nullable: true, description: 'When it reached its audience.' })
  openedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  closedAt!: Date | null;

  @Field(() => Date)
  updatedAt!: Date;
}

@ObjectType('Answer')
export class AnswerType {
  @Field(() => ID)
  id!: string;

  @Field(() => AnswerStatus)
  status!: AnswerStatus;

  @Field(() => Int)
  version!: number;

  @Field(() => Attribution)
  attribution!: Attribution;

  @Field({ description: 'An expert answering for their authority; shows the organisation.' })
  official!: boolean;

  @Field(() => Date, { nullable: true })
  publishedAt!: Date | null;

  @Field(() => Date)
  updatedAt!: Date;
}

@ObjectType('QuestionAssignee', { description: 'The expert who has taken a directed question.' })
export class QuestionAssigneeType {
  @Field(() => ID)
  id!: string;

  @Field()
  displayName!: string;
}

export const QuestionConnection = Connection(QuestionType, 'Question');
export const AnswerConnection = Connection(AnswerType, 'Answer');
