// SPDX-License-Identifier: EUPL-1.2
import { Injectable } from '@nestjs/common';
import type { Viewer } from 'src/graph/auth/viewer';
import { TransactionHost } from 'src/database/transaction-host';
import { ContentAccess } from 'src/modules/access-policy/content-access';
import { ITEM } from 'src/modules/access-policy/content-kinds';
import { AuditAction } from 'src/modules/audit/audit-action';
import { AuditService } from 'src/modules/audit/audit.service';
import { ContentRegistry } from 'src/modules/content/content-registry';
import type { ContentType, SharedContentType } from 'src/modules/content/content-type.enum';
import type { MemberEntity } from 'src/modules/members/member.entity';
import { MembersService } from 'src/modules/members/members.service';
import type { OrganisationEntity } from 'src/modules/organisations/organisation.entity';
import { OrganisationsService } from 'src/modules/organisations/organisations.service';
import { OutboxService } from 'src/modules/outbox/outbox.service';

export const AUTHOR_REVEALED_EVENT = 'content.author-revealed';

export interface AuthorRevealedPayload {
  contentType: ContentType;
  contentId: string;
  reason: string;
}

/**
 * A moderator learns who wrote an item (DOMAIN §3). Never silent: the reveal, its reason and the
 * moderator are audited in the same transaction, and the author is told through the outbox.
 */
@Injectable()
export class AuthorRevealService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly registry: ContentRegistry,
    private readonly access: ContentAccess,
    private readonly members: MembersService,
    private readonly organisations: OrganisationsService,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
  ) {}

  async reveal(
    moderator: Viewer,
    contentType: SharedContentType,
    contentId: string,
    reason: string,
  ): Promise<{ member: MemberEntity; organisation: OrganisationEntity }> {
    return this.tx.run(async () => {
      // Moderators reveal only what they may read; anything else looks like an unknown id.
      const ref = this.access.requireReadable(
        moderator,
        ITEM,
        await this.registry.adapter(contentType).findRef(contentId),
      );
      const member = await this.members.require(ref.authorId);
      // The member's own organisation: a ref's authorOrganisationId is an access key, and for an
      // answer it is the question's (answers inherit its audience), i.e. the asker's.
      const organisation = await this.organisations.require(member.organisationId);
      await this.audit.record({
        actorId: moderator.memberId,
        action: AuditAction.AuthorRevealed,
        target: { type: contentType, id: contentId },
        reason,
      });
      await this.outbox.publish({
        topic: AUTHOR_REVEALED_EVENT,
        aggregate: { type: contentType, id: contentId },
        payload: { contentType, contentId, reason } satisfies AuthorRevealedPayload,
      });
      return { member, organisation };
    });
  }
}
