// SPDX-License-Identifier: EUPL-1.2
import { randomUUID } from 'node:crypto';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  getNamedType,
  isEnumType,
  isObjectType,
  type GraphQLEnumType,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { Role } from 'src/graph/auth/role.enum';
import { ErrorCode } from 'src/graph/errors/error-code';
import { AuditAction, AuditTargetType } from 'src/modules/audit/audit-action';
import { askQuestion } from 'test/factories/question.factory';
import { signedInMember } from 'test/factories/member.factory';
import { startTestApp, type TestApp } from 'test/helpers/test-app';

/**
 * The contract the web client binds to (issue 12, item 7): typed counts, dates, enums, Relay
 * page info on every connection, nullable single-item reads and the error codes, read from the
 * schema the running app serves.
 */
describe('Schema contract for clients (e2e)', () => {
  let t: TestApp;
  let schema: GraphQLSchema;

  beforeAll(async () => {
    t = await startTestApp({ worker: false });
    schema = t.app.get(GraphQLSchemaHost).schema;
  });
  afterAll(() => t.close());

  const object = (name: string) => schema.getType(name) as GraphQLObjectType;
  const field = (type: string, name: string): GraphQLField<unknown, unknown> => {
    const found = object(type).getFields()[name];
    if (!found) throw new Error(`${type}.${name} is not in the schema`);
    return found;
  };
  const typeOf = (type: string, name: string) => String(field(type, name).type);
  const enumValues = (name: string) =>
    Object.fromEntries(
      (schema.getType(name) as GraphQLEnumType).getValues().map((v) => [v.name, v.value]),
    );

  it('counts helpful votes as Int!', () => {
    expect(typeOf('Answer', 'helpfulCount')).toBe('Int!');
  });

  it('types calendar dates as LocalDate, in and out', () => {
    expect(typeOf('Case', 'reviewBy')).toBe('LocalDate');
    expect(typeOf('Question', 'responseDueOn')).toBe('LocalDate');
    for (const input of ['CreateCaseInput', 'UpdateCaseInput']) {
      const type = schema.getType(input) as unknown as { getFields(): Record<string, unknown> };
      expect(String((type.getFields().reviewBy as { type: unknown }).type)).toBe('LocalDate');
    }
  });

  it('types enum-valued strings as enums that keep the stored values', () => {
    expect(typeOf('SearchResults', 'engine')).toBe('SearchEngine!');
    expect(enumValues('SearchEngine')).toEqual({
      POSTGRES: 'postgres',
      MEILISEARCH: 'meilisearch',
    });
    expect(typeOf('AuditLogEntry', 'action')).toBe('AuditAction!');
    expect(typeOf('AuditLogEntry', 'targetType')).toBe('AuditTargetType');
    const actions = (schema.getType('AuditAction') as GraphQLEnumType).getValues();
    expect(actions.map((v) => v.value as string).sort()).toEqual(Object.values(AuditAction).sort());
    expect(actions.find((v) => v.value === 'auth.sign-in.failed')?.name).toBe(
      'AUTH_SIGN_IN_FAILED',
    );
    expect(enumValues('AuditTargetType')).toEqual(
      Object.fromEntries(Object.entries(AuditTargetType)),
    );
    expect(typeOf('SearchFacets', 'types')).toBe('[SearchableTypeFacet!]!');
    expect(typeOf('SearchableTypeFacet', 'value')).toBe('SearchableType!');
    expect(typeOf('CaseOutcomeFacet', 'value')).toBe('CaseOutcome!');
    expect(typeOf('SharingLevelFacet', 'value')).toBe('SharingLevel!');
    expect(typeOf('YearFacet', 'value')).toBe('Int!');
  });

  it('gives every connection Relay page info: hasPreviousPage and startCursor too', () => {
    expect(typeOf('PageInfo', 'hasNextPage')).toBe('Boolean!');
    expect(typeOf('PageInfo', 'hasPreviousPage')).toBe('Boolean!');
    expect(typeOf('PageInfo', 'startCursor')).toBe('String');
    expect(typeOf('PageInfo', 'endCursor')).toBe('String');
    const connections = Object.values(schema.getTypeMap()).filter(
      (type): type is GraphQLObjectType => isObjectType(type) && type.name.endsWith('Connection'),
    );
    expect(connections.length).toBeGreaterThanOrEqual(8);
    for (const connection of connections)
      expect([connection.name, String(connection.getFields().pageInfo?.type)]).toEqual([
        connection.name,
        'PageInfo!',
      ]);
  });

  it('pages Question.answers and Case.revisions as connections (first/after)', () => {
    for (const [type, name, connection] of [
      ['Question', 'answers', 'AnswerConnection!'],
      ['Case', 'revisions', 'CaseRevisionConnection'],
    ] as const) {
      expect(typeOf(type, name)).toBe(connection);
      expect(field(type, name).args.map((a) => `${a.name}: ${String(a.type)}`)).toEqual([
        'after: String',
        'first: Int',
      ]);
      expect(field(type, name).args.find((a) => a.name === 'first')?.defaultValue).toBe(20);
    }
  });

  it('emits ErrorCode with every code the server sends', () => {
    const codes = schema.getType('ErrorCode');
    expect(isEnumType(codes)).toBe(true);
    expect(
      (codes as GraphQLEnumType)
        .getValues()
        .map((v) => v.name)
        .sort(),
    ).toEqual(Object.values(ErrorCode).sort());
  });

  it('makes case(id) and question(id) nullable', () => {
    expect(typeOf('Query', 'case')).toBe('Case');
    expect(typeOf('Query', 'question')).toBe('Question');
    expect(getNamedType(field('Query', 'case').type).name).toBe('Case');
  });

  it('answers an unknown case or question with null and keeps the rest of the response', async () => {
    const member = await signedInMember(t);
    const question = await askQuestion(t, member, {});
    const result = await t.gql(
      `query($unknown: ID!, $question: ID!) {
        case(id: $unknown) { id }
        missing: question(id: $unknown) { id }
        malformed: question(id: "not-an-id") { id }
        question(id: $question) { id }
        cases(first: 1) { totalCount }
      }`,
      { unknown: randomUUID(), question: question.id },
      member.accessToken,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      case: null,
      missing: null,
      malformed: null,
      question: { id: question.id },
      cases: { totalCount: expect.any(Number) },
    });
  });

  it('filters and answers the audit log with AuditAction names; a stored string is refused', async () => {
    const admin = await signedInMember(t, { roles: [Role.ADMIN] });
    const query = `query($actions: [AuditAction!]) { auditLog(first: 100, filter: { actions: $actions }) {
      edges { node { action targetType targetId } } } }`;
    const signIns = await t.gql(query, { actions: ['AUTH_SIGN_IN_SUCCEEDED'] }, admin.accessToken);
    expect(signIns.errors).toBeUndefined();
    expect(signIns.data!.auditLog.edges).toContainEqual({
      node: { action: 'AUTH_SIGN_IN_SUCCEEDED', targetType: 'MEMBER', targetId: admin.id },
    });
    const dotted = await t.gql(query, { actions: ['auth.sign-in.succeeded'] }, admin.accessToken);
    expect(dotted.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
