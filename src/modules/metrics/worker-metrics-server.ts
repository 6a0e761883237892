// SPDX-License-Identifier: EUPL-1.2
import { createServer, type Server } from 'node:http';
import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from 'src/config/app-config';
import { WorkerHeartbeat } from 'src/modules/jobs/worker-heartbeat';
import { Metrics } from 'src/modules/metrics/metrics';
import { mayReadMetrics } from 'src/modules/metrics/metrics-access';

/**
 * The worker serves no HTTP, yet its counters (jobs finished, notifications created, e-mails
 * sent) live in its process: with WORKER_METRICS_PORT it answers GET /metrics on that port,
 * with the same access rule as the API's, and GET /health for a liveness probe (open, like
 * the API's: 200 while this process's workers run and its heartbeat is current, else 503).
 */
@Injectable()
export class WorkerMetricsServer implements OnApplicationShutdown {
  private readonly logger = new Logger(WorkerMetricsServer.name);
  private server?: Server;

  constructor(
    private readonly metrics: Metrics,
    private readonly config: AppConfig,
    private readonly heartbeat: WorkerHeartbeat,
  ) {}

  async listen(port: number): Promise<void> {
    const server = createServer((req, res) => {
      const path = (req.url ?? '').split('?')[0];
      if (req.method === 'GET' && path === '/health') {
        const ok = this.heartbeat.beating;
        res
          .writeHead(ok ? 200 : 503, { 'content-type': 'application/json' })
          .end(JSON.stringify({ status: ok ? 'ok' : 'unavailable' }));
        return;
      }
      if (req.method !== 'GET' || path !== '/metrics') {
        res.writeHead(404).end();
        return;
      }
      if (!mayReadMetrics(req, this.config.env.METRICS_TOKEN)) {
        res.writeHead(403, { 'content-type': 'text/plain' }).end('Forbidden\n');
        return;
      }
      this.metrics.registry.metrics().then(
        (text) =>
          res.writeHead(200, { 'content-type': this.metrics.registry.contentType }).end(text),
        (error: unknown) => {
          this.logger.error({ err: String(error) }, 'Could not collect metrics');
          res.writeHead(500).end();
        },
      );
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, resolve);
    });
    this.server = server;
    this.logger.log(`Worker metrics on :${port}/metrics`);
  }

  async onApplicationShutdown(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
