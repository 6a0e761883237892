// SPDX-License-Identifier: EUPL-1.2
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Every token kind that carries words; the Search migration mapped only the non-ASCII ones. */
const WORD_TOKENS = 'asciiword, asciihword, hword_asciipart, word, hword, hword_part';

/**
 * Swedish inflection and compounds (issue 14): `samrad_sv` gets the Hunspell dictionary of
 * LibreOffice/Debian (search/dictionaries/, LGPL-3) in front of the Snowball stemmer, so
 * "samarbetet" and "samarbete" meet at "samarbete", "kvantdatorer" at "kvantdator", and a
 * compound is indexed as itself and its parts ("exportkontroll" → exportkontroll, export,
 * kontroll). The chain per word: `unaccent` (as before: "Malmo" finds "Malmö"; the dictionary
 * files are unaccented to match), `samrad_sv_stop` (Swedish stop words, unaccented: the
 * stemmer's own list has accents that unaccent had already removed), `samrad_sv_hunspell`,
 * and `swedish_stem` for words the dictionary does not know. ASCII words now take the same path
 * (before, they went to the stemmer alone).
 *
 * The dictionary files must be in PostgreSQL's `tsearch_data` (npm run dev, the test setup, CI
 * and docker/postgres.Dockerfile put them there). Without them this migration refuses, with the
 * command that installs them, rather than fall back to the stemmer: a fallback would leave an
 * installation searching differently from every other, silently, and stay so after the files
 * arrived.
 *
 * The Swedish documents' vectors are recomputed from the text search_document keeps.
 */
export class SwedishDictionary1797600000000 implements MigrationInterface {
  name = 'SwedishDictionary1797600000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TEXT SEARCH DICTIONARY samrad_sv_stop (TEMPLATE = simple, StopWords = samrad_sv, Accept = false)`,
    );
    try {
      await queryRunner.query(
        `CREATE TEXT SEARCH DICTIONARY samrad_sv_hunspell (TEMPLATE = ispell, DictFile = samrad_sv, AffFile = samrad_sv)`,
      );
    } catch (error) {
      throw new Error(
        'The Swedish search dictionary is not installed in PostgreSQL: copy search/dictionaries/samrad_sv.* ' +
          'into $(pg_config --sharedir)/tsearch_data on the database server ' +
          '(`sudo node scripts/install-search-dictionaries.mjs`, see README "Search"), then run the migrations again. ' +
          `PostgreSQL said: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    await queryRunner.query(
      `ALTER TEXT SEARCH CONFIGURATION samrad_sv ALTER MAPPING FOR ${WORD_TOKENS}
         WITH unaccent, samrad_sv_stop, samrad_sv_hunspell, swedish_stem`,
    );
    await reindexSwedish(queryRunner);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TEXT SEARCH CONFIGURATION samrad_sv ALTER MAPPING FOR asciiword, asciihword, hword_asciipart WITH swedish_stem`,
    );
    await queryRunner.query(
      `ALTER TEXT SEARCH CONFIGURATION samrad_sv ALTER MAPPING FOR word, hword, hword_part WITH unaccent, swedish_stem`,
    );
    await queryRunner.query(`DROP TEXT SEARCH DICTIONARY samrad_sv_hunspell`);
    await queryRunner.query(`DROP TEXT SEARCH DICTIONARY samrad_sv_stop`);
    await reindexSwedish(queryRunner);
  }
}

/** The Swedish documents' vectors from their stored text, weighted as PostgresSearchEngine does. */
async function reindexSwedish(queryRunner: QueryRunner): Promise<void> {
  await queryRunner.query(
    `UPDATE search_document SET search_vector =
       setweight(to_tsvector('samrad_sv', title), 'A') ||
       setweight(to_tsvector('samrad_sv', summary), 'B') ||
       setweight(to_tsvector('samrad_sv', body), 'C') ||
       setweight(to_tsvector('samrad_sv', answers), 'D')
     WHERE language = 'SV'`,
  );
}
