// SPDX-License-Identifier: EUPL-1.2
import { GuidelinesModule } from 'src/modules/guidelines/guidelines.module';
import { Module } from '@nestjs/common';
import { CasesModule } from 'src/modules/cases/cases.module';
import { DataExportModule } from 'src/modules/data-export/data-export.module';
import { FollowsModule } from 'src/modules/follows/follows.module';
import { MembersModule } from 'src/modules/members/members.module';
import { EmailDeliveryRepository } from 'src/modules/notifications/email/email-delivery.repository';
import { NotificationMailer } from 'src/modules/notifications/email/notification.mailer';
import { UnsubscribeController } from 'src/modules/notifications/email/unsubscribe.controller';
import { UnsubscribeResolver } from 'src/modules/notifications/email/unsubscribe.resolver';
import { UnsubscribeService } from 'src/modules/notifications/email/unsubscribe.service';
import { UnsubscribeTokens } from 'src/modules/notifications/email/unsubscribe-token';
import { NotificationAccess } from 'src/modules/notifications/notification-access';
import { NotificationBus } from 'src/modules/notifications/notification-bus';
import { NotificationItems } from 'src/modules/notifications/notification-items';
import { NotificationRecipients } from 'src/modules/notifications/notification-recipients';
import { NotificationRouter } from 'src/modules/notifications/notification-router';
import { NotificationsResolver } from 'src/modules/notifications/notifications.resolver';
import { NotificationsService } from 'src/modules/notifications/notifications.service';
import { QuestionsModule } from 'src/modules/questions/questions.module';

/** In-app notifications, their e-mail and live delivery (DOMAIN §9). */
@Module({
  imports: [
    FollowsModule,
    CasesModule,
    QuestionsModule,
    MembersModule,
    GuidelinesModule,
    DataExportModule,
  ],
  controllers: [UnsubscribeController],
  providers: [
    NotificationBus,
    NotificationRecipients,
    NotificationAccess,
    NotificationItems,
    NotificationsService,
    NotificationRouter,
    NotificationsResolver,
    EmailDeliveryRepository,
    UnsubscribeTokens,
    NotificationMailer,
    UnsubscribeService,
    UnsubscribeResolver,
  ],
  exports: [NotificationsService, NotificationBus, NotificationRecipients, UnsubscribeTokens],
})
export class NotificationsModule {}
