// SPDX-License-Identifier: EUPL-1.2
import type { ApolloDriverConfig } from '@nestjs/apollo';
import { Kind, type DocumentNode } from 'graphql';
import type { Metrics } from 'src/modules/metrics/metrics';

type Plugin = NonNullable<ApolloDriverConfig['plugins']>[number];

/**
 * Times every GraphQL operation over HTTP from arrival to response, labelled with its operation
 * name (bounded: `Metrics.operationLabel`), type and outcome (`error` when the response carries
 * any error, refusals by limits and access included), and counts each error by its code.
 */
export function graphqlMetricsPlugin(metrics: Metrics): Plugin {
  return {
    requestDidStart() {
      const started = process.hrtime.bigint();
      return Promise.resolve({
        willSendResponse({ response, operation, operationName, request, document }) {
          const body = response.body;
          const errors = body.kind === 'single' ? (body.singleResult.errors ?? []) : [];
          for (const error of errors) {
            const code = error.extensions?.code;
            metrics.graphqlErrors.inc({ code: typeof code === 'string' ? code : 'UNKNOWN' });
          }
          metrics.graphqlDuration.observe(
            {
              // Resolved only once valid: a refused operation is named by its request or text.
              operation: metrics.operationLabel(
                operationName ?? request.operationName ?? firstOperationName(document),
              ),
              type: operation?.operation ?? 'unknown',
              outcome: errors.length > 0 ? 'error' : 'ok',
            },
            Number(process.hrtime.bigint() - started) / 1e9,
          );
          return Promise.resolve();
        },
      });
    },
  };
}

function firstOperationName(document: DocumentNode | undefined): string | undefined {
  const definition = document?.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  return definition?.kind === Kind.OPERATION_DEFINITION ? definition.name?.value : undefined;
}
