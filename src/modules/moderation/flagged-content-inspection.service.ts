// SPDX-License-Identifier: EUPL-1.2
import { Injectable } from '@nestjs/common';
import { Errors } from 'src/graph/errors/app-error';
import type { Viewer } from 'src/graph/auth/viewer';
import { TransactionHost } from 'src/database/transaction-host';
import { AuditAction } from 'src/modules/audit/audit-action';
import { AuditService } from 'src/modules/audit/audit.service';
import { ContentRegistry } from 'src/modules/content/content-registry';
import { ContentFlagsRepository } from 'src/modules/moderation/content-flags.repository';
import type { InspectFlaggedContentInput } from 'src/modules/moderation/dto/moderation.inputs';
import type { InspectedContentType } from 'src/modules/moderation/dto/moderation.types';
import { flagsForReviewer } from 'src/modules/moderation/flag-review';
import { ContentEvent } from 'src/modules/moderation/moderation.service';
import { OutboxService } from 'src/modules/outbox/outbox.service';

/**
 * The audited look (docs/domain.md, "Flag review"): a reviewer who must read a flagged item to
 * decide on it states why, the look is written to the audit log, the author is told, and the
 * text is returned — of that item only, and only while it is under review (readers' flags on
 * it are open, or its author edited it after a review kept it hidden). The
 * author and their organisation are never part of it (revealAuthor is a separate, audited act).
 */
@Injectable()
export class FlaggedContentInspectionService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly registry: ContentRegistry,
    private readonly flags: ContentFlagsRepository,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
  ) {}

  async inspect(
    reviewer: Viewer,
    input: InspectFlaggedContentInput,
  ): Promise<InspectedContentType> {
    return this.tx.run(async () => {
      const adapter = this.registry.adapter(input.contentType);
      const ref = await adapter.findRef(input.contentId, { lock: true });
      const open = ref ? await this.flags.openFlags(ref.type, ref.id) : [];
      // Not under review (no open flags, no edit after a review kept it hidden) answers like an
      // unknown id: the look is for flag review only.
      if (!ref || (open.length === 0 && ref.reviewRequestedAt === null))
        throw Errors.notFound('Flagged content');
      const text = await adapter.reviewText(ref);
      const target = { type: input.contentType, id: ref.id };
      await this.audit.record({
        actorId: reviewer.memberId,
        action: AuditAction.FlaggedContentInspected,
        target,
        reason: input.reason,
        details: { sharingLevel: ref.sharingLevel, openFlags: open.length },
      });
      await this.outbox.publish({
        topic: ContentEvent.Inspected,
        aggregate: target,
        payload: { contentType: ref.type, contentId: ref.id, action: 'INSPECTED' },
      });
      return {
        contentType: ref.type,
        contentId: ref.id,
        sharingLevel: ref.sharingLevel,
        title: text.title,
        fields: text.fields,
        openFlags: flagsForReviewer(open, true).openFlags,
      };
    });
  }
}
