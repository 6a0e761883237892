// SPDX-License-Identifier: EUPL-1.2
import { randomBytes } from 'node:crypto';
import { inflateRawSync } from 'node:zlib';
import { signSamlPost } from '@node-saml/node-saml/lib/saml-post-signing';
import { generate } from 'selfsigned';

/** eduPersonPrincipalName and displayName, as SWAMID IdPs release them. */
export const EPPN = 'urn:oid:1.3.6.1.4.1.5923.1.1.1.6';
export const DISPLAY_NAME = 'urn:oid:2.16.840.1.113730.3.1.241';
export const MAIL = 'urn:oid:0.9.2342.19200300.100.1.3';
export const REFEDS_MFA = 'https://refeds.org/profile/mfa';
const PASSWORD = 'urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport';

export interface TestIdpKeys {
  privateKey: string;
  certificate: string;
}

/** A fresh key pair and self-signed certificate, made at test time (nothing is checked in). */
export async function testIdpKeys(): Promise<TestIdpKeys> {
  const pems = await generate([{ name: 'commonName', value: 'test-idp.samrad.invalid' }], {
    keySize: 2048,
    algorithm: 'sha256',
  });
  return { privateKey: pems.private, certificate: pems.cert };
}

/** The ID of the AuthnRequest in an HTTP-Redirect binding URL (deflated, base64). */
export function authnRequestId(redirectUrl: string): string {
  const encoded = new URL(redirectUrl).searchParams.get('SAMLRequest') ?? '';
  const xml = inflateRawSync(Buffer.from(encoded, 'base64')).toString('utf8');
  const id = /\sID="([^"]+)"/.exec(xml)?.[1];
  if (!id) throw new Error(`No ID in ${xml}`);
  return id;
}

export interface ResponseOptions {
  idpEntityId: string;
  audience: string;
  acsUrl: string;
  inResponseTo: string;
  eppn: string;
  /** The mail attribute, released besides eppn (unset: not released). */
  mail?: string;
  displayName?: string;
  mfa?: boolean;
  /** Seconds from now until the assertion expires (negative: already expired). */
  validForSeconds?: number;
  /** Sign the assertion with these keys; unset, the assertion is unsigned. */
  signWith?: TestIdpKeys;
}

/** A SAML Response as an IdP posts it (base64), its assertion signed with RSA-SHA256. */
export function samlResponse(options: ResponseOptions): string {
  const now = Date.now();
  const at = (seconds: number) => new Date(now + seconds * 1000).toISOString();
  const until = at(options.validForSeconds ?? 300);
  const id = () => `_${randomBytes(16).toString('hex')}`;
  const xml =
    `<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="${id()}" Version="2.0" IssueInstant="${at(0)}" Destination="${options.acsUrl}" InResponseTo="${options.inResponseTo}">` +
    `<saml:Issuer>${options.idpEntityId}</saml:Issuer>` +
    `<samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status>` +
    `<saml:Assertion xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="${id()}" Version="2.0" IssueInstant="${at(0)}">` +
    `<saml:Issuer>${options.idpEntityId}</saml:Issuer>` +
    `<saml:Subject><saml:NameID Format="urn:oasis:names:tc:SAML:2.0:nameid-format:transient">${id()}</saml:NameID>` +
    `<saml:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer">` +
    `<saml:SubjectConfirmationData NotOnOrAfter="${until}" Recipient="${options.acsUrl}" InResponseTo="${options.inResponseTo}"/>` +
    `</saml:SubjectConfirmation></saml:Subject>` +
    `<saml:Conditions NotBefore="${at(-300)}" NotOnOrAfter="${until}">` +
    `<saml:AudienceRestriction><saml:Audience>${options.audience}</saml:Audience></saml:AudienceRestriction>` +
    `</saml:Conditions>` +
    `<saml:AuthnStatement AuthnInstant="${at(-5)}" SessionIndex="${id()}"><saml:AuthnContext>` +
    `<saml:AuthnContextClassRef>${options.mfa ? REFEDS_MFA : PASSWORD}</saml:AuthnContextClassRef>` +
    `</saml:AuthnContext></saml:AuthnStatement>` +
    `<saml:AttributeStatement>` +
    `<saml:Attribute Name="${EPPN}" NameFormat="urn:oasis:names:tc:SAML:2.0:attrname-format:uri"><saml:AttributeValue>${options.eppn}</saml:AttributeValue></saml:Attribute>` +
    (options.mail
      ? `<saml:Attribute Name="${MAIL}" NameFormat="urn:oasis:names:tc:SAML:2.0:attrname-format:uri"><saml:AttributeValue>${options.mail}</saml:AttributeValue></saml:Attribute>`
      : '') +
    `<saml:Attribute Name="${DISPLAY_NAME}" NameFormat="urn:oasis:names:tc:SAML:2.0:attrname-format:uri"><saml:AttributeValue>${options.displayName ?? 'Saml Person'}</saml:AttributeValue></saml:Attribute>` +
    `</saml:AttributeStatement></saml:Assertion></samlp:Response>`;
  const signed = options.signWith
    ? signSamlPost(xml, '/*[local-name(.)="Response"]/*[local-name(.)="Assertion"]', {
        privateKey: options.signWith.privateKey,
        publicCert: options.signWith.certificate,
        signatureAlgorithm: 'sha256',
        digestAlgorithm: 'sha256',
      })
    : xml;
  return Buffer.from(signed).toString('base64');
}

/** Bare base64 of a PEM certificate, as metadata carries it. */
function certificateBody(pem: string): string {
  return pem.replace(/-----(BEGIN|END) CERTIFICATE-----/g, '').replace(/\s+/g, '');
}

/**
 * The test IdP's SAML 2.0 metadata, as a federation publishes it: an EntitiesDescriptor with
 * this IdP (its signing key, an encryption key that must not be taken for signing, its
 * HTTP-POST and HTTP-Redirect SSO endpoints) and another IdP before it.
 */
export function idpMetadata(options: {
  entityId: string;
  ssoUrl: string;
  signing: TestIdpKeys;
  encryption: TestIdpKeys;
  other: TestIdpKeys;
}): string {
  const md = 'urn:oasis:names:tc:SAML:2.0:metadata';
  const ds = 'http://www.w3.org/2000/09/xmldsig#';
  const key = (use: string | null, keys: TestIdpKeys) =>
    `<md:KeyDescriptor${use ? ` use="${use}"` : ''}><ds:KeyInfo><ds:X509Data><ds:X509Certificate>\n` +
    `${certificateBody(keys.certificate).replace(/(.{64})/g, '$1\n')}\n` +
    `</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>`;
  const idp = (entityId: string, sso: string, keys: string) =>
    `<md:EntityDescriptor entityID="${entityId}">` +
    `<md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">` +
    keys +
    `<md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="${sso}/post"/>` +
    `<md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="${sso}"/>` +
    `</md:IDPSSODescriptor></md:EntityDescriptor>`;
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<md:EntitiesDescriptor xmlns:md="${md}" xmlns:ds="${ds}" Name="urn:test:federation">` +
    idp(
      'https://idp.other-university.invalid/idp',
      'https://idp.other-university.invalid/sso',
      key(null, options.other),
    ) +
    idp(
      options.entityId,
      options.ssoUrl,
      key('signing', options.signing) + key('encryption', options.encryption),
    ) +
    `</md:EntitiesDescriptor>`
  );
}
