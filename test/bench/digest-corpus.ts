// SPDX-License-Identifier: EUPL-1.2
import { randomUUID } from 'node:crypto';
import type { Client } from 'pg';
import type { DigestWindow } from 'src/modules/digests/digest-period';
import {
  buildVocabularies,
  Rng,
  TextGenerator,
  zipfCumulative,
  type BenchLanguage,
} from 'test/bench/bench-text';
import { array, columns, insertRows, type Row } from 'test/bench/bulk-insert';

export interface DigestCorpusOptions {
  members: number;
  /** New items: published in the digest window. */
  items: number;
  /** Older items (the 60 days before the window), so the queries run on a table with a past. */
  history: number;
  followsPerMember: number;
  window: DigestWindow;
  seed: number;
}

export interface DigestCorpus {
  members: number;
  swedish: number;
  organisations: number;
  topics: number;
  follows: number;
  cases: number;
  questions: number;
  restricted: number;
  hidden: number;
  history: number;
}

interface Organisation {
  id: string;
  kind: string;
  domain: string;
}
interface Member {
  id: string;
  organisationId: string;
}

const BATCH = 1000;
const DAY = 86_400_000;
const LEVELS = ['CLEAR', 'GREEN', 'AMBER', 'AMBER_STRICT', 'RED'] as const;
/** Mostly community levels (80 %), restricted ones as a minority. */
const LEVEL_WEIGHTS = Float64Array.from([0.3, 0.8, 0.9, 0.95, 1]);
/** Where members work: mostly universities, as on the platform. */
const KIND_SHARE: Record<string, number> = {
  HIGHER_EDUCATION: 0.75,
  RESEARCH_FUNDER: 0.1,
  AUTHORITY: 0.1,
  OTHER: 0.05,
};
const COUNTRIES = ['CN', 'US', 'RU', 'IN', 'DE', 'IR', 'KR', 'SA', 'TR', 'IL'];
/** Members who also write: their own items are left out of their digests. */
const AUTHORS = 300;

/**
 * Members, their follows and the content of one digest period, written straight into the
 * tables with one multi-row INSERT per 1 000 rows. Every member is ACTIVE and follows
 * `followsPerMember` distinct topics DAILY; topics are chosen with a Zipf skew over a seeded
 * shuffle of the catalogue (a few are very popular), and items get their topics from the same
 * skew. The first item of every topic is CLEAR or GREEN, so every member has news.
 */
export async function buildDigestCorpus(
  client: Client,
  options: DigestCorpusOptions,
): Promise<DigestCorpus> {
  const rng = new Rng(options.seed);
  const text = new TextGenerator(rng, buildVocabularies(new Rng(options.seed + 1)));
  const organisations = (
    await client.query<Organisation>(
      `SELECT id, kind::text AS kind, coalesce(email_domains[1], slug || '.example') AS domain
         FROM organisation ORDER BY slug`,
    )
  ).rows;
  const topicIds = shuffle(
    rng,
    (await client.query<{ id: string }>('SELECT id FROM topic ORDER BY slug')).rows.map(
      (t) => t.id,
    ),
  );
  const popularity = zipfCumulative(topicIds.length, 0.8, 2);
  const popularTopic = () => rng.weighted(topicIds, popularity);

  // Members: organisation by kind share, then Zipf within the kind (large universities).
  const byKind = Object.keys(KIND_SHARE).map((kind) =>
    organisations.filter((o) => o.kind === kind),
  );
  const kindWeights = Float64Array.from(
    Object.values(KIND_SHARE).reduce<number[]>((acc, w) => [...acc, (acc.at(-1) ?? 0) + w], []),
  );
  const members: Member[] = [];
  let swedish = 0;
  for (let done = 0; done < options.members; done += BATCH) {
    const rows: Row[] = [];
    for (let i = done; i < Math.min(options.members, done + BATCH); i++) {
      const pool = rng.weighted(byKind, kindWeights);
      const organisation = pool[Math.floor(pool.length * rng.next() ** 2)] ?? organisations[0]!;
      const locale: BenchLanguage = rng.chance(0.7) ? 'SV' : 'EN';
      if (locale === 'SV') swedish += 1;
      const roles = ['MEMBER'];
      if (organisation.kind === 'AUTHORITY' && rng.chance(0.3)) roles.push('EXPERT');
      if (rng.chance(0.01)) roles.push('MODERATOR');
      const id = randomUUID();
      members.push({ id, organisationId: organisation.id });
      rows.push({
        id,
        email: `bench.member${String(i).padStart(5, '0')}@${organisation.domain}`,
        display_name: `Bench Member ${i}`,
        organisation_id: organisation.id,
        locale,
        roles: array(roles),
        status: 'ACTIVE',
      });
    }
    await insertRows(client, 'member', MEMBER_COLUMNS, rows);
  }

  let follows = 0;
  for (let done = 0; done < members.length; done += BATCH) {
    const rows: Row[] = [];
    for (const member of members.slice(done, done + BATCH)) {
      const chosen = new Set<string>();
      while (chosen.size < Math.min(options.followsPerMember, topicIds.length))
        chosen.add(popularTopic());
      for (const topic of chosen)
        rows.push({
          member_id: member.id,
          target_type: 'TOPIC',
          target_id: topic,
          frequency: 'DAILY',
        });
    }
    follows += rows.length;
    await insertRows(client, 'follow', FOLLOW_COLUMNS, rows);
  }

  const authors = members.slice(0, AUTHORS);
  const orgIds = organisations.map((o) => o.id);
  const authorities = organisations.filter((o) => o.kind === 'AUTHORITY').map((o) => o.id);
  const counts = { cases: 0, questions: 0, restricted: 0, hidden: 0 };
  const item = (index: number, at: Date, isNew: boolean): { table: string; row: Row } => {
    const covering = isNew && index < topicIds.length;
    const topics = new Set([covering ? topicIds[index]! : popularTopic()]);
    for (let i = rng.int(0, 2); i > 0; i--) topics.add(popularTopic());
    const level = covering ? rng.pick(['CLEAR', 'GREEN'] as const) : rng.weighted(LEVELS, LEVEL_WEIGHTS); // prettier-ignore
    const by = authors[index % authors.length]!;
    const recipientOrgs = level === 'AMBER' ? [rng.pick(orgIds), rng.pick(orgIds)] : [];
    const recipientMembers = level === 'RED' ? [rng.pick(members).id, rng.pick(members).id] : [];
    const hidden = !covering && rng.chance(0.01);
    const lang: BenchLanguage = rng.chance(0.65) ? 'SV' : 'EN';
    const common: Row = {
      id: randomUUID(),
      author_id: by.id,
      author_organisation_id: by.organisationId,
      attribution: rng.pick(['NAMED', 'ORGANISATION', 'ANONYMOUS']),
      sharing_level: level,
      recipient_organisation_ids: array(new Set(recipientOrgs)),
      recipient_member_ids: array(new Set(recipientMembers)),
      hidden_at: hidden ? at.toISOString() : null,
      topic_ids: array(topics),
      country_codes: array([rng.pick(COUNTRIES)]),
      language: lang,
      created_at: new Date(at.getTime() - rng.int(1, 10) * DAY).toISOString(),
    };
    if (isNew) {
      if (level !== 'CLEAR' && level !== 'GREEN') counts.restricted += 1;
      if (hidden) counts.hidden += 1;
    }
    if (rng.chance(0.6)) {
      if (isNew) counts.cases += 1;
      return {
        table: 'case_study',
        row: {
          ...common,
          status: 'PUBLISHED',
          title: text.title(lang, rng.int(6, 12), 200),
          summary: text.bounded(lang, rng.int(25, 60), 1000),
          context: text.markdown(lang, rng.int(40, 90)),
          what_happened: text.markdown(lang, rng.int(40, 90)),
          outcome: rng.pick(['PROCEEDED', 'PROCEEDED_WITH_MITIGATIONS', 'MODIFIED', 'DECLINED']),
          year: String(at.getUTCFullYear()),
          submitted_at: new Date(at.getTime() - DAY).toISOString(),
          published_at: at.toISOString(),
        },
      };
    }
    if (isNew) counts.questions += 1;
    const directed =
      (level === 'AMBER' || level === 'RED') && rng.chance(0.5) ? [rng.pick(authorities)] : [];
    return {
      table: 'question',
      row: {
        ...common,
        directed_to_ids: array(directed),
        status: 'OPEN',
        title: text.title(lang, rng.int(6, 12), 200, true),
        body: text.markdown(lang, rng.int(40, 140)),
        opened_at: at.toISOString(),
      },
    };
  };

  const { start, end } = options.window;
  const span = end.getTime() - start.getTime();
  const total = options.items + options.history;
  for (let done = 0; done < total; done += BATCH) {
    const tables: Record<string, Row[]> = { case_study: [], question: [] };
    for (let i = done; i < Math.min(total, done + BATCH); i++) {
      const isNew = i < options.items;
      // New: inside (start, end]; history: the 60 days before the window.
      const at = isNew
        ? new Date(end.getTime() - Math.floor(rng.next() * span))
        : new Date(start.getTime() - 1 - Math.floor(rng.next() * 60 * DAY));
      const { table, row } = item(i, at, isNew);
      tables[table]!.push(row);
    }
    await insertRows(client, 'case_study', CASE_COLUMNS, tables.case_study!);
    await insertRows(client, 'question', QUESTION_COLUMNS, tables.question!);
  }
  for (const table of ['member', 'follow', 'case_study', 'question'])
    await client.query(`VACUUM ANALYZE ${table}`);
  return {
    members: members.length,
    swedish,
    organisations: new Set(members.map((m) => m.organisationId)).size,
    topics: topicIds.length,
    follows,
    ...counts,
    history: options.history,
  };
}

function shuffle<T>(rng: Rng, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

const MEMBER_COLUMNS = columns({
  id: 'uuid', email: 'text', display_name: 'text', organisation_id: 'uuid', locale: 'locale',
  roles: 'role[]', status: 'member_status',
}); // prettier-ignore
const FOLLOW_COLUMNS = columns({
  member_id: 'uuid', target_type: 'follow_target_type', target_id: 'text',
  frequency: 'follow_frequency',
}); // prettier-ignore
const CONTENT_COLUMNS = {
  id: 'uuid', author_id: 'uuid', author_organisation_id: 'uuid', attribution: 'attribution',
  sharing_level: 'sharing_level', recipient_organisation_ids: 'uuid[]',
  recipient_member_ids: 'uuid[]', hidden_at: 'timestamptz', topic_ids: 'uuid[]',
  country_codes: 'char(2)[]', language: 'locale', created_at: 'timestamptz',
}; // prettier-ignore
const CASE_COLUMNS = columns({
  ...CONTENT_COLUMNS, status: 'case_status', title: 'text', summary: 'text', context: 'text',
  what_happened: 'text', outcome: 'case_outcome', year: 'smallint', submitted_at: 'timestamptz',
  published_at: 'timestamptz',
}); // prettier-ignore
const QUESTION_COLUMNS = columns({
  ...CONTENT_COLUMNS, directed_to_ids: 'uuid[]', status: 'question_status', title: 'text',
  body: 'text', opened_at: 'timestamptz',
}); // prettier-ignore
