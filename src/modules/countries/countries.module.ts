// SPDX-License-Identifier: EUPL-1.2
import { Module } from '@nestjs/common';
import { CountriesResolver } from 'src/modules/countries/countries.resolver';
import { CountriesService } from 'src/modules/countries/countries.service';

@Module({
  providers: [CountriesService, CountriesResolver],
  exports: [CountriesService],
})
export class CountriesModule {}
