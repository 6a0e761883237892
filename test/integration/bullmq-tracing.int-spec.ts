// SPDX-License-Identifier: EUPL-1.2
import { randomBytes } from 'node:crypto';
import { context, propagation, trace, SpanKind } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import {
  InMemorySpanExporter,
  SimpleSpanProcessor,
  TracerProvider,
} from '@opentelemetry/sdk-trace';
import type { Queue, Worker } from 'bullmq';
import { AppConfig } from 'src/config/app-config';
import { QueueBackend } from 'src/modules/jobs/queue-backend';
import { createTestDatabase, type TestDatabase } from 'test/helpers/test-database';
import { TEST_REDIS_URL } from 'test/setup/test-env';

/**
 * Issue 15: with TRACING=otlp, BullMQ jobs are traced (bullmq-otel, wired in QueueBackend): the
 * enqueue is a producer span and the run a consumer span of the same trace, so a request's
 * trace continues into the job it caused. The spans go to an in-memory exporter here (the OTLP
 * export itself is tracing.int-spec.ts); the queues are real, on both backends.
 */
describe.each(['redis', 'postgres'] as const)('BullMQ spans (%s queue backend)', (kind) => {
  const exporter = new InMemorySpanExporter();
  const provider = new TracerProvider({ spanProcessors: [new SimpleSpanProcessor({ exporter })] });
  let database: TestDatabase;
  let backend: QueueBackend;
  let queue: Queue;
  let worker: Worker;

  beforeAll(async () => {
    context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
    propagation.setGlobalPropagator(new W3CTraceContextPropagator());
    trace.setGlobalTracerProvider(provider);
    database = await createTestDatabase({ empty: true });
    const config = AppConfig.from(
      AppConfig.parse(
        {},
        {
          NODE_ENV: 'test',
          LOG_LEVEL: 'silent',
          DATABASE_URL: database.url,
          QUEUE_POOL_SIZE: '1',
          TRACING: 'otlp',
          ...(kind === 'redis' ? { REDIS_URL: TEST_REDIS_URL } : {}),
        },
      ),
    );
    backend = new QueueBackend(config, { namespace: `t${randomBytes(4).toString('hex')}` });
    queue = backend.createQueue('maintenance');
    worker = backend.createWorker('maintenance', () => Promise.resolve('done'), 1);
    void worker.run();
    await worker.waitUntilReady();
  });

  afterAll(async () => {
    await worker.close();
    await queue.close();
    await backend.onApplicationShutdown();
    await database.drop();
    trace.disable();
    context.disable();
    propagation.disable();
  });

  it('an enqueue (producer) and its run (consumer) in one trace, inside the caller’s trace', async () => {
    const tracer = trace.getTracer('test');
    const finished = new Promise<void>((resolve) => worker.once('completed', () => resolve()));
    const request = await tracer.startActiveSpan('POST /graphql', async (span) => {
      await queue.add('maintenance.traced-probe', {});
      span.end();
      return span.spanContext().traceId;
    });
    await finished;
    await provider.forceFlush();
    const spans = exporter.getFinishedSpans();
    const producer = spans.find(
      (s) => s.kind === SpanKind.PRODUCER && s.name.includes('maintenance.traced-probe'),
    );
    const consumer = spans.find((s) => s.kind === SpanKind.CONSUMER);
    expect({ producer: producer?.name, consumer: consumer?.name }).toEqual({
      producer: expect.stringContaining('add'),
      consumer: expect.stringContaining('process'),
    });
    expect(producer!.spanContext().traceId).toBe(request);
    expect(consumer!.spanContext().traceId).toBe(request);
  }, 60_000);
});
