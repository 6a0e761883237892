// SPDX-License-Identifier: EUPL-1.2
import { Injectable, Logger } from '@nestjs/common';
import { AppConfig } from 'src/config/app-config';
import { TransactionHost } from 'src/database/transaction-host';
import { renderDigestMail } from 'src/modules/digests/digest-mail.template';
import { DigestJob, type DigestBatchJob } from 'src/modules/digests/digest-jobs';
import { DIGEST_PERIODS, type DigestWindow } from 'src/modules/digests/digest-period';
import {
  DigestPlanner,
  type DigestSkip,
  type PlannedDigest,
} from 'src/modules/digests/digest-planner';
import { DigestsRepository } from 'src/modules/digests/digests.repository';
import { OnJob } from 'src/modules/jobs/on-job.decorator';
import { QueueName } from 'src/modules/jobs/queue-name';
import { MailTransport } from 'src/modules/mail/mail-transport';
import { UnsubscribeTokens } from 'src/modules/notifications/email/unsubscribe-token';
import { NotificationKind } from 'src/modules/notifications/notification-kind.enum';
import { Metrics } from 'src/modules/metrics/metrics';

export type DigestOutcome = 'SENT' | 'ALREADY_SENT' | DigestSkip;

export type DigestBatchResult = Record<DigestOutcome, number>;

const LOCK_NOT_AVAILABLE = '55P03';

/**
 * Sends one group of members their digest for a period, each at most once (DOMAIN §9).
 *
 * `DigestPlanner` works out who gets what in a few queries for the whole batch. Then, exactly
 * once per (period, member), across retries, re-runs and workers that die mid-batch:
 * 1. nothing new → no mail and no row;
 * 2. claim `email_delivery (digest:<period>, member)` for every member with news, with one
 *    INSERT … ON CONFLICT DO NOTHING, committed on its own;
 * 3. per member, in a transaction, lock that row (NOWAIT); `sent_at` set → already sent, skip;
 *    otherwise (new, or claimed by an attempt that died before the SMTP server accepted the
 *    mail) send, then set `sent_at` and `item_count`, and commit.
 * The lock keeps two workers that hold the same batch (a stalled job taken over while the first
 * still runs) from sending the same digest at once: the second fails on the lock and its retry
 * finds the row sent. A process that dies mid-send loses its connection, so the lock goes and
 * the row stays claimed but unsent, and the retry sends. The one window left is a death between
 * the SMTP server's acceptance and the commit, which sends twice: a duplicate, never a loss.
 *
 * A failed member does not stop the others; the job fails at the end and BullMQ retries it,
 * and the members already sent are skipped.
 */
@Injectable()
export class DigestBatchProcessor {
  private readonly logger = new Logger(DigestBatchProcessor.name);

  constructor(
    private readonly config: AppConfig,
    private readonly tx: TransactionHost,
    private readonly planner: DigestPlanner,
    private readonly repository: DigestsRepository,
    private readonly tokens: UnsubscribeTokens,
    private readonly mail: MailTransport,
    private readonly metrics: Metrics,
  ) {}

  /**
   * Four batches at once: each member's send waits on PostgreSQL and SMTP round trips, and four
   * in flight (one per pooled SMTP connection) keep the worker's CPU busy in the meantime.
   */
  @OnJob({ queue: QueueName.Digests, name: DigestJob.Batch, concurrency: 4 })
  async batch(data: DigestBatchJob): Promise<DigestBatchResult> {
    if (!DIGEST_PERIODS.includes(data.period))
      throw new Error(`Unknown digest period ${String(data.period)}`);
    const window: DigestWindow = {
      period: data.period,
      key: data.periodKey,
      start: new Date(data.windowStart),
      end: new Date(data.windowEnd),
    };
    const plan = await this.planner.plan(window, data.memberIds);
    const deliveryKey = `digest:${window.key}`;
    await this.repository.claim(
      deliveryKey,
      plan.digests.map((d) => d.member.id),
    );
    const result: DigestBatchResult = { SENT: 0, ALREADY_SENT: 0, ...plan.skipped };
    const failures: string[] = [];
    for (const digest of plan.digests) {
      try {
        const outcome = await this.sendOne(deliveryKey, window, digest);
        result[outcome] += 1;
        if (outcome === 'SENT') this.metrics.emailsSent.inc({ kind: 'digest' });
      } catch (error) {
        failures.push(describe(error));
      }
    }
    if (failures.length > 0) {
      this.logger.warn(
        { periodKey: window.key, failed: failures.length, ...result },
        'Digest batch incomplete',
      );
      throw new Error(
        `${failures.length} of ${plan.digests.length} digests not sent (${failures[0] ?? ''})`,
      );
    }
    return result;
  }

  private async sendOne(
    deliveryKey: string,
    window: DigestWindow,
    { member, items }: PlannedDigest,
  ): Promise<'SENT' | 'ALREADY_SENT'> {
    return this.tx.run(async (manager) => {
      const claim = await this.repository
        .lockClaim(manager, deliveryKey, member.id)
        .catch((error: unknown) => {
          if ((error as { code?: unknown }).code === LOCK_NOT_AVAILABLE)
            throw new Error('Being sent by another worker');
          throw error;
        });
      if (claim.sentAt) return 'ALREADY_SENT';
      await this.mail.send(
        renderDigestMail({
          to: member.email,
          locale: member.locale,
          window,
          items,
          publicUrl: this.config.publicUrl,
          unsubscribeToken: await this.tokens.sign(member.id, NotificationKind.DIGEST),
        }),
      );
      await this.repository.markSent(manager, claim.id, items.length);
      return 'SENT';
    });
  }
}

/** MailTransport already cut addresses out of SMTP errors; keep only the message. */
function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
