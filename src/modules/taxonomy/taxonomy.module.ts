// SPDX-License-Identifier: EUPL-1.2
import { Module } from '@nestjs/common';
import { TopicsRepository } from 'src/modules/taxonomy/topics.repository';
import { TopicsResolver } from 'src/modules/taxonomy/topics.resolver';
import { TopicsService } from 'src/modules/taxonomy/topics.service';

@Module({
  providers: [TopicsRepository, TopicsService, TopicsResolver],
  exports: [TopicsService],
})
export class TaxonomyModule {}
