// SPDX-License-Identifier: EUPL-1.2
import { Module } from '@nestjs/common';
import { NotificationsRetentionProcessor } from 'src/modules/maintenance/notifications-retention.processor';
import { NotificationsModule } from 'src/modules/notifications/notifications.module';

/** Recurring housekeeping jobs. */
@Module({ imports: [NotificationsModule], providers: [NotificationsRetentionProcessor] })
export class MaintenanceModule {}
