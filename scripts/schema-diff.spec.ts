// SPDX-License-Identifier: EUPL-1.2
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const SCRIPT = join(__dirname, 'schema-diff.mjs');
const CURRENT = join(__dirname, '..', 'src', 'graph', 'schema.gql');
const BASELINE = join(__dirname, '..', 'src', 'graph', 'schema.released.gql');

/** `npm run schema:diff` exactly as CI runs it, against a baseline written for the test. */
describe('schema:diff (the breaking-change check in npm run check)', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'schema-diff-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const current = readFileSync(CURRENT, 'utf8');
  function run(baseline: string, schema = current) {
    const baselineFile = join(dir, 'baseline.gql');
    const schemaFile = join(dir, 'schema.gql');
    writeFileSync(baselineFile, baseline);
    writeFileSync(schemaFile, schema);
    const result = spawnSync(process.execPath, [SCRIPT, baselineFile, schemaFile], {
      encoding: 'utf8',
    });
    return { status: result.status, output: `${result.stdout}${result.stderr}` };
  }

  it('passes the committed schema against the committed baseline', () => {
    const result = spawnSync(process.execPath, [SCRIPT, BASELINE, CURRENT], { encoding: 'utf8' });
    expect(result.stdout).toMatch(/^No breaking changes against/);
    expect(result.status).toBe(0);
  });

  it('passes an unchanged schema and an added field', () => {
    expect(run(current).status).toBe(0);
    const added = current.replace('type PageInfo {', 'type PageInfo {\n  pageNumber: Int');
    expect(added).not.toBe(current);
    expect(run(current, added).status).toBe(0);
  });

  it('fails naming a removed field', () => {
    const removed = current.replace(/\n {2}hasNextPage: Boolean!/, '');
    expect(removed).not.toBe(current);
    const result = run(current, removed);
    expect(result.status).toBe(1);
    expect(result.output).toContain('FIELD_REMOVED PageInfo.hasNextPage');
    expect(result.output).toMatch(/1 breaking change/);
  });

  it('fails naming each breaking change: a type made nullable, an enum value removed', () => {
    const changed = current
      .replace(
        'cases(after: String, filter: CaseFilterInput, first: Int = 20): CaseConnection!',
        'cases(after: String, filter: CaseFilterInput, first: Int = 20): CaseConnection',
      )
      .replace('  """Taken down by a moderator."""\n  ARCHIVED\n', '');
    expect(changed).not.toContain('ARCHIVED');
    const result = run(current, changed);
    expect(result.status).toBe(1);
    expect(result.output).toMatch(/2 breaking change/);
    expect(result.output).toContain('FIELD_TYPE_CHANGED Query.cases');
    expect(result.output).toContain('ENUM_VALUE_REMOVED CaseStatus.ARCHIVED');
  });

  it('fails, not passes, on a schema it cannot parse', () => {
    const result = run(current, 'type {');
    expect(result.status).toBe(2);
  });
});
