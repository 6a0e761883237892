// SPDX-License-Identifier: EUPL-1.2
/**
 * OpenTelemetry tracing, switched on with TRACING=otlp: spans for incoming HTTP requests,
 * Express routing, GraphQL parse/validate/execute and resolvers, PostgreSQL statements (`pg`)
 * and BullMQ jobs (`bullmq-otel`, see QueueBackend), exported over OTLP/HTTP to
 * OTEL_EXPORTER_OTLP_ENDPOINT (or OTEL_EXPORTER_OTLP_TRACES_ENDPOINT; default
 * http://localhost:4318), service name OTEL_SERVICE_NAME (default `samrad-api`/`samrad-worker`).
 *
 * Instrumentation patches modules as they are first required, so this runs before anything
 * else in each entry point and reads `process.env` itself (env.schema.ts still validates
 * TRACING with the rest). Off, it loads no OpenTelemetry code at all: nothing is patched and
 * nothing costs anything.
 */
export interface Tracing {
  shutdown(): Promise<void>;
}

let started: Tracing | undefined;

/** The running tracing, when switched on. */
export function startedTracing(): Tracing | undefined {
  return started;
}

export function tracingEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.TRACING === 'otlp';
}

export function startTracing(defaultServiceName: string, env = process.env): Tracing | undefined {
  if (!tracingEnabled(env) || started) return started;
  /* eslint-disable @typescript-eslint/no-require-imports -- loaded only when switched on */
  const api = require('@opentelemetry/api') as typeof import('@opentelemetry/api');
  const { AsyncLocalStorageContextManager } =
    require('@opentelemetry/context-async-hooks') as typeof import('@opentelemetry/context-async-hooks');
  const core = require('@opentelemetry/core') as typeof import('@opentelemetry/core');
  const { TracerProvider, BatchSpanProcessor } =
    require('@opentelemetry/sdk-trace') as typeof import('@opentelemetry/sdk-trace');
  const { resourceFromAttributes, defaultResource } =
    require('@opentelemetry/resources') as typeof import('@opentelemetry/resources');
  const { OTLPTraceExporter } =
    require('@opentelemetry/exporter-trace-otlp-http') as typeof import('@opentelemetry/exporter-trace-otlp-http');
  const { registerInstrumentations } =
    require('@opentelemetry/instrumentation') as typeof import('@opentelemetry/instrumentation');
  const { HttpInstrumentation } =
    require('@opentelemetry/instrumentation-http') as typeof import('@opentelemetry/instrumentation-http');
  const { ExpressInstrumentation } =
    require('@opentelemetry/instrumentation-express') as typeof import('@opentelemetry/instrumentation-express');
  const { GraphQLInstrumentation } =
    require('@opentelemetry/instrumentation-graphql') as typeof import('@opentelemetry/instrumentation-graphql');
  const { PgInstrumentation } =
    require('@opentelemetry/instrumentation-pg') as typeof import('@opentelemetry/instrumentation-pg');
  /* eslint-enable @typescript-eslint/no-require-imports */

  api.context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  api.propagation.setGlobalPropagator(
    new core.CompositePropagator({
      propagators: [new core.W3CTraceContextPropagator(), new core.W3CBaggagePropagator()],
    }),
  );
  const provider = new TracerProvider({
    resource: defaultResource().merge(
      resourceFromAttributes({ 'service.name': env.OTEL_SERVICE_NAME || defaultServiceName }),
    ),
    spanProcessors: [new BatchSpanProcessor({ exporter: new OTLPTraceExporter() })],
  });
  api.trace.setGlobalTracerProvider(provider);
  registerInstrumentations({
    instrumentations: [
      // Probes are not worth a trace each.
      new HttpInstrumentation({
        ignoreIncomingRequestHook: (req) => /^\/(health|ready|metrics)\b/.test(req.url ?? ''),
      }),
      new ExpressInstrumentation(),
      // Field spans only for resolvers of our own, not every scalar of a large page.
      new GraphQLInstrumentation({ mergeItems: true, ignoreTrivialResolveSpans: true }),
      // Statement text without parameter values: they may hold personal data.
      new PgInstrumentation({ enhancedDatabaseReporting: false }),
    ],
  });
  started = { shutdown: () => provider.shutdown() };
  return started;
}
