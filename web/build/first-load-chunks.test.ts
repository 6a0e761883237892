// SPDX-License-Identifier: EUPL-1.2
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { firstLoadChunks } from './first-load-chunks';

/** A module graph as Rolldown's chunking context reports it: id → static imports. */
function context(graph: Record<string, string[]>) {
  return { getModuleInfo: (id: string) => (id in graph ? { importedIds: graph[id]! } : null) };
}

describe('firstLoadChunks', () => {
  const early = resolve('src/early-boot.ts');
  const graph = context({
    [early]: ['/session-boot.ts', '/landing-page.ts'],
    '/session-boot.ts': ['/node_modules/urql/core.js', '/session-boot.ts'],
    '/landing-page.ts': ['/first-page.ts'],
    '/first-page.ts': ['/landing-page.ts'],
    '/main.tsx': ['/routes.tsx', '/session-boot.ts'],
  });

  it('puts the early entry’s whole static graph, cycles included, in `boot`, and nothing else', () => {
    const [boot] = firstLoadChunks('src/early-boot.ts').groups;
    const name = (id: string) =>
      (boot!.name as (id: string, c: typeof graph) => unknown)(id, graph);
    for (const id of [early, '/session-boot.ts', '/node_modules/urql/core.js', '/first-page.ts'])
      expect(name(id)).toBe('boot');
    expect(name('/main.tsx')).toBeNull();
    expect(name('/routes.tsx')).toBeNull();
  });

  it('takes the early entry’s graph first, then libraries apart from our code', () => {
    const [boot, vendor, app] = firstLoadChunks('src/early-boot.ts').groups;
    expect(boot!.priority).toBeGreaterThan(vendor!.priority);
    expect(vendor!.priority).toBeGreaterThan(app!.priority);
    expect(vendor!.test!.test('/work/node_modules/react/index.js')).toBe(true);
    expect(vendor!.test!.test('/work/web/src/app/routes.tsx')).toBe(false);
    expect(app!.tags).toEqual(['$initial']);
  });
});
