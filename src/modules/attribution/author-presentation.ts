// SPDX-License-Identifier: EUPL-1.2
import type { Viewer } from 'src/graph/auth/viewer';
import { Attribution } from 'src/modules/attribution/attribution.enum';
import { OrganisationKind } from 'src/modules/organisations/organisation-kind.enum';

/** The author facts every content row stores; what leaves the API is decided here. */
export interface AuthoredItem {
  attribution: Attribution;
  authorId: string;
  authorOrganisationId: string;
}

export function isAuthor(viewer: Viewer | null, item: AuthoredItem): boolean {
  return viewer !== null && viewer.memberId === item.authorId;
}

/** Whose name may be shown: NAMED items, and the author's own items to the author. */
export function visibleAuthorId(viewer: Viewer | null, item: AuthoredItem): string | null {
  return item.attribution === Attribution.NAMED || isAuthor(viewer, item) ? item.authorId : null;
}

/** Which organisation may be shown: all but ANONYMOUS, and always to the author. */
export function visibleOrganisationId(viewer: Viewer | null, item: AuthoredItem): string | null {
  return item.attribution !== Attribution.ANONYMOUS || isAuthor(viewer, item)
    ? item.authorOrganisationId
    : null;
}

const ANONYMOUS_LABELS: Record<OrganisationKind, { SV: string; EN: string }> = {
  HIGHER_EDUCATION: {
    SV: 'ett svenskt universitet eller en högskola',
    EN: 'a Swedish higher education institution',
  },
  RESEARCH_FUNDER: { SV: 'en svensk forskningsfinansiär', EN: 'a Swedish research funder' },
  AUTHORITY: { SV: 'en svensk myndighet', EN: 'a Swedish government agency' },
  OTHER: { SV: 'en svensk organisation', EN: 'a Swedish organisation' },
};

/** The placeholder that stands in for an anonymous author: only the kind of organisation. */
export function anonymousLabel(kind: OrganisationKind, locale: 'SV' | 'EN'): string {
  return ANONYMOUS_LABELS[kind][locale];
}

/** The name shown for an author whose account was deleted (DOMAIN §11). */
export function formerMemberLabel(locale: 'SV' | 'EN'): string {
  return locale === 'EN' ? 'Former member' : 'Tidigare medlem';
}
