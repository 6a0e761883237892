// SPDX-License-Identifier: EUPL-1.2
import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import type { JobsOptions, Queue } from 'bullmq';
import { QueueBackend } from 'src/modules/jobs/queue-backend';
import type { QueueName } from 'src/modules/jobs/queue-name';

/** Producer side: one BullMQ Queue per queue name, created on first use. */
@Injectable()
export class JobQueue implements OnApplicationShutdown {
  private readonly queues = new Map<QueueName, Queue>();

  constructor(private readonly backend: QueueBackend) {}

  async add(
    queue: QueueName,
    jobName: string,
    data: unknown,
    options: JobsOptions = {},
  ): Promise<void> {
    await this.queue(queue).add(jobName, data, options);
  }

  queue(name: QueueName): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = this.backend.createQueue(name);
      this.queues.set(name, queue);
    }
    return queue;
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.allSettled([...this.queues.values()].map((q) => q.close()));
  }
}
