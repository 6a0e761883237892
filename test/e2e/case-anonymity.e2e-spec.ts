// SPDX-License-Identifier: EUPL-1.2
import { Logger } from '@nestjs/common';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  getNamedType,
  isLeafType,
  isNonNullType,
  isObjectType,
  type GraphQLObjectType,
} from 'graphql';
import type { SMTPServer } from 'smtp-server';
import { DataSource } from 'typeorm';
import { Role } from 'src/graph/auth/role.enum';
import { CountriesService } from 'src/modules/countries/countries.service';
import { Locale } from 'src/modules/members/locale.enum';
import type { OrganisationEntity } from 'src/modules/organisations/organisation.entity';
import { OrganisationsService } from 'src/modules/organisations/organisations.service';
import { createCase, publishedCase, type CaseResult } from 'test/factories/case.factory';
import { signedInMember, type SignedInMember } from 'test/factories/member.factory';
import { SmtpCapture } from 'test/helpers/smtp-capture';
import {
  errorCode,
  found,
  startTestApp,
  type GraphQLResponse,
  type TestApp,
} from 'test/helpers/test-app';
import { eventually } from 'test/helpers/eventually';

/** What an anonymous case shows instead of its author (DOMAIN §3), by viewer locale. */
const PLACEHOLDER = {
  SV: 'ett svenskt universitet eller en högskola',
  EN: 'a Swedish higher education institution',
} as const;
const AUTHOR_NAME = 'Ingrid Ödmark-Testperson';
/** Anonymous cases are from this year, so a list filtered by it holds nothing attributed. */
const ANONYMOUS_YEAR = 2021;
const ATTRIBUTED_YEAR = 2023;
const REVEAL_REASON = 'Suspected third-party personal data in the case text';

const SUBMIT = `mutation($input: SubmitCaseInput!) { submitCase(input: $input) { id status } }`;
const UPDATE = `mutation($input: UpdateCaseInput!) { updateCase(input: $input) { id } }`;
const WITHDRAW = `mutation($input: WithdrawCaseInput!) { withdrawCase(input: $input) { id } }`;
const FLAG = `mutation($input: FlagContentInput!) { flagContent(input: $input) { contentHidden } }`;
const REVEAL = `mutation($input: RevealAuthorInput!) {
  revealAuthor(input: $input) { displayName email organisation { id slug nameSv nameEn } }
}`;
const AUDIT = `query($filter: AuditLogFilter) { auditLog(first: 100, filter: $filter) {
  totalCount edges { node { id action actorId targetType targetId reason details createdAt } }
} }`;

/** Every field a client can select on `type`, nested objects `depth` levels down. */
function selectionOf(type: GraphQLObjectType, depth: number): string {
  return Object.values(type.getFields())
    .filter((field) => field.args.every((a) => !isNonNullType(a.type)))
    .flatMap((field) => {
      const named = getNamedType(field.type);
      if (isLeafType(named)) return [field.name];
      // A connection and its edges are wrappers, not a level: their nodes are the content.
      const wrapper = /(Connection|Edge)$/.test(named.name);
      if (isObjectType(named) && (depth > 0 || wrapper))
        return [`${field.name} { ${selectionOf(named, wrapper ? depth : depth - 1)} }`];
      return [];
    })
    .join(' ');
}

/** Serialises a response or log argument; cursors are decoded, since they are data too. */
function exposed(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value instanceof Uint8Array) return Buffer.from(value).toString('utf8');
  if (value instanceof Error) return `${value.message} ${value.stack ?? ''}`;
  const seen = new WeakSet<object>();
  return (
    JSON.stringify(value, (key, v: unknown) => {
      if ((key === 'cursor' || key === 'endCursor') && typeof v === 'string')
        return `${v} ${Buffer.from(v, 'base64url').toString('utf8')}`;
      if (v instanceof Error) return { message: v.message, stack: v.stack };
      if (typeof v === 'object' && v !== null) {
        if (seen.has(v)) return '[circular]';
        seen.add(v);
      }
      return v;
    }) ?? String(value)
  );
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Everything stdout, stderr, `console` and Nest's Logger (instances and static, every level,
 * including those quiet mode filters out) are given while the file runs.
 */
class LogCapture {
  private readonly spies = new Map<string, jest.SpyInstance>();

  start(): void {
    const watch = <T extends object>(target: T, method: keyof T & string, name: string) =>
      this.spies.set(name, jest.spyOn(target, method as never).mockName(name));
    watch(process.stdout, 'write', 'stdout');
    watch(process.stderr, 'write', 'stderr');
    for (const method of ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const)
      watch(console, method, `console.${method}`);
    for (const method of ['log', 'error', 'warn', 'debug', 'verbose', 'fatal'] as const) {
      watch(Logger.prototype, method, `logger.${method}`);
      watch(Logger, method, `Logger.${method}`);
    }
  }

  /** Records the next call of a Logger method without printing it (an expected failure). */
  silenceNext(name: `logger.${'error' | 'warn'}`): void {
    this.spies.get(name)!.mockImplementationOnce(() => undefined);
  }

  lines(): string[] {
    return [...this.spies].flatMap(([name, spy]) =>
      spy.mock.calls.map((args: unknown[]) => `${name}: ${args.map(exposed).join(' ')}`),
    );
  }

  stop(): void {
    for (const spy of this.spies.values()) spy.mockRestore();
  }
}

describe('Anonymous case authors never leak (e2e)', () => {
  const logs = new LogCapture();
  let t: TestApp;
  let smtp: SmtpCapture;
  let kth: OrganisationEntity;
  let author: SignedInMember;
  /** Same organisation as the author. */
  let colleague: SignedInMember;
  /** Lund University, English: reads GREEN cases and the AMBER case sent to Lund. */
  let outsider: SignedInMember;
  let moderator: SignedInMember;
  let admin: SignedInMember;
  let anonymous: CaseResult;
  let pending: CaseResult;
  let draft: CaseResult;
  let clear: CaseResult;
  let amber: CaseResult;
  let caseSelection: string;
  let CASE: string;
  let CASES: string;
  let QUEUE: string;
  let MODERATE: string;

  /** The labels of the author's identifying facts found in `value`. */
  function leaks(value: unknown): string[] {
    const text = exposed(value);
    const secrets: [string, RegExp][] = [
      ['member id', new RegExp(escape(author.id), 'i')],
      ['display name', new RegExp(escape(AUTHOR_NAME), 'i')],
      ['surname', /Ödmark/i],
      ['e-mail', new RegExp(escape(author.email), 'i')],
      ['organisation id', new RegExp(escape(kth.id), 'i')],
      ['organisation name (sv)', new RegExp(escape(kth.nameSv), 'i')],
      ['organisation name (en)', new RegExp(escape(kth.nameEn), 'i')],
      // The slug, the short name and the e-mail domain.
      ['KTH', /(?<![\p{L}\p{N}])kth(?![\p{L}\p{N}])/iu],
    ];
    return secrets.filter(([, pattern]) => pattern.test(text)).map(([label]) => label);
  }

  function expectError(response: GraphQLResponse, code: string): void {
    expect(errorCode(response)).toBe(code);
    expect(leaks(response)).toEqual([]);
  }

  /** `case(id)` answers null, as for an unknown id, and nothing else. */
  function expectNotFound(response: GraphQLResponse): void {
    expect(found(response, 'case')).toBe(false);
    expect(leaks(response)).toEqual([]);
  }

  const read = (id: string, who: SignedInMember | null) => t.gql(CASE, { id }, who?.accessToken);
  const list = (who: SignedInMember | null, filter: Record<string, unknown>) =>
    t.gql(CASES, { filter }, who?.accessToken);
  const queue = async () => {
    const result = await t.gql(QUEUE, {}, moderator.accessToken);
    expect(result.errors).toBeUndefined();
    return result;
  };
  const queueItem = (result: GraphQLResponse<Record<string, any>>, id: string) =>
    (result.data!.moderationQueue.edges as { node: Record<string, any> }[])
      .map((e) => e.node)
      .find((n) => n.contentId === id);
  const moderate = (id: string, action: string, who = moderator) =>
    t.gql(
      MODERATE,
      { input: { contentType: 'CASE', contentId: id, action, reason: `${action} by test` } },
      who.accessToken,
    );
  const flag = (id: string, who: SignedInMember, reason = 'OTHER', text?: string) =>
    t.gql(FLAG, { input: { contentType: 'CASE', contentId: id, reason, text } }, who.accessToken);
  const reveal = (id: string, who: SignedInMember, reason = REVEAL_REASON) =>
    t.gql(REVEAL, { input: { contentType: 'CASE', contentId: id, reason } }, who.accessToken);
  const audit = async (filter: Record<string, unknown>) => {
    const result = await t.gql(AUDIT, { filter }, admin.accessToken);
    expect(result.errors).toBeUndefined();
    return (result.data!.auditLog.edges as { node: Record<string, unknown> }[]).map((e) => e.node);
  };

  /** Clean text (no screening findings) with every optional field filled. */
  const anonymousInput = (overrides: Record<string, unknown> = {}) => ({
    attribution: 'ANONYMOUS',
    sharingLevel: 'GREEN',
    year: ANONYMOUS_YEAR,
    quarter: 2,
    phase: 'DUE_DILIGENCE',
    assessment: 'We consulted the export control function and the security office.',
    mitigations: 'Reporting duties were removed from the agreement.',
    lessonsLearned: 'Read the scholarship terms before the visit is agreed.',
    reviewBy: new Date(Date.now() + 200 * 24 * 3600 * 1000).toISOString().slice(0, 10),
    ...overrides,
  });

  beforeAll(async () => {
    logs.start();
    smtp = new SmtpCapture();
    t = await startTestApp({ worker: true, smtpUrl: await smtp.start() });
    kth = (await t.app.get(OrganisationsService).findBySlug('kth'))!;
    author = await signedInMember(t, { organisationSlug: 'kth', displayName: AUTHOR_NAME });
    colleague = await signedInMember(t, { organisationSlug: 'kth', displayName: 'Kai Kollega' });
    outsider = await signedInMember(t, {
      organisationSlug: 'lunds-universitet',
      displayName: 'Olle Outsider',
      locale: Locale.EN,
    });
    moderator = await signedInMember(t, {
      organisationSlug: 'universitets-och-hogskoleradet',
      roles: [Role.MODERATOR],
      displayName: 'Maja Moderator',
    });
    admin = await signedInMember(t, {
      organisationSlug: 'universitets-och-hogskoleradet',
      roles: [Role.ADMIN],
      displayName: 'Adam Admin',
    });

    const schema = t.app.get(GraphQLSchemaHost).schema;
    const type = (name: string) => schema.getType(name) as GraphQLObjectType;
    caseSelection = selectionOf(type('Case'), 2);
    // The item's own fields plus its case; the question and answer branches are for Q&A tests
    // and would only add cost here.
    const item = `${selectionOf(type('ModerationItem'), 0)} openFlags { reason text createdAt } case { ${caseSelection} }`;
    // Pages of 10: the query cost limit multiplies by `first`, and this file has fewer items.
    const connection = (node: string) =>
      `totalCount pageInfo { endCursor hasNextPage } edges { cursor node { ${node} } }`;
    CASE = `query($id: ID!) { case(id: $id) { ${caseSelection} } }`;
    CASES = `query($filter: CaseFilterInput) {
      cases(first: 10, filter: $filter) { ${connection(caseSelection)} } }`;
    QUEUE = `{ moderationQueue(first: 10) { ${connection(item)} } }`;
    MODERATE = `mutation($input: ModerateInput!) { moderate(input: $input) { ${item} } }`;

    anonymous = await publishedCase(
      t,
      author,
      moderator,
      anonymousInput({ title: 'Anonymous: a visiting researcher with reporting duties' }),
    );
    pending = await createCase(t, author, anonymousInput({ title: 'Anonymous: a joint lab' }));
    const submitted = await t.gql(SUBMIT, { input: { id: pending.id } }, author.accessToken);
    expect(submitted.errors).toBeUndefined();
    draft = await createCase(t, author, anonymousInput({ title: 'Anonymous: a draft' }));
    clear = await publishedCase(
      t,
      author,
      moderator,
      anonymousInput({ title: 'Anonymous: an open case', sharingLevel: 'CLEAR' }),
    );
    const lund = (await t.app.get(OrganisationsService).findBySlug('lunds-universitet'))!;
    amber = await publishedCase(
      t,
      author,
      moderator,
      anonymousInput({
        title: 'Anonymous: a case for Lund',
        sharingLevel: 'AMBER',
        recipientOrganisationIds: [lund.id],
      }),
    );
  });

  afterAll(async () => {
    logs.stop();
    await t.close();
    await smtp.stop();
  });

  /** The anonymous case as a non-author sees it: only the kind of organisation. */
  function expectAnonymous(node: Record<string, any>, locale: 'SV' | 'EN') {
    expect(node).toMatchObject({
      attribution: 'ANONYMOUS',
      viewerIsAuthor: false,
      authorName: null,
      organisation: null,
      authorLabel: PLACEHOLDER[locale],
      authorOrganisationKind: 'HIGHER_EDUCATION',
      recipientOrganisations: [],
      recipientMembers: [],
      reviewBy: null,
      acknowledgedFindings: [],
    });
  }

  describe('reads', () => {
    it('selects every Case field from the schema, moderation fields included', () => {
      for (const field of ['revisions', 'findings', 'moderationNote', 'authorLabel', 'reviewBy'])
        expect(caseSelection).toMatch(new RegExp(`\\b${field}\\b`));
      expect(caseSelection).toMatch(/organisation \{[^}]*\bid\b[^}]*\bslug\b/);
    });

    it('shows a moderator the submitted case in the queue with the placeholder only', async () => {
      const result = await queue();
      const node = queueItem(result, pending.id)!;
      expect(node).toMatchObject({ queueReason: 'SUBMITTED', title: 'Anonymous: a joint lab' });
      expectAnonymous(node.case, 'SV');
      expect(node.case.revisions).toMatchObject({ totalCount: 1, edges: [expect.anything()] });
      expect(leaks(result)).toEqual([]);

      const direct = await read(pending.id, moderator);
      expect(direct.errors).toBeUndefined();
      expectAnonymous(direct.data!.case, 'SV');
      expect(leaks(direct)).toEqual([]);
    });

    it.each([
      ['a member of the author’s organisation', 'colleague', 'SV'],
      ['a member of another organisation', 'outsider', 'EN'],
      ['a moderator', 'moderator', 'SV'],
      ['an admin', 'admin', 'SV'],
    ] as const)('shows %s the placeholder in case and cases', async (_, who, locale) => {
      const viewer = { colleague, outsider, moderator, admin }[who];
      const one = await read(anonymous.id, viewer);
      expect(one.errors).toBeUndefined();
      expectAnonymous(one.data!.case, locale);
      // Moderators see the moderation fields of community content, others do not.
      if (who === 'moderator') {
        expect(one.data!.case.revisions).toMatchObject({
          totalCount: 1,
          edges: [expect.anything()],
        });
        expect(one.data!.case.findings).toEqual([]);
        const waiting = await list(viewer, { years: [ANONYMOUS_YEAR], statuses: ['SUBMITTED'] });
        expect(waiting.data!.cases.edges).toEqual([
          expect.objectContaining({ node: expect.objectContaining({ id: pending.id }) }),
        ]);
        expectAnonymous(waiting.data!.cases.edges[0].node, locale);
        expect(leaks(waiting)).toEqual([]);
      } else {
        expect(one.data!.case).toMatchObject({ revisions: null, findings: null });
      }
      expect(leaks(one)).toEqual([]);

      const many = await list(viewer, { years: [ANONYMOUS_YEAR] });
      expect(many.errors).toBeUndefined();
      const nodes = (many.data!.cases.edges as { node: Record<string, any> }[]).map((e) => e.node);
      expect(nodes.map((n): unknown => n.id)).toContain(anonymous.id);
      for (const node of nodes) expectAnonymous(node, locale);
      expect(leaks(many)).toEqual([]);
    });

    it('shows a visitor the CLEAR case anonymously and nothing of the GREEN one', async () => {
      const one = await read(clear.id, null);
      expect(one.errors).toBeUndefined();
      expectAnonymous(one.data!.case, 'SV');
      expect(leaks(one)).toEqual([]);

      const many = await list(null, { years: [ANONYMOUS_YEAR] });
      expect(many.errors).toBeUndefined();
      const ids = (many.data!.cases.edges as { node: { id: string } }[]).map((e) => e.node.id);
      expect(ids).toEqual([clear.id]);
      expect(leaks(many)).toEqual([]);

      expectNotFound(await read(anonymous.id, null));
    });

    it('shows the author themselves', async () => {
      const one = await read(anonymous.id, author);
      expect(one.errors).toBeUndefined();
      expect(one.data!.case).toMatchObject({
        viewerIsAuthor: true,
        authorName: AUTHOR_NAME,
        organisation: { id: kth.id, slug: 'kth', nameSv: kth.nameSv },
        authorLabel: `${AUTHOR_NAME}, ${kth.nameSv}`,
        reviewBy: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      });
      const amberView = await read(amber.id, author);
      expect(amberView.data!.case.recipientOrganisations).toEqual([
        expect.objectContaining({ slug: 'lunds-universitet' }),
      ]);
    });

    it('shows the organisation but not the person for ORGANISATION, both for NAMED', async () => {
      const byOrganisation = await publishedCase(t, author, moderator, {
        attribution: 'ORGANISATION',
        year: ATTRIBUTED_YEAR,
      });
      const named = await publishedCase(t, author, moderator, {
        attribution: 'NAMED',
        year: ATTRIBUTED_YEAR,
      });

      const organisationView = await read(byOrganisation.id, outsider);
      expect(organisationView.data!.case).toMatchObject({
        viewerIsAuthor: false,
        authorName: null,
        organisation: { id: kth.id, slug: 'kth', nameEn: kth.nameEn },
        authorLabel: kth.nameEn,
      });
      expect(leaks(organisationView)).toEqual([
        'organisation id',
        'organisation name (sv)',
        'organisation name (en)',
        'KTH',
      ]);

      const namedView = await read(named.id, colleague);
      expect(namedView.data!.case).toMatchObject({
        viewerIsAuthor: false,
        authorName: AUTHOR_NAME,
        organisation: { id: kth.id, slug: 'kth' },
        authorLabel: `${AUTHOR_NAME}, ${kth.nameSv}`,
      });
      // Even a NAMED case never carries the member id or the e-mail address.
      expect(leaks(namedView)).not.toContain('member id');
      expect(leaks(namedView)).not.toContain('e-mail');
    });
  });

  describe('moderation and errors', () => {
    it('keeps the author out of the queue item after a flag', async () => {
      const flagged = await flag(anonymous.id, outsider, 'OTHER', 'Could identify someone');
      expect(flagged.data?.flagContent).toEqual({ contentHidden: false });
      expect(leaks(flagged)).toEqual([]);

      const result = await queue();
      const node = queueItem(result, anonymous.id)!;
      expect(node).toMatchObject({ queueReason: 'FLAGGED', openFlagCount: 1 });
      expectAnonymous(node.case, 'SV');
      expect(leaks(result)).toEqual([]);
    });

    it('answers non-authors’ mistakes without naming the author', async () => {
      for (const who of [colleague, outsider, moderator, admin]) {
        const edit = { id: anonymous.id, expectedVersion: 1, title: 'Taken over' };
        expectError(await t.gql(UPDATE, { input: edit }, who.accessToken), 'FORBIDDEN');
        expectError(
          await t.gql(UPDATE, { input: { ...edit, id: draft.id } }, who.accessToken),
          'NOT_FOUND',
        );
        expectError(
          await t.gql(SUBMIT, { input: { id: anonymous.id } }, who.accessToken),
          'FORBIDDEN',
        );
        expectError(await t.gql(SUBMIT, { input: { id: draft.id } }, who.accessToken), 'NOT_FOUND');
        expectError(
          await t.gql(WITHDRAW, { input: { id: anonymous.id } }, who.accessToken),
          'FORBIDDEN',
        );
        // Bad input: the validation pipe answers before any case is loaded.
        expectError(
          await t.gql(
            UPDATE,
            { input: { id: anonymous.id, expectedVersion: 0, year: 'soon' } },
            who.accessToken,
          ),
          'BAD_USER_INPUT',
        );
        expectError(
          await t.gql(UPDATE, { input: { id: 'kth', expectedVersion: 0 } }, who.accessToken),
          'BAD_USER_INPUT',
        );
        expectNotFound(await read('not-a-case', who));
      }
      // Someone else's pending submission is not readable, so it does not exist for them.
      expectError(
        await t.gql(
          UPDATE,
          { input: { id: pending.id, expectedVersion: 1, title: 'Taken over' } },
          colleague.accessToken,
        ),
        'NOT_FOUND',
      );
      expectError(await flag(anonymous.id, outsider), 'CONFLICT');
      expectError(await flag(anonymous.id, colleague, 'OTHER', 'x'.repeat(1001)), 'BAD_USER_INPUT');
      expectError(await flag(draft.id, colleague), 'NOT_FOUND');
      expectError(await moderate(anonymous.id, 'APPROVE'), 'INVALID_STATE');
      expectError(await moderate(anonymous.id, 'HIDE', colleague), 'FORBIDDEN');
      expectError(await moderate(amber.id, 'HIDE'), 'NOT_FOUND');
      expectError(await reveal(anonymous.id, colleague), 'FORBIDDEN');
    });

    it('hides the case on a moderator’s decision, still anonymously', async () => {
      const hidden = await moderate(anonymous.id, 'HIDE');
      expect(hidden.errors).toBeUndefined();
      expect(hidden.data!.moderate).toMatchObject({ hidden: true, openFlagCount: 0 });
      expectAnonymous(hidden.data!.moderate.case, 'SV');
      expect(leaks(hidden)).toEqual([]);
      expectNotFound(await read(anonymous.id, colleague));
    });
  });

  describe('revealAuthor', () => {
    it('refuses non-moderators, unreadable cases and short reasons, auditing nothing', async () => {
      for (const who of [author, colleague, outsider, admin])
        expectError(await reveal(anonymous.id, who), 'FORBIDDEN');
      // AMBER for Lund: the moderator is no recipient, so the case does not exist for them.
      expectError(await reveal(amber.id, moderator), 'NOT_FOUND');
      expectError(await reveal(anonymous.id, moderator, 'too short'), 'BAD_USER_INPUT');
      expectError(await reveal('00000000-0000-4000-8000-000000000000', moderator), 'NOT_FOUND');
      expect(await audit({ actions: ['CONTENT_AUTHOR_REVEALED'] })).toEqual([]);
    });

    it('tells the moderator, audits the reason, writes the outbox and e-mails the author', async () => {
      const revealed = await reveal(anonymous.id, moderator);
      expect(revealed.errors).toBeUndefined();
      expect(revealed.data!.revealAuthor).toEqual({
        displayName: AUTHOR_NAME,
        email: author.email,
        organisation: { id: kth.id, slug: 'kth', nameSv: kth.nameSv, nameEn: kth.nameEn },
      });

      const entries = await audit({ actions: ['CONTENT_AUTHOR_REVEALED'] });
      expect(entries).toEqual([
        expect.objectContaining({
          action: 'CONTENT_AUTHOR_REVEALED',
          actorId: moderator.id,
          targetType: 'CASE',
          targetId: anonymous.id,
          reason: REVEAL_REASON,
        }),
      ]);
      // The audit log records the reveal, not what it revealed; nor does any entry on the case.
      const onTheCase = await audit({ targetId: anonymous.id });
      expect(onTheCase.map((e) => e.action)).toEqual(
        expect.arrayContaining(['CONTENT_FLAGGED', 'CONTENT_MODERATED', 'CONTENT_AUTHOR_REVEALED']),
      );
      expect(leaks(onTheCase)).toEqual([]);

      const rows: { aggregate_type: string; aggregate_id: string; payload: unknown }[] = await t.app
        .get(DataSource)
        .query(
          `SELECT aggregate_type, aggregate_id, payload FROM outbox WHERE topic = 'content.author-revealed'`,
        );
      expect(rows).toEqual([
        {
          aggregate_type: 'CASE',
          aggregate_id: anonymous.id,
          payload: { contentType: 'CASE', contentId: anonymous.id, reason: REVEAL_REASON },
        },
      ]);

      // Other notices reach the author too (moderation decisions); this is the reveal's.
      const mail = await smtp.waitFor(author.email, 15_000, 'En moderator har sett vem du är');
      expect(mail.text).toContain('"Anonymous: a visiting researcher with reporting duties"');
      expect(mail.text).toContain(REVEAL_REASON);
      expect(mail.text).toContain(`/cases/${anonymous.id}`);

      // A reveal changes nothing for anyone else.
      const after = await read(anonymous.id, moderator);
      expectAnonymous(after.data!.case, 'SV');
      expect(leaks(after)).toEqual([]);
    });
  });

  describe('outbox and logs', () => {
    it('writes no outbox payload that names the author', async () => {
      const rows: { topic: string; aggregate_id: string; payload: unknown }[] = await t.app
        .get(DataSource)
        .query(`SELECT topic, aggregate_type, aggregate_id, payload FROM outbox ORDER BY id`);
      const about = (id: string) => rows.filter((r) => r.aggregate_id === id).map((r) => r.topic);
      expect(about(anonymous.id)).toEqual(
        expect.arrayContaining([
          'case.submitted',
          'case.published',
          'content.moderated',
          'content.flagged',
          'case.hidden',
          'content.author-revealed',
        ]),
      );
      expect(about(pending.id)).toEqual(['case.submitted']);
      for (const row of rows) expect({ row, leaks: leaks(row) }).toEqual({ row, leaks: [] });
    });

    it('keeps the author’s address out of the log when the reveal notice bounces', async () => {
      // The capture server refuses every recipient the way Postfix does, quoting the address.
      const server = (smtp as unknown as { server: SMTPServer }).server;
      server.onRcptTo = (address, _session, callback) =>
        callback(
          Object.assign(
            new Error(`5.1.1 <${address.address}>: Recipient address rejected: User unknown`),
            { responseCode: 550 },
          ),
        );
      try {
        logs.silenceNext('logger.warn');
        expect((await reveal(pending.id, moderator)).errors).toBeUndefined();
        const bounce = await eventually(() =>
          logs.lines().find((l) => l.includes('mail.author-revealed') && l.includes('rejected')),
        );
        expect(bounce).toContain('550');
        expect(leaks(bounce)).toEqual([]);
      } finally {
        // Back to the prototype's handler, which accepts every recipient.
        Reflect.deleteProperty(server, 'onRcptTo');
      }
    });

    it('logs nothing that names the author, internal errors included', async () => {
      // An unexpected failure while a non-author reads the case: logged, answered generically.
      logs.silenceNext('logger.error');
      const failing = jest
        .spyOn(t.app.get(CountriesService), 'byCodes')
        .mockImplementationOnce(() => {
          throw new Error('Forced failure while resolving countries');
        });
      const failed = await read(clear.id, colleague).finally(() => failing.mockRestore());
      expect(errorCode(failed)).toBe('INTERNAL_SERVER_ERROR');
      expect(failed.errors![0]!.message).toBe('Internal server error');
      expect(leaks(failed)).toEqual([]);

      const lines = logs.lines();
      // The capture sees what the app logs, so an empty result below means something.
      expect(lines.some((l) => l.includes('Forced failure while resolving countries'))).toBe(true);
      expect(lines.filter((l) => leaks(l).length > 0)).toEqual([]);
    });
  });
});
