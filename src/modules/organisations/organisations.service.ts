// SPDX-License-Identifier: EUPL-1.2
import { Injectable } from '@nestjs/common';
import { alignByIds } from 'src/common/align-by-ids';
import { Errors } from 'src/graph/errors/app-error';
import { ORGANISATION_CATALOGUE } from 'src/modules/organisations/organisation-catalogue.data';
import type { OrganisationEntity } from 'src/modules/organisations/organisation.entity';
import type { OrganisationKind } from 'src/modules/organisations/organisation-kind.enum';
import { OrganisationsRepository } from 'src/modules/organisations/organisations.repository';

@Injectable()
export class OrganisationsService {
  constructor(private readonly repository: OrganisationsRepository) {}

  list(kind?: OrganisationKind): Promise<OrganisationEntity[]> {
    return this.repository.findAll(kind);
  }

  /** Loads many at once, in the order asked (for DataLoaders); unknown ids give null. */
  async findByIds(ids: readonly string[]): Promise<(OrganisationEntity | null)[]> {
    return alignByIds(ids, await this.repository.findByIds(ids));
  }

  async require(id: string): Promise<OrganisationEntity> {
    const [organisation] = await this.findByIds([id]);
    if (!organisation) throw Errors.notFound('Organisation');
    return organisation;
  }

  /** Whether the organisation requires a second factor of all its members (unknown: no). */
  requiresMfa(id: string): Promise<boolean> {
    return this.repository.requiresMfa(id);
  }

  findBySlug(slug: string): Promise<OrganisationEntity | null> {
    return this.repository.findBySlug(slug);
  }

  /** Reference data: the community of the government decision (idempotent). */
  seedCatalogue(): Promise<void> {
    return this.repository.insertCatalogue(ORGANISATION_CATALOGUE);
  }

  /** The organisations an identity provider vouches for (they list its issuer or entityID). */
  findVouchedBy(identityProvider: string): Promise<OrganisationEntity[]> {
    return this.repository.findVouchedBy(identityProvider);
  }
}
