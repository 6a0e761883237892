// SPDX-License-Identifier: EUPL-1.2
import type { DigestPeriod } from 'src/modules/digests/digest-period';

/** Jobs of the digests queue. */
export const DigestJob = {
  /** Scheduled: works out the period and fans out one batch job per group of members. */
  Run: 'digests.run',
  /** One group of members: each gets at most one digest per period. */
  Batch: 'digests.batch',
} as const;

/** Members per `digests.batch` job. */
export const DIGEST_BATCH_SIZE = 200;

/** The data of a `digests.run` job; the schedulers send `{ period }` only. */
export interface DigestRunJob {
  period: DigestPeriod;
  /**
   * The slot this run is for (ISO 8601), for runs added by hand (tests, operators re-sending a
   * period). Scheduled runs take it from the job (`opts.prevMillis`).
   */
  scheduledAt?: string;
  /** Members per batch job; only tests set it. */
  batchSize?: number;
}

/** The data of a `digests.batch` job. */
export interface DigestBatchJob {
  period: DigestPeriod;
  /** `DAILY:2026-11-30` / `WEEKLY:2026-W49`. */
  periodKey: string;
  /** The window the digest covers (ISO 8601): `windowStart < published ≤ windowEnd`. */
  windowStart: string;
  windowEnd: string;
  memberIds: string[];
}

/** What BullMQ tells a handler about its job, when the worker passes the job along. */
export interface ScheduledJobInfo {
  /** Set on jobs made by a job scheduler: the time slot the job was scheduled for (ms). */
  opts?: { prevMillis?: number };
}

/** BullMQ refuses `:` in custom job ids, so the period key's colon becomes a dash. */
export function batchJobId(periodKey: string, batchNo: number): string {
  return `digest-${periodKey.replace(/:/g, '-')}-${batchNo}`;
}
