// SPDX-License-Identifier: EUPL-1.2
import { Module } from '@nestjs/common';
import {
  AnswerCitationsResolver,
  CaseCitationsResolver,
  QuestionCitationsResolver,
} from 'src/modules/guidelines/citations.resolver';
import { CitationsService } from 'src/modules/guidelines/citations.service';
import { GuidelineEditingService } from 'src/modules/guidelines/guideline-editing.service';
import { GuidelinesRepository } from 'src/modules/guidelines/guidelines.repository';
import {
  GuidelineSectionsResolver,
  GuidelinesResolver,
  GuidelineVersionsResolver,
} from 'src/modules/guidelines/guidelines.resolver';
import { GuidelinesService } from 'src/modules/guidelines/guidelines.service';

/** The versioned guideline library and citations of it (DOMAIN §13). */
@Module({
  providers: [
    GuidelinesRepository,
    GuidelinesService,
    GuidelineEditingService,
    CitationsService,
    GuidelinesResolver,
    GuidelineVersionsResolver,
    GuidelineSectionsResolver,
    CaseCitationsResolver,
    QuestionCitationsResolver,
    AnswerCitationsResolver,
  ],
  exports: [GuidelinesService, CitationsService],
})
export class GuidelinesModule {}
