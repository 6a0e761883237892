// SPDX-License-Identifier: EUPL-1.2
import { Injectable } from '@nestjs/common';
import type { RequestContext } from 'src/graph/auth/request-context';
import type { Viewer } from 'src/graph/auth/viewer';
import { requestLoader } from 'src/graph/loaders/request-loaders';
import {
  anonymousLabel,
  formerMemberLabel,
  visibleAuthorId,
  visibleOrganisationId,
  type AuthoredItem,
} from 'src/modules/attribution/author-presentation';
import type { MemberEntity } from 'src/modules/members/member.entity';
import { MemberStatus } from 'src/modules/members/member-status.enum';
import { MembersService } from 'src/modules/members/members.service';
import { OrganisationKind } from 'src/modules/organisations/organisation-kind.enum';
import type { OrganisationEntity } from 'src/modules/organisations/organisation.entity';
import { OrganisationDirectory } from 'src/modules/organisations/organisation-directory';

/**
 * The author fields every content type exposes (authorName, organisation, authorLabel,
 * authorOrganisationKind), resolved through per-request loaders so a page costs one query per
 * kind of lookup, and filtered by the attribution rules in one place.
 */
@Injectable()
export class AuthorFields {
  constructor(
    private readonly organisations: OrganisationDirectory,
    private readonly members: MembersService,
  ) {}

  async authorName(
    item: AuthoredItem,
    viewer: Viewer | null,
    context: RequestContext,
  ): Promise<string | null> {
    const authorId = visibleAuthorId(viewer, item);
    if (!authorId) return null;
    const author = await this.memberLoader(context).load(authorId);
    if (!author) return null;
    return author.status === MemberStatus.DELETED
      ? formerMemberLabel(viewer?.locale ?? 'SV')
      : author.displayName;
  }

  organisation(
    item: AuthoredItem,
    viewer: Viewer | null,
    context: RequestContext,
  ): Promise<OrganisationEntity | null> | null {
    const organisationId = visibleOrganisationId(viewer, item);
    return organisationId ? this.organisationLoader(context).load(organisationId) : null;
  }

  async organisationKind(item: AuthoredItem, context: RequestContext): Promise<OrganisationKind> {
    const organisation = await this.organisationLoader(context).load(item.authorOrganisationId);
    return organisation?.kind ?? OrganisationKind.OTHER;
  }

  /** "Name, Organisation", the organisation, or the placeholder for its kind. */
  async label(item: AuthoredItem, viewer: Viewer | null, context: RequestContext): Promise<string> {
    const locale = viewer?.locale ?? 'SV';
    // Side by side: a page's organisations and its authors are then two statements at once, not
    // one after the other. authorName asks for the member only when the rules show it.
    const [organisation, name] = await Promise.all([
      this.organisationLoader(context).load(item.authorOrganisationId),
      this.authorName(item, viewer, context),
    ]);
    if (!organisation) return '';
    if (!visibleOrganisationId(viewer, item)) return anonymousLabel(organisation.kind, locale);
    const organisationName = locale === 'EN' ? organisation.nameEn : organisation.nameSv;
    return name ? `${name}, ${organisationName}` : organisationName;
  }

  /** The organisations of these ids that exist, through the request's loader. */
  async organisationsByIds(
    ids: readonly string[],
    context: RequestContext,
  ): Promise<OrganisationEntity[]> {
    return found(await this.organisationLoader(context).loadMany(ids));
  }

  /** The members of these ids that exist, through the request's loader. */
  async membersByIds(ids: readonly string[], context: RequestContext): Promise<MemberEntity[]> {
    return found(await this.memberLoader(context).loadMany(ids));
  }

  organisationLoader(context: RequestContext) {
    return requestLoader<string, OrganisationEntity>(context, 'organisation', (ids) =>
      this.organisations.byIds(ids),
    );
  }

  memberLoader(context: RequestContext) {
    return requestLoader<string, MemberEntity>(context, 'member', (ids) =>
      this.members.findByIds(ids),
    );
  }
}

function found<T>(results: readonly (T | null | Error)[]): T[] {
  return results.filter((r): r is T => r !== null && !(r instanceof Error));
}
