// SPDX-License-Identifier: EUPL-1.2
import { createUnionType, Field, Int, ObjectType } from '@nestjs/graphql';
import { PageInfo } from 'src/graph/pagination/connection.type';
import { SharingLevel } from 'src/modules/access-policy/sharing-level.enum';
import { CaseOutcome } from 'src/modules/cases/case-enums';
import { CaseType } from 'src/modules/cases/dto/case.type';
import { CaseEntity } from 'src/modules/cases/case.entity';
import { CountryType } from 'src/modules/countries/dto/country.type';
import { QuestionType } from 'src/modules/questions/dto/question.types';
import { QuestionEntity } from 'src/modules/questions/question.entity';
import { SearchEngineName } from 'src/modules/search/engine/search-engine-name';
import { SearchableContent } from 'src/modules/search/dto/search.args';
import { TopicType } from 'src/modules/taxonomy/dto/topic.type';

export const SearchItem = createUnionType({
  name: 'SearchItem',
  types: () => [CaseType, QuestionType] as const,
  resolveType: (value: unknown) =>
    value instanceof CaseEntity ? CaseType : value instanceof QuestionEntity ? QuestionType : null,
});

@ObjectType('SearchHit')
export class SearchHitType {
  @Field(() => SearchItem)
  item!: CaseEntity | QuestionEntity;

  @Field({ description: 'HTML: the title with matches in <mark>; everything else escaped.' })
  titleHighlight!: string;

  @Field({ description: 'HTML: an excerpt around the matches, in <mark>.' })
  snippet!: string;
}

@ObjectType('SearchEdge')
export class SearchEdgeType {
  @Field()
  cursor!: string;

  @Field(() => SearchHitType)
  node!: SearchHitType;
}

@ObjectType('SearchableTypeFacet')
export class SearchableTypeFacetType {
  @Field(() => SearchableContent)
  value!: SearchableContent;

  @Field(() => Int)
  count!: number;
}

@ObjectType('CaseOutcomeFacet')
export class CaseOutcomeFacetType {
  @Field(() => CaseOutcome)
  value!: CaseOutcome;

  @Field(() => Int)
  count!: number;
}

@ObjectType('SharingLevelFacet')
export class SharingLevelFacetType {
  @Field(() => SharingLevel)
  value!: SharingLevel;

  @Field(() => Int)
  count!: number;
}

@ObjectType('YearFacet')
export class YearFacetType {
  @Field(() => Int)
  value!: number;

  @Field(() => Int)
  count!: number;
}

@ObjectType('TopicFacet')
export class TopicFacetType {
  @Field(() => TopicType)
  topic!: unknown;

  @Field(() => Int)
  count!: number;
}

@ObjectType('CountryFacet')
export class CountryFacetType {
  @Field(() => CountryType)
  country!: unknown;

  @Field(() => Int)
  count!: number;
}

@ObjectType('SearchFacets', {
  description:
    'Counts over the hits the viewer may read (all of them unless `facetCountsAreExact` is false).',
})
export class SearchFacetsType {
  @Field(() => [SearchableTypeFacetType])
  types!: SearchableTypeFacetType[];

  @Field(() => [TopicFacetType])
  riskAreas!: TopicFacetType[];

  @Field(() => [TopicFacetType])
  collaborationTypes!: TopicFacetType[];

  @Field(() => [TopicFacetType])
  technologyAreas!: TopicFacetType[];

  @Field(() => [TopicFacetType])
  researchFields!: TopicFacetType[];

  @Field(() => [CountryFacetType])
  countries!: CountryFacetType[];

  @Field(() => [CaseOutcomeFacetType])
  outcomes!: CaseOutcomeFacetType[];

  @Field(() => [YearFacetType])
  years!: YearFacetType[];

  @Field(() => [SharingLevelFacetType])
  sharingLevels!: SharingLevelFacetType[];
}

@ObjectType('SearchResults')
export class SearchResultsType {
  @Field(() => [SearchEdgeType])
  edges!: SearchEdgeType[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int, {
    description:
      'How many hits the viewer may read, counted exactly up to a cap (SEARCH_COUNT_CAP, 1000 by default): when `totalCountIsExact` is false there are more than this many.',
  })
  totalCount!: number;

  @Field({
    description:
      'False when the hits are more than the cap and `totalCount` is the cap ("more than N"). On PostgreSQL the hits are then ranked within the N newest readable matches, and paging ends there.',
  })
  totalCountIsExact!: boolean;

  @Field({
    description:
      'Whether `facets` count every hit the viewer may read. False on PostgreSQL past the cap: they count the N newest readable hits. Counts only ever come from readable hits.',
  })
  facetCountsAreExact!: boolean;

  @Field(() => SearchFacetsType)
  facets!: SearchFacetsType;

  @Field(() => String, {
    nullable: true,
    description: 'Nothing matched as typed: these are results for this corrected query.',
  })
  didYouMean!: string | null;

  @Field(() => SearchEngineName)
  engine!: SearchEngineName;
}
