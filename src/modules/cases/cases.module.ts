// SPDX-License-Identifier: EUPL-1.2
import { Module } from '@nestjs/common';
import { AttributionModule } from 'src/modules/attribution/attribution.module';
import { CaseContentAdapter } from 'src/modules/cases/case-content.adapter';
import { CaseModerationItemResolver } from 'src/modules/cases/case-moderation-item.resolver';
import { CaseValidator } from 'src/modules/cases/case-validator';
import { CasesRepository } from 'src/modules/cases/cases.repository';
import { CasesResolver } from 'src/modules/cases/cases.resolver';
import { CasesService } from 'src/modules/cases/cases.service';
import { CountriesModule } from 'src/modules/countries/countries.module';
import { ModerationModule } from 'src/modules/moderation/moderation.module';
import { MembersModule } from 'src/modules/members/members.module';
import { OrganisationsModule } from 'src/modules/organisations/organisations.module';
import { GuidelinesModule } from 'src/modules/guidelines/guidelines.module';
import { ScreeningModule } from 'src/modules/screening/screening.module';
import { TaxonomyModule } from 'src/modules/taxonomy/taxonomy.module';

@Module({
  imports: [
    AttributionModule,
    ModerationModule,
    TaxonomyModule,
    CountriesModule,
    OrganisationsModule,
    MembersModule,
    ScreeningModule,
    GuidelinesModule,
  ],
  providers: [
    CasesRepository,
    CaseValidator,
    CasesService,
    CasesResolver,
    CaseContentAdapter,
    CaseModerationItemResolver,
  ],
  exports: [CasesService],
})
export class CasesModule {}
