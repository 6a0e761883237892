import { Module } from '@nestjs/common';
import { ContentFlagsRepository } from 'src/modules/moderation/content-flags.repository';
import { ModerationResolver } from 'src/modules/moderation/moderation.resolver';
import { ModerationService } from 'src/modules/moderation/moderation.service';

@Module({ providers: [ContentFlagsRepository, ModerationService, ModerationResolver] })
export class ModerationModule {}
