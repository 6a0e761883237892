// SPDX-License-Identifier: EUPL-1.2
import { Module } from '@nestjs/common';
import { ContentFlagsRepository } from 'src/modules/moderation/content-flags.repository';
import { ContentFlagsService } from 'src/modules/moderation/content-flags.service';
import { FlaggedContentInspectionService } from 'src/modules/moderation/flagged-content-inspection.service';
import { ModerationQueueService } from 'src/modules/moderation/moderation-queue.service';
import { ModerationResolver } from 'src/modules/moderation/moderation.resolver';
import { ModerationService } from 'src/modules/moderation/moderation.service';

/** Exports the flags' service so a content type can settle them when its author fixes a hidden item. */
@Module({
  providers: [
    ContentFlagsRepository,
    ContentFlagsService,
    ModerationService,
    ModerationQueueService,
    FlaggedContentInspectionService,
    ModerationResolver,
  ],
  exports: [ContentFlagsService],
})
export class ModerationModule {}
