// SPDX-License-Identifier: EUPL-1.2
import type { INestApplicationContext } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { providerMethods } from 'src/common/provider-methods';
import { ACCESS_RULE, type AccessRule } from 'src/graph/auth/access.decorators';

const RESOLVER_TYPE_METADATA = 'graphql:resolver_type';
const RESOLVER_NAME_METADATA = 'graphql:resolver_name';
const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);

export interface RootFieldDecision {
  rootType: string;
  field: string;
  owner: string;
  rule: AccessRule | undefined;
}

/** Every root field our resolvers declare, with the access rule it carries (if any). */
export function collectRootFieldDecisions(app: INestApplicationContext): RootFieldDecision[] {
  const discovery = app.get(DiscoveryService, { strict: false });
  const scanner = app.get(MetadataScanner, { strict: false });
  const reflector = app.get(Reflector, { strict: false });
  const decisions: RootFieldDecision[] = [];
  for (const { instance, fn, method, owner } of providerMethods(discovery, scanner)) {
    const rootType = reflector.get<string | undefined>(RESOLVER_TYPE_METADATA, fn);
    if (!rootType || !ROOT_TYPES.has(rootType)) continue;
    const rule = reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [
      fn,
      instance.constructor,
    ]);
    const field = reflector.get<string | undefined>(RESOLVER_NAME_METADATA, fn) ?? method;
    decisions.push({ rootType, field, owner, rule });
  }
  return decisions;
}

/** Refuses to start an app in which any query, mutation or subscription lacks an access rule. */
export function assertEveryRootFieldDecided(app: INestApplicationContext): void {
  const undecided = collectRootFieldDecisions(app).filter((d) => !d.rule);
  if (undecided.length) {
    throw new Error(
      `Root fields without an access rule: ${undecided.map((d) => `${d.rootType}.${d.field} (${d.owner})`).join(', ')}`,
    );
  }
}
