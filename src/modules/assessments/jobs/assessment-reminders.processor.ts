// SPDX-License-Identifier: EUPL-1.2
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DateTime } from 'luxon';
import { TransactionHost } from 'src/database/transaction-host';
import { AssessmentAccess } from 'src/modules/access-policy/assessment-access';
import { AssessmentStatus } from 'src/modules/assessments/assessment-enums';
import { AssessmentsRepository } from 'src/modules/assessments/assessments.repository';
import { ContentType } from 'src/modules/content/content-type.enum';
import { JobSchedules, type JobSchedule } from 'src/modules/jobs/job-schedules';
import { OnJob } from 'src/modules/jobs/on-job.decorator';
import { QueueName } from 'src/modules/jobs/queue-name';
import { MemberStatus } from 'src/modules/members/member-status.enum';
import { MembersService } from 'src/modules/members/members.service';
import { NotificationKind } from 'src/modules/notifications/notification-kind.enum';
import {
  NotificationsService,
  type InsertedNotifications,
} from 'src/modules/notifications/notifications.service';
import { stockholmDate } from 'src/modules/questions/working-days';

export const AssessmentJob = {
  SendReviewReminders: 'assessments.send-review-reminders',
} as const;

/** The first reminder comes this many days before the review date; the second on the day. */
export const REMINDER_DAYS_BEFORE = 14;
/** A run that was missed still reminds within this many days after the review date. */
const DUE_GRACE_DAYS = 7;

export const ASSESSMENT_REMINDERS_SCHEDULE: JobSchedule = {
  queue: QueueName.Maintenance,
  id: 'assessment-review-reminders',
  pattern: '0 7 * * *',
  tz: 'Europe/Stockholm',
  jobName: AssessmentJob.SendReviewReminders,
  data: {},
};

export interface SendReviewRemindersJob {
  /** The Stockholm date to run as ('YYYY-MM-DD'); only tests set it. */
  today?: string;
}

/**
 * Review reminders (DOMAIN §15), every morning: `ASSESSMENT_REVIEW_DUE` to the owner and the
 * members a decided assessment is shared with, 14 days before its review date and on the day.
 * Windows rather than exact days, so a missed run still reminds (the day-of reminder up to a
 * week late); the notification's event key (assessment, review date, which reminder) makes each
 * reminder once per member however often the job runs. A new review date gets new reminders.
 * Recipients are the readers as the access policy sees them at send time.
 */
@Injectable()
export class AssessmentRemindersProcessor implements OnModuleInit {
  constructor(
    private readonly tx: TransactionHost,
    private readonly repository: AssessmentsRepository,
    private readonly access: AssessmentAccess,
    private readonly members: MembersService,
    private readonly notifications: NotificationsService,
    private readonly schedules: JobSchedules,
  ) {}

  onModuleInit(): void {
    this.schedules.register(ASSESSMENT_REMINDERS_SCHEDULE);
  }

  @OnJob({ queue: QueueName.Maintenance, name: AssessmentJob.SendReviewReminders })
  async send(data: SendReviewRemindersJob = {}): Promise<{ notified: number }> {
    const today = DateTime.fromISO(
      typeof data.today === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(data.today)
        ? data.today
        : stockholmDate(new Date()),
    );
    const days: string[] = [];
    for (let d = -DUE_GRACE_DAYS; d <= REMINDER_DAYS_BEFORE; d += 1)
      days.push(today.plus({ days: d }).toISODate()!);
    const batches = await this.tx.run(async () => {
      const due = (await this.repository.dueForReminder(days)).filter(
        (a) => a.status === AssessmentStatus.DECIDED && a.reviewOn !== null,
      );
      const shares = await this.repository.sharesOf(due.map((a) => a.id));
      const inserted: InsertedNotifications[] = [];
      for (const assessment of due) {
        const reviewOn = DateTime.fromISO(assessment.reviewOn!);
        const daysLeft = Math.round(reviewOn.diff(today, 'days').days);
        const reminder = daysLeft <= 0 ? 'DUE' : 'BEFORE';
        const facts = {
          organisationId: assessment.organisationId,
          ownerId: assessment.ownerId,
          sharedMemberIds: shares.get(assessment.id) ?? [],
        };
        const candidates = (
          await this.members.findByIds([facts.ownerId, ...facts.sharedMemberIds])
        ).flatMap((m) =>
          m
            ? [
                {
                  id: m.id,
                  organisationId: m.organisationId,
                  active: m.status === MemberStatus.ACTIVE,
                },
              ]
            : [],
        );
        const readers = this.access.readersOf(candidates, facts);
        inserted.push(
          await this.notifications.insert(
            {
              kind: NotificationKind.ASSESSMENT_REVIEW_DUE,
              eventKey: `assessment-review-${assessment.id}-${assessment.reviewOn}-${reminder.toLowerCase()}`,
              contentType: ContentType.ASSESSMENT,
              contentId: assessment.id,
              // Ids and dates only: the title is read at read time, by readers only.
              payload: { reviewOn: assessment.reviewOn, reminder },
            },
            readers.map((r) => r.id),
          ),
        );
      }
      return inserted;
    });
    await this.notifications.announce(batches);
    return { notified: batches.reduce((sum, b) => sum + b.rows.length, 0) };
  }
}
