import { Module } from '@nestjs/common';
import { NotificationsRetentionProcessor } from 'src/modules/maintenance/notifications-retention.processor';

/** Recurring housekeeping jobs. */
@Module({ providers: [NotificationsRetentionProcessor] })
export class MaintenanceModule {}
