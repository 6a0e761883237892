// SPDX-License-Identifier: EUPL-1.2
import { randomUUID } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import type { Client } from 'pg';
import { TransactionHost } from 'src/database/transaction-host';
import { Role } from 'src/graph/auth/role.enum';
import { PasswordHasher } from 'src/modules/auth/password-hasher';
import { Locale } from 'src/modules/members/locale.enum';
import { MembersService } from 'src/modules/members/members.service';
import { Rng, TextGenerator, type BenchLanguage, type Vocabulary } from 'test/bench/bench-text';
import { array, insertRows, type Row } from 'test/bench/bulk-insert';
import { ANSWER_COLUMNS, CASE_COLUMNS, QUESTION_COLUMNS } from 'test/bench/search-corpus-sql';

export const BENCH_VIEWER_EMAIL = 'bench-viewer@samrad.example';
export const BENCH_PASSWORD = 'Samråd-bench-2026!';

const BATCH = 1000;
const LEVELS = ['CLEAR', 'GREEN', 'AMBER', 'AMBER_STRICT', 'RED'] as const;
/** Mostly community levels; restricted ones as a minority, as on the platform. */
const LEVEL_WEIGHTS = Float64Array.from([0.3, 0.75, 0.87, 0.94, 1]);
// prettier-ignore
const COUNTRIES = ['CN', 'US', 'RU', 'IN', 'DE', 'GB', 'IR', 'JP', 'KR', 'SA', 'AE', 'TR', 'BR', 'IL', 'SG', 'FR', 'PK', 'VN', 'ZA', 'AU'];
const COUNTRY_WEIGHTS = cumulative([30, 10, 6, 6, 5, 5, 4, 4, 3, 3, 3, 3, 2, 2, 2, 2, 2, 2, 1, 1]);
const OUTCOMES = ['PROCEEDED', 'PROCEEDED_WITH_MITIGATIONS', 'MODIFIED', 'DECLINED', 'TERMINATED'];
const OUTCOME_WEIGHTS = cumulative([25, 40, 15, 15, 5]);
const PHASES = ['INITIATION', 'DUE_DILIGENCE', 'AGREEMENT', 'ONGOING', 'REVIEW', 'EXIT'];
const ATTRIBUTIONS = ['NAMED', 'ORGANISATION', 'ANONYMOUS'];
const FIRST = Date.parse('2019-01-15T00:00:00Z');
const LAST = Date.parse('2026-11-15T00:00:00Z');

interface Organisation {
  id: string;
  kind: string;
  acceptsQuestions: boolean;
}
interface Member {
  id: string;
  organisationId: string;
}
export interface CorpusOptions {
  documents: number;
  vocabularies: Record<BenchLanguage, Vocabulary>;
  seed: number;
}

export interface CorpusSummary {
  cases: number;
  questions: number;
  answers: number;
  words: number;
  viewer: { memberId: string; organisationId: string };
}

/**
 * Writes `documents` live cases and questions (and answers to some questions) straight into
 * their tables with multi-row INSERTs: valid rows with authors, organisations, topics,
 * countries and a realistic mix of sharing levels and audiences. Search documents are built
 * afterwards by the app's own indexer.
 */
export async function buildCorpus(
  app: INestApplicationContext,
  client: Client,
  options: CorpusOptions,
): Promise<CorpusSummary> {
  const rng = new Rng(options.seed);
  const text = new TextGenerator(rng, options.vocabularies);
  const organisations = (
    await client.query<Organisation>(
      `SELECT id, kind::text AS kind, accepts_questions AS "acceptsQuestions" FROM organisation ORDER BY slug`,
    )
  ).rows;
  const topics = (
    await client.query<{ id: string; kind: string }>(
      `SELECT id, kind::text AS kind FROM topic ORDER BY kind, position`,
    )
  ).rows;
  const ofKind = (kind: string) => topics.filter((t) => t.kind === kind).map((t) => t.id);
  const [risks, collaborations, technologies, fields] = [
    ofKind('RISK_AREA'),
    ofKind('COLLABORATION_TYPE'),
    ofKind('TECHNOLOGY_AREA'),
    ofKind('RESEARCH_FIELD'),
  ];
  const { viewer, members, experts } = await createMembers(app, rng, organisations);
  const directable = organisations.filter((o) => o.acceptsQuestions).map((o) => o.id);
  const orgIds = organisations.map((o) => o.id);
  // Topics are skewed too: a few risk areas (e.g. export control) dominate.
  const skewed = (ids: string[]) => {
    const weights = cumulative(ids.map((_, i) => 1 / (i + 1)));
    return () => rng.weighted(ids, weights);
  };
  const [risk, collaboration, technology, field] = [
    risks,
    collaborations,
    technologies,
    fields,
  ].map(skewed) as [() => string, () => string, () => string, () => string];
  const words = { count: 0 };
  const count = (...texts: (string | null | undefined)[]) => {
    for (const t of texts) if (t) words.count += t.split(/\s+/).length;
  };

  /** Level and audience: AMBER names organisations, RED members; the viewer is sometimes in them. */
  const audience = () => {
    const level = rng.weighted(LEVELS, LEVEL_WEIGHTS);
    const recipientOrgs = new Set<string>();
    const recipientMembers = new Set<string>();
    if (level === 'AMBER') {
      for (let i = rng.int(1, 3); i > 0; i--) recipientOrgs.add(rng.pick(orgIds));
      if (rng.chance(0.2)) recipientOrgs.add(viewer.organisationId);
    }
    if (level === 'RED') {
      for (let i = rng.int(1, 2); i > 0; i--) recipientMembers.add(rng.pick(members).id);
      if (rng.chance(0.2)) recipientMembers.add(viewer.id);
    }
    return { level, recipientOrgs: [...recipientOrgs], recipientMembers: [...recipientMembers] };
  };
  const author = () => (rng.chance(0.01) ? viewer : rng.pick(members));
  /** What cases and questions share: who wrote it, how it is attributed, who may read it. */
  const authorship = (
    id: string,
    by: ReturnType<typeof author>,
    access: ReturnType<typeof audience>,
  ): Row => ({
    id,
    author_id: by.id,
    author_organisation_id: by.organisationId,
    attribution: rng.pick(ATTRIBUTIONS),
    sharing_level: access.level,
    recipient_organisation_ids: array(access.recipientOrgs),
    recipient_member_ids: array(access.recipientMembers),
  });
  const countries = () => {
    const codes = new Set([rng.weighted(COUNTRIES, COUNTRY_WEIGHTS)]);
    if (rng.chance(0.3)) codes.add(rng.weighted(COUNTRIES, COUNTRY_WEIGHTS));
    return [...codes];
  };
  const when = () => new Date(FIRST + rng.next() * (LAST - FIRST));
  const language = (): BenchLanguage => (rng.chance(0.6) ? 'SV' : 'EN');
  const optional = (p: number, make: () => string) => (rng.chance(p) ? make() : null);

  const caseRow = (): Row => {
    const lang = language();
    const by = author();
    const access = audience();
    const published = when();
    const topicIds = new Set([risk(), collaboration()]);
    if (rng.chance(0.3)) topicIds.add(risk());
    for (let i = rng.int(0, 2); i > 0; i--) topicIds.add(technology());
    if (rng.chance(0.6)) topicIds.add(field());
    const row: Row = {
      ...authorship(randomUUID(), by, access),
      status: 'PUBLISHED',
      title: text.title(lang, rng.int(6, 14), 200),
      summary: text.bounded(lang, rng.int(30, 60), 1000),
      context: text.markdown(lang, rng.int(50, 110)),
      what_happened: text.markdown(lang, rng.int(50, 110)),
      assessment: optional(0.5, () => text.markdown(lang, rng.int(20, 60))),
      outcome: rng.weighted(OUTCOMES, OUTCOME_WEIGHTS),
      mitigations: optional(0.5, () => text.markdown(lang, rng.int(15, 40))),
      lessons_learned: optional(0.5, () => text.markdown(lang, rng.int(15, 40))),
      topic_ids: array([...topicIds]),
      country_codes: array(countries()),
      phase: optional(0.8, () => rng.pick(PHASES)),
      year: String(Math.max(2019, published.getUTCFullYear() - rng.int(0, 1))),
      quarter: optional(0.7, () => String(rng.int(1, 4))),
      language: lang,
      submitted_at: new Date(published.getTime() - rng.int(1, 20) * 86_400_000).toISOString(),
      published_at: published.toISOString(),
      created_at: new Date(published.getTime() - rng.int(21, 60) * 86_400_000).toISOString(),
    };
    count(row.title, row.summary, row.context, row.what_happened, row.assessment);
    count(row.mitigations, row.lessons_learned);
    return row;
  };

  const questionRow = (answers: Row[], accepted: Map<string, string>): Row => {
    const lang = language();
    const by = author();
    const access = audience();
    const opened = when();
    const id = randomUUID();
    const directed =
      access.level !== 'AMBER_STRICT' && rng.chance(0.15) ? [rng.pick(directable)] : [];
    const topicIds = new Set([risk()]);
    for (let i = rng.int(0, 2); i > 0; i--)
      topicIds.add(rng.pick([collaboration, technology, field])());
    const answerCount = rng.chance(0.4) ? rng.int(1, 3) : 0;
    for (let i = 0; i < answerCount; i++) {
      const answerer = directed.length && rng.chance(0.5) ? rng.pick(experts) : rng.pick(members);
      const at = new Date(opened.getTime() + (i + 1) * rng.int(1, 10) * 86_400_000);
      const answer: Row = {
        id: randomUUID(),
        question_id: id,
        author_id: answerer.id,
        author_organisation_id: answerer.organisationId,
        attribution: rng.pick(ATTRIBUTIONS),
        status: 'PUBLISHED',
        body: text.markdown(lang, rng.int(30, 90)),
        published_at: at.toISOString(),
        created_at: at.toISOString(),
      };
      count(answer.body);
      answers.push(answer);
    }
    const closed = answerCount === 0 && rng.chance(0.1);
    const answered = answerCount > 0 && rng.chance(0.5);
    if (answered) accepted.set(id, answers[answers.length - 1]!.id!);
    const row: Row = {
      ...authorship(id, by, access),
      directed_to_ids: array(directed),
      status: closed ? 'CLOSED' : answered ? 'ANSWERED' : 'OPEN',
      close_reason: closed ? 'RESOLVED' : null,
      title: text.title(lang, rng.int(6, 14), 200, true),
      body: text.markdown(lang, rng.int(70, 220)),
      topic_ids: array([...topicIds]),
      country_codes: array(countries()),
      language: lang,
      opened_at: opened.toISOString(),
      closed_at: closed ? new Date(opened.getTime() + 30 * 86_400_000).toISOString() : null,
      created_at: new Date(opened.getTime() - rng.int(0, 3) * 86_400_000).toISOString(),
    };
    count(row.title, row.body);
    return row;
  };

  const caseCount = Math.round(options.documents * 0.6);
  const questionCount = options.documents - caseCount;
  let answerTotal = 0;
  for (let done = 0; done < caseCount; done += BATCH) {
    const rows = Array.from({ length: Math.min(BATCH, caseCount - done) }, caseRow);
    await insertRows(client, 'case_study', CASE_COLUMNS, rows);
  }
  for (let done = 0; done < questionCount; done += BATCH) {
    const answers: Row[] = [];
    const accepted = new Map<string, string>();
    const rows = Array.from({ length: Math.min(BATCH, questionCount - done) }, () =>
      questionRow(answers, accepted),
    );
    await insertRows(client, 'question', QUESTION_COLUMNS, rows);
    await insertRows(client, 'answer', ANSWER_COLUMNS, answers);
    await client.query(
      `UPDATE question q SET accepted_answer_id = u.answer FROM unnest($1::uuid[], $2::uuid[]) AS u(question, answer) WHERE q.id = u.question`,
      [[...accepted.keys()], [...accepted.values()]],
    );
    answerTotal += answers.length;
  }
  return {
    cases: caseCount,
    questions: questionCount,
    answers: answerTotal,
    words: words.count,
    viewer: { memberId: viewer.id, organisationId: viewer.organisationId },
  };
}

/** The signed-in viewer (a member at a university), 40 authors and 3 authority experts. */
async function createMembers(
  app: INestApplicationContext,
  rng: Rng,
  organisations: readonly Organisation[],
) {
  const service = app.get(MembersService, { strict: false });
  const passwordHash = await app.get(PasswordHasher, { strict: false }).hash(BENCH_PASSWORD);
  const universities = organisations.filter((o) => o.kind === 'HIGHER_EDUCATION');
  const authorities = organisations.filter((o) => o.acceptsQuestions);
  return app.get(TransactionHost).run(async () => {
    const create = async (email: string, organisationId: string, roles: Role[]) => {
      const m = await service.create({
        email,
        displayName: email.split('@')[0]!,
        passwordHash: email === BENCH_VIEWER_EMAIL ? passwordHash : null,
        organisationId,
        locale: Locale.SV,
        roles,
      });
      return { id: m.id, organisationId: m.organisationId };
    };
    const viewer = await create(BENCH_VIEWER_EMAIL, universities[0]!.id, [Role.MEMBER]);
    const members: Member[] = [];
    for (let i = 0; i < 40; i++) {
      const organisation = i < 3 ? universities[0]! : rng.pick(organisations);
      members.push(await create(`author-${i}@samrad.example`, organisation.id, [Role.MEMBER]));
    }
    const experts: Member[] = [];
    for (const [i, authority] of authorities.entries())
      experts.push(
        await create(`expert-${i}@samrad.example`, authority.id, [Role.MEMBER, Role.EXPERT]),
      );
    return { viewer, members, experts };
  });
}

function cumulative(weights: readonly number[]): Float64Array {
  let sum = 0;
  return Float64Array.from(weights, (w) => (sum += w));
}
