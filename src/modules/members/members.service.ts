// SPDX-License-Identifier: EUPL-1.2
import type { NoPayload } from 'src/modules/outbox/outbox-topics';
import { Injectable } from '@nestjs/common';
import { alignByIds } from 'src/common/align-by-ids';
import { Errors } from 'src/graph/errors/app-error';
import { Role } from 'src/graph/auth/role.enum';
import { hasRole, type Viewer } from 'src/graph/auth/viewer';
import type { KeysetPage } from 'src/graph/pagination/keyset';
import { TransactionHost } from 'src/database/transaction-host';
import { AuditAction } from 'src/modules/audit/audit-action';
import { AuditService } from 'src/modules/audit/audit.service';
import { managesOrganisation } from 'src/modules/organisations/organisation-scope';
import { OutboxService } from 'src/modules/outbox/outbox.service';
import type { MemberEntity } from 'src/modules/members/member.entity';
import { MemberFederatedIdentitiesRepository } from 'src/modules/members/member-federated-identities.repository';
import type { MemberFederatedIdentityEntity } from 'src/modules/members/member-federated-identity.entity';
import { MemberStatus } from 'src/modules/members/member-status.enum';
import { MembersRepository, type MemberListFilter } from 'src/modules/members/members.repository';
import type { Locale } from 'src/modules/members/locale.enum';

/** Roles that run the platform itself: out of an organisation contact's reach. */
const PLATFORM_ROLES: readonly Role[] = [Role.ADMIN, Role.MODERATOR];

/** Member topics carry nothing but the member, their aggregate. */
export interface MemberEventPayloads {
  'member.profile-updated': NoPayload;
  'member.roles-changed': NoPayload;
  'member.suspended': NoPayload;
  'member.reinstated': NoPayload;
  'member.joined': NoPayload;
}

@Injectable()
export class MembersService {
  constructor(
    private readonly repository: MembersRepository,
    private readonly federatedIdentities: MemberFederatedIdentitiesRepository,
    private readonly tx: TransactionHost,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
  ) {}

  async require(id: string): Promise<MemberEntity> {
    const member = await this.repository.findById(id);
    if (!member) throw Errors.notFound('Member');
    return member;
  }

  async findByIds(ids: readonly string[]): Promise<(MemberEntity | null)[]> {
    return alignByIds(ids, await this.repository.findByIds(ids));
  }

  /** The members of these ids who are active (unknown or suspended ones are left out). */
  findActiveByIds(ids: readonly string[]): Promise<MemberEntity[]> {
    return this.repository.findActiveByIds(ids);
  }

  /** The member if they are active: a session of anyone else is worth nothing. */
  async findActive(id: string): Promise<MemberEntity | null> {
    return (await this.repository.findActiveByIds([id]))[0] ?? null;
  }

  /** Active members holding a role, optionally only in some organisations. */
  findActiveWithRole(role: Role, organisationIds?: readonly string[]): Promise<MemberEntity[]> {
    return this.repository.findActiveWithRole(role, organisationIds);
  }

  /** The active experts of an organisation, alphabetically: who a directed question can go to. */
  activeExpertsOf(organisationId: string): Promise<MemberEntity[]> {
    return this.repository.findActiveWithRoleInOrganisation(organisationId, Role.EXPERT);
  }

  findByEmail(email: string): Promise<MemberEntity | null> {
    return this.repository.findByEmail(normaliseEmail(email));
  }

  /**
   * The member an identity provider's subject (OIDC `sub`, SAML eppn) was linked to, noting the
   * use; null when the subject has not signed in before.
   */
  async findByFederatedSubject(issuer: string, subject: string): Promise<MemberEntity | null> {
    const link = await this.federatedIdentities.findBySubject(issuer, subject);
    if (!link) return null;
    await this.federatedIdentities.touch(link.id);
    return this.repository.findById(link.memberId);
  }

  /** Links an IdP's subject to the member, inside the caller's transaction. */
  linkFederatedSubject(memberId: string, issuer: string, subject: string): Promise<void> {
    return this.federatedIdentities.insert(memberId, issuer, subject);
  }

  /** The IdP identities linked to a member (their data export). */
  federatedIdentitiesOf(memberId: string): Promise<MemberFederatedIdentityEntity[]> {
    return this.federatedIdentities.findByMember(memberId);
  }

  /** Creates a member inside the caller's transaction (invitation acceptance). */
  create(
    member: Pick<
      MemberEntity,
      'email' | 'displayName' | 'passwordHash' | 'organisationId' | 'locale' | 'roles'
    >,
  ) {
    return this.repository.insert({ ...member, email: normaliseEmail(member.email) });
  }

  /** Stores a new password hash inside the caller's transaction (change, reset, first admin). */
  async setPasswordHash(memberId: string, passwordHash: string): Promise<void> {
    await this.repository.update(memberId, { passwordHash });
  }

  /** Moves the member to a confirmed address inside the caller's transaction. */
  async setEmail(memberId: string, email: string): Promise<void> {
    await this.repository.update(memberId, { email: normaliseEmail(email) });
  }

  /**
   * Erases a member's personal data inside the caller's transaction (account deletion): the row
   * stays, so content, votes and the audit trail keep pointing at it, but it holds no e-mail,
   * name or password any more and can never sign in or be invited back by that address.
   */
  async erase(memberId: string): Promise<void> {
    await this.federatedIdentities.deleteForMember(memberId);
    await this.repository.update(memberId, {
      email: erasedEmail(memberId),
      displayName: '',
      passwordHash: null,
      roles: [Role.MEMBER],
      status: MemberStatus.DELETED,
      showEmailInDirectory: false,
    });
  }

  /** Locks the member for a read-modify-write inside the caller's transaction. */
  findForUpdate(id: string): Promise<MemberEntity | null> {
    return this.repository.findByIdForUpdate(id);
  }

  list(filter: MemberListFilter, page: KeysetPage) {
    return this.repository.findPage(filter, page);
  }

  async updateProfile(
    viewer: Viewer,
    changes: { displayName?: string; locale?: Locale; showEmailInDirectory?: boolean },
  ): Promise<MemberEntity> {
    return this.tx.run(async () => {
      await this.repository.update(viewer.memberId, changes);
      await this.outbox.publish({
        topic: 'member.profile-updated',
        aggregate: { type: 'member', id: viewer.memberId },
      });
      return this.require(viewer.memberId);
    });
  }

  async setRoles(
    viewer: Viewer,
    memberId: string,
    roles: Role[],
    reason: string,
  ): Promise<MemberEntity> {
    const unique = [...new Set([Role.MEMBER, ...roles])].sort();
    return this.tx.run(async () => {
      const member = await this.repository.findByIdForUpdate(memberId);
      if (!member || member.status === MemberStatus.DELETED) throw Errors.notFound('Member');
      if (member.id === viewer.memberId && !unique.includes(Role.ADMIN)) {
        throw Errors.invalidState('Admins cannot remove their own ADMIN role');
      }
      await this.repository.update(memberId, { roles: unique });
      await this.audit.record({
        actorId: viewer.memberId,
        action: AuditAction.MemberRolesChanged,
        target: { type: 'member', id: memberId },
        reason,
        details: { from: member.roles, to: unique },
      });
      await this.outbox.publish({
        topic: 'member.roles-changed',
        aggregate: { type: 'member', id: memberId },
      });
      return this.require(memberId);
    });
  }

  /**
   * Suspends (or reinstates) a member; suspension ends every session at once (sessions only
   * count for active members). Admins for anyone; organisation contacts for their own
   * organisation's members, except admins and moderators, who answer to the operator.
   */
  async setSuspended(
    viewer: Viewer,
    memberId: string,
    suspended: boolean,
    reason: string,
  ): Promise<MemberEntity> {
    return this.tx.run(async () => {
      const member = await this.repository.findByIdForUpdate(memberId);
      // A contact asking about another organisation's member learns no more than from a wrong id.
      if (
        !member ||
        member.status === MemberStatus.DELETED ||
        !managesOrganisation(viewer, member.organisationId)
      )
        throw Errors.notFound('Member');
      if (member.id === viewer.memberId) throw Errors.invalidState('You cannot suspend yourself');
      if (
        !hasRole(viewer, Role.ADMIN) &&
        member.roles.some((role) => PLATFORM_ROLES.includes(role))
      )
        throw Errors.forbidden('Only admins can suspend admins and moderators');
      const target = suspended ? MemberStatus.SUSPENDED : MemberStatus.ACTIVE;
      if (member.status === target)
        throw Errors.invalidState(`Member is already ${target.toLowerCase()}`);
      await this.repository.update(memberId, { status: target });
      await this.audit.record({
        actorId: viewer.memberId,
        action: suspended ? AuditAction.MemberSuspended : AuditAction.MemberReinstated,
        target: { type: 'member', id: memberId },
        reason,
        details: { byRole: hasRole(viewer, Role.ADMIN) ? 'ADMIN' : 'ORG_CONTACT' },
      });
      await this.outbox.publish({
        topic: suspended ? 'member.suspended' : 'member.reinstated',
        aggregate: { type: 'member', id: memberId },
      });
      return this.require(memberId);
    });
  }
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * The address a deleted member's row keeps: unique (the column is) and in the `.invalid` domain,
 * which no mail system delivers to and no invitation can match.
 */
export function erasedEmail(memberId: string): string {
  return `deleted-${memberId}@deleted.invalid`;
}
