import { Global, Module } from '@nestjs/common';
import { Metrics } from 'src/modules/metrics/metrics';
import { MetricsCollectors } from 'src/modules/metrics/metrics-collectors';
import { MetricsController } from 'src/modules/metrics/metrics.controller';

/**
 * Prometheus metrics: global, so any feature can count what it does (`Metrics`), and the
 * scrape-time gauges. The worker imports it too; its counters are served by its own listener
 * (WORKER_METRICS_PORT, src/worker.ts).
 */
@Global()
@Module({ providers: [Metrics, MetricsCollectors], exports: [Metrics] })
export class MetricsModule {}

/** The `/metrics` route, in the API only. */
@Module({ controllers: [MetricsController] })
export class MetricsEndpointModule {}
