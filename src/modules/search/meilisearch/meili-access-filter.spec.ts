// SPDX-License-Identifier: EUPL-1.2
import {
  evaluate as standInEvaluate,
  parseFilter,
} from 'test/integration/meilisearch/stand-in/filter';
import { randomUUID } from 'node:crypto';
import { Role } from 'src/graph/auth/role.enum';
import type { Viewer } from 'src/graph/auth/viewer';
import { AccessPolicy } from 'src/modules/access-policy/access-policy';
import { SharingLevel } from 'src/modules/access-policy/sharing-level.enum';
import type { SearchDocument } from 'src/modules/search/engine/search-engine';
import {
  accessFilter,
  quote,
  requestFilter,
  searchFilter,
} from 'src/modules/search/meilisearch/meili-access-filter';
import { toMeiliDocument, type MeiliDocument } from 'src/modules/search/meilisearch/meili-document';

// A tiny interpreter for the subset of Meilisearch's filter language the builders emit:
// `attr = value`, `attr IN [v, …]`, AND, OR and parentheses, with Meilisearch's semantics
// (on an array attribute, `=` holds when any element equals the value; AND binds tighter).
type Value = string | number;
type Expr =
  | { op: 'OR' | 'AND'; args: Expr[] }
  | { op: '='; attr: string; value: Value }
  | { op: 'IN'; attr: string; values: Value[] };

function tokenize(input: string): string[] {
  const tokens: string[] = [];
  const re = /\s*(?:("(?:[^"\\]|\\.)*")|([()[\],=])|([A-Za-z0-9_.-]+))/y;
  for (let at = 0; input.slice(at).trim(); at = re.lastIndex) {
    re.lastIndex = at;
    const match = re.exec(input);
    if (!match) throw new Error(`cannot tokenize at ${at}: ${input.slice(at)}`);
    tokens.push(match[1] ?? match[2] ?? match[3]!);
  }
  return tokens;
}

function parse(input: string): Expr {
  const tokens = tokenize(input);
  let at = 0;
  const next = () => tokens[at++] ?? '';
  const expect = (token: string) => {
    if (next() !== token) throw new Error(`expected ${token} at token ${at}`);
  };
  const value = (): Value => {
    const token = next();
    if (token.startsWith('"')) return token.slice(1, -1).replace(/\\(.)/g, '$1');
    if (/^\d+$/.test(token)) return Number(token);
    throw new Error(`expected a value, got ${token}`);
  };
  const primary = (): Expr => {
    if (tokens[at] === '(') {
      next();
      const inner = or();
      expect(')');
      return inner;
    }
    const attr = next();
    const op = next();
    if (op === '=') return { op: '=', attr, value: value() };
    if (op !== 'IN') throw new Error(`unsupported operator ${op}`);
    expect('[');
    const values = [value()];
    while (tokens[at] === ',') {
      next();
      values.push(value());
    }
    expect(']');
    return { op: 'IN', attr, values };
  };
  const chain = (op: 'AND' | 'OR', operand: () => Expr) => (): Expr => {
    const args = [operand()];
    while (tokens[at] === op) {
      next();
      args.push(operand());
    }
    return args.length === 1 ? args[0]! : { op, args };
  };
  const and = chain('AND', primary);
  const or = chain('OR', and);
  const expr = or();
  if (at !== tokens.length) throw new Error(`trailing tokens from ${at}`);
  return expr;
}

function evaluate(expr: Expr, doc: MeiliDocument): boolean {
  const field = (attr: string): Value[] => {
    const v = (doc as unknown as Record<string, unknown>)[attr];
    return (Array.isArray(v) ? v : [v]).filter((x): x is Value => x !== null && x !== undefined);
  };
  switch (expr.op) {
    case 'OR':
      return expr.args.some((arg) => evaluate(arg, doc));
    case 'AND':
      return expr.args.every((arg) => evaluate(arg, doc));
    case '=':
      return field(expr.attr).includes(expr.value);
    case 'IN':
      return field(expr.attr).some((v) => expr.values.includes(v));
  }
}

const matches = (filter: string, doc: MeiliDocument) => evaluate(parse(filter), doc);

const AUTHOR_ORG = randomUUID();
const RECIPIENT_ORG = randomUUID();
const DIRECTED_ORG = randomUUID();
const OTHER_ORG = randomUUID();
const RED_RECIPIENT = randomUUID();
const AUTHOR = randomUUID();

const viewer = (organisationId: string, roles: Role[] = [Role.MEMBER], memberId = randomUUID()) =>
  ({ memberId, organisationId, roles, sessionId: randomUUID(), locale: 'SV' }) satisfies Viewer;

const VIEWERS: Record<string, Viewer | null> = {
  visitor: null,
  author: viewer(AUTHOR_ORG, [Role.MEMBER], AUTHOR),
  authorOrgMember: viewer(AUTHOR_ORG),
  authorOrgExpert: viewer(AUTHOR_ORG, [Role.MEMBER, Role.EXPERT]),
  recipientOrgMember: viewer(RECIPIENT_ORG),
  redRecipient: viewer(OTHER_ORG, [Role.MEMBER], RED_RECIPIENT),
  expertOfDirectedOrg: viewer(DIRECTED_ORG, [Role.MEMBER, Role.EXPERT]),
  nonExpertOfDirectedOrg: viewer(DIRECTED_ORG),
  expertOfOtherOrg: viewer(OTHER_ORG, [Role.MEMBER, Role.EXPERT]),
  otherMember: viewer(OTHER_ORG),
  moderator: viewer(OTHER_ORG, [Role.MEMBER, Role.MODERATOR]),
  admin: viewer(OTHER_ORG, [Role.MEMBER, Role.ADMIN]),
};

function document(
  level: SharingLevel,
  audience: { recipientOrgs: boolean; recipientMembers: boolean; directed: boolean },
): SearchDocument {
  const id = randomUUID();
  return {
    key: `QUESTION:${id}`,
    type: 'QUESTION',
    id,
    language: 'SV',
    title: 'Exportkontroll',
    summary: '',
    body: '',
    answers: '',
    topicIds: [],
    countryCodes: ['CN'],
    outcome: null,
    year: 2025,
    publishedAt: '2025-03-01T10:00:00.000Z',
    sharingLevel: level,
    authorId: AUTHOR,
    authorOrganisationId: AUTHOR_ORG,
    recipientOrganisationIds: audience.recipientOrgs ? [RECIPIENT_ORG, randomUUID()] : [],
    recipientMemberIds: audience.recipientMembers ? [randomUUID(), RED_RECIPIENT] : [],
    directedToIds: audience.directed ? [DIRECTED_ORG] : [],
  };
}

const DOCUMENTS = Object.values(SharingLevel).flatMap((level) =>
  [false, true].flatMap((recipientOrgs) =>
    [false, true].flatMap((recipientMembers) =>
      [false, true].map((directed) => ({
        name: `${level} orgs:${recipientOrgs} members:${recipientMembers} directed:${directed}`,
        doc: document(level, { recipientOrgs, recipientMembers, directed }),
      })),
    ),
  ),
);

describe(accessFilter.name, () => {
  const policy = new AccessPolicy();
  // Only live items are indexed: the filter is the whole rule at stage LIVE.
  const canRead = (v: Viewer | null, doc: SearchDocument) =>
    policy.canRead(v, { ...doc, directedToOrganisationIds: doc.directedToIds, stage: 'LIVE' });
  const disagreements = (filter: string, v: Viewer | null) =>
    DOCUMENTS.filter(({ doc }) => matches(filter, toMeiliDocument(doc)) !== canRead(v, doc)).map(
      ({ name }) => name,
    );

  it.each(Object.entries(VIEWERS))(
    'agrees with AccessPolicy.canRead of a live item for %s',
    (_, v) => {
      expect(disagreements(accessFilter(v), v)).toEqual([]);
    },
  );

  it('is checked over a matrix where every restricted level is read by some and not others', () => {
    for (const level of [SharingLevel.AMBER, SharingLevel.AMBER_STRICT, SharingLevel.RED]) {
      const cells = DOCUMENTS.filter(({ doc }) => doc.sharingLevel === level).flatMap(({ doc }) =>
        Object.values(VIEWERS).map((v) => canRead(v, doc)),
      );
      expect(cells).toContain(true);
      expect(cells).toContain(false);
    }
    // A rule that forgets the EXPERT clause is caught.
    const expert = VIEWERS.expertOfDirectedOrg!;
    const withoutExpertClause = accessFilter({ ...expert, roles: [Role.MEMBER] });
    expect(disagreements(withoutExpertClause, expert)).not.toEqual([]);
  });

  it('lets the author read their own live RED item, as the PostgreSQL engine does', () => {
    const author = VIEWERS.author!;
    const filter = accessFilter(author);
    expect(filter.split(' OR ')).toContain(`authorId = "${AUTHOR}"`);
    const ownRed = toMeiliDocument(
      document(SharingLevel.RED, { recipientOrgs: false, recipientMembers: true, directed: false }),
    );
    expect(matches(filter, ownRed)).toBe(true);
    // A colleague in the same organisation is not the author and is not named: no RED read.
    expect(matches(accessFilter(viewer(AUTHOR_ORG)), ownRed)).toBe(false);
  });

  it('lets visitors read CLEAR only', () => {
    expect(accessFilter(null)).toBe('sharingLevel = "CLEAR"');
  });

  it('adds the directed-to clause to RED only for experts', () => {
    const red = (v: Viewer) => accessFilter(v).split(' OR (sharingLevel = "RED"')[1];
    expect(red(VIEWERS.nonExpertOfDirectedOrg!)).not.toContain('directedToIds');
    expect(red(VIEWERS.expertOfDirectedOrg!)).toContain(`directedToIds = "${DIRECTED_ORG}"`);
  });

  it('quotes values, so an id cannot change the expression', () => {
    const hostile = viewer(`x" OR sharingLevel = "RED`);
    const filter = accessFilter(hostile);
    const redItem = toMeiliDocument(
      document(SharingLevel.RED, { recipientOrgs: true, recipientMembers: true, directed: true }),
    );
    expect(matches(filter, redItem)).toBe(false);
    expect(quote('a"b\\c')).toBe('"a\\"b\\\\c"');
    expect(parse(`sharingLevel = ${quote('a"b\\c')}`)).toEqual({
      op: '=',
      attr: 'sharingLevel',
      value: 'a"b\\c',
    });
  });
});

describe(requestFilter.name, () => {
  it('is null without facet filters', () => {
    expect(requestFilter({})).toBeNull();
    expect(requestFilter({ types: [], years: [] })).toBeNull();
  });

  it('ORs values within a facet and ANDs facets', () => {
    expect(requestFilter({ types: ['CASE'], years: [2024, 2025], countryCodes: ['SE'] })).toBe(
      'type IN ["CASE"] AND countryCodes IN ["SE"] AND year IN [2024, 2025]',
    );
    const doc = toMeiliDocument(
      document(SharingLevel.GREEN, {
        recipientOrgs: false,
        recipientMembers: false,
        directed: false,
      }),
    );
    expect(matches(requestFilter({ years: [2024, 2025], countryCodes: ['CN'] })!, doc)).toBe(true);
    expect(matches(requestFilter({ years: [2025], types: ['CASE'] })!, doc)).toBe(false);
  });

  it('refuses non-integer years', () => {
    expect(() => requestFilter({ years: [Number.NaN] })).toThrow();
  });
});

describe(searchFilter.name, () => {
  it('puts the access filter first and can only narrow it', () => {
    const filter = searchFilter(null, { sharingLevels: [SharingLevel.RED, SharingLevel.CLEAR] });
    expect(filter).toBe('(sharingLevel = "CLEAR") AND (sharingLevel IN ["RED", "CLEAR"])');
    const visible = DOCUMENTS.filter(({ doc }) => matches(filter, toMeiliDocument(doc)));
    expect(visible.length).toBeGreaterThan(0);
    expect(visible.every(({ doc }) => doc.sharingLevel === SharingLevel.CLEAR)).toBe(true);
  });

  it('is the access filter alone without facet filters', () => {
    const member = VIEWERS.otherMember!;
    expect(searchFilter(member, {})).toBe(`(${accessFilter(member)})`);
  });
});

describe('filter values, quoted as Meilisearch unescapes them', () => {
  // The stand-in's parser follows filter-parser (v1.14+): `\"` inside double quotes first, then
  // the `unescaper` crate's escapes (`\\` among them). Each value must come back unchanged.
  it.each(['plain', 'a"b', 'a\\b', 'a\\"b', 'ends with \\', '\\n is not a newline', "it's", ''])(
    '%j round-trips',
    (value) => {
      const parsed = parseFilter(`field = ${quote(value)}`);
      expect(parsed).toEqual({ kind: 'cmp', field: 'field', op: '=', value });
    },
  );

  it('matches a quoted value on the stand-in exactly', () => {
    const filter = parseFilter(`id IN [${quote('x"y\\z')}, ${quote('other')}]`);
    expect(standInEvaluate(filter, { id: 'x"y\\z' })).toBe(true);
    expect(standInEvaluate(filter, { id: 'x"y\\\\z' })).toBe(false);
  });
});
