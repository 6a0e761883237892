// SPDX-License-Identifier: EUPL-1.2
import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  getNamedType,
  isEnumType,
  isScalarType,
  type GraphQLField,
  type GraphQLObjectType,
} from 'graphql';
import { DataSource } from 'typeorm';
import { Role } from 'src/graph/auth/role.enum';
import { signedInMember, type SignedInMember } from 'test/factories/member.factory';
import { hostileArguments, variableSignature } from 'test/helpers/hostile-values';
import { startTestApp, type TestApp } from 'test/helpers/test-app';

/** What a database or driver message looks like; none may reach a client. */
const DATABASE_TEXT =
  /syntax error at or near|violates|relation "|column "|invalid input syntax|QueryFailedError|pg_|out of range for type|invalid byte sequence|duplicate key|DatabaseError/i;

/**
 * Tables a refused request may still write: failed sign-ins and wrong current passwords are
 * audited (only those actions), and the throttles count attempts in `rate_limit` (DOMAIN §8,
 * README).
 */
const MAY_CHANGE: Record<string, string> = {
  rate_limit: 'TRUE',
  audit_log: `action NOT IN ('auth.sign-in.failed', 'auth.current-password.rejected')`,
};

/** Requests per root field and role, evenly spread over its variants, to stay within a minute. */
const MAX_PER_FIELD = 12;

interface Violation {
  role: string;
  field: string;
  where: string;
  problem: string;
}

describe('Hostile input over every query and mutation (e2e)', () => {
  let t: TestApp;
  let db: DataSource;
  let admin: SignedInMember;
  let member: SignedInMember;

  beforeAll(async () => {
    t = await startTestApp({ worker: false });
    db = t.app.get(DataSource);
    admin = await signedInMember(t, { roles: [Role.ADMIN, Role.MODERATOR, Role.EXPERT] });
    member = await signedInMember(t, { organisationSlug: 'lunds-universitet' });
  });

  afterAll(() => t.close());

  /** A fingerprint of every row of every table, less what MAY_CHANGE allows. */
  async function snapshot(): Promise<Map<string, string>> {
    const tables: { table_name: string }[] = await db.query(
      `SELECT table_name FROM information_schema.tables
        WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`,
    );
    const parts = tables.map(
      ({ table_name: name }) =>
        `SELECT '${name}' AS name, count(*)::int AS n,
                md5(coalesce(string_agg(t::text, ',' ORDER BY t::text), '')) AS digest
           FROM "${name}" t WHERE ${MAY_CHANGE[name] ?? 'TRUE'}`,
    );
    const rows: { name: string; n: number; digest: string }[] = await db.query(
      parts.join(' UNION ALL '),
    );
    return new Map(
      rows.filter((r) => MAY_CHANGE[r.name] !== 'TRUE').map((r) => [r.name, `${r.n}:${r.digest}`]),
    );
  }

  function operation(keyword: string, field: GraphQLField<unknown, unknown>): string {
    const named = getNamedType(field.type);
    const selection = isScalarType(named) || isEnumType(named) ? '' : ' { __typename }';
    const { declarations, uses } = variableSignature(field.args);
    return `${keyword} Hostile(${declarations}) { ${field.name}(${uses})${selection} }`;
  }

  function spread<T>(items: T[], max: number): T[] {
    if (items.length <= max) return items;
    return Array.from({ length: max }, (_, i) => items[Math.floor((i * items.length) / max)]!);
  }

  it('answers every malformed argument with a typed 4xx-class error, no database text and no write', async () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const roots: [string, GraphQLObjectType][] = [
      ['query', schema.getQueryType()!],
      ['mutation', schema.getMutationType()!],
    ];
    const violations: Violation[] = [];
    let sent = 0;
    let accepted = 0;
    const started = Date.now();
    for (const [keyword, type] of roots) {
      // Fields without arguments cannot be given malformed ones (and logout would end the run).
      for (const field of Object.values(type.getFields()).filter((f) => f.args.length > 0)) {
        const query = operation(keyword, field);
        const variants = hostileArguments(field.args);
        for (const [role, viewer, max] of [
          ['admin', admin, MAX_PER_FIELD],
          ['member', member, MAX_PER_FIELD / 4],
        ] as const) {
          for (const { where, args } of spread(variants, max)) {
            const before = await snapshot();
            const response = await t.gql(query, args, viewer.accessToken);
            sent += 1;
            const text = JSON.stringify(response);
            const report = (problem: string) =>
              violations.push({ role, field: field.name, where, problem });
            if (response.status >= 500) report(`HTTP ${response.status}`);
            if (response.errors?.some((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR'))
              report(`INTERNAL_SERVER_ERROR for ${JSON.stringify(args).slice(0, 120)}`);
            if (DATABASE_TEXT.test(text)) report(`database text: ${text.slice(0, 200)}`);
            if (!response.errors?.length) {
              // Some spoilt values are still valid (an empty optional list, a name with
              // combining marks): those may write like any accepted request.
              if (response.data?.[field.name] === undefined) report('neither data nor errors');
              accepted += 1;
              continue;
            }
            const after = await snapshot();
            for (const [table, fingerprint] of before) {
              if (after.get(table) !== fingerprint) report(`refused, but ${table} changed`);
            }
          }
        }
      }
    }
    process.stdout.write(
      `Hostile input: ${sent} requests over every query and mutation (${accepted} accepted as valid) in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
    );
    expect(sent).toBeGreaterThanOrEqual(300);
    expect(violations).toEqual([]);
  }, 120_000);
});
