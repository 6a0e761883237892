// SPDX-License-Identifier: EUPL-1.2
import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { TransactionHost } from 'src/database/transaction-host';
import { MemberEntity } from 'src/modules/members/member.entity';
import { Role } from 'src/graph/auth/role.enum';
import { MemberStatus } from 'src/modules/members/member-status.enum';
import { keysetPaginate, type KeysetPage } from 'src/graph/pagination/keyset';

export interface MemberListFilter {
  organisationId?: string;
  status?: MemberStatus;
}

@Injectable()
export class MembersRepository {
  constructor(private readonly tx: TransactionHost) {}

  findById(id: string): Promise<MemberEntity | null> {
    return this.tx.manager.findOneBy(MemberEntity, { id });
  }

  findByIds(ids: readonly string[]): Promise<MemberEntity[]> {
    return ids.length
      ? this.tx.manager.findBy(MemberEntity, { id: In([...ids]) })
      : Promise.resolve([]);
  }

  findActiveByIds(ids: readonly string[]): Promise<MemberEntity[]> {
    return ids.length
      ? this.tx.manager.findBy(MemberEntity, {
          id: In([...new Set(ids)]),
          status: MemberStatus.ACTIVE,
        })
      : Promise.resolve([]);
  }

  /** Active members holding a role, optionally only in some organisations. */
  findActiveWithRole(role: Role, organisationIds?: readonly string[]): Promise<MemberEntity[]> {
    if (organisationIds?.length === 0) return Promise.resolve([]);
    return this.tx.manager
      .createQueryBuilder(MemberEntity, 'm')
      .where('m.status = :status', { status: MemberStatus.ACTIVE })
      .andWhere(':role = ANY(m.roles)', { role })
      .andWhere(organisationIds ? 'm.organisation_id IN (:...orgs)' : 'true', {
        orgs: organisationIds ? [...organisationIds] : [],
      })
      .getMany();
  }

  findByEmail(email: string): Promise<MemberEntity | null> {
    return this.tx.manager.findOneBy(MemberEntity, { email });
  }

  /** Locks the row for a read-modify-write (role changes, suspension). */
  findByIdForUpdate(id: string): Promise<MemberEntity | null> {
    return this.tx.manager.findOne(MemberEntity, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
  }

  async insert(
    member: Pick<
      MemberEntity,
      'email' | 'displayName' | 'passwordHash' | 'organisationId' | 'locale' | 'roles'
    >,
  ): Promise<MemberEntity> {
    const created = this.tx.manager.create(MemberEntity, member);
    return this.tx.manager.save(created);
  }

  async update(
    id: string,
    changes: Partial<
      Pick<
        MemberEntity,
        | 'displayName'
        | 'locale'
        | 'roles'
        | 'status'
        | 'passwordHash'
        | 'email'
        | 'showEmailInDirectory'
      >
    >,
  ): Promise<void> {
    await this.tx.manager.update(MemberEntity, { id }, { ...changes, updatedAt: () => 'now()' });
  }

  /**
   * Active members whose display name contains every pattern (accents and case ignored), in
   * alphabetical order.
   */
  findDirectoryPage(
    patterns: readonly string[],
    organisationId: string | undefined,
    page: KeysetPage,
  ) {
    const query = this.tx.manager
      .createQueryBuilder(MemberEntity, 'member')
      .where('member.status = :status', { status: MemberStatus.ACTIVE });
    patterns.forEach((pattern, i) =>
      query.andWhere(`unaccent(lower(member.display_name)) LIKE unaccent(:pattern_${i})`, {
        [`pattern_${i}`]: pattern,
      }),
    );
    if (organisationId)
      query.andWhere('member.organisation_id = :organisationId', { organisationId });
    return keysetPaginate(
      query,
      [
        {
          expression: 'lower(member.display_name)',
          value: (m) => m.displayName.toLowerCase(),
          cast: 'text',
        },
        { expression: 'member.id', value: (m) => m.id, cast: 'uuid' },
      ],
      page,
      'ASC',
    );
  }

  /** Active members of one organisation holding a role, alphabetically (triage assignment). */
  findActiveWithRoleInOrganisation(organisationId: string, role: Role): Promise<MemberEntity[]> {
    return this.tx.manager
      .createQueryBuilder(MemberEntity, 'member')
      .where('member.organisation_id = :organisationId', { organisationId })
      .andWhere('member.status = :status', { status: MemberStatus.ACTIVE })
      .andWhere(':role = ANY(member.roles)', { role })
      .orderBy('lower(member.display_name)', 'ASC')
      .addOrderBy('member.id', 'ASC')
      .getMany();
  }

  findPage(filter: MemberListFilter, page: KeysetPage) {
    const query = this.tx.manager.createQueryBuilder(MemberEntity, 'member');
    if (filter.organisationId)
      query.andWhere('member.organisation_id = :org', { org: filter.organisationId });
    if (filter.status) query.andWhere('member.status = :status', { status: filter.status });
    return keysetPaginate(
      query,
      [
        {
          expression: 'member.created_at',
          value: (m) => m.createdAt.toISOString(),
          cast: 'timestamptz',
        },
        { expression: 'member.id', value: (m) => m.id, cast: 'uuid' },
      ],
      page,
    );
  }
}
