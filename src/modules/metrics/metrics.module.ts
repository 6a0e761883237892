// SPDX-License-Identifier: EUPL-1.2
import { Global, Module } from '@nestjs/common';
import { Metrics } from 'src/modules/metrics/metrics';
import { MetricsCollectors } from 'src/modules/metrics/metrics-collectors';
import { MetricsController } from 'src/modules/metrics/metrics.controller';
import { WorkerMetricsServer } from 'src/modules/metrics/worker-metrics-server';
import { TracingShutdown } from 'src/observability/tracing-shutdown';

/**
 * Prometheus metrics: global, so any feature can count what it does (`Metrics`), and the
 * scrape-time gauges, and the flush of traced spans at shutdown. The worker imports it too; its counters are served by its own listener
 * (WORKER_METRICS_PORT, src/worker.ts).
 */
@Global()
@Module({
  providers: [Metrics, MetricsCollectors, WorkerMetricsServer, TracingShutdown],
  exports: [Metrics, WorkerMetricsServer],
})
export class MetricsModule {}

/** The `/metrics` route, in the API only. */
@Module({ controllers: [MetricsController] })
export class MetricsEndpointModule {}
