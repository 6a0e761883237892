// SPDX-License-Identifier: EUPL-1.2
import { Module } from '@nestjs/common';
import { DigestPlanner } from 'src/modules/digests/digest-planner';
import { DigestsRepository } from 'src/modules/digests/digests.repository';
import { DigestBatchProcessor } from 'src/modules/digests/jobs/digest-batch.processor';
import { DigestRunProcessor } from 'src/modules/digests/jobs/digest-run.processor';
import { FollowsModule } from 'src/modules/follows/follows.module';
import { MembersModule } from 'src/modules/members/members.module';
import { NotificationsModule } from 'src/modules/notifications/notifications.module';

/** Daily and weekly e-mail digests of what members follow (DOMAIN §9). */
@Module({
  imports: [FollowsModule, MembersModule, NotificationsModule],
  providers: [DigestsRepository, DigestPlanner, DigestRunProcessor, DigestBatchProcessor],
})
export class DigestsModule {}
