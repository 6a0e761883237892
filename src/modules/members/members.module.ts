// SPDX-License-Identifier: EUPL-1.2
import { Module } from '@nestjs/common';
import { AuditActorResolver } from 'src/modules/members/audit-actor.resolver';
import { MemberDirectoryResolver } from 'src/modules/members/member-directory.resolver';
import { MemberDirectoryService } from 'src/modules/members/member-directory.service';
import { MemberFederatedIdentitiesRepository } from 'src/modules/members/member-federated-identities.repository';
import { MembersRepository } from 'src/modules/members/members.repository';
import { MembersResolver } from 'src/modules/members/members.resolver';
import { MembersService } from 'src/modules/members/members.service';
import { OrganisationsModule } from 'src/modules/organisations/organisations.module';

@Module({
  imports: [OrganisationsModule],
  providers: [
    MembersRepository,
    MemberFederatedIdentitiesRepository,
    MembersService,
    MembersResolver,
    MemberDirectoryService,
    MemberDirectoryResolver,
    AuditActorResolver,
  ],
  exports: [MembersService],
})
export class MembersModule {}
