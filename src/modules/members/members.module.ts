import { Module } from '@nestjs/common';
import { MembersRepository } from 'src/modules/members/members.repository';
import { MembersResolver } from 'src/modules/members/members.resolver';
import { MembersService } from 'src/modules/members/members.service';
import { OrganisationsModule } from 'src/modules/organisations/organisations.module';

@Module({
  imports: [OrganisationsModule],
  providers: [MembersRepository, MembersService, MembersResolver],
  exports: [MembersService],
})
export class MembersModule {}
