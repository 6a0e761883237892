// SPDX-License-Identifier: EUPL-1.2
import type { Type } from '@nestjs/common';
import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { OptionalViewer } from 'src/graph/auth/current-viewer.decorator';
import type { RequestContext } from 'src/graph/auth/request-context';
import type { Viewer } from 'src/graph/auth/viewer';
import { AuthorFields } from 'src/modules/attribution/author-fields';
import { isAuthor, type AuthoredItem } from 'src/modules/attribution/author-presentation';
import { OrganisationType } from 'src/modules/organisations/dto/organisation.type';
import { OrganisationKind } from 'src/modules/organisations/organisation-kind.enum';
import type { OrganisationEntity } from 'src/modules/organisations/organisation.entity';

/** How a content type describes its author fields in the schema ("NAMED cases, and your own"). */
export interface AuthorFieldDescriptions {
  authorName: string;
  organisation: string;
  authorOrganisationKind?: string;
  authorLabel: string;
}

/**
 * The author fields of a content type (DOMAIN §3): `viewerIsAuthor`, `authorName`,
 * `organisation`, `authorOrganisationKind` and `authorLabel`, resolved by `AuthorFields` under
 * the attribution rules. Cases, questions and answers extend this, so the fields that decide
 * what an anonymous author shows are written once:
 *
 *   @Resolver(() => CaseType)
 *   class CasesResolver extends AuthoredContentResolver(CaseType, { … }) { … }
 */
export function AuthoredContentResolver(type: Type<unknown>, describe: AuthorFieldDescriptions) {
  @Resolver(() => type, { isAbstract: true })
  abstract class AuthoredContentResolverHost {
    constructor(protected readonly authorFields: AuthorFields) {}

    @ResolveField(() => Boolean)
    viewerIsAuthor(@Parent() row: AuthoredItem, @OptionalViewer() viewer: Viewer | null): boolean {
      return isAuthor(viewer, row);
    }

    @ResolveField(() => String, { nullable: true, description: describe.authorName })
    authorName(
      @Parent() row: AuthoredItem,
      @OptionalViewer() viewer: Viewer | null,
      @Context() context: RequestContext,
    ): Promise<string | null> {
      return this.authorFields.authorName(row, viewer, context);
    }

    @ResolveField(() => OrganisationType, { nullable: true, description: describe.organisation })
    organisation(
      @Parent() row: AuthoredItem,
      @OptionalViewer() viewer: Viewer | null,
      @Context() context: RequestContext,
    ): Promise<OrganisationEntity | null> | null {
      return this.authorFields.organisation(row, viewer, context);
    }

    @ResolveField(() => OrganisationKind, { description: describe.authorOrganisationKind })
    authorOrganisationKind(
      @Parent() row: AuthoredItem,
      @Context() context: RequestContext,
    ): Promise<OrganisationKind> {
      return this.authorFields.organisationKind(row, context);
    }

    @ResolveField(() => String, { description: describe.authorLabel })
    authorLabel(
      @Parent() row: AuthoredItem,
      @OptionalViewer() viewer: Viewer | null,
      @Context() context: RequestContext,
    ): Promise<string> {
      return this.authorFields.label(row, viewer, context);
    }
  }
  return AuthoredContentResolverHost;
}
