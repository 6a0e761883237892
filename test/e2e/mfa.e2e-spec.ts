// SPDX-License-Identifier: EUPL-1.2
import { generateSync } from 'otplib';
import { Role } from 'src/graph/auth/role.enum';
import { publishedCase, type CaseResult } from 'test/factories/case.factory';
import {
  FACTORY_PASSWORD,
  signedInMember,
  type SignedInMember,
} from 'test/factories/member.factory';
import { SoftwareAuthenticator } from 'test/helpers/software-authenticator';
import { sql } from 'test/helpers/sql';
import { errorCode, startTestApp, type GraphQLResponse, type TestApp } from 'test/helpers/test-app';

const SIGN_IN = `mutation($input: LoginInput!) { signIn(input: $input) {
  __typename
  ... on AuthPayload { accessToken refreshToken }
  ... on MfaChallenge { challengeToken expiresAt totp passkeyOptions } } }`;
const COMPLETE = `mutation($input: CompleteSignInInput!) { completeSignIn(input: $input) { accessToken member { id } } }`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`;
const FACTORS = `{ mySecondFactors { required enrolled totpEnabled recoveryCodesRemaining verifiedAt passkeys { id label } } }`;
const BEGIN_TOTP = `mutation { beginTotpEnrolment { secret otpauthUri } }`;
const CONFIRM_TOTP = `mutation($input: ConfirmTotpEnrolmentInput!) { confirmTotpEnrolment(input: $input) { recoveryCodes } }`;
const REMOVE_TOTP = `mutation { removeTotp }`;
const BEGIN_PASSKEY = `mutation { beginPasskeyRegistration { challengeToken options } }`;
const COMPLETE_PASSKEY = `mutation($input: CompletePasskeyRegistrationInput!) {
  completePasskeyRegistration(input: $input) { passkey { id label } recoveryCodes } }`;
const BEGIN_STEP_UP = `mutation { beginStepUp { challengeToken totp passkeyOptions } }`;
const STEP_UP = `mutation($input: StepUpInput!) { stepUp(input: $input) { freshUntil } }`;
const QUEUE = `{ moderationQueue(first: 5) { edges { node { contentId } } } }`;
const REVEAL = `mutation($input: RevealAuthorInput!) { revealAuthor(input: $input) { displayName } }`;
const SET_ROLES = `mutation($input: SetMemberRolesInput!) { setMemberRoles(input: $input) { id } }`;
const ME = `{ me { id } }`;

/** A code of the member's app, `steps` periods from now (the server accepts one step either side). */
const codeAt = (secret: string, steps = 0) =>
  generateSync({ secret, epoch: Math.floor(Date.now() / 1000) + steps * 30 });

function ok<T = Record<string, any>>(response: GraphQLResponse<T>): T {
  expect(response.errors).toBeUndefined();
  return response.data!;
}

describe('Multi-factor authentication (e2e over HTTP, MFA required for MODERATOR, ADMIN, EXPERT)', () => {
  let t: TestApp;
  let origin: string;

  beforeAll(async () => {
    // The harness turns the role rule off for older suites; this one runs with the default on.
    t = await startTestApp({ env: { MFA_REQUIRED_ROLES: 'MODERATOR,ADMIN,EXPERT' } });
    origin = `http://localhost:${new URL(t.url).port}`;
  });

  afterAll(async () => {
    await t.close();
  });

  const auditOf = (memberId: string) =>
    sql<{ action: string; details: Record<string, unknown> }>(
      t,
      `SELECT action, details FROM audit_log WHERE actor_id = $1 ORDER BY id`,
      [memberId],
    );

  async function enrolTotp(
    member: SignedInMember,
  ): Promise<{ secret: string; code: string; codes: string[] }> {
    const { beginTotpEnrolment } = ok(await t.gql(BEGIN_TOTP, {}, member.accessToken));
    const secret = beginTotpEnrolment.secret as string;
    expect(beginTotpEnrolment.otpauthUri).toBe(
      `otpauth://totp/Samr%C3%A5d:${encodeURIComponent(member.email)}?secret=${secret}&issuer=Samr%C3%A5d`,
    );
    const wrong = await t.gql(CONFIRM_TOTP, { input: { code: '000000' } }, member.accessToken);
    expect(errorCode(wrong)).toBe('BAD_USER_INPUT');
    const code = codeAt(secret);
    const confirmed = ok(await t.gql(CONFIRM_TOTP, { input: { code } }, member.accessToken));
    return { secret, code, codes: confirmed.confirmTotpEnrolment.recoveryCodes };
  }

  const signIn = (email: string) =>
    t.gql(SIGN_IN, { input: { email, password: FACTORY_PASSWORD } });
  const complete = (challengeToken: string, proof: Record<string, unknown>) =>
    t.gql(COMPLETE, { input: { challengeToken, ...proof } });

  it('TOTP: enrol, sign in with a code, refuse a replayed code, use a recovery code once', async () => {
    const member = await signedInMember(t);
    const { secret, code: enrolmentCode, codes } = await enrolTotp(member);
    expect(codes).toHaveLength(10);

    // The secret is sealed at rest and recovery codes are stored as hashes only.
    const [stored] = await sql<{ sealed_secret: string; confirmed_at: Date | null }>(
      t,
      'SELECT sealed_secret, confirmed_at FROM mfa_totp WHERE member_id = $1',
      [member.id],
    );
    expect(stored!.confirmed_at).not.toBeNull();
    expect(stored!.sealed_secret).not.toContain(secret);
    const hashes = await sql<{ code_hash: string }>(
      t,
      'SELECT code_hash FROM mfa_recovery_code WHERE member_id = $1',
      [member.id],
    );
    expect(hashes).toHaveLength(10);
    for (const { code_hash } of hashes)
      for (const code of codes) expect(code_hash).not.toContain(code.replace('-', ''));

    // The password alone no longer opens a session, through either mutation.
    expect(
      errorCode(await t.gql(LOGIN, { input: { email: member.email, password: FACTORY_PASSWORD } })),
    ).toBe('MFA_CHALLENGE_REQUIRED');
    const first = ok(await signIn(member.email)).signIn;
    expect(first).toMatchObject({ __typename: 'MfaChallenge', totp: true, passkeyOptions: null });

    // The enrolment code's step is spent: the same code again is a replay.
    const replay = await complete(first.challengeToken, { totpCode: enrolmentCode });
    expect(errorCode(replay)).toBe('UNAUTHENTICATED');
    const next = codeAt(secret, 1);
    const signedIn = ok(await complete(first.challengeToken, { totpCode: next })).completeSignIn;
    expect(signedIn.member.id).toBe(member.id);
    expect(ok(await t.gql(ME, {}, signedIn.accessToken)).me.id).toBe(member.id);
    // A challenge answers once.
    expect(errorCode(await complete(first.challengeToken, { totpCode: codeAt(secret, 1) }))).toBe(
      'UNAUTHENTICATED',
    );

    // A fresh challenge does not make the used code new again.
    const second = ok(await signIn(member.email)).signIn;
    expect(errorCode(await complete(second.challengeToken, { totpCode: next }))).toBe(
      'UNAUTHENTICATED',
    );

    // A recovery code works once (in any case, with spaces), and never again.
    const recovery = codes[3]!;
    const withRecovery = ok(
      await complete(second.challengeToken, { recoveryCode: ` ${recovery.toLowerCase()} ` }),
    ).completeSignIn;
    expect(withRecovery.member.id).toBe(member.id);
    const third = ok(await signIn(member.email)).signIn;
    expect(errorCode(await complete(third.challengeToken, { recoveryCode: recovery }))).toBe(
      'UNAUTHENTICATED',
    );
    expect(ok(await t.gql(FACTORS, {}, withRecovery.accessToken)).mySecondFactors).toMatchObject({
      required: false,
      enrolled: true,
      totpEnabled: true,
      recoveryCodesRemaining: 9,
    });

    // Two factors at once, or none, is bad input.
    expect(errorCode(await complete(third.challengeToken, {}))).toBe('BAD_USER_INPUT');

    const audit = await auditOf(member.id);
    const actions = audit.map((row) => row.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'auth.mfa.totp-enrolled',
        'auth.mfa.recovery-codes-generated',
        'auth.mfa.recovery-code-used',
      ]),
    );
    expect(audit.filter((r) => r.action === 'auth.mfa.recovery-code-used')).toEqual([
      expect.objectContaining({ details: { remaining: 9 } }),
    ]);
    expect(
      audit.filter(
        (r) => r.action === 'auth.sign-in.failed' && r.details.reason === 'wrong-second-factor',
      ).length,
    ).toBe(3); // the replay, the used code on a new challenge, the used recovery code
    expect(
      audit.filter((r) => r.action === 'auth.sign-in.succeeded').map((r) => r.details.secondFactor),
    ).toEqual(expect.arrayContaining(['totp', 'recovery-code']));
    const events = await sql<{ payload: { change: string } }>(
      t,
      `SELECT payload FROM outbox WHERE topic = 'member.mfa-changed' AND aggregate_id = $1`,
      [member.id],
    );
    expect(events.map((e) => e.payload.change).sort()).toEqual([
      'recovery-codes-generated',
      'totp-enrolled',
    ]);
  });

  it('deleting the account deletes its second factors', async () => {
    const member = await signedInMember(t);
    await enrolTotp(member);
    const deleted = await t.gql(
      `mutation($input: DeleteMyAccountInput!) { deleteMyAccount(input: $input) }`,
      { input: { currentPassword: FACTORY_PASSWORD } },
      member.accessToken,
    );
    expect(deleted.errors).toBeUndefined();
    for (const table of ['mfa_totp', 'mfa_passkey', 'mfa_recovery_code', 'mfa_challenge'])
      expect(await sql(t, `SELECT 1 FROM ${table} WHERE member_id = $1`, [member.id])).toEqual([]);
  });

  it('a challenge takes five wrong answers, then it is spent', async () => {
    const member = await signedInMember(t);
    const { secret } = await enrolTotp(member);
    const challenge = ok(await signIn(member.email)).signIn;
    for (let i = 0; i < 5; i += 1)
      expect(errorCode(await complete(challenge.challengeToken, { totpCode: '123456' }))).toBe(
        'UNAUTHENTICATED',
      );
    expect(
      errorCode(await complete(challenge.challengeToken, { totpCode: codeAt(secret, 1) })),
    ).toBe('UNAUTHENTICATED');
  });

  it('WebAuthn: registers a passkey and signs in with it (software authenticator)', async () => {
    const member = await signedInMember(t);
    const authenticator = new SoftwareAuthenticator(origin, 'localhost');
    const begun = ok(await t.gql(BEGIN_PASSKEY, {}, member.accessToken)).beginPasskeyRegistration;
    expect(begun.options.rp).toEqual({ id: 'localhost', name: 'Samråd' });

    // A response for another origin (a phishing site) is refused.
    const phisher = new SoftwareAuthenticator('https://samrad.example.evil', 'localhost');
    const phished = await t.gql(
      COMPLETE_PASSKEY,
      {
        input: {
          challengeToken: begun.challengeToken,
          response: phisher.register(begun.options),
          label: 'Phish',
        },
      },
      member.accessToken,
    );
    expect(errorCode(phished)).toBe('BAD_USER_INPUT');

    // The refused attempt spent that challenge; a new one succeeds.
    const again = ok(await t.gql(BEGIN_PASSKEY, {}, member.accessToken)).beginPasskeyRegistration;
    const registered = ok(
      await t.gql(
        COMPLETE_PASSKEY,
        {
          input: {
            challengeToken: again.challengeToken,
            response: authenticator.register(again.options),
            label: 'Laptop',
          },
        },
        member.accessToken,
      ),
    ).completePasskeyRegistration;
    expect(registered.passkey.label).toBe('Laptop');
    expect(registered.recoveryCodes).toHaveLength(10);

    const challenge = ok(await signIn(member.email)).signIn;
    expect(challenge).toMatchObject({ __typename: 'MfaChallenge', totp: false });
    const options = challenge.passkeyOptions;
    expect(options.allowCredentials).toEqual([
      expect.objectContaining({ id: authenticator.id, type: 'public-key' }),
    ]);

    // An assertion over another challenge is refused; the right one signs in.
    const stale = authenticator.assert({ challenge: again.options.challenge });
    expect(errorCode(await complete(challenge.challengeToken, { passkey: stale }))).toBe(
      'UNAUTHENTICATED',
    );
    const signedIn = ok(
      await complete(challenge.challengeToken, { passkey: authenticator.assert(options) }),
    ).completeSignIn;
    expect(signedIn.member.id).toBe(member.id);

    const [row] = await sql<{ counter: string; last_used_at: Date | null }>(
      t,
      'SELECT counter, last_used_at FROM mfa_passkey WHERE member_id = $1',
      [member.id],
    );
    expect(Number(row!.counter)).toBeGreaterThan(1);
    expect(row!.last_used_at).not.toBeNull();
    expect((await auditOf(member.id)).map((r) => r.action)).toEqual(
      expect.arrayContaining(['auth.mfa.passkey-registered', 'auth.mfa.recovery-codes-generated']),
    );
  });

  describe('required roles and organisations', () => {
    let author: SignedInMember;
    let moderator: SignedInMember;
    let anonymous: CaseResult;
    let moderatorSecret: string;

    it('a moderator without MFA cannot moderate until enrolled, but can set it up', async () => {
      author = await signedInMember(t, { displayName: 'Anonymous Author' });
      moderator = await signedInMember(t, { roles: [Role.MODERATOR] });
      expect(errorCode(await t.gql(QUEUE, {}, moderator.accessToken))).toBe('MFA_REQUIRED');
      // Nor anything else a member could do, until a second factor exists.
      expect(
        errorCode(
          await t.gql(`{ notifications(first: 1) { totalCount } }`, {}, moderator.accessToken),
        ),
      ).toBe('MFA_REQUIRED');
      expect(ok(await t.gql(ME, {}, moderator.accessToken)).me.id).toBe(moderator.id);
      expect(ok(await t.gql(FACTORS, {}, moderator.accessToken)).mySecondFactors).toMatchObject({
        required: true,
        enrolled: false,
      });

      moderatorSecret = (await enrolTotp(moderator)).secret;
      expect(ok(await t.gql(QUEUE, {}, moderator.accessToken)).moderationQueue.edges).toBeDefined();
      // The last factor stays while the role requires one.
      expect(errorCode(await t.gql(REMOVE_TOTP, {}, moderator.accessToken))).toBe('INVALID_STATE');
    });

    it('revealAuthor needs a second factor proved within five minutes (step-up)', async () => {
      anonymous = await publishedCase(t, author, moderator, {
        attribution: 'ANONYMOUS',
        sharingLevel: 'GREEN',
      });
      const reveal = () =>
        t.gql(
          REVEAL,
          {
            input: {
              contentType: 'CASE',
              contentId: anonymous.id,
              reason: 'Suspected personal data in the case text',
            },
          },
          moderator.accessToken,
        );
      // Enrolment just proved the app: the session is fresh. Six minutes later it is not.
      await sql(t, `UPDATE auth_session SET second_factor_at = now() - interval '6 minutes'`);
      const refused = await reveal();
      expect(errorCode(refused)).toBe('STEP_UP_REQUIRED');
      expect(refused.errors![0]!.extensions!.stepUpWindowSeconds).toBe(300);
      expect(
        await sql(t, `SELECT 1 FROM audit_log WHERE action = 'content.author-revealed'`),
      ).toEqual([]);

      const begun = ok(await t.gql(BEGIN_STEP_UP, {}, moderator.accessToken)).beginStepUp;
      expect(begun).toMatchObject({ totp: true, passkeyOptions: null });
      expect(
        errorCode(await t.gql(STEP_UP, { input: { totpCode: '000000' } }, moderator.accessToken)),
      ).toBe('BAD_USER_INPUT');
      const stepped = ok(
        await t.gql(
          STEP_UP,
          { input: { totpCode: codeAt(moderatorSecret, 1) } },
          moderator.accessToken,
        ),
      ).stepUp;
      expect(new Date(stepped.freshUntil).getTime()).toBeGreaterThan(Date.now() + 4 * 60_000);
      expect(ok(await reveal()).revealAuthor.displayName).toBe('Anonymous Author');
      expect((await auditOf(moderator.id)).map((r) => r.action)).toEqual(
        expect.arrayContaining([
          'auth.mfa.step-up-failed',
          'auth.mfa.step-up',
          'content.author-revealed',
        ]),
      );
    });

    it('role changes need step-up too, and an organisation can require MFA of every member', async () => {
      const admin = await signedInMember(t, { roles: [Role.ADMIN] });
      const target = await signedInMember(t, { organisationSlug: 'lunds-universitet' });
      const setRoles = () =>
        t.gql(
          SET_ROLES,
          { input: { memberId: target.id, roles: ['MEMBER', 'EXPERT'], reason: 'Named expert' } },
          admin.accessToken,
        );
      expect(errorCode(await setRoles())).toBe('MFA_REQUIRED');
      const { secret } = await enrolTotp(admin);
      await sql(
        t,
        `UPDATE auth_session SET second_factor_at = now() - interval '6 minutes' WHERE member_id = $1`,
        [admin.id],
      );
      expect(errorCode(await setRoles())).toBe('STEP_UP_REQUIRED');
      ok(await t.gql(STEP_UP, { input: { totpCode: codeAt(secret, 1) } }, admin.accessToken));
      ok(await setRoles());
      // The new expert must now set up a second factor before acting.
      expect(errorCode(await t.gql(QUEUE, {}, target.accessToken))).toBe('FORBIDDEN');
      expect(
        errorCode(
          await t.gql(`{ notifications(first: 1) { totalCount } }`, {}, target.accessToken),
        ),
      ).toBe('MFA_REQUIRED');

      // An organisation's setting covers members whatever their roles.
      const plain = await signedInMember(t, { organisationSlug: 'lunds-universitet' });
      const notifications = `{ notifications(first: 1) { totalCount } }`;
      ok(await t.gql(notifications, {}, plain.accessToken));
      const [lund] = await sql<{ id: string }>(
        t,
        `SELECT id FROM organisation WHERE slug = 'lunds-universitet'`,
      );
      const updated = ok(
        await t.gql(
          `mutation($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { requireMfa } }`,
          { input: { id: lund!.id, requireMfa: true } },
          admin.accessToken,
        ),
      );
      expect(updated.updateOrganisation.requireMfa).toBe(true);
      expect(errorCode(await t.gql(notifications, {}, plain.accessToken))).toBe('MFA_REQUIRED');
      expect(ok(await t.gql(FACTORS, {}, plain.accessToken)).mySecondFactors.required).toBe(true);
    });
  });
});
