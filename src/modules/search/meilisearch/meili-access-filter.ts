// SPDX-License-Identifier: EUPL-1.2
import { Role } from 'src/graph/auth/role.enum';
import { hasRole, type Viewer } from 'src/graph/auth/viewer';
import { SharingLevel } from 'src/modules/access-policy/sharing-level.enum';
import type { SearchFilter } from 'src/modules/search/engine/search-engine';

/**
 * AccessPolicy.canRead (DOMAIN §2) for a live item, as a Meilisearch filter expression over its
 * access keys: the author reads their own item, as in PostgreSQL's engine (the same rule as
 * AccessPolicy.readableSql, whose author clause holds at every stage), and otherwise its
 * audience. Only live items are indexed, so moderators get nothing beyond CLEAR/GREEN here. A
 * spec evaluates the expression against AccessPolicy over every level × viewer, so the two
 * cannot drift apart.
 *
 * On an array attribute Meilisearch's `=` holds when any element equals the value.
 */
export function accessFilter(viewer: Viewer | null): string {
  if (!viewer) return `sharingLevel = ${quote(SharingLevel.CLEAR)}`;
  const org = quote(viewer.organisationId);
  const member = quote(viewer.memberId);
  const redAudience = [`recipientMemberIds = ${member}`];
  if (hasRole(viewer, Role.EXPERT)) redAudience.push(`directedToIds = ${org}`);
  return [
    `authorId = ${member}`,
    `sharingLevel IN [${quote(SharingLevel.CLEAR)}, ${quote(SharingLevel.GREEN)}]`,
    `(sharingLevel = ${quote(SharingLevel.AMBER)} AND (authorOrganisationId = ${org} OR recipientOrganisationIds = ${org} OR directedToIds = ${org}))`,
    `(sharingLevel = ${quote(SharingLevel.AMBER_STRICT)} AND authorOrganisationId = ${org})`,
    `(sharingLevel = ${quote(SharingLevel.RED)} AND (${redAudience.join(' OR ')}))`,
  ].join(' OR ');
}

/** The user's facet filters: within a facet any value matches, across facets all must. */
export function requestFilter(filter: SearchFilter): string | null {
  const clauses = [
    inClause('type', filter.types),
    inClause('topicIds', filter.topicIds),
    inClause('countryCodes', filter.countryCodes),
    inClause('outcome', filter.outcomes),
    inClause('year', filter.years),
    inClause('sharingLevel', filter.sharingLevels),
  ].filter((clause): clause is string => clause !== null);
  return clauses.length ? clauses.join(' AND ') : null;
}

/**
 * The filter of every search: the viewer's audience, narrowed by the user's facet filters.
 * There is no way to get the facet filters without the access filter in front of them.
 */
export function searchFilter(viewer: Viewer | null, filter: SearchFilter): string {
  const access = `(${accessFilter(viewer)})`;
  const request = requestFilter(filter);
  return request ? `${access} AND (${request})` : access;
}

/** A double-quoted filter value; Meilisearch unescapes `\"` and `\\` inside quotes. */
export function quote(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

function inClause(
  attribute: string,
  values: readonly string[] | readonly number[] | undefined,
): string | null {
  if (!values?.length) return null;
  const literals = values.map((value) => {
    if (typeof value === 'string') return quote(value);
    if (!Number.isSafeInteger(value)) throw new Error(`${attribute} filter values are integers`);
    return String(value);
  });
  return `${attribute} IN [${literals.join(', ')}]`;
}
