// SPDX-License-Identifier: EUPL-1.2
import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { TransactionHost } from 'src/database/transaction-host';
import { OrganisationEntity } from 'src/modules/organisations/organisation.entity';
import type { OrganisationCatalogueEntry } from 'src/modules/organisations/organisation-catalogue.data';
import type { OrganisationKind } from 'src/modules/organisations/organisation-kind.enum';

@Injectable()
export class OrganisationsRepository {
  constructor(private readonly tx: TransactionHost) {}

  findByIds(ids: readonly string[]): Promise<OrganisationEntity[]> {
    return ids.length
      ? this.tx.manager.findBy(OrganisationEntity, { id: In([...ids]) })
      : Promise.resolve([]);
  }

  /** One indexed row and one column: the access guard asks on every request. */
  async requiresMfa(id: string): Promise<boolean> {
    const row = await this.tx.manager.findOne(OrganisationEntity, {
      select: { id: true, requireMfa: true },
      where: { id },
    });
    return row?.requireMfa === true;
  }

  /** The organisations that list this identity provider (issuer or entityID) as vouching. */
  findVouchedBy(identityProvider: string): Promise<OrganisationEntity[]> {
    return this.tx.manager
      .createQueryBuilder(OrganisationEntity, 'organisation')
      .where(':provider = ANY(organisation.identity_providers)', { provider: identityProvider })
      .orderBy('organisation.slug')
      .getMany();
  }

  findBySlug(slug: string): Promise<OrganisationEntity | null> {
    return this.tx.manager.findOneBy(OrganisationEntity, { slug });
  }

  findByIdForUpdate(id: string): Promise<OrganisationEntity | null> {
    return this.tx.manager.findOne(OrganisationEntity, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
  }

  insert(organisation: Omit<OrganisationEntity, 'id' | 'createdAt'>): Promise<OrganisationEntity> {
    return this.tx.manager.save(this.tx.manager.create(OrganisationEntity, organisation));
  }

  async update(
    id: string,
    changes: Partial<Omit<OrganisationEntity, 'id' | 'slug' | 'createdAt'>>,
  ): Promise<void> {
    await this.tx.manager.update(OrganisationEntity, { id }, changes);
  }

  /** Other organisations that already claim any of these e-mail domains. */
  findClaimingDomains(domains: readonly string[], exceptId?: string) {
    const query = this.tx.manager
      .createQueryBuilder(OrganisationEntity, 'organisation')
      .where('organisation.email_domains && CAST(:domains AS text[])', { domains: [...domains] });
    if (exceptId) query.andWhere('organisation.id <> :exceptId', { exceptId });
    return query.getMany();
  }

  findAll(kind?: OrganisationKind): Promise<OrganisationEntity[]> {
    return this.tx.manager.find(OrganisationEntity, {
      where: kind ? { kind } : {},
      order: { nameSv: 'ASC' },
    });
  }

  /** Inserts the catalogue entries not yet there; existing rows are left as they are. */
  async insertCatalogue(entries: readonly OrganisationCatalogueEntry[]): Promise<void> {
    // Missing organisations only: every migration run loads the catalogue, and an existing
    // row may have been edited by an admin since (names, domains, acceptsQuestions). A
    // conflict on any unique key (slug, an e-mail domain moved elsewhere) leaves the row out.
    await this.tx.manager
      .createQueryBuilder()
      .insert()
      .into(OrganisationEntity)
      .values(
        entries.map((e) => ({
          slug: e.slug,
          kind: e.kind as OrganisationKind,
          nameSv: e.nameSv,
          nameEn: e.nameEn,
          shortNames: [...e.shortNames],
          emailDomains: [...e.emailDomains],
          acceptsQuestions: e.acceptsQuestions,
        })),
      )
      .orIgnore()
      .execute();
  }
}
