import { Module } from '@nestjs/common';
import { OrganisationsRepository } from 'src/modules/organisations/organisations.repository';
import { OrganisationsResolver } from 'src/modules/organisations/organisations.resolver';
import { OrganisationsService } from 'src/modules/organisations/organisations.service';

@Module({
  providers: [OrganisationsRepository, OrganisationsService, OrganisationsResolver],
  exports: [OrganisationsService],
})
export class OrganisationsModule {}
