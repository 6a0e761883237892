// SPDX-License-Identifier: EUPL-1.2
import { Injectable } from '@nestjs/common';
import { Role } from 'src/graph/auth/role.enum';
import { hasRole, type Viewer } from 'src/graph/auth/viewer';
import type { ReadableItem, ReadableTable } from 'src/modules/access-policy/readable-item';
import { SharingLevel, isCommunityLevel } from 'src/modules/access-policy/sharing-level.enum';

export interface SqlCondition {
  sql: string;
  params: Record<string, unknown>;
}

/**
 * The one place that decides who may read shared content (DOMAIN §2). `canRead` answers for one
 * loaded item; `readableSql` builds the same rule as a WHERE condition for lists, counts, search
 * and digests. The two are tested against each other over every combination, so they cannot
 * drift apart. Deny is the default: a level or viewer the rules do not name reads nothing.
 */
@Injectable()
export class AccessPolicy {
  canRead(viewer: Viewer | null, item: ReadableItem): boolean {
    if (viewer && viewer.memberId === item.authorId) return true;
    if (item.stage === 'LIVE' && this.inAudience(viewer, item)) return true;
    return (
      item.stage !== 'PRIVATE' &&
      isCommunityLevel(item.sharingLevel) &&
      hasRole(viewer, Role.MODERATOR)
    );
  }

  /** Whether the viewer belongs to the item's audience once it is live. */
  inAudience(viewer: Viewer | null, item: Omit<ReadableItem, 'stage'>): boolean {
    switch (item.sharingLevel) {
      case SharingLevel.CLEAR:
        return true;
      case SharingLevel.GREEN:
        return viewer !== null;
      case SharingLevel.AMBER:
        return (
          viewer !== null &&
          (viewer.organisationId === item.authorOrganisationId ||
            item.recipientOrganisationIds.includes(viewer.organisationId) ||
            directedTo(item).includes(viewer.organisationId))
        );
      case SharingLevel.AMBER_STRICT:
        return viewer !== null && viewer.organisationId === item.authorOrganisationId;
      case SharingLevel.RED:
        return (
          viewer !== null &&
          (item.recipientMemberIds.includes(viewer.memberId) ||
            (hasRole(viewer, Role.EXPERT) && directedTo(item).includes(viewer.organisationId)))
        );
      default:
        return false;
    }
  }

  /**
   * The rule as SQL over a content table. Parameter names carry the alias so that two
   * conditions (a question and its answers) can sit in one query.
   */
  readableSql(viewer: Viewer | null, table: ReadableTable): SqlCondition {
    const a = table.alias;
    const p = (name: string) => `ap_${a}_${name}`;
    const live = `(${table.liveSql})`;
    if (!viewer) {
      return { sql: `(${live} AND ${a}.sharing_level = 'CLEAR')`, params: {} };
    }
    const org = `:${p('org')}`;
    const directedToViewer = table.directed ? `${org} = ANY(${a}.directed_to_ids)` : 'false';
    const expertDirected = hasRole(viewer, Role.EXPERT) ? directedToViewer : 'false';
    const audience = [
      `${a}.sharing_level IN ('CLEAR', 'GREEN')`,
      `(${a}.sharing_level = 'AMBER' AND (${a}.author_organisation_id = ${org} OR ${org} = ANY(${a}.recipient_organisation_ids) OR ${directedToViewer}))`,
      `(${a}.sharing_level = 'AMBER_STRICT' AND ${a}.author_organisation_id = ${org})`,
      `(${a}.sharing_level = 'RED' AND (:${p('member')} = ANY(${a}.recipient_member_ids) OR ${expertDirected}))`,
    ].join(' OR ');
    const clauses = [`${a}.author_id = :${p('member')}`, `(${live} AND (${audience}))`];
    if (hasRole(viewer, Role.MODERATOR)) {
      clauses.push(`((${table.submittedSql}) AND ${a}.sharing_level IN ('CLEAR', 'GREEN'))`);
    }
    return {
      sql: `(${clauses.join(' OR ')})`,
      params: { [p('org')]: viewer.organisationId, [p('member')]: viewer.memberId },
    };
  }
}

function directedTo(item: Pick<ReadableItem, 'directedToOrganisationIds'>): readonly string[] {
  return item.directedToOrganisationIds ?? [];
}
