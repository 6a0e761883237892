// SPDX-License-Identifier: EUPL-1.2
import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Members } from 'src/graph/auth/access.decorators';
import { OptionalViewer } from 'src/graph/auth/current-viewer.decorator';
import type { Viewer } from 'src/graph/auth/viewer';
import { OrganisationType } from 'src/modules/organisations/dto/organisation.type';
import { OrganisationsArgs } from 'src/modules/organisations/dto/organisations.args';
import type { OrganisationEntity } from 'src/modules/organisations/organisation.entity';
import { OrganisationsService } from 'src/modules/organisations/organisations.service';

@Resolver(() => OrganisationType)
export class OrganisationsResolver {
  constructor(private readonly organisationsService: OrganisationsService) {}

  @Query(() => [OrganisationType], { description: 'The member organisations of the community.' })
  @Members()
  organisations(@Args() args: OrganisationsArgs) {
    return this.organisationsService.list(args.kind);
  }

  @ResolveField(() => String, { description: "The name in the viewer's language." })
  name(
    @Parent() organisation: OrganisationEntity,
    @OptionalViewer() viewer: Viewer | null,
  ): string {
    return viewer?.locale === 'EN' ? organisation.nameEn : organisation.nameSv;
  }
}
