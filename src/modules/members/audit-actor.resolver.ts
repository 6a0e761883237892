// SPDX-License-Identifier: EUPL-1.2
import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { RequestContext } from 'src/graph/auth/request-context';
import { requestLoader } from 'src/graph/loaders/request-loaders';
import { AuditLogEntryType } from 'src/modules/audit/dto/audit-log-entry.type';
import { MemberType } from 'src/modules/members/dto/member.type';
import type { MemberEntity } from 'src/modules/members/member.entity';
import { MembersService } from 'src/modules/members/members.service';

/**
 * Who did it, for the admins who read the audit log (the only readers of `auditLog`): the
 * member behind `actorId`, so the log reads as names, not ids. Members own this field so the
 * global audit module need not know about members.
 */
@Resolver(() => AuditLogEntryType)
export class AuditActorResolver {
  constructor(private readonly members: MembersService) {}

  @ResolveField(() => MemberType, {
    nullable: true,
    description: 'The member who acted; null for the system (e.g. hiding by flags).',
  })
  actor(
    @Parent() entry: AuditLogEntryType,
    @Context() context: RequestContext,
  ): Promise<MemberEntity | null> | null {
    if (!entry.actorId) return null;
    return requestLoader<string, MemberEntity>(context, 'member', (ids) =>
      this.members.findByIds(ids),
    ).load(entry.actorId);
  }
}
