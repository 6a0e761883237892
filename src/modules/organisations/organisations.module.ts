// SPDX-License-Identifier: EUPL-1.2
import { Module } from '@nestjs/common';
import { OrganisationAdminResolver } from 'src/modules/organisations/organisation-admin.resolver';
import { OrganisationAdminService } from 'src/modules/organisations/organisation-admin.service';
import { OrganisationDirectory } from 'src/modules/organisations/organisation-directory';
import { OrganisationsRepository } from 'src/modules/organisations/organisations.repository';
import { OrganisationsResolver } from 'src/modules/organisations/organisations.resolver';
import { OrganisationsService } from 'src/modules/organisations/organisations.service';

@Module({
  providers: [
    OrganisationsRepository,
    OrganisationsService,
    OrganisationDirectory,
    OrganisationsResolver,
    OrganisationAdminService,
    OrganisationAdminResolver,
  ],
  exports: [OrganisationsService, OrganisationDirectory],
})
export class OrganisationsModule {}
