import { ArgsType, Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { PageArgs } from 'src/graph/pagination/page-args';
import { SharingLevel } from 'src/modules/access-policy/sharing-level.enum';
import { CaseOutcome } from 'src/modules/cases/case-enums';

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
  @Field(() => [SearchableContent], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsEnum(SearchableContent, { each: true })
  types?: SearchableContent[];

  @Field(() => [ID], { nullable: true, description: 'Any of these topics.' })
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

  @Field(() => [CaseOutcome], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsEnum(CaseOutcome, { each: true })
  outcomes?: CaseOutcome[];

  @Field(() => [Int], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsInt({ each: true })
  years?: number[];

  @Field(() => [SharingLevel], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsEnum(SharingLevel, { each: true })
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
