import { DataSource } from 'typeorm';
import { dataSourceOptions } from 'src/database/data-source-options';
import { createTestDatabase, type TestDatabase } from 'test/helpers/test-database';

describe('Migrations', () => {
  let database: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase({ empty: true });
    dataSource = new DataSource(dataSourceOptions(database.url));
    await dataSource.initialize();
  });

  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  it('run from empty to latest, after which the entities need no further change', async () => {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    expect(applied.length).toBeGreaterThan(0);
    // What `npm run migration:generate` would write: nothing.
    const pending = await dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('revert to an empty schema and apply again', async () => {
    for (let i = 0; i < dataSource.migrations.length; i += 1)
      await dataSource.undoLastMigration({ transaction: 'each' });
    const tables = await dataSource.query(
      `SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations'`,
    );
    expect(tables[0].n).toBe(0);
    expect((await dataSource.runMigrations()).length).toBe(dataSource.migrations.length);
  });

  it('keep the audit log append-only', async () => {
    await dataSource.query(`INSERT INTO audit_log (action) VALUES ('test.action')`);
    await expect(dataSource.query(`UPDATE audit_log SET action = 'rewritten'`)).rejects.toThrow(
      'append-only',
    );
    await expect(dataSource.query(`DELETE FROM audit_log`)).rejects.toThrow('append-only');
    await expect(dataSource.query(`TRUNCATE audit_log`)).rejects.toThrow('append-only');
  });
});
