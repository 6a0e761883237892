import { readFile } from 'node:fs/promises';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  printSchema,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
} from 'graphql';
import { collectRootFieldDecisions } from 'src/graph/auth/access-decisions';
import { SCHEMA_FILE } from 'src/graph/graph.module';
import { errorCode, startTestApp, type TestApp } from 'test/helpers/test-app';

/** A syntactically valid literal for an argument type, so the call reaches the guard. */
function sampleValue(type: GraphQLInputType): string {
  if (isNonNullType(type)) return sampleValue(type.ofType);
  if (isListType(type)) return `[${sampleValue(type.ofType)}]`;
  if (isEnumType(type)) return type.getValues()[0]!.name;
  if (isInputObjectType(type)) {
    const required = Object.values(type.getFields()).filter(
      (f) => isNonNullType(f.type) && f.defaultValue === undefined,
    );
    return `{ ${required.map((f) => `${f.name}: ${sampleValue(f.type)}`).join(', ')} }`;
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'Int':
      case 'Float':
        return '1';
      case 'Boolean':
        return 'true';
      case 'ID':
        return '"00000000-0000-4000-8000-000000000000"';
      case 'DateTime':
        return '"2026-01-01T00:00:00.000Z"';
      default:
        return '"sample-value-1234567890"';
    }
  }
  throw new Error(`No sample for ${String(type)}`);
}

function operationFor(keyword: string, field: GraphQLField<unknown, unknown>): string {
  const args = field.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined);
  const argList = args.length
    ? `(${args.map((a) => `${a.name}: ${sampleValue(a.type)}`).join(', ')})`
    : '';
  const selection =
    isObjectType(getNamedType(field.type)) ||
    (!isScalarType(getNamedType(field.type)) && !isEnumType(getNamedType(field.type)))
      ? ' { __typename }'
      : '';
  return `${keyword} { ${field.name}${argList}${selection} }`;
}

describe('Every root field has an access decision (schema walk)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ worker: false });
  });

  afterAll(() => t.close());

  const roots = (): [string, GraphQLObjectType][] => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    return [
      ['query', schema.getQueryType()],
      ['mutation', schema.getMutationType()],
      ['subscription', schema.getSubscriptionType()],
    ].filter((entry): entry is [string, GraphQLObjectType] => entry[1] != null);
  };

  it('finds a rule for every query, mutation and subscription in the schema', () => {
    const decided = new Map(
      collectRootFieldDecisions(t.app).map((d) => [`${d.rootType}.${d.field}`, d.rule]),
    );
    const fields = roots().flatMap(([, type]) =>
      Object.keys(type.getFields()).map((name) => `${type.name}.${name}`),
    );
    expect(fields.length).toBeGreaterThan(10);
    const undecided = fields.filter((field) => !decided.get(field));
    expect(undecided).toEqual([]);
  });

  it('answers UNAUTHENTICATED to a visitor on every protected root field', async () => {
    const decisions = collectRootFieldDecisions(t.app);
    const protectedFields = roots().flatMap(([keyword, type]) =>
      Object.values(type.getFields())
        .filter(
          (field) =>
            decisions.find((d) => d.rootType === type.name && d.field === field.name)?.rule
              ?.kind !== 'public',
        )
        .filter(() => keyword !== 'subscription')
        .map((field) => ({ keyword, field })),
    );
    expect(protectedFields.length).toBeGreaterThan(5);
    for (const { keyword, field } of protectedFields) {
      const response = await t.gql(operationFor(keyword, field));
      expect({ field: field.name, code: errorCode(response) }).toEqual({
        field: field.name,
        code: 'UNAUTHENTICATED',
      });
    }
  });

  it('keeps the committed src/graph/schema.gql in step with the code (npm run schema:emit)', async () => {
    const committed = await readFile(SCHEMA_FILE, 'utf8');
    const printed = printSchema(t.app.get(GraphQLSchemaHost).schema);
    expect(committed.slice(committed.indexOf('\n\n') + 2).trim()).toBe(printed.trim());
  });
});
