// SPDX-License-Identifier: EUPL-1.2
import DataLoader from 'dataloader';
import type { RequestContext } from 'src/graph/auth/request-context';

/**
 * Per-request DataLoaders (Twenty's dataloader service, in small): nested fields ask for one
 * item each and the loader batches every ask in a tick into one query. Loaders live on the
 * request context, so nothing is cached across requests or viewers.
 */
export function requestLoader<K, V>(
  context: Pick<RequestContext, 'loaders'>,
  name: string,
  batch: (keys: readonly K[]) => Promise<(V | null)[]>,
): DataLoader<K, V | null> {
  let loader = context.loaders.get(name) as DataLoader<K, V | null> | undefined;
  if (!loader) {
    loader = new DataLoader<K, V | null>(batch, { maxBatchSize: 500 });
    context.loaders.set(name, loader);
  }
  return loader;
}
