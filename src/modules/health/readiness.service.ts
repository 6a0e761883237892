// SPDX-License-Identifier: EUPL-1.2
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { JobQueue } from 'src/modules/jobs/job-queue';
import { QueueBackend } from 'src/modules/jobs/queue-backend';
import { QueueName } from 'src/modules/jobs/queue-name';
import { WorkerHeartbeat } from 'src/modules/jobs/worker-heartbeat';
import { MailTransport } from 'src/modules/mail/mail-transport';
import { SEARCH_ENGINE, type SearchEngine } from 'src/modules/search/engine/search-engine';

/** No check may hold a probe longer than this (orchestrators time out at a few seconds). */
export const READY_CHECK_TIMEOUT_MS = 3_000;
/** An SMTP check opens a connection: its answer is kept this long. */
export const SMTP_CHECK_CACHE_MS = 30_000;

export type CheckState = 'up' | 'down' | 'not-configured';

export interface Readiness {
  /** `unavailable` (HTTP 503) when PostgreSQL or the queue store does not answer; `degraded`
   *  (HTTP 200) when only Meilisearch, SMTP or the workers do not. */
  status: 'ok' | 'degraded' | 'unavailable';
  database: CheckState;
  queue: CheckState;
  queueBackend: 'redis' | 'postgres';
  search: CheckState;
  mail: CheckState;
  worker: CheckState;
}

function within<T>(work: Promise<T>, ms = READY_CHECK_TIMEOUT_MS): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

const state = (outcome: PromiseSettledResult<boolean | null>): CheckState => {
  if (outcome.status === 'rejected') return 'down';
  if (outcome.value === null) return 'not-configured';
  return outcome.value ? 'up' : 'down';
};

/**
 * What `/ready` reports. The API serves requests as long as PostgreSQL and the queue store
 * answer, so only those make it not ready (an orchestrator then stops sending it traffic).
 * Meilisearch, SMTP and the workers are reported but do not: taking every API out of rotation
 * because mail or search is down would turn a partial outage into a full one, and jobs wait in
 * the queues (and events in the outbox) until a worker is back. Discourse and GitLab draw the
 * line the same way; docs/operations.md says what to alert on instead.
 */
@Injectable()
export class ReadinessService {
  private smtp: { at: number; result: Promise<boolean | null> } | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
    private readonly backend: QueueBackend,
    private readonly heartbeat: WorkerHeartbeat,
    private readonly mail: MailTransport,
    @Inject(SEARCH_ENGINE) private readonly search: SearchEngine,
  ) {}

  async check(): Promise<Readiness> {
    const [database, queue, search, mail, worker] = (
      await Promise.allSettled([
        within(this.dataSource.query('SELECT 1')).then(() => true),
        // Counting jobs round-trips to the queue store, whichever backend it is.
        within(this.jobs.queue(QueueName.Maintenance).getJobCounts('waiting')).then(() => true),
        this.search.healthy ? within(this.search.healthy()) : Promise.resolve(null),
        this.smtpReachable(),
        within(this.heartbeat.liveWorkers()).then((n) => n > 0),
      ])
    ).map(state);
    const required = [database, queue];
    const optional = [search, mail, worker];
    return {
      status: required.includes('down')
        ? 'unavailable'
        : optional.includes('down')
          ? 'degraded'
          : 'ok',
      database: database!,
      queue: queue!,
      queueBackend: this.backend.kind,
      search: search!,
      mail: mail!,
      worker: worker!,
    };
  }

  /** SMTP's answer, at most one check per SMTP_CHECK_CACHE_MS (a probe every few seconds must
   *  not open a connection each time), shared by probes that arrive while one runs. */
  private smtpReachable(): Promise<boolean | null> {
    const now = Date.now();
    if (!this.smtp || now - this.smtp.at > SMTP_CHECK_CACHE_MS) {
      this.smtp = { at: now, result: within(this.mail.smtpReachable()).catch(() => false) };
    }
    return this.smtp.result;
  }
}
