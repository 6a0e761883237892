import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { Role } from 'src/graph/auth/role.enum';
import type { Viewer } from 'src/graph/auth/viewer';
import { TransactionHost } from 'src/database/transaction-host';
import { MemberStatus } from 'src/modules/members/member-status.enum';
import { MemberEntity } from 'src/modules/members/member.entity';
import { viewerOf } from 'src/modules/members/member-viewer';

/** Active members as the access policy sees them, for deciding who may be told what. */
@Injectable()
export class NotificationRecipients {
  constructor(private readonly tx: TransactionHost) {}

  async viewers(memberIds: readonly string[]): Promise<Viewer[]> {
    if (memberIds.length === 0) return [];
    const members = await this.tx.manager.findBy(MemberEntity, {
      id: In([...new Set(memberIds)]),
      status: MemberStatus.ACTIVE,
    });
    return members.map((member) => viewerOf(member, 'notification'));
  }

  /** Active members with a role, optionally only in some organisations. */
  async withRole(role: Role, organisationIds?: readonly string[]): Promise<Viewer[]> {
    const rows: MemberEntity[] = await this.tx.manager
      .createQueryBuilder(MemberEntity, 'm')
      .where('m.status = :status', { status: MemberStatus.ACTIVE })
      .andWhere(':role = ANY(m.roles)', { role })
      .andWhere(organisationIds ? 'm.organisation_id IN (:...orgs)' : 'true', {
        orgs: organisationIds?.length ? organisationIds : ['00000000-0000-0000-0000-000000000000'],
      })
      .getMany();
    return rows.map((member) => viewerOf(member, 'notification'));
  }

  moderators(): Promise<Viewer[]> {
    return this.withRole(Role.MODERATOR);
  }
}
