// SPDX-License-Identifier: EUPL-1.2
import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  getNamedType,
  isEnumType,
  isInterfaceType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { Role } from 'src/graph/auth/role.enum';
import { SearchIndexer } from 'src/modules/search/search-indexer';
import { publishedCase } from 'test/factories/case.factory';
import { signedInMember, type SignedInMember } from 'test/factories/member.factory';
import {
  answerQuestion,
  approve,
  askQuestion,
  organisationId,
} from 'test/factories/question.factory';
import { eventually } from 'test/helpers/eventually';
import { startTestApp, type TestApp } from 'test/helpers/test-app';

/**
 * The schema walk of issue 11: every Query field that can hand out content is called by members
 * of organisation B (a plain member, a moderator, an expert, an admin), and no AMBER,
 * AMBER_STRICT or RED case, question or answer written in organisation A may appear in any
 * answer: not its id, not its title, not a word of its text. The fields are found by walking
 * the schema, not listed by hand, so a new read path is covered without anyone remembering it:
 * a field that reaches content but has no row in CALLS below fails the walk.
 *
 * "Reaches content": its type leads (through lists, connections, unions, nested objects) to
 * Case, Question or Answer, or to a type that names content by a `ContentType` field
 * (notifications, moderation items).
 */

const SECRET = 'zephyrlock';
const CONTROL = 'quillmarsh';

type ViewerName = 'member' | 'moderator' | 'expert' | 'admin';

interface Call {
  viewer: ViewerName;
  /** Arguments, written out; `$RESTRICTED` and `$VISIBLE` expand to one call per id. */
  args?: string;
}

/** How to call each content field. A field missing here, or a row for no such field, fails. */
const CALLS: Record<string, Call[]> = {
  case: [
    { viewer: 'member', args: 'id: "$RESTRICTED"' },
    { viewer: 'moderator', args: 'id: "$RESTRICTED"' },
  ],
  cases: [
    { viewer: 'member', args: 'first: 25' },
    { viewer: 'moderator', args: 'first: 25' },
    { viewer: 'admin', args: 'first: 25' },
    {
      viewer: 'member',
      args: 'first: 25, filter: { statuses: [DRAFT, SUBMITTED, PUBLISHED, CHANGES_REQUESTED, REJECTED, WITHDRAWN, ARCHIVED] }',
    },
  ],
  question: [
    { viewer: 'member', args: 'id: "$RESTRICTED"' },
    { viewer: 'expert', args: 'id: "$RESTRICTED"' },
  ],
  questions: [
    { viewer: 'member', args: 'first: 25' },
    { viewer: 'expert', args: 'first: 25' },
    {
      viewer: 'moderator',
      args: 'first: 25, filter: { statuses: [PENDING_REVIEW, OPEN, ANSWERED, CLOSED, REJECTED] }',
    },
  ],
  // Ten hits keep the walk's full selection under the query cost limit (graphql-limits.ts);
  // A has six items with the secret word, so a page of ten would still show any of them
  // (the moderation queue below is paged by ten for the same reason).
  search: [
    { viewer: 'member', args: `query: "${SECRET}", first: 10` },
    { viewer: 'moderator', args: `query: "${SECRET}", first: 10` },
    { viewer: 'expert', args: `query: "${SECRET}", first: 10` },
    { viewer: 'admin', args: `query: "${SECRET}", first: 10` },
    { viewer: 'member', args: `query: "${CONTROL}", first: 10` },
  ],
  triageQueue: [{ viewer: 'expert', args: 'first: 25' }],
  moderationQueue: [{ viewer: 'moderator', args: 'first: 10' }],
  // Ids of every content type are tried as each type: a wrong type is simply none.
  moderationItem: [
    { viewer: 'moderator', args: 'contentType: CASE, contentId: "$RESTRICTED"' },
    { viewer: 'moderator', args: 'contentType: QUESTION, contentId: "$RESTRICTED"' },
    { viewer: 'moderator', args: 'contentType: ANSWER, contentId: "$RESTRICTED"' },
    { viewer: 'admin', args: 'contentType: CASE, contentId: "$RESTRICTED"' },
  ],
  notifications: [
    { viewer: 'member', args: 'first: 25' },
    { viewer: 'expert', args: 'first: 25' },
  ],
};

/** Whether values of a type can carry content; one memo per walk. */
function contentReach() {
  const memo = new Map<string, boolean>();
  const names = (type: GraphQLNamedType) =>
    isObjectType(type) &&
    Object.values(type.getFields()).some((f) => getNamedType(f.type).name === 'ContentType');
  const reaches = (type: GraphQLNamedType, path: Set<string>): boolean => {
    if (['Case', 'Question', 'Answer'].includes(type.name)) return true;
    const known = memo.get(type.name);
    if (known !== undefined) return known;
    if (path.has(type.name)) return false;
    const next = new Set(path).add(type.name);
    let result = false;
    if (isUnionType(type)) result = type.getTypes().some((member) => reaches(member, next));
    else if (isObjectType(type) || isInterfaceType(type))
      result =
        names(type) ||
        Object.values(type.getFields()).some((f) => reaches(getNamedType(f.type), next));
    memo.set(type.name, result);
    return result;
  };
  return (type: GraphQLNamedType) => reaches(type, new Set());
}

/**
 * A selection of everything in `type` that can show content: every ID and String field without
 * required arguments, and every nested field that reaches content, each type once per path.
 */
function selectionFor(
  schema: GraphQLSchema,
  type: GraphQLNamedType,
  reaches: (type: GraphQLNamedType) => boolean,
  path: readonly string[] = [],
): string {
  if (isUnionType(type))
    return `{ __typename ${type
      .getTypes()
      .map((member) => `... on ${member.name} ${selectionFor(schema, member, reaches, path)}`)
      .join(' ')} }`;
  if (!isObjectType(type)) return '';
  const fields = Object.values((type as GraphQLObjectType).getFields()).filter(
    (f) => !f.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined),
  );
  const parts: string[] = [];
  for (const field of fields) {
    const named = getNamedType(field.type);
    if (isScalarType(named) || isEnumType(named)) {
      if (named.name === 'ID' || named.name === 'String') parts.push(field.name);
    } else if (reaches(named) && !path.includes(named.name)) {
      parts.push(`${field.name} ${selectionFor(schema, named, reaches, [...path, type.name])}`);
    }
  }
  return `{ ${parts.join(' ')} }`;
}

describe('No restricted content of another organisation on any read path (schema walk, e2e)', () => {
  let t: TestApp;
  const viewers = {} as Record<ViewerName, SignedInMember>;
  /** Ids and titles of A's restricted items: none may reach B. */
  /** `flagged`: in front of reviewers as metadata (flag review): its id may show, never its text. */
  const restricted: { label: string; id: string; title: string; flagged?: boolean }[] = [];
  /** A's GREEN items with their answer: B must see them, or the walk proves nothing. */
  const visible: { label: string; id: string }[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    const author = await signedInMember(t, { organisationSlug: 'kth' });
    const colleague = await signedInMember(t, { organisationSlug: 'kth' });
    const recipient = await signedInMember(t, { organisationSlug: 'lunds-universitet' });
    const platformModerator = await signedInMember(t, {
      organisationSlug: 'universitets-och-hogskoleradet',
      roles: [Role.MODERATOR],
    });
    // Organisation B: Säpo, an authority that takes questions, so its expert has a triage queue.
    const orgB = 'sakerhetspolisen';
    viewers.member = await signedInMember(t, { organisationSlug: orgB });
    viewers.moderator = await signedInMember(t, {
      organisationSlug: orgB,
      roles: [Role.MODERATOR],
    });
    viewers.expert = await signedInMember(t, { organisationSlug: orgB, roles: [Role.EXPERT] });
    viewers.admin = await signedInMember(t, { organisationSlug: orgB, roles: [Role.ADMIN] });
    const lund = await organisationId(t, 'lunds-universitet');
    const isp = await organisationId(t, 'inspektionen-for-strategiska-produkter');

    const audiences = {
      AMBER: { sharingLevel: 'AMBER', recipientOrganisationIds: [lund] },
      AMBER_STRICT: { sharingLevel: 'AMBER_STRICT' },
      RED: { sharingLevel: 'RED', recipientMemberIds: [recipient.id] },
    } as const;
    for (const [level, audience] of Object.entries(audiences)) {
      const caseTitle = `The ${SECRET} case shared ${level}`;
      const row = await publishedCase(t, author, platformModerator, {
        ...audience,
        title: caseTitle,
      });
      restricted.push({ label: `${level} case`, id: row.id, title: caseTitle });

      const questionTitle = `Is the ${SECRET} question asked ${level} answered?`;
      const question = await askQuestion(t, author, {
        ...audience,
        title: questionTitle,
        // Asked of another authority than B: B's experts must not see it in triage either.
        ...(level === 'AMBER_STRICT' ? {} : { directedToIds: [isp] }),
      });
      restricted.push({
        label: `${level} question`,
        id: question.id,
        title: questionTitle,
        flagged: true,
      });
      const answerer = level === 'RED' ? recipient : level === 'AMBER' ? recipient : colleague;
      const answer = await answerQuestion(t, answerer, question.id, {
        body: `The ${SECRET} answer to the ${level} question.`,
      });
      restricted.push({ label: `${level} answer`, id: answer.id, title: questionTitle });
      // A reader's flag puts it in front of moderators, who still must not see it.
      const flagged = await t.gql(
        `mutation($input: FlagContentInput!) { flagContent(input: $input) { contentHidden } }`,
        { input: { contentType: 'QUESTION', contentId: question.id, reason: 'OFF_TOPIC' } },
        (level === 'AMBER_STRICT' ? colleague : recipient).accessToken,
      );
      expect(flagged.errors).toBeUndefined();
    }
    // A pending community question of A's: B's moderator reads it (not restricted).
    const pending = await askQuestion(t, author, {
      title: `A ${CONTROL} question waiting for a moderator`,
    });
    expect(pending.status).toBe('PENDING_REVIEW');

    // What B may read: a GREEN case and question with an answer, all with the control word.
    const greenCase = await publishedCase(t, author, platformModerator, {
      title: `The ${CONTROL} case for everyone`,
    });
    visible.push({ label: 'GREEN case', id: greenCase.id });
    const greenQuestion = await askQuestion(t, author, {
      title: `Is the ${CONTROL} question open?`,
    });
    await approve(t, platformModerator, 'QUESTION', greenQuestion.id);
    // B's member follows it, so the answer below reaches B's notifications.
    const followed = await t.gql(
      `mutation($input: FollowInput!) { follow(input: $input) { id } }`,
      { input: { targetType: 'QUESTION', targetId: greenQuestion.id, frequency: 'INSTANT' } },
      viewers.member.accessToken,
    );
    expect(followed.errors).toBeUndefined();
    const greenAnswer = await answerQuestion(t, viewers.expert, greenQuestion.id, {
      body: `The ${CONTROL} answer for everyone.`,
    });
    visible.push({ label: 'GREEN question', id: greenQuestion.id });
    visible.push({ label: 'GREEN answer', id: greenAnswer.id });
    visible.push({ label: 'pending GREEN question', id: pending.id });
    await t.app.get(SearchIndexer).reindexAll();
    await eventually(async () => {
      const list = await t.gql(
        `{ notifications(first: 5) { edges { node { contentId } } } }`,
        {},
        viewers.member.accessToken,
      );
      return JSON.stringify(list.data ?? {}).includes(greenQuestion.id) ? true : undefined;
    });
  }, 120_000);

  afterAll(() => t?.close());

  it('has a call for every Query field that reaches content, and for no other', () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const reaches = contentReach();
    const contentFields = Object.values(schema.getQueryType()!.getFields())
      .filter((field) => reaches(getNamedType(field.type)))
      .map((field) => field.name)
      .sort();
    expect(contentFields).toEqual(Object.keys(CALLS).sort());
  });

  it('shows B none of A’s restricted items on any of them, and B’s own reads work', async () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const reaches = contentReach();
    const query = schema.getQueryType()!;
    const leaks: string[] = [];
    const seen = new Set<string>();
    for (const [fieldName, calls] of Object.entries(CALLS)) {
      const field = query.getFields()[fieldName];
      if (!field) throw new Error(`No Query.${fieldName}: remove its row from CALLS`);
      const selection = selectionFor(schema, getNamedType(field.type), reaches);
      for (const call of calls) {
        const argSets = call.args?.includes('$RESTRICTED')
          ? [...restricted.map((r) => r.id), ...visible.map((v) => v.id)].map((id) =>
              call.args!.replace('$RESTRICTED', id),
            )
          : [call.args];
        for (const args of argSets) {
          const operation = `{ ${fieldName}${args ? `(${args})` : ''} ${selection} }`;
          const response = await t.gql(operation, {}, viewers[call.viewer].accessToken);
          const errors = (response.errors ?? []).filter((e) => e.extensions?.code !== 'NOT_FOUND');
          expect({ fieldName, args, errors }).toEqual({ fieldName, args, errors: [] });
          const data = JSON.stringify(response.data ?? null);
          const shown = JSON.stringify(response.errors ?? []) + data;
          for (const item of restricted) {
            // Asking for a restricted id by name may echo it back only in a NOT_FOUND error.
            // Flag review lists a flagged restricted item to reviewers by id and level alone
            // (docs/domain.md, "Flag review"), so there only its title or text is a leak.
            const idShown =
              data.includes(item.id) &&
              !(item.flagged && ['moderationQueue', 'moderationItem'].includes(fieldName));
            if (idShown || shown.includes(item.title))
              leaks.push(`${fieldName}(${args ?? ''}) as B's ${call.viewer}: ${item.label}`);
          }
          if (data.includes(SECRET)) leaks.push(`${fieldName}(${args ?? ''}): text with ${SECRET}`);
          for (const item of visible) if (data.includes(item.id)) seen.add(item.label);
        }
      }
    }
    expect(leaks).toEqual([]);
    expect([...seen].sort()).toEqual(visible.map((v) => v.label).sort());
  });
});
