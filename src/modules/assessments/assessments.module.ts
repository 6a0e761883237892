// SPDX-License-Identifier: EUPL-1.2
import { Module } from '@nestjs/common';
import { AssessmentEditingService } from 'src/modules/assessments/assessment-editing.service';
import { AssessmentExcerptService } from 'src/modules/assessments/assessment-excerpt.service';
import { AssessmentExportService } from 'src/modules/assessments/assessment-export.service';
import { AssessmentsRepository } from 'src/modules/assessments/assessments.repository';
import { AssessmentsResolver } from 'src/modules/assessments/assessments.resolver';
import { AssessmentsService } from 'src/modules/assessments/assessments.service';
import { AssessmentRemindersProcessor } from 'src/modules/assessments/jobs/assessment-reminders.processor';
import { GuidelinesModule } from 'src/modules/guidelines/guidelines.module';
import { MembersModule } from 'src/modules/members/members.module';
import { NotificationsModule } from 'src/modules/notifications/notifications.module';
import { OrganisationsModule } from 'src/modules/organisations/organisations.module';

/** Self-assessments of collaborations (DOMAIN §15): private to their owner and shared members. */
@Module({
  imports: [GuidelinesModule, MembersModule, OrganisationsModule, NotificationsModule],
  providers: [
    AssessmentsRepository,
    AssessmentsService,
    AssessmentEditingService,
    AssessmentExportService,
    AssessmentExcerptService,
    AssessmentsResolver,
    AssessmentRemindersProcessor,
  ],
  exports: [AssessmentsService],
})
export class AssessmentsModule {}
