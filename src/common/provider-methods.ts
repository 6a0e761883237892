// SPDX-License-Identifier: EUPL-1.2
import type { DiscoveryService, MetadataScanner } from '@nestjs/core';

export interface ProviderMethod {
  instance: object;
  owner: string;
  method: string;
  fn: (...args: unknown[]) => unknown;
}

/**
 * Every method of every instantiated provider, for start-up discovery of decorated handlers
 * (`@OnJob`, GraphQL root fields and their access rules).
 */
export function providerMethods(
  discovery: DiscoveryService,
  scanner: MetadataScanner,
): ProviderMethod[] {
  const found: ProviderMethod[] = [];
  for (const wrapper of discovery.getProviders()) {
    const instance: unknown = wrapper.instance;
    if (!instance || typeof instance !== 'object') continue;
    for (const method of scanner.getAllMethodNames(Object.getPrototypeOf(instance) as object)) {
      const fn = (instance as Record<string, unknown>)[method];
      if (typeof fn === 'function') {
        found.push({
          instance,
          owner: `${String(wrapper.name)}.${method}`, // provider tokens may be symbols
          method,
          fn: fn as ProviderMethod['fn'],
        });
      }
    }
  }
  return found;
}
