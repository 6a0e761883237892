// SPDX-License-Identifier: EUPL-1.2
import { DOMParser } from '@xmldom/xmldom';
import { SignedXml } from 'xml-crypto';

const MD = 'urn:oasis:names:tc:SAML:2.0:metadata';
const DS = 'http://www.w3.org/2000/09/xmldsig#';
const SAML2_PROTOCOL = 'urn:oasis:names:tc:SAML:2.0:protocol';
const HTTP_REDIRECT = 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect';

/** What a SAML IdP's metadata tells us: where to send the request, which keys sign answers. */
export interface SamlIdpEndpoints {
  ssoUrl: string;
  certificates: string[];
  /** The metadata's own `validUntil` (the earliest of the document's and the entity's), if any. */
  validUntil?: Date;
}

/** How metadata must be checked before it is believed. */
export interface MetadataTrust {
  /**
   * The certificate (PEM or bare base64) that must have signed the whole document, e.g.
   * SWAMID's metadata signer: unsigned, otherwise signed or tampered metadata is refused.
   */
  signingCertificate?: string;
  now?: Date;
}

/**
 * Reads one IdP out of SAML 2.0 metadata (a single EntityDescriptor or a federation aggregate
 * such as SWAMID's): its IDPSSODescriptor's HTTP-Redirect SingleSignOnService and its signing
 * certificates (KeyDescriptor use="signing" or without `use`). Parsed with @xmldom/xmldom, the
 * DOM parser node-saml itself uses; it resolves no external entities. Anything missing is an
 * error naming what is missing, so a wrong file or entityID stops the start, not a sign-in.
 */
export function parseIdpMetadata(
  xml: string,
  entityId: string,
  trust: MetadataTrust = {},
): SamlIdpEndpoints {
  // With a signing certificate, only what the signature covers is read (no wrapping attacks).
  const believed = trust.signingCertificate ? signedContent(xml, trust.signingCertificate) : xml;
  const document = parse(believed);
  const entity = elements(document.documentElement, MD, 'EntityDescriptor').find(
    (e) => e.getAttribute('entityID') === entityId,
  );
  if (!entity) throw new Error(`SAML metadata has no EntityDescriptor for ${entityId}`);
  const idp = elements(entity, MD, 'IDPSSODescriptor').find((e) =>
    (e.getAttribute('protocolSupportEnumeration') ?? '').split(/\s+/).includes(SAML2_PROTOCOL),
  );
  if (!idp) throw new Error(`SAML metadata of ${entityId} has no SAML 2.0 IDPSSODescriptor`);
  const ssoUrl = elements(idp, MD, 'SingleSignOnService')
    .find((e) => e.getAttribute('Binding') === HTTP_REDIRECT)
    ?.getAttribute('Location');
  if (!ssoUrl)
    throw new Error(`SAML metadata of ${entityId} has no HTTP-Redirect SingleSignOnService`);
  const certificates = elements(idp, MD, 'KeyDescriptor')
    .filter((key) => (key.getAttribute('use') || 'signing') === 'signing')
    .flatMap((key) => elements(key, DS, 'X509Certificate'))
    .map((cert) => (cert.textContent ?? '').replace(/\s+/g, ''))
    .filter(Boolean);
  if (!certificates.length)
    throw new Error(`SAML metadata of ${entityId} has no signing certificate`);
  const validUntil = earliest(
    [document.documentElement, entity].map((e) => e?.getAttribute('validUntil') || null),
  );
  if (validUntil && validUntil.getTime() <= (trust.now ?? new Date()).getTime())
    throw new Error(`SAML metadata expired at ${validUntil.toISOString()} (validUntil)`);
  return {
    ssoUrl,
    certificates: [...new Set(certificates)],
    ...(validUntil ? { validUntil } : {}),
  };
}

function parse(xml: string): Document {
  const problems: string[] = [];
  const report = (message: unknown) => problems.push(String(message));
  const document = new DOMParser({
    errorHandler: { error: report, fatalError: report },
  }).parseFromString(xml, 'text/xml');
  if (problems.length) throw new Error(`SAML metadata is not well-formed XML: ${problems[0]}`);
  return document;
}

/**
 * The document as its enveloped XML signature covers it, checked against the configured
 * certificate only (never a key the document brings along). The signature must sit on the root
 * element and reference the whole of it; what is returned is the signed content itself.
 */
function signedContent(xml: string, certificate: string): string {
  const root = parse(xml).documentElement;
  const signatures = root
    ? Array.from(root.childNodes).filter(
        (n): n is Element =>
          n.nodeType === 1 &&
          (n as Element).namespaceURI === DS &&
          (n as Element).localName === 'Signature',
      )
    : [];
  if (signatures.length !== 1)
    throw new Error('SAML metadata is not signed (no XML signature on its root element)');
  const verifier = new SignedXml({ publicCert: pem(certificate), getCertFromKeyInfo: () => null });
  verifier.loadSignature(signatures[0]!);
  let valid = false;
  try {
    valid = verifier.checkSignature(xml);
  } catch (error) {
    throw new Error(`SAML metadata signature does not verify: ${(error as Error).message}`);
  }
  const signed = verifier.getSignedReferences();
  if (!valid || signed.length !== 1)
    throw new Error('SAML metadata signature does not verify with the configured certificate');
  const covered = parse(signed[0]!).documentElement;
  const rootId = root?.getAttribute('ID');
  if (
    covered?.localName !== root?.localName ||
    covered?.namespaceURI !== MD ||
    (rootId && covered.getAttribute('ID') !== rootId)
  )
    throw new Error('SAML metadata signature does not cover the whole document');
  return signed[0]!;
}

/** A certificate as PEM, from PEM or the bare base64 metadata and settings often carry. */
function pem(certificate: string): string {
  const body = certificate
    .replace(/-----(BEGIN|END) CERTIFICATE-----/g, '')
    .replace(/\s+/g, '')
    .replace(/(.{64})/g, '$1\n')
    .trim();
  return `-----BEGIN CERTIFICATE-----\n${body}\n-----END CERTIFICATE-----\n`;
}

function earliest(values: readonly (string | null)[]): Date | undefined {
  const times = values
    .filter((v): v is string => Boolean(v))
    .map((v) => new Date(v))
    .map((d) => (Number.isNaN(d.getTime()) ? new Date(0) : d)); // unreadable: treated as expired
  return times.length ? new Date(Math.min(...times.map((d) => d.getTime()))) : undefined;
}

/** Descendants (and the node itself) with this namespace and local name. */
function elements(root: Element | null, namespace: string, localName: string): Element[] {
  if (!root) return [];
  const found: Element[] = [];
  if (root.namespaceURI === namespace && root.localName === localName) found.push(root);
  const list = root.getElementsByTagNameNS(namespace, localName);
  for (let i = 0; i < list.length; i += 1) {
    const item = list.item(i);
    if (item) found.push(item);
  }
  return found;
}
