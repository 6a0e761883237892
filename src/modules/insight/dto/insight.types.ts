// SPDX-License-Identifier: EUPL-1.2
import { Field, Float, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsDefined, IsEnum, IsOptional } from 'class-validator';
import { LocalDateScalar } from 'src/graph/scalars/local-date.scalar';
import {
  InsightDimension,
  InsightItemKind,
  InsightPeriod,
} from 'src/modules/insight/insight-enums';

@InputType({ description: 'A range of Stockholm dates: `from` included, `to` excluded.' })
export class InsightRangeInput {
  @Field(() => LocalDateScalar)
  @IsDefined()
  from!: string;

  @Field(() => LocalDateScalar)
  @IsDefined()
  to!: string;
}

@InputType()
export class InsightTableInput extends InsightRangeInput {
  @Field(() => InsightDimension)
  @IsEnum(InsightDimension)
  dimension!: InsightDimension;

  @Field(() => InsightPeriod)
  @IsEnum(InsightPeriod)
  period!: InsightPeriod;

  @Field(() => InsightItemKind, {
    nullable: true,
    description: 'Cases or questions; both when null.',
  })
  @IsOptional()
  @IsEnum(InsightItemKind)
  kind?: InsightItemKind | null;
}

@ObjectType('InsightRow', {
  description: 'A row of an insight table. A null count is hidden to protect small numbers.',
})
export class InsightRowType {
  @Field({ description: 'A topic id, a country code, or COMMUNITY / AMBER / RESTRICTED.' })
  key!: string;

  @Field({ description: "In the viewer's language." })
  label!: string;

  @Field(() => [Int], { nullable: 'items', description: 'One per column; null = hidden.' })
  counts!: (number | null)[];

  @Field(() => Int, { nullable: true })
  total!: number | null;
}

@ObjectType('InsightTable', {
  description:
    'Counts of live items with small counts hidden (DOMAIN §14): every count from 1 to minimumCount − 1, and whatever would let a reader work one out from the totals.',
})
export class InsightTableType {
  @Field(() => InsightDimension)
  dimension!: InsightDimension;

  @Field(() => InsightPeriod)
  period!: InsightPeriod;

  @Field(() => [String], { description: 'Period keys: 2026-03, 2026-Q1 or 2026.' })
  columns!: string[];

  @Field(() => [InsightRowType])
  rows!: InsightRowType[];

  @Field(() => [Int], {
    nullable: 'itemsAndList',
    description: 'Null when an item can be in several rows (topics, countries): no sums to show.',
  })
  columnTotals!: (number | null)[] | null;

  @Field(() => Int, { nullable: true })
  grandTotal!: number | null;

  @Field(() => Int, { description: 'The k of the suppression rule (INSIGHT_MINIMUM_COUNT).' })
  minimumCount!: number;
}

@ObjectType('AuthorityResponseFigures', {
  description:
    'How an authority answers the community- and AMBER-band questions directed to it. Counts below minimumCount are hidden (null), with what would give them away; timing figures need at least minimumCount answered questions.',
})
export class AuthorityResponseFiguresType {
  @Field()
  organisationId!: string;

  @Field()
  name!: string;

  @Field(() => Int, { nullable: true })
  directed!: number | null;

  @Field(() => Int, { nullable: true })
  answered!: number | null;

  @Field(() => Int, { nullable: true, description: 'Answered officially by the response target.' })
  answeredWithinTarget!: number | null;

  @Field(() => Int, { nullable: true })
  answeredLate!: number | null;

  @Field(() => Int, { nullable: true })
  unanswered!: number | null;

  @Field(() => Int, { nullable: true, description: 'Unanswered and past the response target.' })
  overdue!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Median Swedish working days from opening to the first official answer.',
  })
  medianWorkingDaysToAnswer!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'AMBER_STRICT and RED questions directed to it: a count and nothing more.',
  })
  restrictedDirected!: number | null;
}
