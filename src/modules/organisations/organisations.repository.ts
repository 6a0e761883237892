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

  findBySlug(slug: string): Promise<OrganisationEntity | null> {
    return this.tx.manager.findOneBy(OrganisationEntity, { slug });
  }

  findAll(kind?: OrganisationKind): Promise<OrganisationEntity[]> {
    return this.tx.manager.find(OrganisationEntity, {
      where: kind ? { kind } : {},
      order: { nameSv: 'ASC' },
    });
  }

  /** Inserts or refreshes the catalogue entries by slug; ids of existing rows never change. */
  async upsertCatalogue(entries: readonly OrganisationCatalogueEntry[]): Promise<void> {
    await this.tx.manager.upsert(
      OrganisationEntity,
      entries.map((e) => ({
        slug: e.slug,
        kind: e.kind as OrganisationKind,
        nameSv: e.nameSv,
        nameEn: e.nameEn,
        shortNames: [...e.shortNames],
        emailDomains: [...e.emailDomains],
        acceptsQuestions: e.acceptsQuestions,
      })),
      { conflictPaths: ['slug'] },
    );
  }
}
