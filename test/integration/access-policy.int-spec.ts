// SPDX-License-Identifier: EUPL-1.2
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Role } from 'src/graph/auth/role.enum';
import type { Viewer } from 'src/graph/auth/viewer';
import { dataSourceOptions } from 'src/database/data-source-options';
import { AccessPolicy } from 'src/modules/access-policy/access-policy';
import type { ReadStage, ReadableItem } from 'src/modules/access-policy/readable-item';
import { SharingLevel, isCommunityLevel } from 'src/modules/access-policy/sharing-level.enum';
import { createTestDatabase, type TestDatabase } from 'test/helpers/test-database';

const AUTHOR_ORG = randomUUID();
const RECIPIENT_ORG = randomUUID();
const OTHER_ORG = randomUUID();
const AUTHOR = randomUUID();
const RED_RECIPIENT = randomUUID();
const DIRECTED_ORG = randomUUID();

const viewer = (
  memberId: string,
  organisationId: string,
  roles: Role[] = [Role.MEMBER],
): Viewer => ({
  memberId,
  organisationId,
  roles,
  sessionId: randomUUID(),
  locale: 'SV',
});

const VIEWERS: Record<string, Viewer | null> = {
  visitor: null,
  author: viewer(AUTHOR, AUTHOR_ORG),
  colleague: viewer(randomUUID(), AUTHOR_ORG),
  recipientOrganisationMember: viewer(randomUUID(), RECIPIENT_ORG),
  redRecipient: viewer(RED_RECIPIENT, OTHER_ORG),
  otherMember: viewer(randomUUID(), OTHER_ORG),
  moderator: viewer(randomUUID(), OTHER_ORG, [Role.MEMBER, Role.MODERATOR]),
  admin: viewer(randomUUID(), OTHER_ORG, [Role.MEMBER, Role.ADMIN]),
  // A question directed to an authority: its members join AMBER audiences, its experts RED ones.
  directedOrganisationMember: viewer(randomUUID(), DIRECTED_ORG),
  directedOrganisationExpert: viewer(randomUUID(), DIRECTED_ORG, [Role.MEMBER, Role.EXPERT]),
  otherExpert: viewer(randomUUID(), OTHER_ORG, [Role.MEMBER, Role.EXPERT]),
};

/** DOMAIN §2 for live items, written out by hand: the oracle both implementations must match. */
const LIVE_READERS: Record<SharingLevel, string[]> = {
  CLEAR: Object.keys(VIEWERS),
  GREEN: Object.keys(VIEWERS).filter((v) => v !== 'visitor'),
  AMBER: ['author', 'colleague', 'recipientOrganisationMember'],
  AMBER_STRICT: ['author', 'colleague'],
  RED: ['author', 'redRecipient'],
};
/** Not yet (or no longer) live: the author, and moderators for community levels. */
const MODERATION_READERS = (level: SharingLevel) =>
  isCommunityLevel(level) ? ['author', 'moderator'] : ['author'];

/** Directed to an organisation (questions, DOMAIN §7): AMBER adds it, RED adds its experts. */
const DIRECTED_READERS: Partial<Record<SharingLevel, string[]>> = {
  AMBER: ['directedOrganisationMember', 'directedOrganisationExpert'],
  RED: ['directedOrganisationExpert'],
};

const STAGES: ReadStage[] = ['LIVE', 'IN_MODERATION', 'PRIVATE'];

function item(level: SharingLevel, stage: ReadStage, directed: boolean): ReadableItem {
  return {
    sharingLevel: level,
    stage,
    directedToOrganisationIds: directed ? [DIRECTED_ORG] : [],
    authorId: AUTHOR,
    authorOrganisationId: AUTHOR_ORG,
    recipientOrganisationIds: level === SharingLevel.AMBER ? [RECIPIENT_ORG] : [],
    recipientMemberIds: level === SharingLevel.RED ? [RED_RECIPIENT] : [],
  };
}

function expectedReaders(level: SharingLevel, stage: ReadStage, directed: boolean): string[] {
  if (stage === 'LIVE')
    return [...LIVE_READERS[level], ...(directed ? (DIRECTED_READERS[level] ?? []) : [])];
  if (stage === 'IN_MODERATION') return MODERATION_READERS(level);
  return ['author'];
}

describe('AccessPolicy: the rule for one item and the SQL condition agree with DOMAIN §2', () => {
  const policy = new AccessPolicy();
  let database: TestDatabase;
  let db: DataSource;
  const rows: (ReadableItem & { id: string })[] = [];

  beforeAll(async () => {
    database = await createTestDatabase({ empty: true });
    db = await new DataSource({ ...dataSourceOptions(database.url), migrations: [] }).initialize();
    await db.query(
      `CREATE TYPE sharing_level AS ENUM ('CLEAR','GREEN','AMBER','AMBER_STRICT','RED')`,
    );
    await db.query(`CREATE TABLE item (
      id uuid PRIMARY KEY, sharing_level sharing_level NOT NULL, stage text NOT NULL,
      author_id uuid NOT NULL, author_organisation_id uuid NOT NULL,
      recipient_organisation_ids uuid[] NOT NULL, recipient_member_ids uuid[] NOT NULL,
      directed_to_ids uuid[] NOT NULL)`);
    for (const level of Object.values(SharingLevel)) {
      for (const [stage, directed] of STAGES.flatMap(
        (s) =>
          [
            [s, false],
            [s, true],
          ] as const,
      )) {
        const row = { id: randomUUID(), ...item(level, stage, directed) };
        rows.push(row);
        await db.query('INSERT INTO item VALUES ($1, $2, $3, $4, $5, $6, $7, $8)', [
          row.id,
          row.sharingLevel,
          row.stage,
          row.authorId,
          row.authorOrganisationId,
          row.recipientOrganisationIds,
          row.recipientMemberIds,
          row.directedToOrganisationIds,
        ]);
      }
    }
    // Cases cannot be directed: their table has no directed_to_ids, and the rule must not name it.
    await db.query(`CREATE VIEW undirected_item AS
      SELECT id, sharing_level, stage, author_id, author_organisation_id,
        recipient_organisation_ids, recipient_member_ids
      FROM item WHERE cardinality(directed_to_ids) = 0`);
  });

  afterAll(async () => {
    await db?.destroy();
    await database?.drop();
  });

  it.each(Object.keys(VIEWERS))('%s reads exactly what the table allows', async (name) => {
    const who = VIEWERS[name]!;
    const condition = policy.readableSql(who, {
      alias: 'i',
      liveSql: `i.stage = 'LIVE'`,
      submittedSql: `i.stage <> 'PRIVATE'`,
      directed: true,
    });
    const readBySql = new Set(
      (
        await db
          .createQueryBuilder()
          .select('i.id', 'id')
          .from('item', 'i')
          .where(condition.sql, condition.params)
          .getRawMany<{ id: string }>()
      ).map((r) => r.id),
    );
    for (const row of rows) {
      const directed = (row.directedToOrganisationIds ?? []).length > 0;
      const expected = expectedReaders(row.sharingLevel, row.stage, directed).includes(name);
      const at = `${row.sharingLevel}/${row.stage}${directed ? '/directed' : ''}`;
      expect({ at, canRead: policy.canRead(who, row) }).toEqual({ at, canRead: expected });
      expect({ at, sql: readBySql.has(row.id) }).toEqual({ at, sql: expected });
    }
  });

  it.each(Object.keys(VIEWERS))(
    '%s reads the same of a table that cannot be directed (cases)',
    async (name) => {
      const who = VIEWERS[name]!;
      const condition = policy.readableSql(who, {
        alias: 'c',
        liveSql: `c.stage = 'LIVE'`,
        submittedSql: `c.stage <> 'PRIVATE'`,
      });
      const readBySql = new Set(
        (
          await db
            .createQueryBuilder()
            .select('c.id', 'id')
            .from('undirected_item', 'c')
            .where(condition.sql, condition.params)
            .getRawMany<{ id: string }>()
        ).map((r) => r.id),
      );
      for (const { directedToOrganisationIds, ...row } of rows) {
        if ((directedToOrganisationIds ?? []).length > 0) continue;
        // Loaded cases carry no directedToOrganisationIds at all.
        const expected = expectedReaders(row.sharingLevel, row.stage, false).includes(name);
        const at = `${row.sharingLevel}/${row.stage}`;
        expect({ at, canRead: policy.canRead(who, row) }).toEqual({ at, canRead: expected });
        expect({ at, sql: readBySql.has(row.id) }).toEqual({ at, sql: expected });
      }
    },
  );
});
