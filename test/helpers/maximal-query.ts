// SPDX-License-Identifier: EUPL-1.2
import {
  getNamedType,
  isAbstractType,
  isEnumType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import { MAX_PAGE_SIZE } from 'src/graph/pagination/page-args';

type AnyField = GraphQLField<unknown, unknown>;

/** Levels below a list's root field that a maximal selection reaches. */
const SELECTION_DEPTH = 8;

/**
 * Every field a client could select below a type, down to `depth` levels, entering each object
 * type at most once on a path (as a real query would: an organisation's members' organisation is
 * not a read anyone needs). Nested lists with `first` show their count: the documented maximum
 * is one page of 100, not pages of pages (the cost limit refuses those).
 */
function fullSelection(
  schema: GraphQLSchema,
  type: GraphQLNamedType,
  depth: number,
  path: ReadonlySet<string>,
  /** Fields a union's members name alike with different types: aliased by type. */
  conflicting: ReadonlySet<string> = new Set(),
): string {
  if (isScalarType(type) || isEnumType(type)) return '';
  if (depth === 0 || path.has(type.name)) return '{ __typename }';
  if (isAbstractType(type)) {
    const members = schema.getPossibleTypes(type);
    const conflicting = conflictingFields(members);
    return `{ __typename ${members
      .map(
        (member) =>
          `... on ${member.name} ${fullSelection(schema, member, depth, path, conflicting)}`,
      )
      .join(' ')} }`;
  }
  if (!isObjectType(type)) return '';
  const inner = new Set(path).add(type.name);
  const selectable = Object.values(type.getFields()).filter((field) =>
    field.args.every((arg) => !isNonNullType(arg.type) || arg.defaultValue !== undefined),
  );
  return `{ ${selectable
    .map((field) => {
      const name = conflicting.has(field.name)
        ? `${type.name}_${field.name}: ${field.name}`
        : field.name;
      if (field.args.some((arg) => arg.name === 'first')) return `${name} { totalCount }`;
      return `${name} ${fullSelection(schema, getNamedType(field.type), depth - 1, inner)}`;
    })
    .join(' ')} }`;
}

/** Field names that union members declare with different types (GraphQL refuses to merge them). */
function conflictingFields(members: readonly { getFields(): Record<string, AnyField> }[]) {
  const typesByName = new Map<string, Set<string>>();
  for (const member of members) {
    for (const field of Object.values(member.getFields())) {
      const types = typesByName.get(field.name) ?? new Set<string>();
      typesByName.set(field.name, types.add(String(field.type)));
    }
  }
  return new Set([...typesByName].filter(([, types]) => types.size > 1).map(([name]) => name));
}

/** The root queries that page with `first`. */
export function pagedRootFields(schema: GraphQLSchema): AnyField[] {
  return Object.values(schema.getQueryType()!.getFields()).filter((field) =>
    field.args.some((arg) => arg.name === 'first'),
  );
}

/** `{ list(first: 100) { …every field… } }`: the largest read DOMAIN §12 promises. */
export function maximalPageQuery(schema: GraphQLSchema, field: AnyField): string {
  const required = field.args
    .filter((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined)
    // A word for text arguments (`search(query:)`), the first value for enums (`queuedJobs`).
    .map((arg) => {
      const type = getNamedType(arg.type);
      const value = isEnumType(type) ? type.getValues()[0]!.name : '"risk"';
      return `, ${arg.name}: ${value}`;
    })
    .join('');
  const selection = fullSelection(schema, getNamedType(field.type), SELECTION_DEPTH, new Set());
  return `{ ${field.name}(first: ${MAX_PAGE_SIZE}${required}) ${selection} }`;
}
