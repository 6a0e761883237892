// SPDX-License-Identifier: EUPL-1.2
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Highlights without the Hunspell dictionary (issue 14). `ts_headline` lexizes every word of the
 * text it shows, and in `samrad_sv` each word goes through the Hunspell dictionary: about 2 ms
 * a hit, most of a search page's time. What a Swedish word lexizes to depends on the word
 * alone, so it is looked up once, when a document brings it, instead:
 *
 * - `search_highlight_word`: every word of the Swedish documents ever indexed, as the `simple`
 *   dictionary writes it (lower case), with the lexemes `samrad_sv` gives it; the indexer adds
 *   the words of each batch it writes. Never pruned (words only; like `search_term`).
 * - `samrad_sv_words`: the default parser with every token kind `samrad_sv` maps mapped to
 *   `simple`, so it splits a text into the same tokens at the same positions and only
 *   lower-cases them.
 *
 * A search then highlights a Swedish text with `samrad_sv_words` and its query with each
 * lexeme replaced by the words that lexize to it (PostgresSearchEngine.highlightQuery): the
 * words marked are those `samrad_sv` would mark, about ten times faster.
 */
export class SearchHighlightWords1798200000000 implements MigrationInterface {
  name = 'SearchHighlightWords1798200000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE search_highlight_word (word text PRIMARY KEY, lexemes text[] NOT NULL)`,
    );
    await queryRunner.query(
      `CREATE INDEX search_highlight_word_lexemes_idx ON search_highlight_word USING gin (lexemes)`,
    );
    const mapped = (await queryRunner.query(
      `SELECT DISTINCT t.alias FROM ts_token_type('default') t
         JOIN pg_ts_config_map m ON m.maptokentype = t.tokid
        WHERE m.mapcfg = 'samrad_sv'::regconfig ORDER BY t.alias`,
    )) as { alias: string }[];
    await queryRunner.query(`CREATE TEXT SEARCH CONFIGURATION samrad_sv_words (PARSER = default)`);
    await queryRunner.query(
      `ALTER TEXT SEARCH CONFIGURATION samrad_sv_words ADD MAPPING FOR ${mapped.map((m) => m.alias).join(', ')} WITH simple`,
    );
    await queryRunner.query(
      `INSERT INTO search_highlight_word (word, lexemes)
       ${HIGHLIGHT_WORDS_SQL(
         `SELECT concat_ws(' ', title, summary, body, answers) FROM search_document WHERE language = 'SV'`,
       )}`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TEXT SEARCH CONFIGURATION samrad_sv_words`);
    await queryRunner.query(`DROP TABLE search_highlight_word`);
  }
}

/**
 * The words of the texts `texts` (a query of one text column) with their `samrad_sv` lexemes,
 * as the indexer writes them (a copy of PostgresSearchEngine's, frozen with this migration).
 */
const HIGHLIGHT_WORDS_SQL = (texts: string) => `
  SELECT w.word, tsvector_to_array(to_tsvector('samrad_sv', w.word))
  FROM (SELECT DISTINCT (ts_lexize('simple', p.token))[1] AS word
          FROM (${texts}) AS t(text), ts_parse('default', t.text) p
         WHERE p.tokid IN (SELECT tokid FROM ts_token_type('default')
                            WHERE alias IN ('asciiword', 'word', 'hword_asciipart', 'hword_part'))) w
  WHERE w.word IS NOT NULL
  ON CONFLICT DO NOTHING`;
