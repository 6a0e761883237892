// SPDX-License-Identifier: EUPL-1.2
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from 'src/graph/pagination/connection.type';
import { SharingLevel } from 'src/modules/access-policy/sharing-level.enum';
import { Attribution } from 'src/modules/attribution/attribution.enum';
import { CaseOutcome, CasePhase, CaseStatus } from 'src/modules/cases/case-enums';
import { Locale } from 'src/modules/members/locale.enum';
import { GraphQLJSONObject } from 'src/graph/scalars/json-object.scalar';

/**
 * An anonymised case study. Author fields (`authorName`, `organisation`) are filled only as the
 * attribution allows, except for the author; see the resolver.
 */
@ObjectType('Case')
export class CaseType {
  @Field(() => ID)
  id!: string;

  @Field(() => CaseStatus)
  status!: CaseStatus;

  @Field(() => Int, { description: 'Pass it back as expectedVersion when editing.' })
  version!: number;

  @Field(() => SharingLevel)
  sharingLevel!: SharingLevel;

  @Field(() => Attribution)
  attribution!: Attribution;

  @Field()
  title!: string;

  @Field()
  summary!: string;

  @Field(() => CaseOutcome)
  outcome!: CaseOutcome;

  @Field(() => CasePhase, { nullable: true })
  phase!: CasePhase | null;

  @Field(() => Int)
  year!: number;

  @Field(() => Int, { nullable: true })
  quarter!: number | null;

  @Field(() => Locale)
  language!: Locale;

  @Field(() => Date, { nullable: true })
  publishedAt!: Date | null;

  @Field(() => Date)
  updatedAt!: Date;
}

@ObjectType('CaseRevision', {
  description: 'The case after one edit; for its author and moderators.',
})
export class CaseRevisionType {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  redactedAt!: Date | null;

  @Field(() => String, { nullable: true })
  redactionReason!: string | null;

  @Field(() => GraphQLJSONObject, {
    description: 'The edited fields as they stood; empty once redacted.',
  })
  snapshot!: Record<string, unknown>;
}

@ObjectType('CaseRecipient', { description: 'A member named as a RED recipient.' })
export class CaseRecipientType {
  @Field(() => ID)
  id!: string;

  @Field()
  displayName!: string;
}

export const CaseConnection = Connection(CaseType, 'Case');
export const CaseRevisionConnection = Connection(CaseRevisionType, 'CaseRevision');

@ObjectType('DeleteCasePayload')
export class DeleteCasePayload {
  @Field(() => ID, { description: 'The deleted draft.' })
  id!: string;
}
