// SPDX-License-Identifier: EUPL-1.2
import { Injectable } from '@nestjs/common';
import { Role } from 'src/graph/auth/role.enum';
import { AuditAction } from 'src/modules/audit/audit-action';
import { AuditService } from 'src/modules/audit/audit.service';
import type { FederatedIdentity } from 'src/modules/federation/federated-identity';
import { FederationRefusal, refuse } from 'src/modules/federation/federation.errors';
import { InvitationsService } from 'src/modules/invitations/invitations.service';
import { Locale } from 'src/modules/members/locale.enum';
import type { MemberEntity } from 'src/modules/members/member.entity';
import { MemberStatus } from 'src/modules/members/member-status.enum';
import { MembersService } from 'src/modules/members/members.service';
import type { OrganisationEntity } from 'src/modules/organisations/organisation.entity';
import { OrganisationsService } from 'src/modules/organisations/organisations.service';
import { OutboxService } from 'src/modules/outbox/outbox.service';

/**
 * Who a federated identity is here (DOMAIN §2). In order: the member with that address; the
 * open invitation to it, which becomes the member; a new MEMBER when an organisation the IdP
 * vouches for allows self-registration. Otherwise nothing is created. Always inside the
 * caller's transaction, and only for organisations that list the IdP as vouching for them.
 */
@Injectable()
export class FederatedAccounts {
  constructor(
    private readonly members: MembersService,
    private readonly organisations: OrganisationsService,
    private readonly invitations: InvitationsService,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
  ) {}

  async resolve(identity: FederatedIdentity, providerIdentifier: string): Promise<MemberEntity> {
    const vouched = await this.organisations.findVouchedBy(providerIdentifier);
    const member = await this.members.findByEmail(identity.email);
    if (member) {
      if (!vouched.some((o) => o.id === member.organisationId))
        throw refuse(FederationRefusal.NOT_VOUCHED, 'organisation not vouched for', member.id);
      if (member.status !== MemberStatus.ACTIVE)
        throw refuse(FederationRefusal.NOT_VOUCHED, 'member not active', member.id);
      return member;
    }
    const displayName = nameFor(identity);
    const invited = await this.invitations.acceptFederated(
      identity.email,
      vouched.map((o) => o.id),
      displayName,
      identity.provider,
    );
    if (invited) return invited;
    const organisation = selfRegistrationTarget(vouched, identity.email);
    if (!organisation) throw refuse(FederationRefusal.NO_ACCOUNT, 'no member or invitation');
    const created = await this.members.create({
      email: identity.email,
      displayName,
      passwordHash: null,
      organisationId: organisation.id,
      locale: Locale.SV,
      roles: [Role.MEMBER],
    });
    await this.audit.record({
      actorId: created.id,
      action: AuditAction.MemberSelfRegistered,
      target: { type: 'member', id: created.id },
      details: { provider: identity.provider, organisationId: organisation.id },
    });
    await this.outbox.publish({
      topic: 'member.joined',
      aggregate: { type: 'member', id: created.id },
    });
    return created;
  }
}

/**
 * The organisation a self-registration joins: the only vouched one that allows it, or among
 * several the one whose e-mail domains include the address's. Ambiguity creates nothing.
 */
export function selfRegistrationTarget(
  vouched: readonly Pick<OrganisationEntity, 'id' | 'allowSelfRegistration' | 'emailDomains'>[],
  email: string,
): Pick<OrganisationEntity, 'id'> | null {
  const open = vouched.filter((o) => o.allowSelfRegistration);
  if (open.length <= 1) return open[0] ?? null;
  const domain = email.split('@').pop() ?? '';
  const byDomain = open.filter((o) => o.emailDomains.includes(domain));
  return byDomain.length === 1 ? (byDomain[0] ?? null) : null;
}

/** The IdP's display name, or the address's local part; at most the column's 100 characters. */
function nameFor(identity: FederatedIdentity): string {
  const name = identity.displayName ?? identity.email.split('@')[0] ?? identity.email;
  return name.slice(0, 100);
}
