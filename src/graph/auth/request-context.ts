// SPDX-License-Identifier: EUPL-1.2
import type { Request, Response } from 'express';
import type { Viewer } from 'src/graph/auth/viewer';

/**
 * The GraphQL context: the HTTP exchange and the viewer, resolved at most once per request. Over
 * graphql-ws (subscriptions only) `req` carries just the viewer lookup and there is no `res`.
 */
export interface RequestContext {
  req: Request & {
    /** Set by the guard before any resolver runs; undefined only on unguarded paths. */
    viewer?: Viewer | null;
    viewerLookup?: Promise<Viewer | null>;
  };
  res?: Response;
  /** Per-request DataLoaders keyed by name (see LoaderRegistry). */
  loaders: Map<string, unknown>;
}
