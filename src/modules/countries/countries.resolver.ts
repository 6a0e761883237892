// SPDX-License-Identifier: EUPL-1.2
import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Public } from 'src/graph/auth/access.decorators';
import { OptionalViewer } from 'src/graph/auth/current-viewer.decorator';
import type { Viewer } from 'src/graph/auth/viewer';
import { CountriesService, type Country } from 'src/modules/countries/countries.service';
import { CountriesArgs } from 'src/modules/countries/dto/countries.args';
import { CountryType } from 'src/modules/countries/dto/country.type';

@Resolver(() => CountryType)
export class CountriesResolver {
  constructor(private readonly countriesService: CountriesService) {}

  // Public: visitors read CLEAR content, which shows its countries.
  @Query(() => [CountryType], {
    description: "ISO 3166-1 countries, sorted by name in the viewer's language.",
  })
  @Public()
  countries(@Args() { region }: CountriesArgs, @OptionalViewer() viewer: Viewer | null): Country[] {
    return this.countriesService.list(region, viewer?.locale ?? 'SV');
  }

  @ResolveField(() => String, { description: "The name in the viewer's language." })
  name(@Parent() country: Country, @OptionalViewer() viewer: Viewer | null): string {
    return viewer?.locale === 'EN' ? country.nameEn : country.nameSv;
  }
}
