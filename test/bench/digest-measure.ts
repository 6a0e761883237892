// SPDX-License-Identifier: EUPL-1.2
import { randomUUID } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { createTransport } from 'nodemailer';
import { DataSource } from 'typeorm';
import { AppConfig } from 'src/config/app-config';
import { renderDigestMail } from 'src/modules/digests/digest-mail.template';
import {
  DIGEST_BATCH_SIZE,
  DigestJob,
  batchJobId,
  type DigestRunJob,
} from 'src/modules/digests/digest-jobs';
import type { DigestWindow } from 'src/modules/digests/digest-period';
import { DigestPlanner } from 'src/modules/digests/digest-planner';
import type { DigestBatchResult } from 'src/modules/digests/jobs/digest-batch.processor';
import { JobQueue } from 'src/modules/jobs/job-queue';
import { QueueName } from 'src/modules/jobs/queue-name';
import {
  MESSAGE_DEFAULTS,
  SMTP_DEFAULTS,
  type OutgoingMail,
} from 'src/modules/mail/mail-transport';
import { UnsubscribeTokens } from 'src/modules/notifications/email/unsubscribe-token';
import { NotificationKind } from 'src/modules/notifications/notification-kind.enum';
import { since } from 'test/bench/bench-stats';
import type { SinkStats, SmtpSink } from 'test/bench/digest-smtp-sink';
import { finishedJob } from 'test/helpers/finished-job';

export interface DigestRunResult {
  /** Trigger to the last `email_delivery` row marked sent. */
  ms: number;
  /** Trigger to the run job done (members listed, batch jobs added). */
  fanOutMs: number;
  periodKey: string;
  batches: number;
  members: number;
  sent: number;
  itemsPerDigest: number;
  outcomes: Partial<DigestBatchResult>;
  failedAttempts: number;
  sink: SinkStats;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Give up on a run whose sink count has not moved for this long. */
const STALL_MS = 60_000;

/**
 * One daily run for a fixed slot, as the digests tests start it: a `digests.run` job with
 * `scheduledAt`. Timed from adding the job until the sink has counted every digest and every
 * `email_delivery` row is marked sent (the last commit follows the last SMTP acceptance).
 */
export async function runDigests(
  app: INestApplicationContext,
  sink: SmtpSink,
  scheduledAt: string,
  expected: number,
): Promise<DigestRunResult> {
  const queue = app.get(JobQueue).queue(QueueName.Digests);
  const db = app.get(DataSource);
  await sink.reset();
  const reached = sink.waitFor(expected);

  const started = process.hrtime.bigint();
  const data: DigestRunJob = { period: 'DAILY', scheduledAt };
  const run = await queue.add(DigestJob.Run, data, { jobId: `bench-run-${randomUUID()}` });
  const fanOut = (await finishedJob(queue, run.id!, 120_000)).returnvalue as { periodKey: string; members: number; batches: number }; // prettier-ignore
  const fanOutMs = since(started);
  const batchIds = Array.from({ length: fanOut.batches }, (_, n) =>
    batchJobId(fanOut.periodKey, n),
  );

  // Wait for the sink; stop early when every batch is done (fewer digests than expected) or
  // nothing moves for a minute (a broken run), and report what happened either way.
  let sinkStats: SinkStats | undefined;
  let complete = false;
  let lastCount = -1;
  let lastMove = Date.now();
  while (!sinkStats) {
    sinkStats = await Promise.race([reached, sleep(500).then(() => undefined)]);
    if (sinkStats) {
      complete = true;
      break;
    }
    const stats = await sink.stats();
    if (stats.messages !== lastCount) [lastCount, lastMove] = [stats.messages, Date.now()];
    const states = await Promise.all(batchIds.map(async (id) => (await queue.getJob(id))?.getState())); // prettier-ignore
    if (states.every((s) => s === 'completed') || Date.now() - lastMove > STALL_MS)
      sinkStats = await sink.stats();
  }
  const deliveryKey = `digest:${fanOut.periodKey}`;
  const sentRows = async () =>
    (
      await db.query<{ n: number; items: number }[]>(
        `SELECT count(*)::int AS n, coalesce(avg(item_count), 0)::float AS items
           FROM email_delivery WHERE delivery_key = $1 AND sent_at IS NOT NULL`,
        [deliveryKey],
      )
    )[0]!;
  let rows = await sentRows();
  while (complete && rows.n < expected) {
    await sleep(2);
    rows = await sentRows();
  }
  const ms = since(started);

  const outcomes: Partial<DigestBatchResult> = {};
  let failedAttempts = 0;
  for (const id of batchIds) {
    // The last batches complete just after their last commit.
    if (complete) await finishedJob(queue, id, 60_000).catch(() => undefined);
    // State before job: a job read first may complete in between and carry no return value.
    const state = await queue.getJobState(id);
    const job = await queue.getJob(id);
    if (!job) continue;
    failedAttempts += job.stacktrace?.length ?? 0;
    const result = state === 'completed' ? (job.returnvalue as DigestBatchResult) : null;
    for (const [outcome, n] of Object.entries(result ?? {}))
      outcomes[outcome as keyof DigestBatchResult] = (outcomes[outcome as keyof DigestBatchResult] ?? 0) + n; // prettier-ignore
  }
  return {
    ms,
    fanOutMs,
    periodKey: fanOut.periodKey,
    batches: fanOut.batches,
    members: fanOut.members,
    sent: rows.n,
    itemsPerDigest: rows.items,
    outcomes,
    failedAttempts,
    sink: sinkStats,
  };
}

export interface Prerendered {
  messages: OutgoingMail[];
  /** Serial, uncontended: planning (queries and matching) and rendering (token included). */
  queryMs: number;
  renderMs: number;
}

/**
 * Every digest of the run again, built by the app's own pieces (the same planner, token and
 * template) in batches as the jobs make them: the messages for the raw-sending comparison, and
 * the cost of planning and rendering without SMTP, transactions or jobs around them.
 */
export async function prerender(
  app: INestApplicationContext,
  window: DigestWindow,
  memberIds: readonly string[],
): Promise<Prerendered> {
  const planner = app.get(DigestPlanner, { strict: false });
  const tokens = app.get(UnsubscribeTokens, { strict: false });
  const publicUrl = app.get(AppConfig).publicUrl;
  const messages: OutgoingMail[] = [];
  let queryMs = 0;
  let renderMs = 0;
  for (let i = 0; i < memberIds.length; i += DIGEST_BATCH_SIZE) {
    let started = process.hrtime.bigint();
    const plan = await planner.plan(window, memberIds.slice(i, i + DIGEST_BATCH_SIZE));
    queryMs += since(started);
    started = process.hrtime.bigint();
    for (const { member, items } of plan.digests) {
      messages.push(
        renderDigestMail({
          to: member.email,
          locale: member.locale,
          window,
          items,
          publicUrl,
          unsubscribeToken: await tokens.sign(member.id, NotificationKind.DIGEST),
        }),
      );
    }
    renderMs += since(started);
  }
  return { messages, queryMs, renderMs };
}

/**
 * nodemailer alone: a transport made exactly as `MailTransport` makes it (the same SMTP_URL,
 * pool defaults and message defaults), sending the pre-rendered messages with `concurrency`
 * senders, each one message at a time, as the batch jobs do. Timed until the sink has counted
 * them all. `from` is what MailTransport adds to every message.
 */
export async function sendRaw(
  smtpUrl: string,
  from: string,
  messages: readonly OutgoingMail[],
  concurrency: number,
  sink: SmtpSink,
): Promise<{ ms: number; sink: SinkStats }> {
  const transporter = createTransport({ ...SMTP_DEFAULTS, url: smtpUrl }, MESSAGE_DEFAULTS);
  await sink.reset();
  const reached = sink.waitFor(messages.length);
  const started = process.hrtime.bigint();
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < messages.length) {
        const mail = messages[next++]!;
        await transporter.sendMail({ from, ...mail });
      }
    }),
  );
  const stats = await reached;
  const ms = since(started);
  transporter.close();
  return { ms, sink: stats };
}
