// SPDX-License-Identifier: EUPL-1.2
import { Global, Module } from '@nestjs/common';
import { AuditRepository } from 'src/modules/audit/audit.repository';
import { AuditResolver } from 'src/modules/audit/audit.resolver';
import { AuditService } from 'src/modules/audit/audit.service';

/** Global: every feature audits its privileged actions through AuditService. */
@Global()
@Module({
  providers: [AuditRepository, AuditService, AuditResolver],
  exports: [AuditService],
})
export class AuditModule {}
