// SPDX-License-Identifier: EUPL-1.2
import { Args, Query, Resolver } from '@nestjs/graphql';
import { Roles } from 'src/graph/auth/access.decorators';
import { Role } from 'src/graph/auth/role.enum';
import { AuditService } from 'src/modules/audit/audit.service';
import { AuditLogConnection } from 'src/modules/audit/dto/audit-log-entry.type';
import { AuditLogArgs } from 'src/modules/audit/dto/audit-log-filter.input';

@Resolver()
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @Query(() => AuditLogConnection, {
    description: 'The append-only audit log, newest first (admins).',
  })
  @Roles(Role.ADMIN)
  auditLog(@Args() { filter, ...page }: AuditLogArgs) {
    return this.audit.list(filter ?? {}, page);
  }
}
