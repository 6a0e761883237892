// SPDX-License-Identifier: EUPL-1.2
import type { ConnectionShape } from 'src/graph/pagination/connection.type';
import { paginateInMemory } from 'src/graph/pagination/in-memory';

describe('paginateInMemory', () => {
  const items = ['2026-01-01', '2026-01-02', '2026-01-03', '2026-01-04', '2026-01-05'].map(
    (day, i) => ({ day, id: `id-${i}` }),
  );
  const key = (item: (typeof items)[number]) => [item.day, item.id];

  it('walks the list page by page without gaps or repeats', () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 10; guard += 1) {
      const page: ConnectionShape<(typeof items)[number]> = paginateInMemory(
        items,
        key,
        { first: 2, after },
        2,
      );
      expect(page.totalCount).toBe(5);
      seen.push(...page.edges.map((e) => String(e.node.id)));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(items.map((i) => i.id));
  });

  it('continues after the cursor’s key even when that item has left the list', () => {
    const first = paginateInMemory(items, key, { first: 2 }, 2);
    const shrunk = items.filter((i) => i.id !== 'id-1');
    const next = paginateInMemory(shrunk, key, { first: 2, after: first.pageInfo.endCursor }, 2);
    expect(next.edges.map((e) => e.node.id)).toEqual(['id-2', 'id-3']);
  });

  it('refuses a forged cursor as bad input', () => {
    expect(() => paginateInMemory(items, key, { first: 2, after: 'garbage' }, 2)).toThrow(
      'Invalid cursor',
    );
  });
});
