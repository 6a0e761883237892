// SPDX-License-Identifier: EUPL-1.2
import { Injectable } from '@nestjs/common';
import { TransactionHost } from 'src/database/transaction-host';
import type { Viewer } from 'src/graph/auth/viewer';
import { Errors } from 'src/graph/errors/app-error';
import { AuditAction } from 'src/modules/audit/audit-action';
import { AuditService } from 'src/modules/audit/audit.service';
import type { OrganisationEntity } from 'src/modules/organisations/organisation.entity';
import type { OrganisationKind } from 'src/modules/organisations/organisation-kind.enum';
import { OrganisationDirectory } from 'src/modules/organisations/organisation-directory';
import { OrganisationsRepository } from 'src/modules/organisations/organisations.repository';
import { OutboxService } from 'src/modules/outbox/outbox.service';

export interface OrganisationChanges {
  kind?: OrganisationKind | null;
  nameSv?: string | null;
  nameEn?: string | null;
  shortNames?: string[] | null;
  acceptsQuestions?: boolean | null;
  emailDomains?: string[] | null;
  identityProviders?: string[] | null;
  requireMfa?: boolean | null;
  allowSelfRegistration?: boolean | null;
}

type Editable = Omit<OrganisationEntity, 'id' | 'slug' | 'createdAt'>;

/** Admins add and edit member organisations; every change is audited with what it was before. */
@Injectable()
export class OrganisationAdminService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly repository: OrganisationsRepository,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly directory: OrganisationDirectory,
  ) {}

  async create(
    viewer: Viewer,
    input: OrganisationChanges & {
      slug: string;
      kind: OrganisationKind;
      nameSv: string;
      nameEn: string;
    },
  ): Promise<OrganisationEntity> {
    const fields = normalise(input);
    const created = await this.tx.run(async () => {
      if (await this.repository.findBySlug(input.slug))
        throw Errors.conflict('An organisation with this slug exists');
      await this.assertDomainsFree(fields.emailDomains ?? []);
      const organisation = await this.repository.insert({
        slug: input.slug,
        kind: input.kind,
        nameSv: fields.nameSv ?? input.nameSv.trim(),
        nameEn: fields.nameEn ?? input.nameEn.trim(),
        shortNames: fields.shortNames ?? [],
        acceptsQuestions: fields.acceptsQuestions ?? false,
        emailDomains: fields.emailDomains ?? [],
        identityProviders: fields.identityProviders ?? [],
        requireMfa: fields.requireMfa ?? false,
        allowSelfRegistration: fields.allowSelfRegistration ?? false,
      });
      await this.audit.record({
        actorId: viewer.memberId,
        action: AuditAction.OrganisationCreated,
        target: { type: 'organisation', id: organisation.id },
        details: { slug: organisation.slug, ...fields },
      });
      await this.outbox.publish({
        topic: 'organisation.created',
        aggregate: { type: 'organisation', id: organisation.id },
      });
      return organisation;
    });
    this.directory.forget();
    return created;
  }

  async update(
    viewer: Viewer,
    id: string,
    input: OrganisationChanges,
  ): Promise<OrganisationEntity> {
    const fields = normalise(input);
    const updated = await this.tx.run(async () => {
      const before = await this.repository.findByIdForUpdate(id);
      if (!before) throw Errors.notFound('Organisation');
      if (fields.emailDomains) await this.assertDomainsFree(fields.emailDomains, id);
      const changed = (Object.keys(fields) as (keyof Editable)[]).filter(
        (key) => JSON.stringify(before[key]) !== JSON.stringify(fields[key]),
      );
      if (changed.length === 0) return before;
      await this.repository.update(id, fields);
      await this.audit.record({
        actorId: viewer.memberId,
        action: AuditAction.OrganisationUpdated,
        target: { type: 'organisation', id },
        details: {
          from: Object.fromEntries(changed.map((key) => [key, before[key]])),
          to: Object.fromEntries(changed.map((key) => [key, fields[key]])),
        },
      });
      await this.outbox.publish({
        topic: 'organisation.updated',
        aggregate: { type: 'organisation', id },
        payload: { changed },
      });
      return { ...before, ...fields };
    });
    // After the commit: a read before it could keep the old row again.
    this.directory.forget();
    return updated;
  }

  /** A domain vouches for one organisation only; otherwise sign-up by domain would be ambiguous. */
  private async assertDomainsFree(domains: readonly string[], exceptId?: string): Promise<void> {
    if (domains.length === 0) return;
    const claimants = await this.repository.findClaimingDomains(domains, exceptId);
    if (claimants.length === 0) return;
    const taken = domains.filter((d) => claimants.some((o) => o.emailDomains.includes(d)));
    throw Errors.conflict(
      `E-mail domain already belongs to another organisation: ${taken.join(', ')}`,
    );
  }
}

/** Given fields only (null counts as not given), trimmed, lower-cased domains, no duplicates. */
function normalise(input: OrganisationChanges): Partial<Editable> {
  const unique = (values: string[]) => [...new Set(values)];
  const fields: Partial<Editable> = {};
  if (input.kind != null) fields.kind = input.kind;
  if (input.nameSv != null) fields.nameSv = input.nameSv.trim();
  if (input.nameEn != null) fields.nameEn = input.nameEn.trim();
  if (input.shortNames != null) fields.shortNames = unique(input.shortNames.map((n) => n.trim()));
  if (input.acceptsQuestions != null) fields.acceptsQuestions = input.acceptsQuestions;
  if (input.emailDomains != null)
    fields.emailDomains = unique(input.emailDomains.map((d) => d.trim().toLowerCase()));
  if (input.identityProviders != null)
    fields.identityProviders = unique(input.identityProviders.map((p) => p.trim()));
  if (input.requireMfa != null) fields.requireMfa = input.requireMfa;
  if (input.allowSelfRegistration != null)
    fields.allowSelfRegistration = input.allowSelfRegistration;
  return fields;
}
