// SPDX-License-Identifier: EUPL-1.2
import type { INestApplicationContext } from '@nestjs/common';
import type { Client } from 'pg';
import { PasswordHasher } from 'src/modules/auth/password-hasher';
import { SearchIndexer } from 'src/modules/search/search-indexer';
import { Rng, type buildVocabularies } from 'test/bench/bench-text';
import { BENCH_PASSWORD, BENCH_VIEWER_EMAIL, buildCorpus } from 'test/bench/search-corpus';

export interface LoadCorpus {
  /** The members the clients sign in as (each connection gets its own session). */
  emails: string[];
  /** Questions with answers that every member may read (the question path rotates over them). */
  questionIds: string[];
  /** Words the corpus uses often enough for a page of hits. */
  searchTerms: string[];
  notifications: number;
}

const NOTIFICATIONS_PER_MEMBER = 60;

/**
 * The search bench's corpus at a smaller size (cases, questions, answers, all five sharing
 * levels with recipient organisations and members), every one of its 41 members given the bench
 * password, notifications for each of them about random items (some of which they may not read,
 * so the list's access condition has work to do), and the search index built by the app.
 */
export async function buildLoadCorpus(
  app: INestApplicationContext,
  direct: Client,
  documents: number,
  vocabularies: ReturnType<typeof buildVocabularies>,
  seed: number,
): Promise<void> {
  await buildCorpus(app, direct, { documents, vocabularies, seed });
  const hash = await app.get(PasswordHasher, { strict: false }).hash(BENCH_PASSWORD);
  await direct.query(
    `UPDATE member SET password_hash = $1 WHERE email LIKE 'author-%' OR email = $2`,
    [hash, BENCH_VIEWER_EMAIL],
  );
  await insertNotifications(direct, new Rng(seed + 1));
  for (const table of ['case_study', 'question', 'answer', 'notification'])
    await direct.query(`ANALYZE ${table}`);
  await app.get(SearchIndexer).reindexAll();
  // As the search bench: no autovacuum on this server, so the search tables are vacuumed here.
  for (const table of ['search_document', 'search_term', 'search_highlight_word'])
    await direct.query(`VACUUM ANALYZE ${table}`);
}

/** Per member: new items in followed topics, and answers to questions, newest spread over a year. */
async function insertNotifications(direct: Client, rng: Rng): Promise<void> {
  const members = (
    await direct.query<{ id: string }>(`SELECT id FROM member WHERE password_hash IS NOT NULL`)
  ).rows;
  const cases = (await direct.query<{ id: string }>(`SELECT id FROM case_study`)).rows;
  const answers = (
    await direct.query<{ id: string; question_id: string }>(`SELECT id, question_id FROM answer`)
  ).rows;
  const questions = (await direct.query<{ id: string }>(`SELECT id FROM question`)).rows;
  const rows: { member: string; kind: string; type: string; content: string; payload: string }[] =
    [];
  for (const member of members) {
    for (let i = 0; i < NOTIFICATIONS_PER_MEMBER; i++) {
      const pick = rng.next();
      if (pick < 0.4) {
        rows.push({
          member: member.id,
          kind: 'NEW_ITEM_IN_FOLLOWED_TOPIC',
          type: 'CASE',
          content: rng.pick(cases).id,
          payload: '{}',
        });
      } else if (pick < 0.7) {
        rows.push({
          member: member.id,
          kind: 'NEW_ITEM_IN_FOLLOWED_TOPIC',
          type: 'QUESTION',
          content: rng.pick(questions).id,
          payload: '{}',
        });
      } else {
        const answer = rng.pick(answers);
        rows.push({
          member: member.id,
          kind: 'ANSWER_TO_FOLLOWED_QUESTION',
          type: 'QUESTION',
          content: answer.question_id,
          payload: JSON.stringify({ questionId: answer.question_id, answerId: answer.id }),
        });
      }
    }
  }
  const now = Date.now();
  await direct.query(
    `INSERT INTO notification (member_id, kind, event_key, content_type, content_id, payload, read_at, created_at)
     SELECT u.member, u.kind::notification_kind, 'bench-' || u.n, u.type::content_type, u.content,
            u.payload::jsonb, CASE WHEN u.n % 3 = 0 THEN u.at END, u.at
       FROM unnest($1::uuid[], $2::text[], $3::text[], $4::uuid[], $5::text[], $6::timestamptz[])
            WITH ORDINALITY AS u(member, kind, type, content, payload, at, n)`,
    [
      rows.map((r) => r.member),
      rows.map((r) => r.kind),
      rows.map((r) => r.type),
      rows.map((r) => r.content),
      rows.map((r) => r.payload),
      rows.map(() => new Date(now - Math.floor(rng.next() * 365 * 86_400_000)).toISOString()),
    ],
  );
}

/** What the run needs from a corpus (built now or kept from an earlier run). */
export async function describeLoadCorpus(
  direct: Client,
  vocabularies: ReturnType<typeof buildVocabularies>,
): Promise<LoadCorpus> {
  const emails = (
    await direct.query<{ email: string }>(
      `SELECT email FROM member WHERE password_hash IS NOT NULL ORDER BY email`,
    )
  ).rows.map((r) => r.email);
  // Community-level, live questions with two or more answers: every member reads them.
  const questionIds = (
    await direct.query<{ id: string }>(
      `SELECT q.id FROM question q
        WHERE q.sharing_level IN ('CLEAR', 'GREEN') AND q.hidden_at IS NULL
          AND (SELECT count(*) FROM answer a WHERE a.question_id = q.id) >= 2
        ORDER BY q.id LIMIT 200`,
    )
  ).rows.map((r) => r.id);
  const notifications = (
    await direct.query<{ n: number }>(`SELECT count(*)::int AS n FROM notification`)
  ).rows[0]!.n;
  // Ranks 30–300 of each language's Zipf list: common, but not stop words.
  const searchTerms = [30, 80, 150, 300].flatMap((rank) =>
    [vocabularies.SV.words[rank], vocabularies.EN.words[rank]].filter(
      (w): w is string => typeof w === 'string',
    ),
  );
  if (emails.length === 0 || questionIds.length === 0) throw new Error('The corpus is empty');
  return { emails, questionIds, searchTerms, notifications };
}
