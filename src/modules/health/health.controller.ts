// SPDX-License-Identifier: EUPL-1.2
import { Controller, Get, HttpException, HttpStatus } from '@nestjs/common';
import { ReadinessService } from 'src/modules/health/readiness.service';

/** Liveness and readiness for orchestrators; they reveal nothing but up or down. */
@Controller()
export class HealthController {
  constructor(private readonly readiness: ReadinessService) {}

  @Get('health')
  health() {
    return { status: 'ok' };
  }

  /** 200 when ok or degraded, 503 when unavailable; see ReadinessService for which is which. */
  @Get('ready')
  async ready() {
    const body = await this.readiness.check();
    if (body.status === 'unavailable')
      throw new HttpException(body, HttpStatus.SERVICE_UNAVAILABLE);
    return body;
  }
}
