// SPDX-License-Identifier: EUPL-1.2
import { SignedXml } from 'xml-crypto';
import { parseIdpMetadata } from 'src/modules/federation/saml-idp-metadata';
import { idpMetadata, testIdpKeys, type TestIdpKeys } from 'test/helpers/saml-test-idp';

const ENTITY_ID = 'https://idp.test-university.invalid/idp/shibboleth';
const SSO = 'https://idp.test-university.invalid/idp/profile/SAML2/Redirect/SSO';
const body = (keys: TestIdpKeys) => keys.certificate.replace(/-----[A-Z ]+-----|\s+/g, '');

describe('parseIdpMetadata', () => {
  let signing: TestIdpKeys;
  let encryption: TestIdpKeys;
  let other: TestIdpKeys;
  let xml: string;

  beforeAll(async () => {
    [signing, encryption, other] = await Promise.all([testIdpKeys(), testIdpKeys(), testIdpKeys()]);
    xml = idpMetadata({ entityId: ENTITY_ID, ssoUrl: SSO, signing, encryption, other });
  });

  it('finds the IdP in a federation aggregate: its redirect endpoint and signing key only', () => {
    expect(parseIdpMetadata(xml, ENTITY_ID)).toEqual({
      ssoUrl: SSO,
      certificates: [body(signing)],
    });
  });

  it('reads a key without `use` as a signing key', () => {
    expect(parseIdpMetadata(xml, 'https://idp.other-university.invalid/idp').certificates).toEqual([
      body(other),
    ]);
  });

  it.each([
    [
      'an entityID the metadata does not hold',
      (x: string) => x,
      'https://nobody.invalid',
      /no EntityDescriptor/,
    ],
    [
      'no redirect binding',
      (x: string) => x.replace(/HTTP-Redirect/g, 'SOAP'),
      ENTITY_ID,
      /HTTP-Redirect/,
    ],
    [
      'no signing key',
      (x: string) => x.replace(/use="signing"/g, 'use="encryption"'),
      ENTITY_ID,
      /signing certificate/,
    ],
    ['broken XML', (x: string) => x.slice(0, 200), ENTITY_ID, /well-formed|EntityDescriptor/],
  ])('refuses %s with a message that says so', (_what, edit, entityId, message) => {
    expect(() => parseIdpMetadata(edit(xml), entityId)).toThrow(message);
  });
});

/** Signs the whole document (enveloped, RSA-SHA256, exclusive c14n) as a federation does. */
function signMetadata(xml: string, keys: TestIdpKeys): string {
  const root = "/*[local-name(.)='EntitiesDescriptor']";
  const signer = new SignedXml({
    privateKey: keys.privateKey,
    publicCert: keys.certificate,
    canonicalizationAlgorithm: 'http://www.w3.org/2001/10/xml-exc-c14n#',
    signatureAlgorithm: 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256',
  });
  signer.addReference({
    xpath: root,
    digestAlgorithm: 'http://www.w3.org/2001/04/xmlenc#sha256',
    transforms: [
      'http://www.w3.org/2000/09/xmldsig#enveloped-signature',
      'http://www.w3.org/2001/10/xml-exc-c14n#',
    ],
  });
  signer.computeSignature(xml, { location: { reference: root, action: 'prepend' } });
  return signer.getSignedXml();
}

describe('parseIdpMetadata with a metadata signing certificate', () => {
  let federation: TestIdpKeys;
  let stranger: TestIdpKeys;
  let unsigned: string;
  let signed: string;

  beforeAll(async () => {
    const [signing, encryption, other] = await Promise.all([
      testIdpKeys(),
      testIdpKeys(),
      testIdpKeys(),
    ]);
    [federation, stranger] = await Promise.all([testIdpKeys(), testIdpKeys()]);
    const until = new Date(Date.now() + 7 * 86_400_000).toISOString();
    unsigned = idpMetadata({
      entityId: ENTITY_ID,
      ssoUrl: SSO,
      signing,
      encryption,
      other,
    }).replace(
      'Name="urn:test:federation"',
      `Name="urn:test:federation" ID="agg" validUntil="${until}"`,
    );
    signed = signMetadata(unsigned, federation);
  });

  it('accepts metadata the federation signed, as PEM or bare base64 certificate', () => {
    for (const signingCertificate of [federation.certificate, body(federation)])
      expect(parseIdpMetadata(signed, ENTITY_ID, { signingCertificate })).toMatchObject({
        ssoUrl: SSO,
        validUntil: expect.any(Date),
      });
  });

  it('refuses tampered metadata: another endpoint slipped in after signing', () => {
    const tampered = signed.replace(`Location="${SSO}"`, 'Location="https://evil.invalid/sso"');
    expect(tampered).not.toBe(signed);
    expect(() =>
      parseIdpMetadata(tampered, ENTITY_ID, { signingCertificate: federation.certificate }),
    ).toThrow(/signature does not verify/);
  });

  it('refuses metadata signed by another key', () => {
    expect(() =>
      parseIdpMetadata(signMetadata(unsigned, stranger), ENTITY_ID, {
        signingCertificate: federation.certificate,
      }),
    ).toThrow(/signature does not verify/);
  });

  it('refuses unsigned metadata when a signing certificate is set (and reads it when none is)', () => {
    expect(() =>
      parseIdpMetadata(unsigned, ENTITY_ID, { signingCertificate: federation.certificate }),
    ).toThrow(/not signed/);
    expect(parseIdpMetadata(unsigned, ENTITY_ID).ssoUrl).toBe(SSO);
  });

  it('refuses expired metadata, signed or not', () => {
    const later = { now: new Date(Date.now() + 8 * 86_400_000) };
    expect(() =>
      parseIdpMetadata(signed, ENTITY_ID, { ...later, signingCertificate: federation.certificate }),
    ).toThrow(/expired/);
    expect(() => parseIdpMetadata(unsigned, ENTITY_ID, later)).toThrow(/expired/);
  });
});
