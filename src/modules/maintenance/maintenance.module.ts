import { Module } from '@nestjs/common';
import { JobSchedules } from 'src/modules/maintenance/job-schedules';
import { NotificationsRetentionProcessor } from 'src/modules/maintenance/notifications-retention.processor';

/** Recurring housekeeping jobs, and the scheduler registration other features use. */
@Module({
  providers: [JobSchedules, NotificationsRetentionProcessor],
  exports: [JobSchedules],
})
export class MaintenanceModule {}
