// SPDX-License-Identifier: EUPL-1.2
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
    // Details may be rewritten only inside a transaction that declares an erasure.
    await expect(dataSource.query(`UPDATE audit_log SET reason = 'x'`)).rejects.toThrow(
      'append-only',
    );
  });

  it('let a declared erasure rewrite reason and details, but never who did what, nor delete', async () => {
    await dataSource.query(
      `INSERT INTO audit_log (action, reason) VALUES ('test.erasure', 'by Zelda')`,
    );
    const inErasure = (statement: string) =>
      dataSource.transaction(async (manager) => {
        await manager.query(`SELECT set_config('samrad.erasure', 'on', true)`);
        await manager.query(statement);
      });
    await inErasure(
      `UPDATE audit_log SET reason = 'by [erased]', details = '{}' WHERE action = 'test.erasure'`,
    );
    const [row] = await dataSource.query(
      `SELECT reason FROM audit_log WHERE action = 'test.erasure'`,
    );
    expect(row.reason).toBe('by [erased]');
    await expect(
      inErasure(`UPDATE audit_log SET action = 'rewritten' WHERE action = 'test.erasure'`),
    ).rejects.toThrow('append-only');
    await expect(
      inErasure(`UPDATE audit_log SET actor_id = gen_random_uuid() WHERE action = 'test.erasure'`),
    ).rejects.toThrow('append-only');
    await expect(inErasure(`DELETE FROM audit_log`)).rejects.toThrow('append-only');
    // SET LOCAL ends with its transaction: the next statement is refused again.
    await expect(
      dataSource.query(`UPDATE audit_log SET reason = 'again' WHERE action = 'test.erasure'`),
    ).rejects.toThrow('append-only');
  });
});
