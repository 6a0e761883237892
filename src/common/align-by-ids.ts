// SPDX-License-Identifier: EUPL-1.2
/** Puts rows in the order of `ids` (null where missing): the contract DataLoader batch functions need. */
export function alignByIds<T extends { id: string }>(
  ids: readonly string[],
  rows: readonly T[],
): (T | null)[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => byId.get(id) ?? null);
}
