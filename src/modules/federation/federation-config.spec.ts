// SPDX-License-Identifier: EUPL-1.2
import { AppConfig, InvalidConfigurationError } from 'src/config/app-config';
import { selfRegistrationTarget } from 'src/modules/federation/federated-accounts';
import { REFEDS_MFA } from 'src/modules/federation/identity-provider.config';

describe('IDENTITY_PROVIDERS', () => {
  const parse = (value: string) => AppConfig.parse({}, { IDENTITY_PROVIDERS: value });

  it('is empty when unset: the password sign-in alone', () => {
    expect(AppConfig.parse({}).IDENTITY_PROVIDERS).toEqual([]);
  });

  it('reads OIDC and SAML providers with their defaults', () => {
    const [oidc, saml] = parse(
      JSON.stringify([
        {
          id: 'kth',
          kind: 'oidc',
          label: { sv: 'KTH', en: 'KTH' },
          issuer: 'https://login.kth.example',
          clientId: 'samrad',
        },
        {
          id: 'swamid-su',
          kind: 'saml',
          label: { sv: 'SU', en: 'SU' },
          entityId: 'https://idp.su.example/idp/shibboleth',
          ssoUrl: 'https://idp.su.example/sso',
          certificates: ['MIIC'],
        },
      ]),
    ).IDENTITY_PROVIDERS;
    expect(oidc).toMatchObject({ emailClaim: 'email', requireVerifiedEmail: true });
    expect(oidc?.mfaValues).toEqual([REFEDS_MFA]);
    expect(saml).toMatchObject({
      subjectAttribute: 'urn:oid:1.3.6.1.4.1.5923.1.1.1.6',
      emailAttribute: 'urn:oid:0.9.2342.19200300.100.1.3',
    });
  });

  it.each([
    ['not JSON', '{'],
    ['an unknown kind', '[{"id":"x","kind":"cas","label":{"sv":"X","en":"X"}}]'],
    [
      'a duplicate id',
      JSON.stringify(
        [1, 2].map(() => ({
          id: 'kth',
          kind: 'oidc',
          label: { sv: 'KTH', en: 'KTH' },
          issuer: 'https://login.kth.example',
          clientId: 'samrad',
        })),
      ),
    ],
    [
      'a SAML IdP with neither endpoints nor metadata',
      '[{"id":"su","kind":"saml","label":{"sv":"SU","en":"SU"},"entityId":"https://idp.su.example"}]',
    ],
    [
      'a SAML IdP with both endpoints and metadata',
      '[{"id":"su","kind":"saml","label":{"sv":"SU","en":"SU"},"entityId":"https://idp.su.example","ssoUrl":"https://idp.su.example/sso","certificates":["MIIC"],"metadataUrl":"https://md.swamid.example/md.xml"}]',
    ],
    [
      'a SAML IdP with a certificate but no endpoint',
      '[{"id":"su","kind":"saml","label":{"sv":"SU","en":"SU"},"entityId":"https://idp.su.example","certificates":["MIIC"],"metadataFile":"/etc/samrad/su.xml"}]',
    ],
    [
      'an id unfit for a URL',
      '[{"id":"../x","kind":"oidc","label":{"sv":"X","en":"X"},"issuer":"https://a.example","clientId":"c"}]',
    ],
  ])('refuses %s at start-up', (_, value) => {
    expect(() => parse(value)).toThrow(InvalidConfigurationError);
  });
});

describe('IDENTITY_PROVIDERS: SAML metadata instead of endpoints', () => {
  it('accepts a metadata file or URL in place of ssoUrl and certificates', () => {
    const [file, url] = AppConfig.parse(
      {},
      {
        IDENTITY_PROVIDERS: JSON.stringify(
          ['metadataFile', 'metadataUrl'].map((source, i) => ({
            id: `su-${i}`,
            kind: 'saml',
            label: { sv: 'SU', en: 'SU' },
            entityId: 'https://idp.su.example',
            [source]: source === 'metadataFile' ? '/etc/samrad/su.xml' : 'https://md.example/md',
          })),
        ),
      },
    ).IDENTITY_PROVIDERS;
    expect(file).toMatchObject({ metadataFile: '/etc/samrad/su.xml' });
    expect(url).toMatchObject({ metadataUrl: 'https://md.example/md' });
  });
});

describe(selfRegistrationTarget.name, () => {
  const org = (id: string, allowSelfRegistration: boolean, emailDomains: string[] = []) => ({
    id,
    allowSelfRegistration,
    emailDomains,
  });

  it('creates nothing when no vouched organisation allows it', () => {
    expect(selfRegistrationTarget([org('a', false)], 'x@a.se')).toBeNull();
    expect(selfRegistrationTarget([], 'x@a.se')).toBeNull();
  });

  it('picks the only organisation that allows it', () => {
    expect(selfRegistrationTarget([org('a', false), org('b', true)], 'x@a.se')?.id).toBe('b');
  });

  it('among several, picks by the address’s domain, and refuses ambiguity', () => {
    const vouched = [org('a', true, ['a.se']), org('b', true, ['b.se'])];
    expect(selfRegistrationTarget(vouched, 'x@b.se')?.id).toBe('b');
    expect(selfRegistrationTarget(vouched, 'x@c.se')).toBeNull();
  });
});
