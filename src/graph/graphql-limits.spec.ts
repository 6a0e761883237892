// SPDX-License-Identifier: EUPL-1.2
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, parse, validate, type GraphQLField, type GraphQLSchema } from 'graphql';
import { ErrorCode } from 'src/graph/errors/error-code';
import { GRAPHQL_LIMITS, checkQueryCost, tokenLimitError } from 'src/graph/graphql-limits';
import { MAX_PAGE_SIZE } from 'src/graph/pagination/page-args';
import { maximalPageQuery, pagedRootFields } from 'test/helpers/maximal-query';

const schema: GraphQLSchema = buildSchema(readFileSync(join(__dirname, 'schema.gql'), 'utf8'));
const roots = Object.values(schema.getQueryType()!.getFields());
const pagedRoots = pagedRootFields(schema);
const maximalPage = (field: GraphQLField<unknown, unknown>) => maximalPageQuery(schema, field);

describe('GraphQL limits', () => {
  it('lets every list be read at its documented maximum with every field of its items', () => {
    expect(pagedRoots.map((f) => f.name)).toEqual(expect.arrayContaining(['cases', 'search']));
    const refused = pagedRoots.flatMap((field) => {
      const document = parse(maximalPage(field));
      expect(validate(schema, document)).toEqual([]);
      const refusal = checkQueryCost(schema, document, {}, null);
      return refusal ? [`${field.name}: ${refusal.message}`] : [];
    });
    expect(refused).toEqual([]);
  });

  it('counts a page size given as a variable like a literal one', () => {
    const search = maximalPage(roots.find((f) => f.name === 'search')!)
      .slice(1, -1)
      .replace(`first: ${MAX_PAGE_SIZE}`, 'first: $first');
    const query = `query($first: Int) { ${[0, 1, 2].map((i) => `s${i}: ${search}`).join(' ')} }`;
    expect(checkQueryCost(schema, parse(query), { first: 5 }, null)).toBeNull();
    const refused = checkQueryCost(schema, parse(query), { first: MAX_PAGE_SIZE }, null);
    expect(refused?.extensions.code).toBe(ErrorCode.QUERY_TOO_COMPLEX);
    expect(refused?.message).toMatch(/^Query cost \d+ exceeds the limit of 150000;/);
  });

  it('refuses pages of pages', () => {
    const nested = buildSchema(`
      type Query { questions(first: Int = 20): QuestionConnection! }
      type PageInfo { hasNextPage: Boolean! endCursor: String }
      type QuestionConnection { edges: [QuestionEdge!]! pageInfo: PageInfo! totalCount: Int! }
      type QuestionEdge { cursor: String! node: Question! }
      type Question { id: ID! title: String! answers(first: Int = 20): AnswerConnection! }
      type AnswerConnection { edges: [AnswerEdge!]! pageInfo: PageInfo! totalCount: Int! }
      type AnswerEdge { cursor: String! node: Answer! }
      type Answer {
        id: ID! body: RichText! helpfulCount: Int! official: Boolean! accepted: Boolean!
        authorLabel: String! createdAt: String! organisation: Organisation
      }
      type RichText { markdown: String! html: String! }
      type Organisation { id: ID! nameSv: String! nameEn: String! }
    `);
    const page = (inner: string) =>
      `{ questions(first: 100) { totalCount edges { node { id title answers${inner} { totalCount edges { node { id body { markdown html } helpfulCount official accepted authorLabel createdAt organisation { id nameSv nameEn } } } } } } } }`;
    expect(checkQueryCost(nested, parse(page('(first: 10)')), {}, null)).toBeNull();
    const refused = checkQueryCost(nested, parse(page('(first: 100)')), {}, null);
    expect(refused?.extensions).toMatchObject({ code: ErrorCode.QUERY_TOO_COMPLEX, limit: 'cost' });
  });

  it('refuses many maximal pages in one request', () => {
    const search = maximalPage(roots.find((f) => f.name === 'search')!).slice(1, -1);
    const many = `{ ${Array.from({ length: 3 }, (_, i) => `s${i}: ${search}`).join(' ')} }`;
    const refusal = checkQueryCost(schema, parse(many), {}, null);
    expect(refusal?.extensions.code).toBe(ErrorCode.QUERY_TOO_COMPLEX);
    expect(refusal?.extensions).toMatchObject({ limit: 'cost', maximum: GRAPHQL_LIMITS.maxCost });
  });

  it('answers variables that do not fit their types as bad input', () => {
    const refusal = checkQueryCost(
      schema,
      parse('query($first: Int) { cases(first: $first) { totalCount } }'),
      { first: 'many' },
      null,
    );
    expect(refusal?.extensions.code).toBe(ErrorCode.BAD_USER_INPUT);
  });

  it('words the token limit as a limit', () => {
    expect(() => parse('{ a }'.repeat(2000), { maxTokens: GRAPHQL_LIMITS.maxTokens })).toThrow(
      /Document contains more th(?:an|at)/,
    );
    const error = tokenLimitError('Syntax Error: Document contains more than 3000 tokens.');
    expect(error?.message).toBe('The query has more than 3000 tokens, the limit');
    expect(tokenLimitError('Syntax Error: Expected Name, found <EOF>.')).toBeNull();
  });
});
