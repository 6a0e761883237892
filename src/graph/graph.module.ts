import { join } from 'node:path';
import { Logger, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import type { Request, Response } from 'express';
import { AppConfig } from 'src/config/app-config';
import { AccessGuard } from 'src/graph/auth/access.guard';
import type { RequestContext } from 'src/graph/auth/request-context';
import { createErrorFormatter } from 'src/graph/errors/format-error';
import { createValidationPipe } from 'src/graph/errors/validation';
import { GraphqlExceptionFilter } from 'src/graph/errors/graphql-exception.filter';
import { graphqlArmor } from 'src/graph/graphql-limits';
import { AuthModule } from 'src/modules/auth/auth.module';

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

/**
 * The GraphQL endpoint: code-first schema (written to src/graph/schema.gql in development and
 * committed; a test fails when it is stale), Apollo Server 5 with CSRF prevention, limits from
 * GraphQL Armor, our error formatting, and introspection and the landing page only outside
 * production.
 */
@Module({
  imports: [
    // The guard resolves viewers through the auth module's ViewerSource.
    AuthModule,
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      inject: [AppConfig],
      useFactory: (config: AppConfig) => {
        const armor = graphqlArmor();
        return {
          path: '/graphql',
          // Kept in memory; `npm run schema:emit` writes src/graph/schema.gql and a test fails
          // when the committed file differs from what the code declares.
          autoSchemaFile: true,
          sortSchema: true,
          csrfPrevention: true,
          introspection: !config.isProduction,
          graphiql: !config.isProduction,
          includeStacktraceInErrorResponses: false,
          allowBatchedHttpRequests: false,
          // Armor is typed against Apollo's ESM build and Nest against its CJS build: same objects.
          plugins: armor.plugins as unknown as ApolloDriverConfig['plugins'],
          validationRules: armor.validationRules,
          autoTransformHttpErrors: true,
          context: ({ req, res }: { req: Request; res: Response }): RequestContext => ({
            req: req as RequestContext['req'],
            res,
            loaders: new Map(),
          }),
          formatError: createErrorFormatter({
            exposeInternalMessages: config.isDevelopment,
            onInternalError: (error) =>
              internalErrors.error(
                {
                  err:
                    error instanceof Error ? { message: error.message, stack: error.stack } : error,
                },
                'Unhandled error in a resolver',
              ),
          }),
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
