// SPDX-License-Identifier: EUPL-1.2
import { Module } from '@nestjs/common';
import { CasesModule } from 'src/modules/cases/cases.module';
import { CountriesModule } from 'src/modules/countries/countries.module';
import { FollowsResolver } from 'src/modules/follows/follows.resolver';
import { FollowsService } from 'src/modules/follows/follows.service';
import { GuidelinesModule } from 'src/modules/guidelines/guidelines.module';
import { QuestionsModule } from 'src/modules/questions/questions.module';
import { TaxonomyModule } from 'src/modules/taxonomy/taxonomy.module';

@Module({
  imports: [TaxonomyModule, CountriesModule, CasesModule, QuestionsModule, GuidelinesModule],
  providers: [FollowsService, FollowsResolver],
  exports: [FollowsService],
})
export class FollowsModule {}
