// SPDX-License-Identifier: EUPL-1.2
import { join } from 'node:path';
import { Logger, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { GraphQLModule, GraphQLSchemaHost } from '@nestjs/graphql';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { Request, Response } from 'express';
import {
  GraphQLError,
  NoSchemaIntrospectionCustomRule,
  OperationTypeNode,
  getOperationAST,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type ExecutionArgs,
  type GraphQLFormattedError,
  type GraphQLSchema,
  type ValidationRule,
} from 'graphql';
import type { ExecutionResult, FormattedExecutionResult, SubscribePayload } from 'graphql-ws';
import { AppConfig } from 'src/config/app-config';
import { AccessGuard } from 'src/graph/auth/access.guard';
import type { RequestContext } from 'src/graph/auth/request-context';
import { ViewerSource } from 'src/graph/auth/viewer-source';
import { WebSocketAuth, type WebSocketContext } from 'src/graph/auth/websocket-auth';
import { ErrorCode } from 'src/graph/errors/error-code';
import { FieldProblemReason } from 'src/graph/errors/field-problem-reason';
import { createErrorFormatter } from 'src/graph/errors/format-error';
import { createValidationPipe } from 'src/graph/errors/validation';
import { GraphqlExceptionFilter } from 'src/graph/errors/graphql-exception.filter';
import {
  GRAPHQL_LIMITS,
  checkQueryCost,
  graphqlArmor,
  tokenLimitError,
} from 'src/graph/graphql-limits';
import { AuthModule } from 'src/modules/auth/auth.module';
import { Metrics } from 'src/modules/metrics/metrics';
import { graphqlMetricsPlugin } from 'src/graph/graphql-metrics.plugin';

/** The committed schema, in the source tree whether we run from src/ (tests) or dist/ (build). */
export const SCHEMA_FILE = join(
  __dirname,
  '..',
  '..',
  ...(__dirname.includes('/dist/') ? ['..'] : []),
  'src',
  'graph',
  'schema.gql',
);

const internalErrors = new Logger('GraphQL');

/** Subscriptions one socket may hold at once (a client needs one per subscription field). */
const MAX_SUBSCRIPTIONS_PER_CONNECTION = 5;

/**
 * The GraphQL endpoint: code-first schema (written to src/graph/schema.gql in development and
 * committed; a test fails when it is stale), Apollo Server 5 with CSRF prevention, limits from
 * GraphQL Armor, our error formatting, and introspection and the landing page only outside
 * production. Subscriptions use graphql-ws on the same path, authenticated per connection
 * (WebSocketAuth), subscriptions only, with the same limits and error formatting (see
 * `webSocketOperation` for what the socket path does and does not cover).
 */
@Module({
  imports: [
    // The guard resolves viewers through the auth module's ViewerSource.
    AuthModule,
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      imports: [AuthModule],
      inject: [AppConfig, ViewerSource, GraphQLSchemaHost, Metrics],
      useFactory: (
        config: AppConfig,
        viewers: ViewerSource,
        schemaHost: GraphQLSchemaHost,
        metrics: Metrics,
      ) => {
        const armor = graphqlArmor();
        const formatError = createErrorFormatter({
          onInternalError: (error) =>
            internalErrors.error(
              {
                err:
                  error instanceof Error ? { message: error.message, stack: error.stack } : error,
              },
              'Unhandled error in a resolver',
            ),
        });
        const sockets = new WebSocketAuth(viewers);
        const socketRules: ValidationRule[] = [
          ...specifiedRules,
          ...armor.validationRules,
          ...(config.isProduction ? [NoSchemaIntrospectionCustomRule] : []),
        ];
        return {
          path: '/graphql',
          // Kept in memory; `npm run schema:emit` writes src/graph/schema.gql and a test fails
          // when the committed file differs from what the code declares.
          autoSchemaFile: true,
          sortSchema: true,
          // No field returns ErrorCode: it types `extensions.code`. Emitting it lets clients
          // generate the union of codes from the schema instead of copying it.
          buildSchemaOptions: { orphanedTypes: [ErrorCode, FieldProblemReason] },
          csrfPrevention: true,
          introspection: !config.isProduction,
          graphiql: !config.isProduction,
          includeStacktraceInErrorResponses: false,
          allowBatchedHttpRequests: false,
          // Armor is typed against Apollo's ESM build and Nest against its CJS build: same objects.
          plugins: [
            ...(armor.plugins as unknown as NonNullable<ApolloDriverConfig['plugins']>),
            subscriptionsOverWebSocketOnly,
            queryCostLimit,
            graphqlMetricsPlugin(metrics),
            // Apollo's cache-control plugin wraps every field's resolver to collect cache hints,
            // only to say `no-store` in the end: we give no hints, every answer is one viewer's.
            // `answersAreNotStored` says it without the wrapping.
            ApolloServerPluginCacheControlDisabled() as NonNullable<
              ApolloDriverConfig['plugins']
            >[number],
            answersAreNotStored,
          ],
          validationRules: armor.validationRules,
          // graphql-js stops parsing past the limit: a parse error, so HTTP 400.
          parseOptions: { maxTokens: GRAPHQL_LIMITS.maxTokens },
          autoTransformHttpErrors: true,
          // HTTP calls this with Express's request and response, graphql-ws with its connection.
          context: (
            exchange: { req: Request; res: Response } | WebSocketContext,
          ): RequestContext =>
            'req' in exchange
              ? {
                  req: exchange.req as RequestContext['req'],
                  res: exchange.res,
                  loaders: new Map(),
                }
              : sockets.context(exchange),
          subscriptions: {
            // On `path` above: the Express server's upgrade requests to /graphql.
            'graphql-ws': {
              onConnect: (ctx) => sockets.onConnect(ctx),
              onClose: (ctx) => sockets.onClose(ctx),
              onSubscribe: (ctx, _id, payload) =>
                webSocketOperation(schemaHost.schema, socketRules, ctx, payload),
              onNext: async (ctx, _id, _payload, args, result) => {
                // Each event of a long-lived subscription starts with empty DataLoaders.
                (args.contextValue as RequestContext).loaders.clear();
                return (await sockets.stillSignedIn(ctx))
                  ? formatResult(result, formatError)
                  : // Not sent: the socket is closing. Nothing of the event leaves.
                    {
                      errors: [
                        {
                          message: 'Session ended',
                          extensions: { code: ErrorCode.UNAUTHENTICATED },
                        },
                      ],
                    };
              },
            },
          },
          formatError,
        };
      },
    }),
  ],
  providers: [
    { provide: APP_GUARD, useClass: AccessGuard },
    { provide: APP_PIPE, useFactory: createValidationPipe },
    { provide: APP_FILTER, useClass: GraphqlExceptionFilter },
  ],
})
export class GraphModule {}

/**
 * Apollo would run a subscription sent over HTTP as a query and fail it as an internal error;
 * refuse it as a bad request instead, pointing at the socket.
 */
const subscriptionsOverWebSocketOnly: NonNullable<ApolloDriverConfig['plugins']>[number] = {
  requestDidStart() {
    return Promise.resolve({
      didResolveOperation({ operation }) {
        if (operation?.operation === OperationTypeNode.SUBSCRIPTION) {
          throw new GraphQLError('Subscriptions are served over WebSocket (graphql-ws) only', {
            extensions: { code: ErrorCode.BAD_USER_INPUT, http: { status: 400 } },
          });
        }
        return Promise.resolve();
      },
    });
  },
};

/**
 * Every answer is for one viewer, and may hold what only they may read: no browser cache or
 * proxy may keep it (`Cache-Control: no-store`), errors included.
 */
const answersAreNotStored: NonNullable<ApolloDriverConfig['plugins']>[number] = {
  requestDidStart() {
    return Promise.resolve({
      willSendResponse({ response }) {
        response.http.headers.set('cache-control', 'no-store');
        return Promise.resolve();
      },
    });
  },
};

/**
 * Refuses an operation whose cost (src/graph/query-cost.ts) is over the limit, once its variables
 * are known (a page size given as `$first` counts as much as a literal one), before it runs.
 */
const queryCostLimit: NonNullable<ApolloDriverConfig['plugins']>[number] = {
  requestDidStart() {
    return Promise.resolve({
      didResolveOperation({ schema, document, request, operationName }) {
        const refusal = checkQueryCost(schema, document, request.variables, operationName);
        return refusal ? Promise.reject(refusal) : Promise.resolve();
      },
    });
  },
};

/**
 * Prepares an operation received over graphql-ws with the limits the HTTP path applies through
 * Apollo: only subscriptions (queries and mutations go over HTTP, with CSRF prevention and
 * Apollo's plugins), a cap per connection, GraphQL Armor's token limit (at parse) and its depth,
 * alias, directive and cost rules, no introspection in production, and no field suggestions.
 * What the socket path cannot apply: a frame-size limit like REQUEST_BODY_LIMIT, because
 * @nestjs/graphql creates the WebSocketServer with ws's default maxPayload (100 MiB); cap
 * WebSocket frames at the reverse proxy in production.
 */
function webSocketOperation(
  schema: GraphQLSchema,
  rules: readonly ValidationRule[],
  ctx: WebSocketContext,
  payload: SubscribePayload,
): ExecutionArgs | GraphQLError[] {
  if (Object.keys(ctx.subscriptions).length > MAX_SUBSCRIPTIONS_PER_CONNECTION) {
    return [badRequest('Too many subscriptions on this connection')];
  }
  let document: DocumentNode;
  try {
    document = parse(payload.query, { maxTokens: GRAPHQL_LIMITS.maxTokens });
  } catch (error) {
    if (!(error instanceof GraphQLError)) return [badRequest('Invalid query')];
    return [tokenLimitError(error.message) ?? requestError(error)];
  }
  const errors = validate(schema, document, rules);
  if (errors.length) return errors.map(requestError);
  const refusal = checkQueryCost(
    schema,
    document,
    payload.variables ?? undefined,
    payload.operationName,
  );
  if (refusal) return [refusal];
  const operation = getOperationAST(document, payload.operationName);
  if (operation?.operation !== OperationTypeNode.SUBSCRIPTION) {
    return [badRequest('Only subscriptions are served over WebSocket; use HTTP for the rest')];
  }
  return {
    schema,
    document,
    operationName: payload.operationName,
    variableValues: payload.variables,
  };
}

/**
 * A parse or validation error as HTTP answers it: BAD_USER_INPUT (or a limit's own code), no
 * field suggestions.
 */
function requestError(error: GraphQLError): GraphQLError {
  const code =
    error.extensions.code === ErrorCode.QUERY_TOO_COMPLEX
      ? ErrorCode.QUERY_TOO_COMPLEX
      : ErrorCode.BAD_USER_INPUT;
  return new GraphQLError(error.message.replace(/\s*Did you mean .*\?$/, ''), {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    extensions: { code },
  });
}

function badRequest(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.BAD_USER_INPUT } });
}

/** An event's errors through the same formatter Apollo uses, so codes and redaction match. */
function formatResult(
  result: ExecutionResult,
  formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError,
): FormattedExecutionResult | undefined {
  if (!result.errors?.length) return undefined;
  return {
    data: result.data,
    errors: result.errors.map((error) => formatError(error.toJSON(), error)),
    ...(result.extensions ? { extensions: result.extensions } : {}),
  };
}
