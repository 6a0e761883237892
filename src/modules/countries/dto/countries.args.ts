// SPDX-License-Identifier: EUPL-1.2
import { ArgsType, Field } from '@nestjs/graphql';
import { IsEnum, IsOptional } from 'class-validator';
import { CountryRegion } from 'src/modules/countries/country-region.enum';

@ArgsType()
export class CountriesArgs {
  @Field(() => CountryRegion, { nullable: true, description: 'Only countries in this region.' })
  @IsOptional()
  @IsEnum(CountryRegion)
  region?: CountryRegion;
}
