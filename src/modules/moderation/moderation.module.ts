import { Module } from '@nestjs/common';
import { ContentFlagsRepository } from 'src/modules/moderation/content-flags.repository';
import { ModerationResolver } from 'src/modules/moderation/moderation.resolver';
import { ModerationService } from 'src/modules/moderation/moderation.service';

/** Exports the flags so a content type can settle them when its author fixes a hidden item. */
@Module({
  providers: [ContentFlagsRepository, ModerationService, ModerationResolver],
  exports: [ContentFlagsRepository],
})
export class ModerationModule {}
