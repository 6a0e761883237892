// SPDX-License-Identifier: EUPL-1.2
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
