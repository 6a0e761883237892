// SPDX-License-Identifier: EUPL-1.2
import type { ApolloDriver } from '@nestjs/apollo';
import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import { Kind, OperationTypeNode, parse, type FormattedExecutionResult } from 'graphql';
import type { RequestContext } from 'src/graph/auth/request-context';
import { AppError } from 'src/graph/errors/app-error';
import { ErrorCode } from 'src/graph/errors/error-code';
import { GRAPHQL_LIMITS } from 'src/graph/graphql-limits';
import { ApiRateLimiter } from 'src/modules/auth/api-rate-limiter';

/** At most this many queries ride along with one refresh: the session's `me` and one page's. */
export const MAX_PRELOADED_QUERIES = 2;

/** One GraphQL query, as a client would POST it to /graphql. */
export interface PreloadedQuery {
  query: string;
  variables?: Record<string, unknown>;
  operationName?: string;
}

/**
 * The `preload` field of a refresh request's body: absent, or up to MAX_PRELOADED_QUERIES
 * queries. Checked before the refresh token is used, so a malformed body costs no rotation.
 */
export function readPreloadedQueries(body: unknown): PreloadedQuery[] {
  const preload = (body as { preload?: unknown } | undefined)?.preload;
  if (preload === undefined || preload === null) return [];
  const bad = (why: string) => new AppError(ErrorCode.BAD_USER_INPUT, `preload: ${why}`);
  if (!Array.isArray(preload)) throw bad('expected a list of queries');
  if (preload.length > MAX_PRELOADED_QUERIES) {
    throw bad(`at most ${MAX_PRELOADED_QUERIES} queries`);
  }
  return preload.map((item: unknown, index) => {
    const { query, variables, operationName } = (item ?? {}) as Record<string, unknown>;
    const plainObject = (value: unknown) =>
      typeof value === 'object' && value !== null && !Array.isArray(value);
    if (typeof query !== 'string' || query.length === 0) throw bad(`${index}.query is required`);
    if (variables !== undefined && variables !== null && !plainObject(variables)) {
      throw bad(`${index}.variables must be an object`);
    }
    if (
      operationName !== undefined &&
      operationName !== null &&
      typeof operationName !== 'string'
    ) {
      throw bad(`${index}.operationName must be a string`);
    }
    return {
      query,
      ...(variables ? { variables: variables as Record<string, unknown> } : {}),
      ...(operationName ? { operationName } : {}),
    };
  });
}

/**
 * Runs a page load's first queries with the access token a refresh has just issued, so their
 * answers come back with the token (issue 12, LCP). A browser cannot ask for them any sooner:
 * it needs the token first, and at a page load the refresh's answer waits while the client's
 * code is evaluated, so the queries that followed it waited for all of the client's start-up.
 *
 * Each query goes through the same Apollo server as a request to /graphql, as that member:
 * the access guard, validation, the depth, alias and cost limits, error formatting and metrics
 * all apply, and each costs a point of the member's request budget. Only queries: a mutation
 * or subscription is refused without being run, as is anything past MAX_PRELOADED_QUERIES.
 */
@Injectable()
export class SessionPreload {
  constructor(
    private readonly modules: ModuleRef,
    private readonly limiter: ApiRateLimiter,
  ) {}

  async run(
    req: Request,
    res: Response,
    accessToken: string,
    queries: PreloadedQuery[],
  ): Promise<FormattedExecutionResult[]> {
    if (queries.length === 0) return [];
    // A request of the member's own: the guard reads the bearer token from it, the limiter
    // charges their budget. Everything else (address, protocol) is the refresh request's.
    const asMember = Object.assign(Object.create(req) as Request, {
      headers: { ...req.headers, authorization: `Bearer ${accessToken}` },
    });
    return Promise.all(queries.map((query) => this.runOne(asMember, res, query)));
  }

  private async runOne(
    req: Request,
    res: Response,
    { query, variables, operationName }: PreloadedQuery,
  ): Promise<FormattedExecutionResult> {
    if (!isQueryOnly(query)) {
      return refusal(ErrorCode.BAD_USER_INPUT, 'Only queries can be preloaded');
    }
    const retryAfterSeconds = await this.limiter.admit(req);
    if (retryAfterSeconds !== null) {
      return refusal(ErrorCode.RATE_LIMITED, 'Too many requests; try again later', {
        retryAfterSeconds,
      });
    }
    const context: RequestContext = { req, res, loaders: new Map() };
    const response = await this.apollo().executeOperation(
      { query, variables, operationName },
      { contextValue: context },
    );
    return response.body.kind === 'single'
      ? response.body.singleResult
      : refusal(ErrorCode.BAD_USER_INPUT, 'Deferred results cannot be preloaded');
  }

  private apollo() {
    return this.modules.get(GraphQLModule<ApolloDriver>, { strict: false }).graphQlAdapter.instance;
  }
}

/**
 * Whether every operation in the document is a query. A document that does not parse is left
 * to Apollo, which answers it as /graphql would (a parse error names where).
 */
function isQueryOnly(query: string): boolean {
  try {
    return parse(query, { maxTokens: GRAPHQL_LIMITS.maxTokens }).definitions.every(
      (definition) =>
        definition.kind !== Kind.OPERATION_DEFINITION ||
        definition.operation === OperationTypeNode.QUERY,
    );
  } catch {
    return true;
  }
}

function refusal(
  code: ErrorCode,
  message: string,
  extensions: Record<string, unknown> = {},
): FormattedExecutionResult {
  return { errors: [{ message, extensions: { code, ...extensions } }] };
}
