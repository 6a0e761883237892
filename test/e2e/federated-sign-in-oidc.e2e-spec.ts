// SPDX-License-Identifier: EUPL-1.2
import { randomBytes } from 'node:crypto';
import { AppConfig } from 'src/config/app-config';
import { hashToken } from 'src/common/tokens';
import { Role } from 'src/graph/auth/role.enum';
import { signedInMember, type SignedInMember } from 'test/factories/member.factory';
import {
  FederationBrowser,
  startOidcTestProvider,
  type OidcTestProvider,
} from 'test/helpers/federation-browser';
import { sql } from 'test/helpers/sql';
import { errorCode, startTestApp, type TestApp } from 'test/helpers/test-app';

const PROVIDER_ID = 'test-oidc';
const COMPLETE = `mutation($input: CompleteFederatedSignInInput!) {
  completeFederatedSignIn(input: $input) {
    __typename
    ... on AuthPayload { accessToken refreshToken member { email roles organisation { slug } } }
    ... on MfaChallenge { challengeToken totp }
  } }`;
const ME = `{ me { email roles } }`;
const PROVIDERS = `{ identityProviders { id kind nameSv nameEn startPath } }`;
const INVITE = `mutation($input: InviteMemberInput!) { inviteMember(input: $input) { id } }`;
const UPDATE_ORG = `mutation($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { allowSelfRegistration } }`;
// A query every member may run, behind the MFA guard (not @AllowWithoutMfa).
const GUARDED = `{ unreadNotificationCount }`;

/**
 * OpenID Connect sign-in against a real OpenID provider (oidc-provider, its own process on
 * loopback), through every browser hop: start → IdP sign-in → callback → hand-off redeemed.
 */
describe('Federated sign-in with OpenID Connect (e2e over HTTP)', () => {
  let idp: OidcTestProvider;
  let t: TestApp;
  let origin: string;
  let publicUrl: string;
  let admin: SignedInMember;
  let kthId: string;

  beforeAll(async () => {
    idp = await startOidcTestProvider();
    t = await startTestApp({
      worker: false,
      env: {
        IDENTITY_PROVIDERS: JSON.stringify([
          {
            id: PROVIDER_ID,
            kind: 'oidc',
            label: { sv: 'Testlärosätet', en: 'Test University' },
            issuer: idp.issuer,
            clientId: idp.clientId,
            clientSecret: idp.clientSecret,
            eppnClaim: 'eduperson_principal_name',
          },
        ]),
      },
    });
    origin = t.url.replace(/\/graphql$/, '');
    publicUrl = t.app.get(AppConfig).publicUrl;
    admin = await signedInMember(t, { organisationSlug: 'kth', roles: [Role.ADMIN] });
    kthId = admin.organisationId;
    // KTH lists the test issuer as vouching for its members; Lund does not.
    await sql(t, `UPDATE organisation SET identity_providers = $1 WHERE id = $2`, [
      [idp.issuer],
      kthId,
    ]);
  }, 120_000);

  afterAll(async () => {
    await t.close();
    await idp.stop();
  });

  const newEmail = (prefix = 'fed') => `${prefix}-${randomBytes(4).toString('hex')}@kth.se`;

  /** The whole browser journey; returns where the app sent the browser back to. */
  async function signIn(
    email: string,
    options: {
      mfa?: boolean;
      tamper?: (callback: URL) => unknown;
      browser?: FederationBrowser;
    } = {},
  ): Promise<{ landing: URL; browser: FederationBrowser }> {
    const browser = options.browser ?? new FederationBrowser();
    const start = await browser.request(`${origin}/auth/oidc/${PROVIDER_ID}/start`);
    expect(start.status).toBe(303);
    const interaction = await browser.followUntil(
      start.headers.get('location')!,
      `${idp.issuer}/interaction/`,
    );
    const submitted = await browser.request(interaction, {
      form: { email, ...(options.mfa ? { mfa: 'yes' } : {}) },
    });
    const callback = new URL(
      await browser.followUntil(
        new URL(submitted.headers.get('location')!, interaction).href,
        `${publicUrl}/auth/oidc/`,
      ),
    );
    await options.tamper?.(callback);
    const landing = await browser.request(callback.href);
    expect(landing.status).toBe(303);
    return { landing: new URL(landing.headers.get('location')!), browser };
  }

  function handoffOf(landing: URL): string {
    const token = new URLSearchParams(landing.hash.slice(1)).get('federated');
    if (!token) throw new Error(`Refused: ${landing.href}`);
    return token;
  }

  async function complete(handoffToken: string) {
    return t.gql(COMPLETE, { input: { handoffToken } });
  }

  it('lists the configured provider for the sign-in page', async () => {
    const response = await t.gql(PROVIDERS);
    expect(response.data?.identityProviders).toEqual([
      {
        id: PROVIDER_ID,
        kind: 'OIDC',
        nameSv: 'Testlärosätet',
        nameEn: 'Test University',
        startPath: `/auth/oidc/${PROVIDER_ID}/start`,
      },
    ]);
  });

  it('sends the browser to the IdP with PKCE (S256), state and nonce', async () => {
    const start = await new FederationBrowser().request(`${origin}/auth/oidc/${PROVIDER_ID}/start`);
    const url = new URL(start.headers.get('location')!);
    expect(url.origin).toBe(idp.issuer);
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    for (const name of ['code_challenge', 'state', 'nonce'])
      expect(url.searchParams.get(name)?.length).toBeGreaterThan(20);
    expect(start.headers.getSetCookie().join()).toMatch(/samrad_federation=.+HttpOnly/i);
  });

  it('links to the invited member: the invitation becomes the member, signed in', async () => {
    const email = newEmail('invited');
    const invited = await t.gql(
      INVITE,
      { input: { email, organisationId: kthId, roles: ['EXPERT'] } },
      admin.accessToken,
    );
    expect(invited.errors).toBeUndefined();
    const { landing } = await signIn(email);
    expect(landing.origin + landing.pathname).toBe(`${publicUrl}/sign-in`);
    const completed = await complete(handoffOf(landing));
    const payload = completed.data?.completeFederatedSignIn;
    expect(payload).toMatchObject({
      __typename: 'AuthPayload',
      member: { email, roles: ['EXPERT', 'MEMBER'], organisation: { slug: 'kth' } },
    });
    expect((await t.gql(ME, {}, payload.accessToken)).data?.me.email).toBe(email);
    const [invitation] = await sql<{ accepted: boolean }>(
      t,
      `SELECT accepted_at IS NOT NULL AS accepted FROM invitation WHERE email = $1`,
      [email],
    );
    expect(invitation?.accepted).toBe(true);
    const audit = await sql<{ action: string; details: Record<string, unknown> }>(
      t,
      `SELECT action, details FROM audit_log WHERE actor_id = (SELECT id FROM member WHERE email = $1) ORDER BY created_at`,
      [email],
    );
    expect(audit.map((a) => a.action)).toEqual([
      'member.invitation-accepted',
      'member.federated-identity-linked',
      'auth.sign-in.succeeded',
    ]);
    expect(audit[2]?.details).toMatchObject({ provider: PROVIDER_ID, idpMfa: false });
  });

  it('links to an existing member by the verified e-mail; the hand-off is single-use', async () => {
    const email = newEmail('existing');
    await sql(
      t,
      `INSERT INTO member (email, display_name, organisation_id) VALUES ($1, 'Existing', $2)`,
      [email, kthId],
    );
    const handoff = handoffOf((await signIn(email)).landing);
    expect((await complete(handoff)).data?.completeFederatedSignIn.member.email).toBe(email);
    expect(errorCode(await complete(handoff))).toBe('UNAUTHENTICATED');
  });

  it('links the subject: once linked, the member signs in though their address here has changed', async () => {
    const email = newEmail('moved');
    await sql(
      t,
      `INSERT INTO member (email, display_name, organisation_id) VALUES ($1, 'Moved', $2)`,
      [email, kthId],
    );
    await complete(handoffOf((await signIn(email)).landing));
    const [link] = await sql<{ issuer: string; subject: string }>(
      t,
      `SELECT issuer, subject FROM member_federated_identity
        WHERE member_id = (SELECT id FROM member WHERE email = $1)`,
      [email],
    );
    expect(link).toEqual({ issuer: idp.issuer, subject: email });
    // The member's address here changes; the IdP still releases the old one, which is no
    // member's any more: the subject (`sub`) finds them.
    const moved = newEmail('moved-to');
    await sql(t, `UPDATE member SET email = $1 WHERE email = $2`, [moved, email]);
    const again = await complete(handoffOf((await signIn(email)).landing));
    expect(again.data?.completeFederatedSignIn.member.email).toBe(moved);
  });

  it('finds the invitation by eduPersonPrincipalName when the IdP releases no e-mail', async () => {
    const eppn = newEmail('eppn');
    const invited = await t.gql(
      INVITE,
      { input: { email: eppn, organisationId: kthId, roles: ['MEMBER'] } },
      admin.accessToken,
    );
    expect(invited.errors).toBeUndefined();
    const completed = await complete(handoffOf((await signIn(`eppn-only+${eppn}`)).landing));
    expect(completed.data?.completeFederatedSignIn.member.email).toBe(eppn);
    // Without an invitation or member for it, an eppn alone finds no one.
    const { landing } = await signIn(`eppn-only+${newEmail('eppn-stranger')}`);
    expect(landing.searchParams.get('federatedError')).toBe('NO_ACCOUNT');
  });

  it('delivers the browser session in the same refresh cookie as the password sign-in', async () => {
    const email = newEmail('cookie');
    await sql(t, `INSERT INTO member (email, display_name, organisation_id) VALUES ($1, 'C', $2)`, [
      email,
      kthId,
    ]);
    const handoffToken = handoffOf((await signIn(email)).landing);
    const response = await fetch(t.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-samrad-session': 'cookie' },
      body: JSON.stringify({ query: COMPLETE, variables: { input: { handoffToken } } }),
    });
    const body = (await response.json()) as {
      data: { completeFederatedSignIn: { refreshToken: string } };
    };
    expect(body.data.completeFederatedSignIn.refreshToken).toBe('');
    expect(response.headers.get('set-cookie')).toMatch(/samrad_refresh=.+Path=\/auth.+HttpOnly/i);
  });

  it('refuses an unknown person without self-registration and creates nothing', async () => {
    const email = newEmail('stranger');
    const { landing } = await signIn(email);
    expect(landing.searchParams.get('federatedError')).toBe('NO_ACCOUNT');
    expect(await sql(t, `SELECT 1 FROM member WHERE email = $1`, [email])).toHaveLength(0);
    const [refused] = await sql<{ details: Record<string, unknown> }>(
      t,
      `SELECT details FROM audit_log WHERE action = 'auth.federated-sign-in.refused' ORDER BY created_at DESC LIMIT 1`,
    );
    expect(refused?.details).toMatchObject({ provider: PROVIDER_ID, reason: 'NO_ACCOUNT' });
  });

  it('refuses a member of an organisation the IdP does not vouch for', async () => {
    const lund = await signedInMember(t, { organisationSlug: 'lunds-universitet' });
    const { landing } = await signIn(lund.email);
    expect(landing.searchParams.get('federatedError')).toBe('NOT_VOUCHED');
  });

  it('refuses an address the IdP has not verified', async () => {
    const email = newEmail('unverified');
    const { landing } = await signIn(`unverified+${email}`);
    expect(landing.searchParams.get('federatedError')).toBe('NO_ADDRESS');
  });

  it('registers an unknown person as MEMBER once an admin allows self-registration (audited)', async () => {
    const allowed = await t.gql(
      UPDATE_ORG,
      { input: { id: kthId, allowSelfRegistration: true } },
      admin.accessToken,
    );
    expect(allowed.data?.updateOrganisation.allowSelfRegistration).toBe(true);
    try {
      const email = newEmail('self');
      const completed = await complete(handoffOf((await signIn(email)).landing));
      expect(completed.data?.completeFederatedSignIn.member).toMatchObject({
        email,
        roles: ['MEMBER'],
        organisation: { slug: 'kth' },
      });
      const actions = await sql<{ action: string }>(
        t,
        `SELECT action FROM audit_log WHERE target_id = (SELECT id::text FROM member WHERE email = $1)`,
        [email],
      );
      expect(actions.map((a) => a.action)).toContain('member.self-registered');
      const [change] = await sql<{ details: { to: Record<string, unknown> } }>(
        t,
        `SELECT details FROM audit_log WHERE action = 'organisation.updated' AND target_id = $1::text ORDER BY created_at DESC LIMIT 1`,
        [kthId],
      );
      expect(change?.details.to).toEqual({ allowSelfRegistration: true });
    } finally {
      await t.gql(
        UPDATE_ORG,
        { input: { id: kthId, allowSelfRegistration: false } },
        admin.accessToken,
      );
    }
  });

  describe('tampering', () => {
    let email: string;
    let appHost: string;
    beforeAll(async () => {
      appHost = new URL(origin).host;
      email = newEmail('tamper');
      await sql(
        t,
        `INSERT INTO member (email, display_name, organisation_id) VALUES ($1, 'T', $2)`,
        [email, kthId],
      );
    });

    async function lastRefusal(): Promise<{ reason: string; detail: string } | undefined> {
      const [row] = await sql<{ details: { reason: string; detail: string } }>(
        t,
        `SELECT details FROM audit_log WHERE action = 'auth.federated-sign-in.refused' ORDER BY created_at DESC, id DESC LIMIT 1`,
      );
      return row?.details;
    }

    it('refuses a changed state', async () => {
      const { landing } = await signIn(email, {
        tamper: (callback) => callback.searchParams.set('state', 'forged-state-value-0123456789'),
      });
      expect(landing.searchParams.get('federatedError')).toBe('FLOW_INVALID');
    });

    it('refuses a replayed callback and a callback opened by another browser', async () => {
      let replay = '';
      const { landing, browser } = await signIn(email, {
        tamper: (callback) => {
          replay = callback.href;
        },
      });
      expect(landing.hash).toMatch(/federated=/);
      const again = await browser.request(replay);
      expect(new URL(again.headers.get('location')!).searchParams.get('federatedError')).toBe(
        'FLOW_INVALID',
      );
      // A fresh browser (a fresh IdP session too), whose binding cookie is lost on the way back.
      const stranger = new FederationBrowser();
      const other = await signIn(email, {
        tamper: () => stranger.dropCookie(appHost, 'samrad_federation'),
        browser: stranger,
      });
      expect(other.landing.searchParams.get('federatedError')).toBe('FLOW_INVALID');
      expect((await lastRefusal())?.detail).toBe('another browser');
    });

    it('refuses a code redeemed with another flow’s PKCE verifier (code injection)', async () => {
      const browser = new FederationBrowser();
      // Flow A is started and abandoned; flow B runs at the IdP; B's code comes back with A's
      // state and A's cookie, so the app redeems B's code with A's verifier.
      const startA = await browser.request(`${origin}/auth/oidc/${PROVIDER_ID}/start`);
      const stateA = new URL(startA.headers.get('location')!).searchParams.get('state')!;
      const cookieA = browser.cookie(appHost, 'samrad_federation')!;
      const { landing } = await signIn(email, {
        browser,
        tamper: (callback) => {
          callback.searchParams.set('state', stateA);
          browser.setCookie(appHost, 'samrad_federation', cookieA);
        },
      });
      expect(landing.searchParams.get('federatedError')).toBe('ASSERTION_INVALID');
      expect((await lastRefusal())?.detail).toMatch(/invalid_grant|PKCE|code_verifier/i);
    });

    it('refuses an ID token whose nonce is not the flow’s', async () => {
      const { landing } = await signIn(email, {
        tamper: (callback) =>
          sql(
            t,
            `UPDATE federated_sign_in SET nonce = 'another-flows-nonce' WHERE state_hash = $1`,
            [
              hashToken(
                callback.searchParams.get('state')!,
                t.app.get(AppConfig).env.REFRESH_TOKEN_SECRET,
              ),
            ],
          ),
      });
      expect(landing.searchParams.get('federatedError')).toBe('ASSERTION_INVALID');
      expect((await lastRefusal())?.detail).toMatch(/nonce/i);
    });
  });

  describe('MFA', () => {
    let email: string;
    beforeAll(async () => {
      email = newEmail('mfa');
      await sql(t, `UPDATE organisation SET require_mfa = true WHERE slug = 'kth'`);
      await sql(
        t,
        `INSERT INTO member (email, display_name, organisation_id) VALUES ($1, 'M', $2)`,
        [email, kthId],
      );
    });
    afterAll(() => sql(t, `UPDATE organisation SET require_mfa = false WHERE slug = 'kth'`));

    it('meets the MFA requirement for the session when the IdP asserts REFEDS MFA', async () => {
      const payload = (await complete(handoffOf((await signIn(email, { mfa: true })).landing))).data
        ?.completeFederatedSignIn;
      const guarded = await t.gql(GUARDED, {}, payload.accessToken);
      expect(guarded.errors).toBeUndefined();
      const [session] = await sql<{ federated_mfa: boolean }>(
        t,
        `SELECT federated_mfa FROM auth_session WHERE member_id = (SELECT id FROM member WHERE email = $1) ORDER BY created_at DESC LIMIT 1`,
        [email],
      );
      expect(session?.federated_mfa).toBe(true);
    });

    it('without the claim the platform’s own second factor still applies', async () => {
      const payload = (await complete(handoffOf((await signIn(email)).landing))).data
        ?.completeFederatedSignIn;
      expect(errorCode(await t.gql(GUARDED, {}, payload.accessToken))).toBe('MFA_REQUIRED');
    });

    it('asks a member with a second factor for it when the IdP did not assert MFA', async () => {
      const [member] = await sql<{ id: string }>(t, `SELECT id FROM member WHERE email = $1`, [
        email,
      ]);
      await sql(
        t,
        `INSERT INTO mfa_totp (member_id, sealed_secret, confirmed_at) VALUES ($1, 'x', now())`,
        [member!.id],
      );
      const withoutMfa = await complete(handoffOf((await signIn(email)).landing));
      expect(withoutMfa.data?.completeFederatedSignIn).toMatchObject({
        __typename: 'MfaChallenge',
        totp: true,
      });
      const withMfa = await complete(handoffOf((await signIn(email, { mfa: true })).landing));
      expect(withMfa.data?.completeFederatedSignIn.__typename).toBe('AuthPayload');
    });
  });

  it('answers an unknown provider with a refusal page, not an error', async () => {
    const response = await new FederationBrowser().request(`${origin}/auth/oidc/nobody/start`);
    expect(response.status).toBe(303);
    expect(new URL(response.headers.get('location')!).searchParams.get('federatedError')).toBe(
      'UNKNOWN_PROVIDER',
    );
  });
});
