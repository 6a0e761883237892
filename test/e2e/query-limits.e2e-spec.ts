// SPDX-License-Identifier: EUPL-1.2
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { Role } from 'src/graph/auth/role.enum';
import { GRAPHQL_LIMITS } from 'src/graph/graphql-limits';
import { signedInMember, type SignedInMember } from 'test/factories/member.factory';
import { maximalPageQuery, pagedRootFields } from 'test/helpers/maximal-query';
import { errorCode, startTestApp, type TestApp } from 'test/helpers/test-app';

/** Codes that would mean a limit or validation refused a read the API documents as allowed. */
const REFUSALS = ['QUERY_TOO_COMPLEX', 'BAD_USER_INPUT', 'INTERNAL_SERVER_ERROR'];

describe('Query limits over HTTP (e2e)', () => {
  let t: TestApp;
  let everyRole: SignedInMember;

  beforeAll(async () => {
    t = await startTestApp({ worker: false });
    everyRole = await signedInMember(t, { roles: [Role.ADMIN, Role.MODERATOR, Role.EXPERT] });
  });

  afterAll(() => t.close());

  it('serves every list at first: 100 with every field of its items (search with all facets)', async () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const fields = pagedRootFields(schema);
    expect(fields.map((f) => f.name)).toEqual(expect.arrayContaining(['cases', 'search']));
    for (const field of fields) {
      const response = await t.gql(maximalPageQuery(schema, field), {}, everyRole.accessToken);
      const refusals = (response.errors ?? []).filter((e) =>
        REFUSALS.includes(e.extensions?.code ?? ''),
      );
      expect({ field: field.name, status: response.status, refusals }).toEqual({
        field: field.name,
        status: 200,
        refusals: [],
      });
    }
  });

  it('refuses several maximal pages in one request as too costly, with HTTP 400', async () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const search = pagedRootFields(schema).find((f) => f.name === 'search')!;
    const page = maximalPageQuery(schema, search).slice(1, -1);
    const response = await t.gql(
      `{ ${[0, 1, 2].map((i) => `s${i}: ${page}`).join(' ')} }`,
      {},
      everyRole.accessToken,
    );
    expect(response.status).toBe(400);
    expect(response.errors).toEqual([
      {
        message: expect.stringMatching(
          new RegExp(`^Query cost \\d+ exceeds the limit of ${GRAPHQL_LIMITS.maxCost};`),
        ),
        extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'cost', maximum: GRAPHQL_LIMITS.maxCost },
      },
    ]);
    expect(response.data).toBeUndefined();
  });

  it('counts first given as a variable', async () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const search = pagedRootFields(schema).find((f) => f.name === 'search')!;
    const page = maximalPageQuery(schema, search)
      .slice(1, -1)
      .replace('first: 100', 'first: $first');
    const query = `query($first: Int) { ${[0, 1, 2].map((i) => `s${i}: ${page}`).join(' ')} }`;
    const small = await t.gql(query, { first: 5 }, everyRole.accessToken);
    expect({ status: small.status, errors: small.errors }).toEqual({
      status: 200,
      errors: undefined,
    });
    const large = await t.gql(query, { first: 100 }, everyRole.accessToken);
    expect({ status: large.status, code: errorCode(large) }).toEqual({
      status: 400,
      code: 'QUERY_TOO_COMPLEX',
    });
  });

  it('words every limit as itself, never as a syntax error', async () => {
    const tokens = await t.gql(`{ ${'__typename '.repeat(GRAPHQL_LIMITS.maxTokens + 1)} }`);
    const directives = await t.gql(
      `{ ${Array.from({ length: GRAPHQL_LIMITS.maxDirectives + 1 }, (_, i) => `a${i % 10}${i}: __typename @skip(if: false)`).join(' ')} }`,
    );
    for (const [limit, response] of [
      ['tokens', tokens],
      ['directives', directives],
    ] as const) {
      expect({ status: response.status, code: errorCode(response) }).toEqual({
        status: 400,
        code: 'QUERY_TOO_COMPLEX',
      });
      expect(response.errors?.[0]?.extensions?.limit).toBe(limit);
      expect(response.errors?.[0]?.message).not.toMatch(/Syntax Error/);
    }
  });
});
