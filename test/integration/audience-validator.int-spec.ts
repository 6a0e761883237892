// SPDX-License-Identifier: EUPL-1.2
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from 'src/database/data-source-options';
import { TransactionHost } from 'src/database/transaction-host';
import { Role } from 'src/graph/auth/role.enum';
import type { Viewer } from 'src/graph/auth/viewer';
import { Errors, type FieldProblem } from 'src/graph/errors/app-error';
import { FieldProblemReason } from 'src/graph/errors/field-problem-reason';
import { AudienceValidator, type Audience } from 'src/modules/access-policy/audience-validator';
import { SharingLevel } from 'src/modules/access-policy/sharing-level.enum';
import { MembersRepository } from 'src/modules/members/members.repository';
import { MembersService } from 'src/modules/members/members.service';
import { OrganisationsRepository } from 'src/modules/organisations/organisations.repository';
import { OrganisationsService } from 'src/modules/organisations/organisations.service';
import { createTestDatabase, type TestDatabase } from 'test/helpers/test-database';

/**
 * What MembersService needs beyond `findByIds` (audit, outbox, federated identities): nothing
 * here, and a test fails loudly should the validator start using them.
 */
const notUsedByTheValidator = new Proxy(
  {},
  {
    get(_, property) {
      throw new Error(`the audience validator used ${String(property)}`);
    },
  },
) as never;

// The writer's organisation takes questions directly, so that directing a question to it is
// refused for being their own and not for taking no questions.
const OWN_ORGANISATION = randomUUID();
const PARTNER = randomUUID(); // a university: a recipient organisation, takes no questions
const AUTHORITY = randomUUID(); // takes questions directly
const UNKNOWN_ORGANISATION = randomUUID();

const WRITER = randomUUID();
const COLLEAGUE = randomUUID();
const PARTNER_MEMBER = randomUUID();
const SUSPENDED_MEMBER = randomUUID();
const DELETED_MEMBER = randomUUID();
const UNKNOWN_MEMBER = randomUUID();

const writer: Viewer = {
  memberId: WRITER,
  organisationId: OWN_ORGANISATION,
  roles: [Role.MEMBER],
  sessionId: randomUUID(),
  locale: 'SV',
};

/** An audience naming nobody, at a level; each test adds what it names. */
const audience = (sharingLevel: SharingLevel, named: Partial<Audience> = {}): Audience => ({
  sharingLevel,
  recipientOrganisationIds: [],
  recipientMemberIds: [],
  ...named,
});

// The problems the validator reports, word for word: clients explain `reason`, developers and
// logs read `message`, and the field says which input to mark.
const organisationsRequired: FieldProblem = {
  field: 'recipientOrganisationIds',
  message: 'an AMBER item needs at least one recipient organisation',
  reason: FieldProblemReason.REQUIRED,
};
const organisationsNotAllowed: FieldProblem = {
  field: 'recipientOrganisationIds',
  message: 'only AMBER items name recipient organisations',
  reason: FieldProblemReason.NOT_ALLOWED,
};
const membersRequired: FieldProblem = {
  field: 'recipientMemberIds',
  message: 'a RED item needs at least one recipient member',
  reason: FieldProblemReason.REQUIRED,
};
const membersNotAllowed: FieldProblem = {
  field: 'recipientMemberIds',
  message: 'only RED items name recipient members',
  reason: FieldProblemReason.NOT_ALLOWED,
};
const unknownOrganisation = (id: string): FieldProblem => ({
  field: 'recipientOrganisationIds',
  message: `unknown organisation ${id}`,
  reason: FieldProblemReason.UNKNOWN,
});
const ownOrganisationNamed: FieldProblem = {
  field: 'recipientOrganisationIds',
  message: 'your own organisation always reads AMBER items',
  reason: FieldProblemReason.NOT_ALLOWED,
};
const unknownMember = (id: string): FieldProblem => ({
  field: 'recipientMemberIds',
  message: `unknown member ${id}`,
  reason: FieldProblemReason.UNKNOWN,
});
const writerNamed: FieldProblem = {
  field: 'recipientMemberIds',
  message: 'the author always reads their own item',
  reason: FieldProblemReason.NOT_ALLOWED,
};
const strictDirected: FieldProblem = {
  field: 'directedToIds',
  message: 'an AMBER_STRICT question stays inside your organisation; use AMBER to ask another',
  reason: FieldProblemReason.NOT_ALLOWED,
};
const takesNoQuestions = (id: string): FieldProblem => ({
  field: 'directedToIds',
  message: `${id} does not take questions directly`,
  reason: FieldProblemReason.UNKNOWN,
});
const ownOrganisationDirected: FieldProblem = {
  field: 'directedToIds',
  message: 'you cannot direct a question to your own organisation',
  reason: FieldProblemReason.NOT_ALLOWED,
};

/**
 * The audience validator (DOMAIN §2 and §7) against a real database, without the API: the
 * organisations and members it looks up are rows this spec writes, the validator is built from
 * the real services. test/e2e/case-bad-input.e2e-spec.ts and question-bad-input.e2e-spec.ts
 * check through the API that a case or question with these problems is refused with
 * BAD_USER_INPUT; the count limits (at most three directed organisations…) are the case and
 * question validators' own, not this class's.
 */
describe('AudienceValidator', () => {
  let database: TestDatabase;
  let db: DataSource;
  let validator: AudienceValidator;

  beforeAll(async () => {
    database = await createTestDatabase();
    db = await new DataSource({ ...dataSourceOptions(database.url), migrations: [] }).initialize();
    const tx = new TransactionHost(db);
    validator = new AudienceValidator(
      new OrganisationsService(new OrganisationsRepository(tx)),
      new MembersService(
        new MembersRepository(tx),
        notUsedByTheValidator,
        tx,
        notUsedByTheValidator,
        notUsedByTheValidator,
      ),
    );
    await organisation(OWN_ORGANISATION, 'AUTHORITY', true);
    await organisation(PARTNER, 'HIGHER_EDUCATION', false);
    await organisation(AUTHORITY, 'AUTHORITY', true);
    await member(WRITER, OWN_ORGANISATION, 'ACTIVE');
    await member(COLLEAGUE, OWN_ORGANISATION, 'ACTIVE');
    await member(PARTNER_MEMBER, PARTNER, 'ACTIVE');
    await member(SUSPENDED_MEMBER, PARTNER, 'SUSPENDED');
    await member(DELETED_MEMBER, PARTNER, 'DELETED');
  });

  afterAll(async () => {
    await db?.destroy();
    await database?.drop();
  });

  async function organisation(id: string, kind: string, acceptsQuestions: boolean) {
    await db.query(
      `INSERT INTO organisation (id, slug, kind, name_sv, name_en, accepts_questions)
       VALUES ($1, $2, $3, 'Organisation', 'Organisation', $4)`,
      [id, `org-${id}`, kind, acceptsQuestions],
    );
  }

  async function member(id: string, organisationId: string, status: string) {
    await db.query(
      `INSERT INTO member (id, email, display_name, organisation_id, status)
       VALUES ($1, $2, 'Member', $3, $4)`,
      [id, `${id}@example.org`, organisationId, status],
    );
  }

  const problems = (named: Audience) => validator.problems(named, writer);

  describe('levels that name no one', () => {
    // Cases have no directedToIds at all: the field being absent must not count as naming any.
    it.each([SharingLevel.CLEAR, SharingLevel.GREEN, SharingLevel.AMBER_STRICT])(
      '%s naming nobody is fine, with or without the directed field',
      async (level) => {
        expect(await problems(audience(level))).toEqual([]);
        expect(await problems(audience(level, { directedToIds: [] }))).toEqual([]);
      },
    );

    it.each([SharingLevel.CLEAR, SharingLevel.GREEN, SharingLevel.AMBER_STRICT])(
      '%s naming recipient organisations or members is not allowed, whoever they are',
      async (level) => {
        expect(
          await problems(
            audience(level, {
              recipientOrganisationIds: [PARTNER],
              recipientMemberIds: [PARTNER_MEMBER],
            }),
          ),
        ).toEqual([organisationsNotAllowed, membersNotAllowed]);
        // Unknown ones are not looked up: the level alone refuses them.
        expect(await problems(audience(level, { recipientMemberIds: [UNKNOWN_MEMBER] }))).toEqual([
          membersNotAllowed,
        ]);
      },
    );
  });

  describe('AMBER: recipient organisations', () => {
    it('names known organisations other than the writer’s own', async () => {
      expect(
        await problems(audience(SharingLevel.AMBER, { recipientOrganisationIds: [PARTNER] })),
      ).toEqual([]);
      expect(
        await problems(
          audience(SharingLevel.AMBER, { recipientOrganisationIds: [AUTHORITY, PARTNER] }),
        ),
      ).toEqual([]);
    });

    it('needs at least one', async () => {
      expect(await problems(audience(SharingLevel.AMBER))).toEqual([organisationsRequired]);
      expect(await problems(audience(SharingLevel.AMBER, { directedToIds: [] }))).toEqual([
        organisationsRequired,
      ]);
    });

    it('refuses each unknown organisation by its id, and the writer’s own, in the order named', async () => {
      expect(
        await problems(
          audience(SharingLevel.AMBER, {
            recipientOrganisationIds: [PARTNER, UNKNOWN_ORGANISATION, OWN_ORGANISATION],
          }),
        ),
      ).toEqual([unknownOrganisation(UNKNOWN_ORGANISATION), ownOrganisationNamed]);
      expect(
        await problems(
          audience(SharingLevel.AMBER, {
            recipientOrganisationIds: [OWN_ORGANISATION, UNKNOWN_ORGANISATION],
          }),
        ),
      ).toEqual([ownOrganisationNamed, unknownOrganisation(UNKNOWN_ORGANISATION)]);
    });

    it('names no members', async () => {
      expect(
        await problems(
          audience(SharingLevel.AMBER, {
            recipientOrganisationIds: [PARTNER],
            recipientMemberIds: [PARTNER_MEMBER],
          }),
        ),
      ).toEqual([membersNotAllowed]);
    });
  });

  describe('RED: recipient members', () => {
    it('names active members other than the writer, in any organisation', async () => {
      expect(
        await problems(
          audience(SharingLevel.RED, { recipientMemberIds: [PARTNER_MEMBER, COLLEAGUE] }),
        ),
      ).toEqual([]);
    });

    it('needs at least one', async () => {
      expect(await problems(audience(SharingLevel.RED))).toEqual([membersRequired]);
      expect(await problems(audience(SharingLevel.RED, { directedToIds: [] }))).toEqual([
        membersRequired,
      ]);
    });

    it('answers suspended and deleted members as unknown ones, and refuses the writer', async () => {
      expect(
        await problems(
          audience(SharingLevel.RED, {
            recipientMemberIds: [
              UNKNOWN_MEMBER,
              PARTNER_MEMBER,
              SUSPENDED_MEMBER,
              WRITER,
              DELETED_MEMBER,
            ],
          }),
        ),
      ).toEqual([
        unknownMember(UNKNOWN_MEMBER),
        unknownMember(SUSPENDED_MEMBER),
        writerNamed,
        unknownMember(DELETED_MEMBER),
      ]);
    });

    it('names no organisations', async () => {
      expect(
        await problems(
          audience(SharingLevel.RED, {
            recipientOrganisationIds: [PARTNER],
            recipientMemberIds: [PARTNER_MEMBER],
          }),
        ),
      ).toEqual([organisationsNotAllowed]);
    });
  });

  describe('questions directed to an organisation (DOMAIN §7)', () => {
    it('an organisation asked directly is audience enough for AMBER and RED', async () => {
      expect(await problems(audience(SharingLevel.AMBER, { directedToIds: [AUTHORITY] }))).toEqual(
        [],
      );
      expect(await problems(audience(SharingLevel.RED, { directedToIds: [AUTHORITY] }))).toEqual(
        [],
      );
    });

    it('community levels may be directed too', async () => {
      expect(await problems(audience(SharingLevel.GREEN, { directedToIds: [AUTHORITY] }))).toEqual(
        [],
      );
      expect(await problems(audience(SharingLevel.CLEAR, { directedToIds: [AUTHORITY] }))).toEqual(
        [],
      );
    });

    it('refuses an organisation that takes no questions and an unknown one alike, each by its id', async () => {
      expect(
        await problems(
          audience(SharingLevel.GREEN, {
            directedToIds: [PARTNER, AUTHORITY, UNKNOWN_ORGANISATION],
          }),
        ),
      ).toEqual([takesNoQuestions(PARTNER), takesNoQuestions(UNKNOWN_ORGANISATION)]);
    });

    it('refuses the writer’s own organisation, though it takes questions', async () => {
      expect(
        await problems(audience(SharingLevel.AMBER, { directedToIds: [OWN_ORGANISATION] })),
      ).toEqual([ownOrganisationDirected]);
    });

    it('refuses AMBER_STRICT once, whatever it is directed to', async () => {
      expect(
        await problems(
          audience(SharingLevel.AMBER_STRICT, {
            directedToIds: [AUTHORITY, PARTNER, UNKNOWN_ORGANISATION, OWN_ORGANISATION],
          }),
        ),
      ).toEqual([strictDirected]);
    });

    it('lists the directed problems first, then recipient organisations, then members', async () => {
      expect(
        await problems(
          audience(SharingLevel.RED, {
            directedToIds: [PARTNER],
            recipientOrganisationIds: [AUTHORITY],
            recipientMemberIds: [UNKNOWN_MEMBER],
          }),
        ),
      ).toEqual([
        takesNoQuestions(PARTNER),
        organisationsNotAllowed,
        unknownMember(UNKNOWN_MEMBER),
      ]);
    });
  });

  it('the caller’s BAD_USER_INPUT gives every problem its reason: REQUIRED, NOT_ALLOWED, UNKNOWN', async () => {
    // What a client explains to people: a missing audience, one the level does not take, and a
    // recipient that does not exist or cannot be chosen (a suspended member answers as unknown).
    const found = [
      ...(await problems(audience(SharingLevel.AMBER, { recipientMemberIds: [PARTNER_MEMBER] }))),
      ...(await problems(audience(SharingLevel.RED, { recipientMemberIds: [SUSPENDED_MEMBER] }))),
    ];
    const error = Errors.badInput('The case has invalid fields', found);
    expect(error.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [
        { field: 'recipientOrganisationIds', reason: FieldProblemReason.REQUIRED },
        { field: 'recipientMemberIds', reason: FieldProblemReason.NOT_ALLOWED },
        { field: 'recipientMemberIds', reason: FieldProblemReason.UNKNOWN },
      ],
    });
  });
});
