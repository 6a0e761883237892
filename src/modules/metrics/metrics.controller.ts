// SPDX-License-Identifier: EUPL-1.2
import { Controller, Get, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AppConfig } from 'src/config/app-config';
import { Metrics } from 'src/modules/metrics/metrics';
import { mayReadMetrics } from 'src/modules/metrics/metrics-access';

/** `GET /metrics`: Prometheus text format, for the callers `mayReadMetrics` allows. */
@Controller()
export class MetricsController {
  constructor(
    private readonly metrics: Metrics,
    private readonly config: AppConfig,
  ) {}

  @Get('metrics')
  async scrape(@Req() req: Request, @Res() res: Response): Promise<void> {
    if (!mayReadMetrics(req, this.config.env.METRICS_TOKEN)) {
      res.status(403).type('text/plain').send('Forbidden\n');
      return;
    }
    res.type(this.metrics.registry.contentType).send(await this.metrics.registry.metrics());
  }
}
