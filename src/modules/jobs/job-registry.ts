// SPDX-License-Identifier: EUPL-1.2
import type { Job } from 'bullmq';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { providerMethods } from 'src/common/provider-methods';
import { ON_JOB, type JobHandlerOptions } from 'src/modules/jobs/on-job.decorator';
import type { QueueName } from 'src/modules/jobs/queue-name';

/**
 * A handler gets the job's data and, second, what BullMQ knows of the job (its options carry a
 * scheduler's slot in `prevMillis`); most handlers need only the data.
 */
export type JobHandler = (
  data: unknown,
  job: { id?: string; opts: Job['opts'] },
) => Promise<unknown>;

export interface RegisteredJob extends JobHandlerOptions {
  handler: JobHandler;
  owner: string;
}

export interface EventSubscription {
  queue: QueueName;
  jobName: string;
}

/**
 * Finds every `@OnJob` handler once at start-up and refuses ambiguity: two handlers for one job
 * name, or two jobs in one queue fed by the same event (their job ids, the outbox id, would
 * collide and BullMQ would drop one).
 */
@Injectable()
export class JobRegistry implements OnModuleInit {
  private readonly jobs = new Map<string, RegisteredJob>();
  private readonly subscriptions = new Map<string, EventSubscription[]>();

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
  ) {}

  onModuleInit(): void {
    for (const { instance, fn, owner } of providerMethods(this.discovery, this.scanner)) {
      const options = this.reflector.get<JobHandlerOptions | undefined>(ON_JOB, fn);
      if (options) this.register(options, (fn as JobHandler).bind(instance), owner);
    }
  }

  register(options: JobHandlerOptions, handler: JobHandler, owner: string): void {
    const existing = this.jobs.get(options.name);
    if (existing) {
      throw new Error(`Job ${options.name} has two handlers: ${existing.owner} and ${owner}`);
    }
    for (const event of options.events ?? []) {
      const subscribers = this.subscriptions.get(event) ?? [];
      const clash = subscribers.find((s) => s.queue === options.queue);
      if (clash) {
        throw new Error(
          `Event ${event} feeds two jobs of queue ${options.queue}: ${clash.jobName} and ${options.name}`,
        );
      }
      this.subscriptions.set(event, [
        ...subscribers,
        { queue: options.queue, jobName: options.name },
      ]);
    }
    this.jobs.set(options.name, { ...options, handler, owner });
  }

  handlerFor(jobName: string): RegisteredJob | undefined {
    return this.jobs.get(jobName);
  }

  subscribersOf(topic: string): readonly EventSubscription[] {
    return this.subscriptions.get(topic) ?? [];
  }

  queues(): QueueName[] {
    return [...new Set([...this.jobs.values()].map((job) => job.queue))];
  }

  concurrencyOf(queue: QueueName): number {
    const declared = [...this.jobs.values()]
      .filter((j) => j.queue === queue)
      .map((j) => j.concurrency ?? 1);
    return Math.max(1, ...declared);
  }
}
