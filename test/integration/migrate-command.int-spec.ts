// SPDX-License-Identifier: EUPL-1.2
import { DataSource } from 'typeorm';
import { AppConfig } from 'src/config/app-config';
import { dataSourceOptions } from 'src/database/data-source-options';
import { migrateAndLoadReferenceData } from 'src/bootstrap/migrate-command';
import { ORGANISATION_CATALOGUE } from 'src/modules/organisations/organisation-catalogue.data';
import { createTestDatabase, type TestDatabase } from 'test/helpers/test-database';

/**
 * The install step (`node dist/src/bootstrap/migrate-command.js`, compose's `migrate` job):
 * an empty database comes out migrated and with its reference data, and a second run (every
 * upgrade runs it) changes nothing, an admin's edits to an organisation included.
 */
describe('migrate command: migrations and reference data', () => {
  let database: TestDatabase;
  let db: DataSource;
  let config: AppConfig;

  const counts = async () =>
    (
      await db.query<{ organisations: number; topics: number }[]>(
        `SELECT (SELECT count(*) FROM organisation)::int AS organisations,
                (SELECT count(*) FROM topic)::int AS topics`,
      )
    )[0]!;

  beforeAll(async () => {
    database = await createTestDatabase({ empty: true });
    config = AppConfig.from(
      AppConfig.parse(
        {},
        {
          NODE_ENV: 'test',
          LOG_LEVEL: 'silent',
          DATABASE_URL: database.url,
          DATABASE_POOL_SIZE: '2',
          QUEUE_POOL_SIZE: '1',
        },
      ),
    );
  });

  afterAll(async () => {
    await db?.destroy();
    await database.drop();
  });

  it('migrates an empty database and loads the organisations and topics', async () => {
    const applied = await migrateAndLoadReferenceData(config, { queueNamespace: 'migratetest' });
    expect(applied.length).toBeGreaterThan(10);
    db = new DataSource(dataSourceOptions(database.url));
    await db.initialize();
    const { organisations, topics } = await counts();
    expect(organisations).toBe(ORGANISATION_CATALOGUE.length);
    expect(topics).toBeGreaterThan(5);
  }, 120_000);

  it('runs again without change, keeping an admin’s edit of a catalogue organisation', async () => {
    const before = await counts();
    const [{ slug }] = await db.query<[{ slug: string }]>(
      `UPDATE organisation SET name_en = 'Renamed by an admin', accepts_questions = NOT accepts_questions
        WHERE slug = $1 RETURNING slug`,
      [ORGANISATION_CATALOGUE[0]!.slug],
    );
    const edited = await db.query(`SELECT * FROM organisation WHERE slug = $1`, [slug]);
    expect(await migrateAndLoadReferenceData(config, { queueNamespace: 'migratetest' })).toEqual(
      [],
    );
    expect(await counts()).toEqual(before);
    expect(await db.query(`SELECT * FROM organisation WHERE slug = $1`, [slug])).toEqual(edited);
  }, 120_000);
});
