// SPDX-License-Identifier: EUPL-1.2
import { Injectable } from '@nestjs/common';
import { AppConfig } from 'src/config/app-config';
import { SecretBox } from 'src/common/secret-box';
import { hashToken, newOpaqueToken } from 'src/common/tokens';
import { TransactionHost } from 'src/database/transaction-host';
import { Errors } from 'src/graph/errors/app-error';
import { Role } from 'src/graph/auth/role.enum';
import { hasRole, type Viewer } from 'src/graph/auth/viewer';
import { AuditAction } from 'src/modules/audit/audit-action';
import { AuditService } from 'src/modules/audit/audit.service';
import { AuthService, type SignedIn } from 'src/modules/auth/auth.service';
import { PasswordHasher } from 'src/modules/auth/password-hasher';
import { checkPassword } from 'src/modules/auth/password-policy';
import type { InvitationEntity } from 'src/modules/invitations/invitation.entity';
import { InvitationErrors } from 'src/modules/invitations/invitations.errors';
import { InvitationsRepository } from 'src/modules/invitations/invitations.repository';
import { Locale } from 'src/modules/members/locale.enum';
import type { MemberEntity } from 'src/modules/members/member.entity';
import { MembersService, normaliseEmail } from 'src/modules/members/members.service';
import { OrganisationsService } from 'src/modules/organisations/organisations.service';
import { OutboxService } from 'src/modules/outbox/outbox.service';

export const INVITATION_TTL_DAYS = 7;
export const MEMBER_INVITED_EVENT = 'member.invited';

/** The invitation and its token, sealed (AES-GCM): only the mailer opens it. */
export interface InvitationEventPayloads {
  [MEMBER_INVITED_EVENT]: { invitationId: string; sealedToken: string };
  'member.invitation-revoked': Record<never, never>;
}

export interface InviteMemberCommand {
  email: string;
  organisationId: string;
  roles?: Role[];
  locale?: Locale;
}

export interface AcceptInvitationCommand {
  token: string;
  displayName: string;
  password: string;
}

@Injectable()
export class InvitationsService {
  private readonly secrets: SecretBox;
  private readonly tokenSecret: string;

  constructor(
    config: AppConfig,
    private readonly tx: TransactionHost,
    private readonly repository: InvitationsRepository,
    private readonly members: MembersService,
    private readonly organisations: OrganisationsService,
    private readonly passwords: PasswordHasher,
    private readonly auth: AuthService,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
  ) {
    this.secrets = new SecretBox(config.env.DATA_ENCRYPTION_KEY);
    this.tokenSecret = config.env.REFRESH_TOKEN_SECRET;
  }

  /** ADMIN for any organisation; ORG_CONTACT for their own, as plain members only. */
  async invite(viewer: Viewer, command: InviteMemberCommand): Promise<InvitationEntity> {
    const roles = [...new Set([Role.MEMBER, ...(command.roles ?? [])])].sort();
    if (!hasRole(viewer, Role.ADMIN)) {
      if (command.organisationId !== viewer.organisationId)
        throw InvitationErrors.notYourOrganisation();
      if (roles.some((role) => role !== Role.MEMBER)) throw InvitationErrors.roleNotGrantable();
    }
    const email = normaliseEmail(command.email);
    await this.organisations.require(command.organisationId);
    const token = newOpaqueToken();
    return this.tx.run(async () => {
      if (await this.members.findByEmail(email)) throw InvitationErrors.alreadyMember();
      if (await this.repository.findOpenFor(email)) throw InvitationErrors.alreadyInvited();
      const invitation = await this.repository.insert({
        email,
        organisationId: command.organisationId,
        roles,
        locale: command.locale ?? Locale.SV,
        invitedById: viewer.memberId,
        tokenHash: hashToken(token, this.tokenSecret),
        expiresAt: new Date(Date.now() + INVITATION_TTL_DAYS * 86_400_000),
      });
      await this.audit.record({
        actorId: viewer.memberId,
        action: AuditAction.MemberInvited,
        target: { type: 'invitation', id: invitation.id },
        details: { organisationId: command.organisationId, roles },
      });
      // The token travels to the mailer sealed: the outbox table never holds it in clear.
      await this.outbox.publish({
        topic: MEMBER_INVITED_EVENT,
        aggregate: { type: 'invitation', id: invitation.id },
        payload: { invitationId: invitation.id, sealedToken: this.secrets.seal(token) },
      });
      return invitation;
    });
  }

  async accept(command: AcceptInvitationCommand, userAgent?: string): Promise<SignedIn> {
    return this.tx.run(async () => {
      const invitation = await this.repository.findByTokenHashForUpdate(
        hashToken(command.token, this.tokenSecret),
      );
      if (!invitation) throw InvitationErrors.invalidToken();
      if (invitation.acceptedAt) throw InvitationErrors.used();
      if (invitation.revokedAt) throw InvitationErrors.revoked();
      if (invitation.expiresAt <= new Date()) throw InvitationErrors.expired();
      const problems = checkPassword(command.password, [invitation.email, command.displayName]);
      if (problems.length)
        throw Errors.badInput(`Invalid input: password ${problems[0]?.message ?? ''}`, problems);
      if (await this.members.findByEmail(invitation.email)) throw InvitationErrors.alreadyMember();
      const member = await this.members.create({
        email: invitation.email,
        displayName: command.displayName.trim(),
        passwordHash: await this.passwords.hash(command.password),
        organisationId: invitation.organisationId,
        locale: invitation.locale,
        roles: invitation.roles,
      });
      await this.repository.markAccepted(invitation.id);
      await this.audit.record({
        actorId: member.id,
        action: AuditAction.InvitationAccepted,
        target: { type: 'invitation', id: invitation.id },
      });
      await this.outbox.publish({
        topic: 'member.joined',
        aggregate: { type: 'member', id: member.id },
      });
      return this.auth.startSession(member, userAgent);
    });
  }

  /**
   * A federated sign-in for an invited address (DOMAIN §2): the open invitation becomes the
   * member, without a password (the IdP vouched for the person; a password can be set later by
   * reset). Inside the caller's transaction; null when there is no open invitation for the
   * address in one of `organisationIds` (the organisations the IdP vouches for).
   */
  async acceptFederated(
    email: string,
    organisationIds: readonly string[],
    displayName: string,
    provider: string,
  ): Promise<MemberEntity | null> {
    this.tx.requireTransaction('InvitationsService.acceptFederated');
    const open = await this.repository.findOpenFor(normaliseEmail(email));
    if (!open || !organisationIds.includes(open.organisationId)) return null;
    const invitation = await this.repository.findByTokenHashForUpdate(open.tokenHash);
    if (!invitation || invitation.acceptedAt || invitation.revokedAt) return null;
    const member = await this.members.create({
      email: invitation.email,
      displayName,
      passwordHash: null,
      organisationId: invitation.organisationId,
      locale: invitation.locale,
      roles: invitation.roles,
    });
    await this.repository.markAccepted(invitation.id);
    await this.audit.record({
      actorId: member.id,
      action: AuditAction.InvitationAccepted,
      target: { type: 'invitation', id: invitation.id },
      details: { provider },
    });
    await this.outbox.publish({
      topic: 'member.joined',
      aggregate: { type: 'member', id: member.id },
    });
    return member;
  }

  /**
   * Erases a deleted member's address from the invitations sent to it, inside the caller's
   * transaction; each keeps its own placeholder address (the column is unique per pending one).
   */
  async eraseAddress(email: string): Promise<void> {
    await this.tx
      .requireTransaction('InvitationsService.eraseAddress')
      .query(
        `UPDATE invitation SET email = 'deleted-' || id || '@deleted.invalid' WHERE email = $1`,
        [normaliseEmail(email)],
      );
  }

  /**
   * For the mailer: the invitation and its token, or null if it no longer needs an e-mail
   * (accepted, withdrawn, expired or sent again with a newer link).
   */
  async pendingInvitationMail(
    invitationId: string,
    sealedToken: string,
  ): Promise<{ invitation: InvitationEntity; token: string } | null> {
    const invitation = await this.repository.findById(invitationId);
    if (
      !invitation ||
      invitation.acceptedAt ||
      invitation.revokedAt ||
      invitation.expiresAt <= new Date()
    )
      return null;
    const token = this.secrets.open(sealedToken);
    // A resent invitation has a new token: a job still holding the old one sends nothing.
    if (hashToken(token, this.tokenSecret) !== invitation.tokenHash) return null;
    return { invitation, token };
  }
}
