// SPDX-License-Identifier: EUPL-1.2
import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { startedTracing } from 'src/observability/tracing';

/** Flushes the spans still batched when the process stops (TRACING=otlp). */
@Injectable()
export class TracingShutdown implements OnApplicationShutdown {
  async onApplicationShutdown(): Promise<void> {
    await startedTracing()?.shutdown();
  }
}
