// SPDX-License-Identifier: EUPL-1.2
import { Module } from '@nestjs/common';
import { HealthController } from 'src/modules/health/health.controller';
import { ReadinessService } from 'src/modules/health/readiness.service';
import { SearchModule } from 'src/modules/search/search.module';

@Module({ imports: [SearchModule], controllers: [HealthController], providers: [ReadinessService] })
export class HealthModule {}
