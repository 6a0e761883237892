// SPDX-License-Identifier: EUPL-1.2
import { Injectable } from '@nestjs/common';
import { AppConfig } from 'src/config/app-config';
import { SecretBox } from 'src/common/secret-box';
import { hashToken, newOpaqueToken } from 'src/common/tokens';
import { isUuid } from 'src/common/uuid';
import { TransactionHost } from 'src/database/transaction-host';
import { Errors } from 'src/graph/errors/app-error';
import type { Viewer } from 'src/graph/auth/viewer';
import type { KeysetPage } from 'src/graph/pagination/keyset';
import { AuditAction } from 'src/modules/audit/audit-action';
import { AuditService } from 'src/modules/audit/audit.service';
import type { InvitationEntity } from 'src/modules/invitations/invitation.entity';
import { InvitationErrors } from 'src/modules/invitations/invitations.errors';
import { InvitationsRepository } from 'src/modules/invitations/invitations.repository';
import {
  INVITATION_TTL_DAYS,
  MEMBER_INVITED_EVENT,
} from 'src/modules/invitations/invitations.service';
import {
  managedOrganisationId,
  managesOrganisation,
} from 'src/modules/organisations/organisation-scope';
import { OutboxService } from 'src/modules/outbox/outbox.service';

/**
 * An organisation's invitations as its contact (or an admin) manages them: list, send again with
 * a fresh link, withdraw. Another organisation's invitation answers NOT_FOUND, like an unknown id.
 */
@Injectable()
export class InvitationManagementService {
  private readonly secrets: SecretBox;
  private readonly tokenSecret: string;

  constructor(
    config: AppConfig,
    private readonly tx: TransactionHost,
    private readonly repository: InvitationsRepository,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
  ) {
    this.secrets = new SecretBox(config.env.DATA_ENCRYPTION_KEY);
    this.tokenSecret = config.env.REFRESH_TOKEN_SECRET;
  }

  list(viewer: Viewer, organisationId: string | null | undefined, page: KeysetPage) {
    return this.repository.findPageForOrganisation(
      managedOrganisationId(viewer, organisationId),
      page,
    );
  }

  /** A new link (and seven more days); the old link stops working. */
  async resend(viewer: Viewer, invitationId: string): Promise<InvitationEntity> {
    return this.tx.run(async () => {
      const invitation = await this.requireManaged(viewer, invitationId);
      const token = newOpaqueToken();
      const expiresAt = new Date(Date.now() + INVITATION_TTL_DAYS * 86_400_000);
      await this.repository.renew(invitation.id, hashToken(token, this.tokenSecret), expiresAt);
      await this.audit.record({
        actorId: viewer.memberId,
        action: AuditAction.InvitationResent,
        target: { type: 'invitation', id: invitation.id },
        details: { organisationId: invitation.organisationId },
      });
      await this.outbox.publish({
        topic: MEMBER_INVITED_EVENT,
        aggregate: { type: 'invitation', id: invitation.id },
        payload: { invitationId: invitation.id, sealedToken: this.secrets.seal(token) },
      });
      return { ...invitation, expiresAt };
    });
  }

  async revoke(viewer: Viewer, invitationId: string, reason?: string): Promise<InvitationEntity> {
    return this.tx.run(async () => {
      const invitation = await this.requireManaged(viewer, invitationId);
      await this.repository.markRevoked(invitation.id);
      await this.audit.record({
        actorId: viewer.memberId,
        action: AuditAction.InvitationRevoked,
        target: { type: 'invitation', id: invitation.id },
        reason,
        details: { organisationId: invitation.organisationId },
      });
      await this.outbox.publish({
        topic: 'member.invitation-revoked',
        aggregate: { type: 'invitation', id: invitation.id },
      });
      return (await this.repository.findById(invitation.id))!;
    });
  }

  /** Locks an open invitation of an organisation the viewer manages. */
  private async requireManaged(viewer: Viewer, id: string): Promise<InvitationEntity> {
    const invitation = isUuid(id) ? await this.repository.findByIdForUpdate(id) : null;
    if (!invitation || !managesOrganisation(viewer, invitation.organisationId))
      throw Errors.notFound('Invitation');
    if (invitation.acceptedAt) throw InvitationErrors.used();
    if (invitation.revokedAt) throw InvitationErrors.revoked();
    return invitation;
  }
}
