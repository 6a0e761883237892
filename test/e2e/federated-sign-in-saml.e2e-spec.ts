// SPDX-License-Identifier: EUPL-1.2
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppConfig } from 'src/config/app-config';
import { FederationBrowser } from 'test/helpers/federation-browser';
import { freePort } from 'test/helpers/free-port';
import {
  authnRequestId,
  idpMetadata,
  samlResponse,
  testIdpKeys,
  type ResponseOptions,
  type TestIdpKeys,
} from 'test/helpers/saml-test-idp';
import { Role } from 'src/graph/auth/role.enum';
import { signedInMember } from 'test/factories/member.factory';
import { sql } from 'test/helpers/sql';
import { errorCode, startTestApp, type TestApp } from 'test/helpers/test-app';

const PROVIDER_ID = 'test-saml';
const FILE_PROVIDER_ID = 'test-saml-metadata-file';
const URL_PROVIDER_ID = 'test-saml-metadata-url';
const IDP_ENTITY_ID = 'https://idp.test-university.invalid/idp/shibboleth';
const SSO_URL = 'https://idp.test-university.invalid/idp/profile/SAML2/Redirect/SSO';
const COMPLETE = `mutation($input: CompleteFederatedSignInInput!) {
  completeFederatedSignIn(input: $input) {
    __typename
    ... on AuthPayload { accessToken member { email displayName } }
  } }`;
const GUARDED = `{ unreadNotificationCount }`;

/**
 * SAML 2.0 sign-in (SWAMID style: eduPersonPrincipalName, HTTP-Redirect out, HTTP-POST back)
 * against a test IdP made here: its own key pair, responses built and signed with node-saml's
 * signing (xml-crypto), posted by a browser to the ACS.
 */
describe('Federated sign-in with SAML 2.0 (e2e over HTTP)', () => {
  let t: TestApp;
  let origin: string;
  let publicUrl: string;
  let keys: TestIdpKeys;
  let otherKeys: TestIdpKeys;
  let kthId: string;
  let encryptionKeys: TestIdpKeys;
  let metadataDir: string;
  let metadataServer: Server;

  beforeAll(async () => {
    [keys, otherKeys, encryptionKeys] = await Promise.all([
      testIdpKeys(),
      testIdpKeys(),
      testIdpKeys(),
    ]);
    // The IdP's metadata, as a federation publishes it: in a file, and at a (loopback) URL.
    const metadata = idpMetadata({
      entityId: IDP_ENTITY_ID,
      ssoUrl: SSO_URL,
      signing: keys,
      encryption: encryptionKeys,
      other: otherKeys,
    });
    metadataDir = await mkdtemp(join(tmpdir(), 'samrad-saml-'));
    const metadataFile = join(metadataDir, 'idp-metadata.xml');
    await writeFile(metadataFile, metadata);
    metadataServer = createServer((_req, res) => {
      res.setHeader('content-type', 'application/samlmetadata+xml');
      res.end(metadata);
    });
    const metadataPort = await freePort();
    await new Promise<void>((resolve) => metadataServer.listen(metadataPort, '127.0.0.1', resolve));
    const fromMetadata = (id: string, source: Record<string, string>) => ({
      id,
      kind: 'saml',
      label: { sv: 'Testlärosätet', en: 'Test University' },
      entityId: IDP_ENTITY_ID,
      ...source,
    });
    t = await startTestApp({
      worker: false,
      env: {
        IDENTITY_PROVIDERS: JSON.stringify([
          {
            id: PROVIDER_ID,
            kind: 'saml',
            label: { sv: 'Testlärosätet (SWAMID)', en: 'Test University (SWAMID)' },
            entityId: IDP_ENTITY_ID,
            ssoUrl: SSO_URL,
            certificates: [keys.certificate],
          },
          fromMetadata(FILE_PROVIDER_ID, { metadataFile }),
          fromMetadata(URL_PROVIDER_ID, {
            metadataUrl: `http://127.0.0.1:${metadataPort}/swamid-idp.xml`,
          }),
        ]),
      },
    });
    origin = t.url.replace(/\/graphql$/, '');
    publicUrl = t.app.get(AppConfig).publicUrl;
    await sql(t, `UPDATE organisation SET identity_providers = $1 WHERE slug = 'kth'`, [
      [IDP_ENTITY_ID],
    ]);
    const [kth] = await sql<{ id: string }>(t, `SELECT id FROM organisation WHERE slug = 'kth'`);
    kthId = kth!.id;
  }, 120_000);

  afterAll(async () => {
    await t.close();
    await new Promise((resolve) => metadataServer.close(resolve));
    await rm(metadataDir, { recursive: true, force: true });
  });

  const spEntityId = (providerId = PROVIDER_ID) => `${publicUrl}/auth/saml/${providerId}/metadata`;
  const acsUrl = (providerId = PROVIDER_ID) => `${publicUrl}/auth/saml/${providerId}/acs`;

  async function member(prefix: string): Promise<string> {
    const email = `${prefix}-${randomBytes(4).toString('hex')}@kth.se`;
    await sql(
      t,
      `INSERT INTO member (email, display_name, organisation_id) VALUES ($1, 'Saml', $2)`,
      [email, kthId],
    );
    return email;
  }

  /** Start at the SP, then post the IdP's answer (built from the request) back to the ACS. */
  async function signIn(
    eppn: string,
    response: Partial<ResponseOptions> = {},
    flow: { browser?: FederationBrowser; startQuery?: string; providerId?: string } = {},
  ): Promise<URL> {
    const { browser = new FederationBrowser(), startQuery = '', providerId = PROVIDER_ID } = flow;
    const start = await browser.request(`${origin}/auth/saml/${providerId}/start${startQuery}`);
    expect(start.status).toBe(303);
    const redirect = start.headers.get('location')!;
    expect(redirect).toMatch(/^https:\/\/idp\.test-university\.invalid\/.+SAMLRequest=/);
    const relayState = new URL(redirect).searchParams.get('RelayState')!;
    const SAMLResponse = samlResponse({
      idpEntityId: IDP_ENTITY_ID,
      audience: spEntityId(providerId),
      acsUrl: acsUrl(providerId),
      inResponseTo: authnRequestId(redirect),
      eppn,
      signWith: keys,
      ...response,
    });
    const landing = await browser.request(acsUrl(providerId), {
      form: { SAMLResponse, RelayState: relayState },
    });
    expect(landing.status).toBe(303);
    return new URL(landing.headers.get('location')!);
  }

  async function complete(landing: URL) {
    const handoffToken = new URLSearchParams(landing.hash.slice(1)).get('federated');
    if (!handoffToken) throw new Error(`Refused: ${landing.href}`);
    return t.gql(COMPLETE, { input: { handoffToken } });
  }

  const refusal = (landing: URL) => landing.searchParams.get('federatedError');

  /** Why the last refusal happened, as the audit log recorded it (the page shows only the code). */
  async function lastRefusalDetail(): Promise<string | undefined> {
    const [row] = await sql<{ details: { detail: string } }>(
      t,
      `SELECT details FROM audit_log WHERE action = 'auth.federated-sign-in.refused' ORDER BY created_at DESC, id DESC LIMIT 1`,
    );
    return row?.details.detail;
  }

  it('publishes SP metadata with our entityID and ACS', async () => {
    const response = await fetch(`${origin}/auth/saml/${PROVIDER_ID}/metadata`);
    expect(response.headers.get('content-type')).toMatch(/samlmetadata\+xml/);
    const xml = await response.text();
    expect(xml).toContain(`entityID="${spEntityId()}"`);
    expect(xml).toContain(`Location="${acsUrl()}"`);
  });

  it('accepts a signed assertion and signs in the member it names by eppn', async () => {
    const email = await member('signed');
    const completed = await complete(await signIn(email));
    expect(completed.data?.completeFederatedSignIn).toMatchObject({
      __typename: 'AuthPayload',
      member: { email },
    });
  });

  it('refuses an unsigned assertion', async () => {
    const email = await member('unsigned');
    expect(refusal(await signIn(email, { signWith: undefined }))).toBe('ASSERTION_INVALID');
    expect(await lastRefusalDetail()).toMatch(/signature/i);
  });

  it('refuses an assertion signed by a key the IdP is not configured with', async () => {
    const email = await member('forged');
    expect(refusal(await signIn(email, { signWith: otherKeys }))).toBe('ASSERTION_INVALID');
    expect(await lastRefusalDetail()).toMatch(/signature/i);
  });

  it('refuses an expired assertion', async () => {
    const email = await member('expired');
    expect(refusal(await signIn(email, { validForSeconds: -600 }))).toBe('ASSERTION_INVALID');
    // node-saml checks the bearer confirmation's NotOnOrAfter first, then the Conditions.
    expect(await lastRefusalDetail()).toMatch(/expired|no valid subject confirmation/i);
  });

  it('refuses an assertion for another audience', async () => {
    const email = await member('audience');
    expect(
      refusal(await signIn(email, { audience: 'https://another-sp.invalid/shibboleth' })),
    ).toBe('ASSERTION_INVALID');
    expect(await lastRefusalDetail()).toMatch(/audience/i);
  });

  it('refuses an answer to a request this browser did not send (InResponseTo)', async () => {
    const email = await member('unsolicited');
    expect(refusal(await signIn(email, { inResponseTo: '_not-our-request' }))).toBe(
      'ASSERTION_INVALID',
    );
    expect(await lastRefusalDetail()).toMatch(/InResponseTo/i);
  });

  it('refuses an answer posted by a browser that did not start the sign-in', async () => {
    const email = await member('csrf');
    const victim = new FederationBrowser();
    const start = await new FederationBrowser().request(`${origin}/auth/saml/${PROVIDER_ID}/start`);
    const redirect = start.headers.get('location')!;
    const SAMLResponse = samlResponse({
      idpEntityId: IDP_ENTITY_ID,
      audience: spEntityId(),
      acsUrl: acsUrl(),
      inResponseTo: authnRequestId(redirect),
      eppn: email,
      signWith: keys,
    });
    const landing = await victim.request(acsUrl(), {
      form: { SAMLResponse, RelayState: new URL(redirect).searchParams.get('RelayState')! },
    });
    expect(refusal(new URL(landing.headers.get('location')!))).toBe('FLOW_INVALID');
    expect(await lastRefusalDetail()).toBe('another browser');
  });

  it('honours the REFEDS MFA AuthnContextClassRef: the MFA requirement is met for the session', async () => {
    await sql(t, `UPDATE organisation SET require_mfa = true WHERE id = $1`, [kthId]);
    try {
      const email = await member('mfa');
      const withMfa = (await complete(await signIn(email, { mfa: true }))).data
        ?.completeFederatedSignIn;
      expect((await t.gql(GUARDED, {}, withMfa.accessToken)).errors).toBeUndefined();
      const without = (await complete(await signIn(email))).data?.completeFederatedSignIn;
      expect(errorCode(await t.gql(GUARDED, {}, without.accessToken))).toBe('MFA_REQUIRED');
    } finally {
      await sql(t, `UPDATE organisation SET require_mfa = false WHERE id = $1`, [kthId]);
    }
  });

  describe('linking by eduPersonPrincipalName', () => {
    const memberId = async (email: string) =>
      (await sql<{ id: string }>(t, `SELECT id FROM member WHERE email = $1`, [email]))[0]!.id;

    it('links a member whose eppn differs from their e-mail (found by mail), then signs in by eppn alone', async () => {
      const email = await member('anna.andersson');
      const eppn = `aa${randomBytes(3).toString('hex')}@kth.se`;
      const first = await complete(await signIn(eppn, { mail: email.toUpperCase() }));
      expect(first.data?.completeFederatedSignIn.member.email).toBe(email);
      const links = await sql<{ member_id: string; issuer: string; subject: string }>(
        t,
        `SELECT member_id, issuer, subject FROM member_federated_identity WHERE subject = $1`,
        [eppn],
      );
      expect(links).toEqual([
        { member_id: await memberId(email), issuer: IDP_ENTITY_ID, subject: eppn },
      ]);
      // The IdP releases only eppn now (no mail): the link, not an address, finds the member.
      const second = await complete(await signIn(eppn));
      expect(second.data?.completeFederatedSignIn.member.email).toBe(email);
      const linked = await sql<{ details: Record<string, unknown> }>(
        t,
        `SELECT details FROM audit_log WHERE action = 'member.federated-identity-linked' AND target_id = $1`,
        [await memberId(email)],
      );
      // Linked once, audited without the eppn (personal data the erasure could not find).
      expect(linked).toEqual([{ details: { provider: PROVIDER_ID } }]);
    });

    it('without the link, an eppn that is no member’s address finds no one', async () => {
      await member('unlinked');
      const eppn = `zz${randomBytes(3).toString('hex')}@kth.se`;
      expect(refusal(await signIn(eppn))).toBe('NO_ACCOUNT');
    });

    it('a linked eppn does not sign in a suspended member', async () => {
      const email = await member('suspended');
      const eppn = `ss${randomBytes(3).toString('hex')}@kth.se`;
      await complete(await signIn(eppn, { mail: email }));
      await sql(t, `UPDATE member SET status = 'SUSPENDED' WHERE email = $1`, [email]);
      expect(refusal(await signIn(eppn))).toBe('NOT_VOUCHED');
    });

    it('account deletion removes the member’s linked identities', async () => {
      const email = await member('erased');
      const eppn = `ee${randomBytes(3).toString('hex')}@kth.se`;
      const signedIn = (await complete(await signIn(eppn, { mail: email }))).data
        ?.completeFederatedSignIn;
      const id = await memberId(email);
      const admin = await signedInMember(t, { roles: [Role.ADMIN] });
      const deleted = await t.gql(
        `mutation($input: DeleteMemberInput!) { deleteMember(input: $input) }`,
        { input: { memberId: id, reason: 'Test of erasure' } },
        admin.accessToken,
      );
      expect(deleted.errors).toBeUndefined();
      expect(signedIn).toBeTruthy();
      expect(
        await sql(t, `SELECT 1 FROM member_federated_identity WHERE member_id = $1`, [id]),
      ).toHaveLength(0);
      expect(refusal(await signIn(eppn))).toBe('NO_ACCOUNT');
    });
  });

  describe('the page to return to (next)', () => {
    it('lands back on the deep link the sign-in started from', async () => {
      const email = await member('deep-link');
      const landing = await signIn(
        email,
        {},
        { startQuery: '?next=%2Fcases%2F42%3Ftab%3Drevisions' },
      );
      expect(landing.pathname).toBe('/sign-in');
      expect(landing.searchParams.get('next')).toBe('/cases/42?tab=revisions');
      expect(new URLSearchParams(landing.hash.slice(1)).get('federated')).toBeTruthy();
    });

    it.each([
      ['an absolute URL', 'https://evil.example/phish'],
      ['a scheme-relative URL', '//evil.example/phish'],
      ['a backslash path', '/\\evil.example'],
    ])('refuses %s as a destination (no open redirect)', async (_what, next) => {
      const email = await member('open-redirect');
      const landing = await signIn(email, {}, { startQuery: `?next=${encodeURIComponent(next)}` });
      expect(landing.origin + landing.pathname).toBe(`${publicUrl}/sign-in`);
      expect(landing.searchParams.has('next')).toBe(false);
      expect(await complete(landing)).toMatchObject({
        data: { completeFederatedSignIn: { member: { email } } },
      });
    });
  });

  describe.each([
    ['a metadata file', FILE_PROVIDER_ID],
    ['a metadata URL', URL_PROVIDER_ID],
  ])('an IdP configured by %s (read at start)', (_what, providerId) => {
    it('sends the request to the redirect endpoint the metadata names', async () => {
      const start = await new FederationBrowser().request(
        `${origin}/auth/saml/${providerId}/start`,
      );
      const redirect = new URL(start.headers.get('location')!);
      expect(redirect.origin + redirect.pathname).toBe(SSO_URL);
    });

    it('accepts an assertion signed with the metadata’s signing key', async () => {
      const email = await member('metadata');
      const completed = await complete(await signIn(email, {}, { providerId }));
      expect(completed.data?.completeFederatedSignIn.member.email).toBe(email);
    });

    it('refuses one signed with the metadata’s encryption key or another IdP’s key', async () => {
      const email = await member('metadata-forged');
      for (const signWith of [encryptionKeys, otherKeys])
        expect(refusal(await signIn(email, { signWith }, { providerId }))).toBe(
          'ASSERTION_INVALID',
        );
    });

    it('publishes our SP metadata for it', async () => {
      const response = await fetch(`${origin}/auth/saml/${providerId}/metadata`);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain(`entityID="${spEntityId(providerId)}"`);
    });
  });
});
