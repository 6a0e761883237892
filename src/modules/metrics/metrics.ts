// SPDX-License-Identifier: EUPL-1.2
import { Injectable } from '@nestjs/common';
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** Operation names are chosen by clients: only this many distinct ones get their own series. */
const MAX_OPERATION_NAMES = 200;
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

/**
 * The process's Prometheus metrics, in a registry of its own (not prom-client's global one, so
 * two apps in one test process do not collide). Gauges that read PostgreSQL or the queue store
 * at scrape time live in `metrics-collectors.ts`; this holds what code records as it runs.
 * Series names and labels are listed in docs/operations.md.
 */
@Injectable()
export class Metrics {
  readonly registry = new Registry();
  private readonly operationNames = new Set<string>();

  readonly graphqlDuration = new Histogram({
    name: 'samrad_graphql_request_duration_seconds',
    help: 'GraphQL operations over HTTP, by operation name and outcome (ok or error)',
    labelNames: ['operation', 'type', 'outcome'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  readonly graphqlErrors = new Counter({
    name: 'samrad_graphql_errors_total',
    help: 'Errors in GraphQL responses, by extensions.code',
    labelNames: ['code'] as const,
    registers: [this.registry],
  });

  readonly jobsFinished = new Counter({
    name: 'samrad_jobs_finished_total',
    help: 'Jobs this process ran, by queue and outcome (completed, failed: one per failed attempt)',
    labelNames: ['queue', 'outcome'] as const,
    registers: [this.registry],
  });

  readonly notificationsCreated = new Counter({
    name: 'samrad_notifications_created_total',
    help: 'In-app notifications created, by kind',
    labelNames: ['kind'] as const,
    registers: [this.registry],
  });

  readonly emailsSent = new Counter({
    name: 'samrad_emails_sent_total',
    help: 'Notification and digest e-mails handed to the mail transport, by kind',
    labelNames: ['kind'] as const,
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'samrad_' });
  }

  /**
   * The label for an operation: its name when well-formed and among the first
   * MAX_OPERATION_NAMES seen, `anonymous` without one, `other` beyond that (bounded cardinality).
   */
  operationLabel(name: string | null | undefined): string {
    if (!name) return 'anonymous';
    if (!OPERATION_NAME.test(name)) return 'other';
    if (this.operationNames.has(name)) return name;
    if (this.operationNames.size >= MAX_OPERATION_NAMES) return 'other';
    this.operationNames.add(name);
    return name;
  }
}
