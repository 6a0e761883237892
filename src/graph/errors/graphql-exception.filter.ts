// SPDX-License-Identifier: EUPL-1.2
import { Catch, type ArgumentsHost } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { GqlContextType } from '@nestjs/graphql';

/**
 * Hands GraphQL errors to Apollo untouched, where `formatError` decides what the caller sees and
 * logs internal errors once. Without it Nest logs every expected error (NOT_FOUND, FORBIDDEN…)
 * with a stack trace. HTTP routes keep Nest's default handling.
 */
@Catch()
export class GraphqlExceptionFilter extends BaseExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<GqlContextType>() === 'graphql') return exception;
    return super.catch(exception, host);
  }
}
