import { Module } from '@nestjs/common';
import { CasesModule } from 'src/modules/cases/cases.module';
import { FollowsModule } from 'src/modules/follows/follows.module';
import { NotificationBus } from 'src/modules/notifications/notification-bus';
import { NotificationRecipients } from 'src/modules/notifications/notification-recipients';
import { NotificationRouter } from 'src/modules/notifications/notification-router';
import { NotificationsResolver } from 'src/modules/notifications/notifications.resolver';
import { NotificationsService } from 'src/modules/notifications/notifications.service';
import { QuestionsModule } from 'src/modules/questions/questions.module';

/** In-app notifications, their e-mail and live delivery (DOMAIN §9). */
@Module({
  imports: [FollowsModule, CasesModule, QuestionsModule],
  providers: [
    NotificationBus,
    NotificationRecipients,
    NotificationsService,
    NotificationRouter,
    NotificationsResolver,
  ],
  exports: [NotificationsService, NotificationBus, NotificationRecipients],
})
export class NotificationsModule {}
