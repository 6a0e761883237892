// SPDX-License-Identifier: EUPL-1.2
import type { CombinedError } from 'urql';
import type { FindingKind } from '../../graphql/graphql';

/** One unresolved finding as PII_UNRESOLVED reports it: never the text, only where it is. */
export interface UnresolvedFinding {
  field: string;
  kind: FindingKind;
  start: number;
  end: number;
  fingerprint: string;
}

/** The findings listed in a PII_UNRESOLVED error's `extensions.findings`. */
export function unresolvedFindings(error: CombinedError): UnresolvedFinding[] {
  const raw = error.graphQLErrors[0]?.extensions?.findings;
  if (!Array.isArray(raw)) return [];
  return raw.filter(
    (item): item is UnresolvedFinding =>
      typeof item === 'object' &&
      item !== null &&
      typeof (item as UnresolvedFinding).field === 'string' &&
      typeof (item as UnresolvedFinding).start === 'number',
  );
}
