// SPDX-License-Identifier: EUPL-1.2
import { Module } from '@nestjs/common';
import { CountriesModule } from 'src/modules/countries/countries.module';
import { InsightRepository } from 'src/modules/insight/insight.repository';
import { InsightResolver } from 'src/modules/insight/insight.resolver';
import { InsightService } from 'src/modules/insight/insight.service';
import { TaxonomyModule } from 'src/modules/taxonomy/taxonomy.module';

/** Aggregated, privacy-preserving figures for the support function (issue 16, DOMAIN §14). */
@Module({
  imports: [TaxonomyModule, CountriesModule],
  providers: [InsightRepository, InsightService, InsightResolver],
})
export class InsightModule {}
