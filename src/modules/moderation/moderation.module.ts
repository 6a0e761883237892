import { Module } from '@nestjs/common';
import { ContentFlagsRepository } from 'src/modules/moderation/content-flags.repository';
import { FlaggedContentInspectionService } from 'src/modules/moderation/flagged-content-inspection.service';
import { ModerationQueueService } from 'src/modules/moderation/moderation-queue.service';
import { ModerationResolver } from 'src/modules/moderation/moderation.resolver';
import { ModerationService } from 'src/modules/moderation/moderation.service';

/** Exports the flags so a content type can settle them when its author fixes a hidden item. */
@Module({
  providers: [
    ContentFlagsRepository,
    ModerationService,
    ModerationQueueService,
    FlaggedContentInspectionService,
    ModerationResolver,
  ],
  exports: [ContentFlagsRepository],
})
export class ModerationModule {}
