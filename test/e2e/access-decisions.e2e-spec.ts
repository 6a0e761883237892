// SPDX-License-Identifier: EUPL-1.2
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
import { DataSource } from 'typeorm';
import { collectRootFieldDecisions } from 'src/graph/auth/access-decisions';
import { Role } from 'src/graph/auth/role.enum';
import { SCHEMA_FILE } from 'src/graph/graph.module';
import { signedInMember, type SignedInMember } from 'test/factories/member.factory';
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
      case 'LocalDate':
        return '"2026-01-01"';
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

  it('answers FORBIDDEN on every role-gated root field to each member lacking its roles, and writes nothing', async () => {
    // One member per single role (MEMBER alone, then MEMBER plus one other role): for every
    // `@Roles` field, each member holding none of its roles is refused before the resolver runs.
    // A role-gated field opened to everyone (a dropped or widened decorator) fails here by name.
    const holders = new Map<Role, SignedInMember>();
    for (const role of Object.values(Role)) {
      holders.set(role, await signedInMember(t, { roles: role === Role.MEMBER ? [] : [role] }));
    }
    const database = t.app.get(DataSource);
    const writes = () =>
      database.query<[{ audit: number; outbox: number }]>(
        'SELECT (SELECT count(*) FROM audit_log)::int AS audit, (SELECT count(*) FROM outbox)::int AS outbox',
      );
    const before = await writes();

    const decisions = collectRootFieldDecisions(t.app);
    const calls = roots()
      .filter(([keyword]) => keyword !== 'subscription')
      .flatMap(([keyword, type]) =>
        Object.values(type.getFields()).flatMap((field) => {
          const rule = decisions.find(
            (d) => d.rootType === type.name && d.field === field.name,
          )?.rule;
          if (rule?.kind !== 'roles') return [];
          return [...holders]
            .filter(([role]) => !rule.roles.includes(role) && !rule.roles.includes(Role.MEMBER))
            .map(([role, member]) => ({ keyword, field, role, member }));
        }),
      );
    // Every role-gated field is called by at least the plain member.
    const gated = new Set(calls.map((call) => call.field.name));
    expect(gated.size).toBeGreaterThanOrEqual(15);
    // Privileged fields that must stay role-gated: opening one to all members (or adding MEMBER
    // to its roles) drops it from `gated` and fails here by name.
    const privileged = ['suspendMember', 'setMemberRoles', 'revealAuthor', 'moderate', 'auditLog'];
    expect(privileged.filter((name) => !gated.has(name))).toEqual([]);

    for (const { keyword, field, role, member } of calls) {
      const response = await t.gql(operationFor(keyword, field), {}, member.accessToken);
      expect({ field: field.name, role, code: errorCode(response) }).toEqual({
        field: field.name,
        role,
        code: 'FORBIDDEN',
      });
    }
    expect(await writes()).toEqual(before);
  });

  it('keeps the committed src/graph/schema.gql in step with the code (npm run schema:emit)', async () => {
    const committed = await readFile(SCHEMA_FILE, 'utf8');
    const printed = printSchema(t.app.get(GraphQLSchemaHost).schema);
    expect(committed.slice(committed.indexOf('\n\n') + 2).trim()).toBe(printed.trim());
  });
});
