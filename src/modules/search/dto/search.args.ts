// SPDX-License-Identifier: EUPL-1.2
import { ArgsType, Field, InputType, registerEnumType } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import {
  IsEnum,
  IsOptional,
  IsString,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { PageArgs } from 'src/graph/pagination/page-args';
import { SharingLevel } from 'src/modules/access-policy/sharing-level.enum';
import { CaseOutcome } from 'src/modules/cases/case-enums';
import {
  CountryCodesField,
  EnumListField,
  IdListField,
  YearListField,
} from 'src/graph/input-fields';

export enum SearchSortOrder {
  RELEVANCE = 'RELEVANCE',
  NEWEST = 'NEWEST',
}
export enum SearchableContent {
  CASE = 'CASE',
  QUESTION = 'QUESTION',
}
registerEnumType(SearchSortOrder, { name: 'SearchSort' });
registerEnumType(SearchableContent, { name: 'SearchableType' });

export const MAX_QUERY_LENGTH = 200;

@InputType()
export class SearchFilterInput {
  @EnumListField(SearchableContent)
  types?: SearchableContent[];

  @IdListField({ description: 'Any of these topics.', max: 50 })
  topicIds?: string[];

  @CountryCodesField({ max: 50 })
  countryCodes?: string[];

  @EnumListField(CaseOutcome)
  outcomes?: CaseOutcome[];

  @YearListField({ max: 50 })
  years?: number[];

  @EnumListField(SharingLevel)
  sharingLevels?: SharingLevel[];
}

@ArgsType()
export class SearchArgs extends PageArgs {
  @Field({ description: `Words, "a phrase", OR, -excluded; 1–${MAX_QUERY_LENGTH} characters.` })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MinLength(1, { message: '$property must not be empty' })
  @MaxLength(MAX_QUERY_LENGTH)
  query!: string;

  @Field(() => SearchFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => SearchFilterInput)
  filter?: SearchFilterInput | null;

  @Field(() => SearchSortOrder, { nullable: true, defaultValue: SearchSortOrder.RELEVANCE })
  @IsOptional()
  @IsEnum(SearchSortOrder)
  sort: SearchSortOrder = SearchSortOrder.RELEVANCE;
}
