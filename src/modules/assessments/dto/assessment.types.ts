// SPDX-License-Identifier: EUPL-1.2
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from 'src/graph/pagination/connection.type';
import { LocalDateScalar } from 'src/graph/scalars/local-date.scalar';
import {
  AssessmentAnswerValue,
  AssessmentChangeKind,
  AssessmentDecision,
  AssessmentStatus,
  RiskRating,
} from 'src/modules/assessments/assessment-enums';

@ObjectType('AssessmentMitigation', { description: 'A measure against an item’s risk.' })
export class AssessmentMitigationType {
  @Field(() => ID)
  id!: string;

  @Field()
  description!: string;

  @Field({ description: 'Who carries it out: a person or a function (free text).' })
  owner!: string;

  @Field(() => LocalDateScalar, { nullable: true })
  dueOn!: string | null;
}

@ObjectType('AssessmentItem', { description: 'One guideline question and its answer.' })
export class AssessmentItemType {
  @Field()
  questionKey!: string;

  @Field()
  textSv!: string;

  @Field()
  textEn!: string;

  @Field(() => AssessmentAnswerValue, { nullable: true })
  answer!: AssessmentAnswerValue | null;

  @Field(() => String, { nullable: true, description: 'Plain text.' })
  note!: string | null;

  @Field(() => RiskRating, { nullable: true })
  risk!: RiskRating | null;

  @Field(() => [AssessmentMitigationType])
  mitigations!: AssessmentMitigationType[];
}

@ObjectType('AssessmentSection', {
  description: 'A section of the guideline version assessed, with its questions’ items.',
})
export class AssessmentSectionType {
  @Field()
  sectionKey!: string;

  @Field()
  headingSv!: string;

  @Field()
  headingEn!: string;

  @Field(() => [AssessmentItemType])
  items!: AssessmentItemType[];
}

@ObjectType('AssessmentGuidelineRef', { description: 'The guideline version assessed against.' })
export class AssessmentGuidelineRefType {
  @Field(() => ID)
  versionId!: string;

  @Field()
  guidelineSlug!: string;

  @Field()
  titleSv!: string;

  @Field()
  titleEn!: string;

  @Field(() => Int)
  versionNumber!: number;

  @Field(() => Int)
  latestVersionNumber!: number;

  @Field()
  newerVersionExists!: boolean;
}

@ObjectType('AssessmentChange', {
  description: 'One line of an assessment’s history; the summary never quotes its content.',
})
export class AssessmentChangeType {
  @Field(() => Date)
  at!: Date;

  @Field({ description: 'The member who made the change ("former member" once deleted).' })
  actorName!: string;

  @Field(() => AssessmentChangeKind)
  kind!: AssessmentChangeKind;

  @Field()
  summary!: string;
}

export const AssessmentChangeConnection = Connection(AssessmentChangeType, 'AssessmentChange');

@ObjectType('Assessment', {
  description:
    'An organisation’s private self-assessment of a collaboration (DOMAIN §15). Read only by its owner and the members it is shared with.',
})
export class AssessmentType {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field({ description: 'Plain text (Markdown source); private to the readers.' })
  collaborationSummary!: string;

  @Field(() => AssessmentStatus)
  status!: AssessmentStatus;

  @Field(() => AssessmentDecision, { nullable: true })
  decision!: AssessmentDecision | null;

  @Field(() => String, { nullable: true })
  decisionReason!: string | null;

  @Field(() => Date, { nullable: true })
  decidedAt!: Date | null;

  @Field(() => LocalDateScalar, { nullable: true })
  reviewOn!: string | null;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date)
  updatedAt!: Date;
}

export const AssessmentConnection = Connection(AssessmentType, 'Assessment');

@ObjectType('AssessmentExport', {
  description: 'A document for the organisation’s own decision file.',
})
export class AssessmentExportType {
  @Field()
  filename!: string;

  @Field({ description: 'text/markdown or text/html, with charset.' })
  mediaType!: string;

  @Field()
  content!: string;
}

@ObjectType('CitationRef', {
  description: 'A section of a guideline at a version: exactly what CitationInput takes.',
})
export class CitationRefType {
  @Field(() => ID)
  versionId!: string;

  @Field()
  sectionKey!: string;
}

@ObjectType('AssessmentExcerpt', {
  description:
    'Only the chosen parts of an assessment, for a question or case draft; screened there like any text.',
})
export class AssessmentExcerptType {
  @Field({ description: 'A suggested title (never the assessment’s own).' })
  title!: string;

  @Field()
  markdown!: string;

  @Field(() => [CitationRefType])
  citations!: CitationRefType[];
}
