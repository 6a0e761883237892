// SPDX-License-Identifier: EUPL-1.2
import { resolve } from 'node:path';

/** What Rolldown's chunking hands a `name` function (rolldown's `ChunkingContext`, in part). */
interface ChunkingContext {
  getModuleInfo(id: string): { importedIds: readonly string[] } | null;
}

/**
 * The first load in three chunks, `boot` (the early entry's static graph: the session restore
 * and the landing page's first query), `vendor` and `app` (the libraries and our code of the
 * rest of what index.html loads), instead
 * of the thirty-odd small shared chunks Rolldown makes by default (issue 12, LCP).
 *
 * Why: over HTTP/1.1 a browser opens at most six connections to one host, so thirty-four
 * module files came in some six rounds, and the early entry's chunks queued behind React's and
 * the router's: its refresh was sent ~0.5 s after its own file had arrived. Lazy pages keep
 * their own chunks; modules they share with the first load come from `boot` or `app`, which
 * are already there.
 */
export function firstLoadChunks(earlyEntry: string) {
  const earlyId = resolve(earlyEntry);
  let bootGraph: Set<string> | undefined;

  /** Every module the early entry imports statically, directly or not. */
  function staticGraph(context: ChunkingContext): Set<string> {
    const seen = new Set<string>();
    const pending = [earlyId];
    for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
      if (seen.has(id)) continue;
      seen.add(id);
      pending.push(...(context.getModuleInfo(id)?.importedIds ?? []));
    }
    return seen;
  }

  return {
    groups: [
      {
        // First, so the early entry's modules are not taken into `app` as its dependencies.
        priority: 2,
        name(id: string, context: ChunkingContext) {
          bootGraph ??= staticGraph(context);
          return bootGraph.has(id) ? 'boot' : null;
        },
      },
      // `$initial`: imported statically by an entry (index.html's or the early one). The
      // libraries apart from our code, so a release that changes only ours keeps theirs cached;
      // taken before our code, whose group would otherwise take them in as its dependencies.
      { priority: 1, name: 'vendor', tags: ['$initial' as const], test: /[\\/]node_modules[\\/]/ },
      { priority: 0, name: 'app', tags: ['$initial' as const] },
    ],
  };
}
