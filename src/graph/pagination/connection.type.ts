// SPDX-License-Identifier: EUPL-1.2
import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { Type } from '@nestjs/common';

/**
 * Relay's PageInfo. Every list pages forward only (`first`/`after`, keyset cursors), so
 * `hasPreviousPage` is always false: the Relay spec lets a server answer false when paging
 * forward rather than compute whether rows exist before `after`. Clients that need to go back
 * keep the cursors they came through.
 */
@ObjectType('PageInfo')
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field({
    description: 'Always false: lists page forward only (first/after), as Relay allows.',
  })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'The cursor of the first edge.' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'The cursor of the last edge.' })
  endCursor!: string | null;
}

/** PageInfo for a forward page: its edges, and whether more follow. */
export function forwardPageInfo(
  edges: readonly { cursor: string }[],
  hasNextPage: boolean,
): PageInfo {
  return {
    hasNextPage,
    hasPreviousPage: false,
    startCursor: edges[0]?.cursor ?? null,
    endCursor: edges.at(-1)?.cursor ?? null,
  };
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface ConnectionShape<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

/**
 * Builds the Relay connection type `<Name>Connection` (and `<Name>Edge`) for a node type.
 * `totalCount` counts only what the viewer may read, like the list itself.
 */
export function Connection<T>(node: Type<T>, name: string): Type<ConnectionShape<T>> {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field()
    cursor!: string;

    @Field(() => node)
    node!: T;
  }

  @ObjectType(`${name}Connection`, { isAbstract: false })
  class ConnectionType {
    @Field(() => [EdgeType])
    edges!: Edge<T>[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int)
    totalCount!: number;
  }

  return ConnectionType;
}
