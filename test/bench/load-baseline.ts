// SPDX-License-Identifier: EUPL-1.2
import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { GraphQLError } from 'graphql';
import { jwtVerify } from 'jose';
import { Pool } from 'pg';
import { STATEMENT_SETTINGS } from 'src/database/data-source-options';
import { encodeCursor } from 'src/graph/pagination/cursor';
import type { Viewer } from 'src/graph/auth/viewer';
import type { Role } from 'src/graph/auth/role.enum';
import { AccessPolicy, type SqlCondition } from 'src/modules/access-policy/access-policy';
import { AssessmentAccess } from 'src/modules/access-policy/assessment-access';
import { ContentAccess } from 'src/modules/access-policy/content-access';
import { CASE, QUESTION, ANSWER, answerAudienceSql } from 'src/modules/access-policy/content-kinds';
import {
  anonymousLabel,
  formerMemberLabel,
  visibleAuthorId,
  visibleOrganisationId,
} from 'src/modules/attribution/author-presentation';
import type { Attribution } from 'src/modules/attribution/attribution.enum';
import { CountriesService } from 'src/modules/countries/countries.service';
import { renderMarkdown } from 'src/modules/markdown/markdown';
import { NotificationAccess } from 'src/modules/notifications/notification-access';
import { notificationText } from 'src/modules/notifications/notification-text';
import type { OrganisationKind } from 'src/modules/organisations/organisation-kind.enum';
import { highlightToHtml } from 'src/modules/search/search-text';
import type { CapturedStatement } from 'test/bench/sql-capture';

/**
 * The baseline of `npm run bench:load`: Apollo Server 5 alone (no Nest, no TypeORM, no
 * DataLoader), a schema of exactly the fields the bench's four documents ask for, resolvers in
 * hand-written SQL on one `pg` pool of the API's size. It does the work the API cannot skip:
 * the same bearer-token verification (jose, HS256, same key, issuer and audience) and a session
 * and member lookup per request; the access policy's own SQL conditions (AccessPolicy.readableSql
 * and NotificationAccess.readableSql, called, not copied); Markdown rendered by the app's
 * renderer on every read; notification texts by the app's function.
 *
 * Search replays the engine's own statements (captured from the API by the bench for the same
 * words, with the requesting member's ids put in place of the capturing member's) and loads the
 * hits' titles by hand: the engine's SQL is search's business (another bench measures it), and
 * this one measures what the API adds around it.
 *
 * Run as a child process: DATABASE_URL, ACCESS_TOKEN_SECRET, PORT, DATABASE_POOL_SIZE and
 * BASELINE_SEARCH_STATEMENTS (a JSON file of { viewer, statements by word }).
 */
const env = process.env;
// The app's connection settings (no JIT, no parallel workers): the baseline measures code, so
// both servers talk to PostgreSQL alike.
const pool = new Pool({
  connectionString: env.DATABASE_URL,
  max: Number(env.DATABASE_POOL_SIZE ?? 10),
  application_name: 'samrad-bench-baseline',
  options: STATEMENT_SETTINGS,
});
const key = new TextEncoder().encode(env.ACCESS_TOKEN_SECRET);
const policy = new AccessPolicy();
const contentAccess = new ContentAccess(policy);
// readableSql uses only the content access; the other collaborators serve other methods.
const notificationAccess = new NotificationAccess(
  undefined as never,
  contentAccess,
  undefined as never,
  new AssessmentAccess(),
);
const countries = new CountriesService();

interface SearchCapture {
  viewer: { memberId: string; organisationId: string };
  statements: Record<string, CapturedStatement[]>;
}
const searchCapture = JSON.parse(
  readFileSync(env.BASELINE_SEARCH_STATEMENTS ?? '', 'utf8'),
) as SearchCapture;

const typeDefs = `#graphql
  type Query {
    cases(first: Int = 20): CaseConnection!
    question(id: ID!): Question
    search(query: String!, first: Int = 20): SearchResults!
    notifications(first: Int = 20): NotificationConnection!
  }
  type PageInfo { hasNextPage: Boolean! endCursor: String }
  type Country { code: String! name: String! }
  type Topic { id: ID! name: String! }
  type RichText { html: String! }
  type CaseConnection { totalCount: Int! pageInfo: PageInfo! edges: [CaseEdge!]! }
  type CaseEdge { cursor: String! node: Case! }
  type Case {
    id: ID! title: String! summary: String! authorLabel: String! sharingLevel: String!
    status: String! outcome: String year: Int publishedAt: String countries: [Country!]!
  }
  type Question {
    id: ID! title: String! body: RichText! authorLabel: String! sharingLevel: String!
    status: String! openedAt: String topics: [Topic!]! countries: [Country!]!
    answers(first: Int = 20): AnswerConnection!
  }
  type AnswerConnection { totalCount: Int! edges: [AnswerEdge!]! }
  type AnswerEdge { node: Answer! }
  type Answer {
    id: ID! body: RichText! authorLabel: String! accepted: Boolean! helpfulCount: Int!
    publishedAt: String
  }
  type SearchResults { totalCount: Int! edges: [SearchEdge!]! }
  type SearchEdge { cursor: String! node: SearchHit! }
  type SearchHit { titleHighlight: String! snippet: String! item: SearchItem! }
  union SearchItem = Case | Question
  type NotificationConnection { totalCount: Int! pageInfo: PageInfo! edges: [NotificationEdge!]! }
  type NotificationEdge { cursor: String! node: Notification! }
  type Notification {
    id: ID! kind: String! text: String! title: String read: Boolean! createdAt: String!
    contentType: String! contentId: ID!
  }
`;

type Locale = 'SV' | 'EN';
interface Context {
  viewer: Viewer;
}

/** `:name` parameters of the policy's conditions as `$n`, numbered after `params`. */
function bind(condition: SqlCondition, params: unknown[]): string {
  const numbers = new Map<string, number>();
  return condition.sql.replace(/(?<!:):([A-Za-z_][A-Za-z0-9_]*)/g, (_, name: string) => {
    let n = numbers.get(name);
    if (n === undefined) {
      params.push(condition.params[name]);
      n = params.length;
      numbers.set(name, n);
    }
    return `$${n}`;
  });
}

/** The author columns every authored row is selected with (alias o: organisation, m: member). */
const AUTHOR_COLUMNS = `o.kind::text AS org_kind, o.name_sv AS org_sv, o.name_en AS org_en,
  m.display_name AS author_name, m.status::text AS author_status`;
interface AuthoredRow {
  attribution: string;
  author_id: string;
  author_organisation_id: string;
  org_kind: string;
  org_sv: string;
  org_en: string;
  author_name: string | null;
  author_status: string | null;
}

/** authorLabel as the attribution allows (the app's presentation rules). */
function authorLabel(row: AuthoredRow, viewer: Viewer): string {
  const item = {
    attribution: row.attribution as Attribution,
    authorId: row.author_id,
    authorOrganisationId: row.author_organisation_id,
  };
  const locale = viewer.locale;
  if (!visibleOrganisationId(viewer, item))
    return anonymousLabel(row.org_kind as OrganisationKind, locale);
  const organisation = locale === 'EN' ? row.org_en : row.org_sv;
  if (!visibleAuthorId(viewer, item) || row.author_name === null) return organisation;
  const name = row.author_status === 'DELETED' ? formerMemberLabel(locale) : row.author_name;
  return `${name}, ${organisation}`;
}

function countryList(codes: readonly string[], locale: Locale) {
  return countries
    .byCodes(codes)
    .flatMap((c) => (c ? [{ code: c.code, name: locale === 'EN' ? c.nameEn : c.nameSv }] : []));
}

const iso = (value: Date | null) => (value ? value.toISOString() : null);

async function casesPage(viewer: Viewer, first: number) {
  const params: unknown[] = [];
  const where = `${bind(contentAccess.readableCondition(viewer, CASE, 'c'), params)} AND c.status = 'PUBLISHED'`;
  const [count, page] = await Promise.all([
    pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM case_study c WHERE ${where}`, params),
    pool.query(
      `SELECT c.id, c.title, c.summary, c.attribution::text, c.author_id, c.author_organisation_id,
              c.sharing_level::text, c.status::text, c.outcome::text, c.year, c.published_at,
              c.created_at, c.country_codes::text[], ${AUTHOR_COLUMNS}
         FROM case_study c JOIN organisation o ON o.id = c.author_organisation_id
         LEFT JOIN member m ON m.id = c.author_id
        WHERE ${where}
        ORDER BY COALESCE(c.published_at, c.created_at) DESC, c.id DESC
        LIMIT $${params.length + 1}`,
      [...params, first + 1],
    ),
  ]);
  const locale = viewer.locale;
  const edges = page.rows.slice(0, first).map((row: Record<string, any>) => ({
    cursor: encodeCursor([(row.published_at ?? row.created_at).toISOString(), row.id]),
    node: {
      __typename: 'Case',
      id: row.id,
      title: row.title,
      summary: row.summary,
      authorLabel: authorLabel(row as AuthoredRow, viewer),
      sharingLevel: row.sharing_level,
      status: row.status,
      outcome: row.outcome,
      year: row.year,
      publishedAt: iso(row.published_at),
      countries: countryList(row.country_codes, locale),
    },
  }));
  return {
    totalCount: count.rows[0]!.n,
    pageInfo: { hasNextPage: page.rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
    edges,
  };
}

async function questionPage(viewer: Viewer, id: string) {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const locale = viewer.locale;
  const params: unknown[] = [id];
  const where = bind(contentAccess.readableCondition(viewer, QUESTION, 'q'), params);
  const { rows } = await pool.query(
    `SELECT q.id, q.title, q.body, q.attribution::text, q.author_id, q.author_organisation_id,
            q.sharing_level::text, q.status::text, q.opened_at, q.country_codes::text[],
            q.accepted_answer_id,
            ARRAY(SELECT json_build_object('id', t.id, 'name', CASE WHEN $${params.length + 1} = 'EN' THEN t.name_en ELSE t.name_sv END)
                    FROM topic t WHERE t.id = ANY(q.topic_ids) ORDER BY t.position) AS topics,
            ${AUTHOR_COLUMNS}
       FROM question q JOIN organisation o ON o.id = q.author_organisation_id
       LEFT JOIN member m ON m.id = q.author_id
      WHERE q.id = $1 AND ${where}`,
    [...params, locale],
  );
  const row = rows[0] as Record<string, any> | undefined;
  if (!row) return null;
  return {
    id: row.id,
    title: row.title,
    body: { html: renderMarkdown(row.body) },
    authorLabel: authorLabel(row as AuthoredRow, viewer),
    sharingLevel: row.sharing_level,
    status: row.status,
    openedAt: iso(row.opened_at),
    topics: row.topics,
    countries: countryList(row.country_codes, locale),
    answers: ({ first }: { first: number }) =>
      answersOf(viewer, row.id, row.accepted_answer_id, first),
  };
}

async function answersOf(
  viewer: Viewer,
  questionId: string,
  acceptedId: string | null,
  first: number,
) {
  const params: unknown[] = [questionId];
  const where = bind(contentAccess.readableCondition(viewer, ANSWER, 'aa'), params);
  const { rows } = await pool.query(
    `SELECT a.id, a.body, a.attribution::text, a.author_id, a.author_organisation_id,
            a.published_at, (SELECT count(*)::int FROM answer_vote v WHERE v.answer_id = a.id) AS helpful,
            ${AUTHOR_COLUMNS}
       FROM (${answerAudienceSql('ans.question_id = $1')}) aa
       JOIN answer a ON a.id = aa.id
       JOIN organisation o ON o.id = a.author_organisation_id
       LEFT JOIN member m ON m.id = a.author_id
      WHERE ${where}
      ORDER BY a.id = $${params.length + 1} DESC, a.official DESC, a.published_at, a.id`,
    [...params, acceptedId ?? '00000000-0000-0000-0000-000000000000'],
  );
  return {
    totalCount: rows.length,
    edges: rows.slice(0, first).map((a: Record<string, any>) => ({
      node: {
        id: a.id,
        body: { html: renderMarkdown(a.body) },
        authorLabel: authorLabel(a as AuthoredRow, viewer),
        accepted: a.id === acceptedId,
        helpfulCount: a.helpful,
        publishedAt: iso(a.published_at),
      },
    })),
  };
}

/** The captured value of the capturing member's ids, replaced by this viewer's. */
function forViewer(value: unknown, viewer: Viewer): unknown {
  if (value === searchCapture.viewer.memberId) return viewer.memberId;
  if (value === searchCapture.viewer.organisationId) return viewer.organisationId;
  if (Array.isArray(value)) return value.map((v) => forViewer(v, viewer));
  return value;
}

async function search(viewer: Viewer, query: string) {
  const statements = searchCapture.statements[query];
  if (!statements) throw new GraphQLError('No captured statements for this query');
  let hits: {
    type: string;
    id: string;
    key: string;
    titleHighlight: string;
    snippet: string;
    rank: number;
  }[] = [];
  let found = 0;
  const client = await pool.connect();
  try {
    for (const s of statements) {
      const { rows } = await client.query(
        s.sql,
        s.params.map((p) => forViewer(p, viewer)),
      );
      const row = rows[0] as { hits?: typeof hits; found?: number } | undefined;
      if (row?.hits) {
        hits = row.hits;
        found = row.found ?? 0;
      }
    }
  } finally {
    client.release();
  }
  const ids = (type: string) => hits.filter((h) => h.type === type).map((h) => h.id);
  const params: unknown[] = [ids('CASE'), ids('QUESTION')];
  const caseWhere = bind(contentAccess.readableCondition(viewer, CASE, 'c'), params);
  const questionWhere = bind(contentAccess.readableCondition(viewer, QUESTION, 'q'), params);
  const { rows } = await pool.query<{ type: string; id: string; title: string }>(
    `SELECT 'Case' AS type, c.id, c.title FROM case_study c WHERE c.id = ANY($1::uuid[]) AND ${caseWhere}
     UNION ALL
     SELECT 'Question', q.id, q.title FROM question q WHERE q.id = ANY($2::uuid[]) AND ${questionWhere}`,
    params,
  );
  const items = new Map(rows.map((r) => [r.id, { __typename: r.type, id: r.id, title: r.title }]));
  return {
    totalCount: found,
    edges: hits.slice(0, 20).flatMap((hit) => {
      const item = items.get(hit.id);
      return item
        ? [
            {
              cursor: encodeCursor([hit.rank, hit.key]),
              node: {
                titleHighlight: highlightToHtml(hit.titleHighlight),
                snippet: highlightToHtml(hit.snippet),
                item,
              },
            },
          ]
        : [];
    }),
  };
}

async function notifications(viewer: Viewer, first: number) {
  const params: unknown[] = [viewer.memberId];
  const where = `n.member_id = $1 AND ${bind(notificationAccess.readableSql(viewer), params)}`;
  const [count, page] = await Promise.all([
    pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM notification n WHERE ${where}`,
      params,
    ),
    // Every listed row's item is readable (the condition says so): its title comes along.
    pool.query(
      `SELECT n.id, n.kind::text, n.content_type::text, n.content_id, n.payload, n.read_at,
              n.created_at, COALESCE(c.title, q.title, a_q.title) AS title,
              COALESCE(c.moderation_note, q.moderation_note) AS note
         FROM notification n
         LEFT JOIN case_study c ON n.content_type = 'CASE' AND c.id = n.content_id
         LEFT JOIN question q ON n.content_type = 'QUESTION' AND q.id = n.content_id
         LEFT JOIN answer a ON n.content_type = 'ANSWER' AND a.id = n.content_id
         LEFT JOIN question a_q ON a_q.id = a.question_id
        WHERE ${where}
        ORDER BY n.created_at DESC, n.id DESC LIMIT $${params.length + 1}`,
      [...params, first + 1],
    ),
  ]);
  const locale = viewer.locale;
  const edges = page.rows.slice(0, first).map((row: Record<string, any>) => {
    const item =
      row.title === null ? null : { title: row.title as string, moderationNote: row.note };
    const facts = { kind: row.kind, contentType: row.content_type, payload: row.payload };
    return {
      cursor: encodeCursor([row.created_at.toISOString(), row.id]),
      node: {
        id: row.id,
        kind: row.kind,
        text: notificationText(facts, locale, item),
        title: item?.title ?? null,
        read: row.read_at !== null,
        createdAt: row.created_at.toISOString(),
        contentType: row.content_type,
        contentId: row.content_id,
      },
    };
  });
  return {
    totalCount: count.rows[0]!.n,
    pageInfo: { hasNextPage: page.rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
    edges,
  };
}

const resolvers = {
  Query: {
    cases: (_: unknown, args: { first: number }, { viewer }: Context) =>
      casesPage(viewer, args.first),
    question: (_: unknown, args: { id: string }, { viewer }: Context) =>
      questionPage(viewer, args.id),
    search: (_: unknown, args: { query: string }, { viewer }: Context) =>
      search(viewer, args.query),
    notifications: (_: unknown, args: { first: number }, { viewer }: Context) =>
      notifications(viewer, args.first),
  },
  SearchItem: { __resolveType: (item: { __typename: string }) => item.__typename },
};

/** The bearer token verified as the API verifies it, then its session and member in one query. */
async function viewerOf(authorization: string | undefined): Promise<Viewer> {
  const token = /^Bearer (\S+)$/i.exec(authorization ?? '')?.[1];
  const unauthenticated = () =>
    new GraphQLError('Sign in first', {
      extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
    });
  if (!token) throw unauthenticated();
  let claims: { sub?: string; sid?: unknown };
  try {
    ({ payload: claims } = await jwtVerify(token, key, {
      issuer: 'samrad',
      audience: 'samrad-api',
      algorithms: ['HS256'],
    }));
  } catch {
    throw unauthenticated();
  }
  const { rows } = await pool.query<{
    id: string;
    organisation_id: string;
    roles: string[];
    locale: string;
  }>(
    `SELECT m.id, m.organisation_id, m.roles::text[] AS roles, m.locale::text AS locale
       FROM auth_session s JOIN member m ON m.id = s.member_id
      WHERE s.id = $1 AND s.member_id = $2 AND s.revoked_at IS NULL AND s.expires_at > now()
        AND m.status = 'ACTIVE'`,
    [claims.sid, claims.sub],
  );
  const member = rows[0];
  if (!member) throw unauthenticated();
  return {
    memberId: member.id,
    sessionId: String(claims.sid),
    organisationId: member.organisation_id,
    roles: member.roles as Role[],
    locale: member.locale as Viewer['locale'],
    mfa: { enrolled: false, required: false, verifiedAt: null },
  };
}

async function main(): Promise<void> {
  const server = new ApolloServer<Context>({ typeDefs, resolvers, introspection: false });
  const { url } = await startStandaloneServer(server, {
    listen: { port: Number(env.PORT ?? 0), host: '127.0.0.1' },
    context: async ({ req }) => ({ viewer: await viewerOf(req.headers.authorization) }),
  });
  // The parent waits for this line.
  console.log(`BASELINE_URL ${url}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
