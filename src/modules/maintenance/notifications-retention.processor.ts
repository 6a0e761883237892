// SPDX-License-Identifier: EUPL-1.2
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { OnJob } from 'src/modules/jobs/on-job.decorator';
import { QueueName } from 'src/modules/jobs/queue-name';
import { JobSchedules, type JobSchedule } from 'src/modules/jobs/job-schedules';
import {
  MaintenanceJob,
  NOTIFICATION_RETENTION_DAYS,
  PURGE_BATCH_SIZE,
} from 'src/modules/maintenance/maintenance-jobs';
import { NotificationsService } from 'src/modules/notifications/notifications.service';

export interface PurgeNotificationsJob {
  /** Rows per statement; only tests set it. */
  batchSize?: number;
}

export const NOTIFICATIONS_RETENTION_SCHEDULE: JobSchedule = {
  queue: QueueName.Maintenance,
  id: 'notifications-retention',
  pattern: '30 3 * * *',
  tz: 'Europe/Stockholm',
  jobName: MaintenanceJob.PurgeNotifications,
  data: {},
};

/** Deletes in-app notifications older than the retention period, every night at 03:30. */
@Injectable()
export class NotificationsRetentionProcessor implements OnModuleInit {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly schedules: JobSchedules,
  ) {}

  onModuleInit(): void {
    this.schedules.register(NOTIFICATIONS_RETENTION_SCHEDULE);
  }

  /** Deletes in batches (each statement commits on its own) and returns how many went. */
  @OnJob({ queue: QueueName.Maintenance, name: MaintenanceJob.PurgeNotifications })
  async purge(data: PurgeNotificationsJob = {}): Promise<{ deleted: number }> {
    const batchSize = Math.max(1, Math.min(data.batchSize ?? PURGE_BATCH_SIZE, PURGE_BATCH_SIZE));
    const cutoff = new Date(Date.now() - NOTIFICATION_RETENTION_DAYS * 24 * 3600 * 1000);
    let deleted = 0;
    for (;;) {
      const affected = await this.notifications.purgeBatch(cutoff, batchSize);
      deleted += affected;
      if (affected < batchSize) return { deleted };
    }
  }
}
