// SPDX-License-Identifier: EUPL-1.2
import { Injectable } from '@nestjs/common';
import type { ContentType } from 'src/modules/content/content-type.enum';
import { ContentFlagsRepository } from 'src/modules/moderation/content-flags.repository';

/**
 * What content types may do with readers' flags: settle the open ones when the author's edit
 * is the review (restricted items that platform moderators may not read). The flags table
 * stays moderation's own; other modules come through here, never through the repository.
 */
@Injectable()
export class ContentFlagsService {
  constructor(private readonly flags: ContentFlagsRepository) {}

  /** Resolves every open flag on the item; returns how many. Runs in the caller's transaction. */
  settleOpen(contentType: ContentType, contentId: string): Promise<number> {
    return this.flags.resolveOpen(contentType, contentId);
  }

  /** Drops every flag of an item that is itself being deleted (a draft). */
  dropAll(contentType: ContentType, contentId: string): Promise<void> {
    return this.flags.deleteOf(contentType, contentId);
  }
}
