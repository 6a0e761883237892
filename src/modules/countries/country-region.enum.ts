// SPDX-License-Identifier: EUPL-1.2
import { registerEnumType } from '@nestjs/graphql';

/** The regions of the world-countries data, which groups countries for filters. */
export enum CountryRegion {
  AFRICA = 'AFRICA',
  AMERICAS = 'AMERICAS',
  ANTARCTIC = 'ANTARCTIC',
  ASIA = 'ASIA',
  EUROPE = 'EUROPE',
  OCEANIA = 'OCEANIA',
}

registerEnumType(CountryRegion, {
  name: 'CountryRegion',
  description: 'Continental region of a country (DOMAIN §5).',
});
