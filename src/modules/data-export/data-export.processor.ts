// SPDX-License-Identifier: EUPL-1.2
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { AppConfig } from 'src/config/app-config';
import { JobSchedules, type JobSchedule } from 'src/modules/jobs/job-schedules';
import { OnJob } from 'src/modules/jobs/on-job.decorator';
import { QueueName } from 'src/modules/jobs/queue-name';
import { renderDataExportReadyMail } from 'src/modules/data-export/data-export-mail.template';
import {
  DATA_EXPORT_READY_EVENT,
  DATA_EXPORT_REQUESTED_EVENT,
} from 'src/modules/data-export/data-export-events';
import { DataExportService } from 'src/modules/data-export/data-export.service';
import { DataExportStatus } from 'src/modules/data-export/data-export-status.enum';
import { MailTransport } from 'src/modules/mail/mail-transport';
import { MembersService } from 'src/modules/members/members.service';
import type { OutboxEventJob } from 'src/modules/outbox/outbox-event';

export const DataExportJob = {
  Build: 'exports.build',
  MailReady: 'mail.data-export-ready',
  ExpireDue: 'exports.expire-due',
} as const;

/** Where the web client shows the member's export and its download button. */
export const PRIVACY_SETTINGS_PATH = '/settings/privacy';

export const DATA_EXPORT_EXPIRY_SCHEDULE: JobSchedule = {
  queue: QueueName.Exports,
  id: 'data-export-expiry',
  pattern: '*/15 * * * *',
  tz: 'Europe/Stockholm',
  jobName: DataExportJob.ExpireDue,
  data: {},
};

/**
 * The export's jobs: build the archive when one is requested, mail the member when it is
 * ready (no content, only a link to their privacy page, where they download it signed in),
 * and delete archives nobody downloaded in time (every 15 minutes; a download also refuses an
 * expired link by itself, so the schedule only bounds how long the bytes stay stored).
 */
@Injectable()
export class DataExportProcessor implements OnModuleInit {
  constructor(
    private readonly config: AppConfig,
    private readonly exports: DataExportService,
    private readonly members: MembersService,
    private readonly mail: MailTransport,
    private readonly schedules: JobSchedules,
  ) {}

  onModuleInit(): void {
    this.schedules.register(DATA_EXPORT_EXPIRY_SCHEDULE);
  }

  @OnJob({
    queue: QueueName.Exports,
    name: DataExportJob.Build,
    events: [DATA_EXPORT_REQUESTED_EVENT],
  })
  build(job: OutboxEventJob<typeof DATA_EXPORT_REQUESTED_EVENT>) {
    return this.exports.build(job.aggregate.id);
  }

  @OnJob({
    queue: QueueName.Mail,
    name: DataExportJob.MailReady,
    events: [DATA_EXPORT_READY_EVENT],
  })
  async mailReady(job: OutboxEventJob<typeof DATA_EXPORT_READY_EVENT>): Promise<{ sent: boolean }> {
    const entity = await this.exports.require(job.aggregate.id);
    if (entity.status !== DataExportStatus.READY || !entity.expiresAt) return { sent: false };
    const member = await this.members.findActive(entity.memberId);
    if (!member) return { sent: false };
    await this.mail.send(
      renderDataExportReadyMail({
        to: member.email,
        locale: member.locale,
        link: new URL(PRIVACY_SETTINGS_PATH, this.config.publicUrl).toString(),
        expiresAt: entity.expiresAt,
      }),
    );
    return { sent: true };
  }

  @OnJob({ queue: QueueName.Exports, name: DataExportJob.ExpireDue })
  async expireDue(): Promise<{ expired: number }> {
    return { expired: await this.exports.expireDue() };
  }
}
