// SPDX-License-Identifier: EUPL-1.2
import { Module } from '@nestjs/common';
import { AttributionModule } from 'src/modules/attribution/attribution.module';
import { CountriesModule } from 'src/modules/countries/countries.module';
import { MembersModule } from 'src/modules/members/members.module';
import { ModerationModule } from 'src/modules/moderation/moderation.module';
import { OrganisationsModule } from 'src/modules/organisations/organisations.module';
import { AnswersRepository } from 'src/modules/questions/answers.repository';
import { AnswersResolver } from 'src/modules/questions/answers.resolver';
import { AnswersService } from 'src/modules/questions/answers.service';
import {
  AnswerContentAdapter,
  QuestionContentAdapter,
} from 'src/modules/questions/question-content.adapters';
import { QuestionLoaders } from 'src/modules/questions/question-loaders';
import { QuestionModerationItemResolver } from 'src/modules/questions/question-moderation-item.resolver';
import { QuestionValidator } from 'src/modules/questions/question-validator';
import { QuestionsRepository } from 'src/modules/questions/questions.repository';
import { QuestionsResolver } from 'src/modules/questions/questions.resolver';
import { QuestionsService } from 'src/modules/questions/questions.service';
import { GuidelinesModule } from 'src/modules/guidelines/guidelines.module';
import { ScreeningModule } from 'src/modules/screening/screening.module';
import { TaxonomyModule } from 'src/modules/taxonomy/taxonomy.module';

/** Questions, answers, votes and authority triage (DOMAIN §7) on the shared content core. */
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
    QuestionsRepository,
    AnswersRepository,
    QuestionValidator,
    QuestionsService,
    AnswersService,
    QuestionLoaders,
    QuestionsResolver,
    AnswersResolver,
    QuestionContentAdapter,
    AnswerContentAdapter,
    QuestionModerationItemResolver,
  ],
  exports: [QuestionsService, AnswersService],
})
export class QuestionsModule {}
