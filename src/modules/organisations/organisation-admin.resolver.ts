// SPDX-License-Identifier: EUPL-1.2
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Roles } from 'src/graph/auth/access.decorators';
import { CurrentViewer } from 'src/graph/auth/current-viewer.decorator';
import { Role } from 'src/graph/auth/role.enum';
import type { Viewer } from 'src/graph/auth/viewer';
import {
  CreateOrganisationInput,
  UpdateOrganisationInput,
} from 'src/modules/organisations/dto/organisation.inputs';
import { OrganisationType } from 'src/modules/organisations/dto/organisation.type';
import { OrganisationAdminService } from 'src/modules/organisations/organisation-admin.service';

@Resolver()
export class OrganisationAdminResolver {
  constructor(private readonly admin: OrganisationAdminService) {}

  @Mutation(() => OrganisationType, {
    description: 'Adds a member organisation (admins; audited).',
  })
  @Roles(Role.ADMIN)
  createOrganisation(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: CreateOrganisationInput,
  ) {
    return this.admin.create(viewer, input);
  }

  @Mutation(() => OrganisationType, {
    description: 'Edits a member organisation; only the fields given change (admins; audited).',
  })
  @Roles(Role.ADMIN)
  updateOrganisation(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: UpdateOrganisationInput,
  ) {
    const { id, ...changes } = input;
    return this.admin.update(viewer, id, changes);
  }
}
