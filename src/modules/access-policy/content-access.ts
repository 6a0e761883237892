// SPDX-License-Identifier: EUPL-1.2
import { Injectable } from '@nestjs/common';
import { Errors } from 'src/graph/errors/app-error';
import type { Viewer } from 'src/graph/auth/viewer';
import { AccessPolicy, type SqlCondition } from 'src/modules/access-policy/access-policy';
import type { ContentKind, ListedContentKind } from 'src/modules/access-policy/content-kinds';

declare const fromContentAccess: unique symbol;

/**
 * A WHERE condition that only ContentAccess makes: repositories' content-returning list queries
 * take this type, so a list cannot be written without asking the access policy for it.
 */
export type ReadableCondition = SqlCondition & { readonly [fromContentAccess]: true };

/**
 * The one way content is read (DOMAIN §2). Every read path (GraphQL fields and lists, loaders,
 * search hits and conditions, moderation, notifications, e-mail, digests) asks here, by content
 * kind (`CASE`, `QUESTION`, `ANSWER`, `ITEM` in content-kinds.ts); the kinds know each type's
 * stage SQL and how a row becomes the facts the policy decides on. Only this class talks to
 * AccessPolicy (a lint rule keeps it so), and unreadable rows answer like unknown ids.
 */
@Injectable()
export class ContentAccess {
  constructor(private readonly policy: AccessPolicy) {}

  canRead<Row>(viewer: Viewer | null, kind: ContentKind<Row>, row: Row): boolean {
    return kind.readableItems(row).every((item) => this.policy.canRead(viewer, item));
  }

  /** The row when the viewer may read it; NOT_FOUND for an unreadable or missing one alike. */
  requireReadable<Row, R extends Row>(
    viewer: Viewer | null,
    kind: ContentKind<Row>,
    row: R | null,
  ): R {
    if (row === null || !this.canRead(viewer, kind, row)) throw Errors.notFound(kind.name);
    return row;
  }

  /** The rows the viewer may read, in their order. */
  filterReadable<Row, R extends Row>(
    viewer: Viewer | null,
    kind: ContentKind<Row>,
    rows: readonly R[],
  ): R[] {
    return rows.filter((row) => this.canRead(viewer, kind, row));
  }

  /** Of these viewers, the ones who may read the row (notifications decide per recipient). */
  readersOf<Row, V extends Viewer>(viewers: readonly V[], kind: ContentKind<Row>, row: Row): V[] {
    return viewers.filter((viewer) => this.canRead(viewer, kind, row));
  }

  /** The same rule as a WHERE condition over the kind's table under `alias`. */
  readableCondition<Row>(
    viewer: Viewer | null,
    kind: ListedContentKind<Row>,
    alias: string,
  ): ReadableCondition {
    return this.policy.readableSql(viewer, kind.table(alias)) as ReadableCondition;
  }
}
