// SPDX-License-Identifier: EUPL-1.2
import { Field, ObjectType } from '@nestjs/graphql';
import { CountryRegion } from 'src/modules/countries/country-region.enum';

@ObjectType('Country', { description: 'A country or territory with an ISO 3166-1 code.' })
export class CountryType {
  @Field({ description: 'ISO 3166-1 alpha-2 code, upper case (e.g. SE).' })
  code!: string;

  @Field()
  nameSv!: string;

  @Field()
  nameEn!: string;

  @Field(() => CountryRegion)
  region!: CountryRegion;

  @Field(() => String, { nullable: true, description: 'In English, e.g. "Northern Europe".' })
  subregion!: string | null;
}
