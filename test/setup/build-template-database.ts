// SPDX-License-Identifier: EUPL-1.2
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from 'src/database/data-source-options';
import { ORGANISATION_CATALOGUE } from 'src/modules/organisations/organisation-catalogue.data';
import { TOPIC_CATALOGUE } from 'src/modules/taxonomy/topic-catalogue.data';
import {
  installSearchDictionaries,
  SEARCH_DICTIONARY_FILES,
  systemTsearchDataDir,
} from 'src/database/search-dictionaries';
import { TEMPLATE_DATABASE_ENV, TEST_DATABASE_URL, databaseUrl } from 'test/setup/test-env';

/**
 * Runs once per `npm test`: builds a template database by running every migration on an empty
 * database (which is itself the test that migrations apply from empty to latest) and seeding the
 * reference data. Each integration or e2e file then clones it (CREATE DATABASE … TEMPLATE) in
 * milliseconds and owns its copy.
 */
export async function buildTemplateDatabase(): Promise<void> {
  // Stryker's test runner runs Jest once per mutant, in one process (`npm run test:mutation`,
  // database-tier modules): the template its first run built is still there and current, since
  // no mutant touches a migration. Building it again cost every mutant a full migration run.
  if (process.env.STRYKER_MUTATOR_WORKER !== undefined && process.env[TEMPLATE_DATABASE_ENV])
    return;
  installDictionaries();
  const template = `samrad_template_${process.pid}`;
  const admin = new Client({ connectionString: TEST_DATABASE_URL });
  await admin.connect();
  try {
    // Leftovers of runs that died; databases of a test run still going (another terminal, a
    // parallel session) carry a live process id and are left alone.
    const stale = await admin.query<{ datname: string }>(
      "SELECT datname FROM pg_database WHERE datname LIKE 'samrad\\_t\\_%' OR datname LIKE 'samrad\\_template\\_%'",
    );
    for (const { datname } of stale.rows) {
      if (isProcessAlive(ownerPid(datname))) continue;
      await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    }
    await admin.query(`CREATE DATABASE "${template}"`);
  } finally {
    await admin.end();
  }
  const dataSource = new DataSource(dataSourceOptions(databaseUrl(template)));
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
    for (const entry of ORGANISATION_CATALOGUE) {
      await dataSource.query(
        `INSERT INTO organisation (slug, kind, name_sv, name_en, short_names, email_domains, accepts_questions)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [
          entry.slug,
          entry.kind,
          entry.nameSv,
          entry.nameEn,
          entry.shortNames,
          entry.emailDomains,
          entry.acceptsQuestions,
        ],
      );
    }
    // Positions number topics within their kind; parents are linked once every slug exists.
    const positions = new Map<string, number>();
    for (const entry of TOPIC_CATALOGUE) {
      const position = positions.get(entry.kind) ?? 0;
      positions.set(entry.kind, position + 1);
      await dataSource.query(
        `INSERT INTO topic (kind, slug, name_sv, name_en, position) VALUES ($1, $2, $3, $4, $5)`,
        [entry.kind, entry.slug, entry.nameSv, entry.nameEn, position],
      );
    }
    for (const entry of TOPIC_CATALOGUE.filter((e) => e.parentSlug !== undefined)) {
      await dataSource.query(
        `UPDATE topic SET parent_id = (SELECT id FROM topic WHERE slug = $2) WHERE slug = $1`,
        [entry.slug, entry.parentSlug],
      );
    }
  } finally {
    await dataSource.destroy();
  }
  process.env[TEMPLATE_DATABASE_ENV] = template;
}

/**
 * The SwedishDictionary migration needs the Swedish dictionary in the server's `tsearch_data`.
 * The suites' PostgreSQL is the local one `pg_config` names; CI runs as root and installs it
 * here. Without write access (a developer's machine), files already in place are used, and the
 * migration names the command that installs them if they are not.
 */
function installDictionaries(): void {
  try {
    installSearchDictionaries(systemTsearchDataDir());
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EACCES' && code !== 'EPERM' && code !== 'ENOENT') throw error;
    console.warn(
      `Search dictionaries not installed (${code}); run \`sudo node scripts/install-search-dictionaries.mjs\` if the migrations ask for ${SEARCH_DICTIONARY_FILES.join(', ')}`,
    );
  }
}

/** samrad_template_<pid> and samrad_t_<pid>_<random> name the test run that owns them. */
function ownerPid(database: string): number | undefined {
  const pid = /^samrad_(?:template|t)_(\d+)/.exec(database)?.[1];
  return pid === undefined ? undefined : Number(pid);
}

function isProcessAlive(pid: number | undefined): boolean {
  if (pid === undefined || pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
