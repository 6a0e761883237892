// SPDX-License-Identifier: EUPL-1.2
import { Module } from '@nestjs/common';
import { OrganisationAdminResolver } from 'src/modules/organisations/organisation-admin.resolver';
import { OrganisationAdminService } from 'src/modules/organisations/organisation-admin.service';
import { OrganisationsRepository } from 'src/modules/organisations/organisations.repository';
import { OrganisationsResolver } from 'src/modules/organisations/organisations.resolver';
import { OrganisationsService } from 'src/modules/organisations/organisations.service';

@Module({
  providers: [
    OrganisationsRepository,
    OrganisationsService,
    OrganisationsResolver,
    OrganisationAdminService,
    OrganisationAdminResolver,
  ],
  exports: [OrganisationsService],
})
export class OrganisationsModule {}
