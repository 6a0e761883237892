// SPDX-License-Identifier: EUPL-1.2
import {
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLInputType,
} from 'graphql';

/** A well-formed value for a type: the baseline that one hostile value at a time replaces. */
export function wellFormed(type: GraphQLInputType): unknown {
  const inner = getNullableType(type);
  if (isListType(inner)) return [wellFormed(inner.ofType)];
  if (isEnumType(inner)) return inner.getValues()[0]!.name;
  if (isInputObjectType(inner)) {
    return Object.fromEntries(
      Object.values(inner.getFields())
        .filter((f) => isNonNullType(f.type) && f.defaultValue === undefined)
        .map((f) => [f.name, wellFormed(f.type)]),
    );
  }
  switch (isScalarType(inner) ? inner.name : '') {
    case 'Int':
    case 'Float':
      return 1;
    case 'Boolean':
      return true;
    case 'ID':
      return '00000000-0000-4000-8000-000000000000';
    case 'DateTime':
      return '2026-01-01T00:00:00.000Z';
    default:
      return 'sample-value-1234567890';
  }
}

const SQL_LOOKING = ["' OR 1=1 --", "x'); DROP TABLE member; --", '1; SELECT * FROM member'];
const UNUSUAL_UNICODE = [
  '\u202Egnp.exe',
  'a\u200Bb\u200Dc\uFEFF',
  '🙂🏳️‍🌈'.repeat(20),
  'lone \uD800 surrogate',
  'e\u0301\u0301\u0301',
];
const NUL = ['\u0000', 'before\u0000after'];

/** Hostile values for a leaf of a type, by kind (DOMAIN §12 promises a typed error for each). */
function hostileLeaves(type: GraphQLInputType): unknown[] {
  const inner = getNullableType(type);
  if (isEnumType(inner)) return ['NOT_A_VALUE', "' OR 1=1 --", 7];
  if (!isScalarType(inner)) return [];
  switch (inner.name) {
    case 'Int':
    case 'Float':
      return [1e12, -1, -2147483648, 2147483647, 0, 1.5, 'ten', Number.MAX_SAFE_INTEGER];
    case 'Boolean':
      return ['yes', 0];
    case 'ID':
      return ['not-a-uuid', "1' OR '1'='1", ...NUL, '', 'x'.repeat(5000), 123, '\u202E1234'];
    case 'String':
      return [...NUL, ...SQL_LOOKING, ...UNUSUAL_UNICODE, '', 'x'.repeat(20_000), 42, {}];
    default:
      // Custom scalars (dates): nonsense, out of range, NUL, wrong type.
      return ['not-a-date', '99999-12-31T00:00:00Z', '\u0000', -1, "' OR 1=1 --"];
  }
}

/** Hostile shapes for a list or an input object itself. */
function hostileShapes(type: GraphQLInputType): unknown[] {
  const inner = getNullableType(type);
  if (isListType(inner)) {
    return [[], [null], Array.from({ length: 1000 }, () => wellFormed(inner.ofType)), 'not-a-list'];
  }
  if (isInputObjectType(inner)) return ['not-an-object', [], {}];
  return [];
}

export interface HostileArguments {
  /** Where the hostile value sits, for the report: `input.title`. */
  where: string;
  args: Record<string, unknown>;
}

/**
 * Every way to spoil a field's arguments one place at a time: the well-formed arguments with one
 * leaf, list or input object replaced by a hostile value (NUL bytes, huge and negative numbers,
 * non-UUID ids, huge strings, unusual Unicode, SQL-looking text, wrong types).
 */
export function hostileArguments(args: readonly GraphQLArgument[]): HostileArguments[] {
  const base = Object.fromEntries(args.map((a) => [a.name, wellFormed(a.type)]));
  const variants: HostileArguments[] = [];
  const visit = (
    type: GraphQLInputType,
    where: string,
    replace: (value: unknown) => Record<string, unknown>,
    depth: number,
  ): void => {
    for (const value of [...hostileShapes(type), ...hostileLeaves(type)]) {
      variants.push({ where, args: replace(value) });
    }
    const inner = getNullableType(type);
    if (depth > 3) return;
    if (isListType(inner)) {
      visit(inner.ofType, `${where}[0]`, (value) => replace([value]), depth + 1);
    } else if (isInputObjectType(inner)) {
      const own = (wellFormed(inner) ?? {}) as Record<string, unknown>;
      for (const field of Object.values(inner.getFields())) {
        visit(
          field.type,
          `${where}.${field.name}`,
          (value) => replace({ ...own, [field.name]: value }),
          depth + 1,
        );
      }
    }
  };
  for (const arg of args) {
    visit(arg.type, arg.name, (value) => ({ ...base, [arg.name]: value }), 0);
  }
  return variants;
}

/** `$a: T!` declarations and `a: $a` uses for an operation over these arguments. */
export function variableSignature(args: readonly GraphQLArgument[]) {
  return {
    declarations: args.map((a) => `$${a.name}: ${String(a.type)}`).join(', '),
    uses: args.map((a) => `${a.name}: $${a.name}`).join(', '),
  };
}
