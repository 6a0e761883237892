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
 * Who a federated identity is here (DOMAIN §2). In order: the member this IdP's subject (OIDC
 * `sub`, SAML eppn) was linked to before; the member with one of its addresses (the verified
 * e-mail, then eduPersonPrincipalName); the open invitation to one of them, which becomes the
 * member; a new MEMBER when an organisation the IdP vouches for allows self-registration.
 * Otherwise nothing is created. Whichever way the member is found the first time, the subject
 * is linked to them (audited), so a member whose eppn differs from their e-mail keeps signing
 * in by it. Always inside the caller's transaction, and only for organisations that list the
 * IdP as vouching for them.
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

  async resolve(identity: FederatedIdentity, issuer: string): Promise<MemberEntity> {
    const vouched = await this.organisations.findVouchedBy(issuer);
    if (identity.subject) {
      const linked = await this.members.findByFederatedSubject(issuer, identity.subject);
      if (linked) return admitted(linked, vouched);
    }
    if (!identity.addresses.length)
      throw refuse(FederationRefusal.NO_ADDRESS, identity.addressProblem ?? 'no address');
    const member = await this.found(identity, vouched);
    await this.link(member, identity, issuer);
    return member;
  }

  /** The member with one of the addresses, the invitation to one, or a self-registration. */
  private async found(
    identity: FederatedIdentity,
    vouched: readonly OrganisationEntity[],
  ): Promise<MemberEntity> {
    const { addresses, provider } = identity;
    for (const address of addresses) {
      const member = await this.members.findByEmail(address);
      if (member) return admitted(member, vouched);
    }
    const [email = ''] = addresses;
    for (const address of addresses) {
      const invited = await this.invitations.acceptFederated(
        address,
        vouched.map((o) => o.id),
        nameFor(identity, address),
        provider,
      );
      if (invited) return invited;
    }
    const organisation = selfRegistrationTarget(vouched, email);
    if (!organisation) throw refuse(FederationRefusal.NO_ACCOUNT, 'no member or invitation');
    const created = await this.members.create({
      email,
      displayName: nameFor(identity, email),
      passwordHash: null,
      organisationId: organisation.id,
      locale: Locale.SV,
      roles: [Role.MEMBER],
    });
    await this.audit.record({
      actorId: created.id,
      action: AuditAction.MemberSelfRegistered,
      target: { type: 'member', id: created.id },
      details: { provider, organisationId: organisation.id },
    });
    await this.outbox.publish({
      topic: 'member.joined',
      aggregate: { type: 'member', id: created.id },
    });
    return created;
  }

  /** Records which IdP subject is this member; the subject itself stays out of the audit log. */
  private async link(
    member: MemberEntity,
    identity: FederatedIdentity,
    issuer: string,
  ): Promise<void> {
    if (!identity.subject) return;
    await this.members.linkFederatedSubject(member.id, issuer, identity.subject);
    await this.audit.record({
      actorId: member.id,
      action: AuditAction.FederatedIdentityLinked,
      target: { type: 'member', id: member.id },
      details: { provider: identity.provider },
    });
  }
}

/** A found member signs in only if active and of an organisation the IdP vouches for. */
function admitted(member: MemberEntity, vouched: readonly OrganisationEntity[]): MemberEntity {
  if (!vouched.some((o) => o.id === member.organisationId))
    throw refuse(FederationRefusal.NOT_VOUCHED, 'organisation not vouched for', member.id);
  if (member.status !== MemberStatus.ACTIVE)
    throw refuse(FederationRefusal.NOT_VOUCHED, 'member not active', member.id);
  return member;
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
function nameFor(identity: FederatedIdentity, address: string): string {
  const name = identity.displayName ?? address.split('@')[0] ?? address;
  return name.slice(0, 100);
}
