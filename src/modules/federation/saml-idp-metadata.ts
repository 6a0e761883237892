// SPDX-License-Identifier: EUPL-1.2
import { DOMParser } from '@xmldom/xmldom';

const MD = 'urn:oasis:names:tc:SAML:2.0:metadata';
const DS = 'http://www.w3.org/2000/09/xmldsig#';
const SAML2_PROTOCOL = 'urn:oasis:names:tc:SAML:2.0:protocol';
const HTTP_REDIRECT = 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect';

/** What a SAML IdP's metadata tells us: where to send the request, which keys sign answers. */
export interface SamlIdpEndpoints {
  ssoUrl: string;
  certificates: string[];
}

/**
 * Reads one IdP out of SAML 2.0 metadata (a single EntityDescriptor or a federation aggregate
 * such as SWAMID's): its IDPSSODescriptor's HTTP-Redirect SingleSignOnService and its signing
 * certificates (KeyDescriptor use="signing" or without `use`). Parsed with @xmldom/xmldom, the
 * DOM parser node-saml itself uses; it resolves no external entities. Anything missing is an
 * error naming what is missing, so a wrong file or entityID stops the start, not a sign-in.
 */
export function parseIdpMetadata(xml: string, entityId: string): SamlIdpEndpoints {
  const problems: string[] = [];
  const report = (message: unknown) => problems.push(String(message));
  const document = new DOMParser({
    errorHandler: { error: report, fatalError: report },
  }).parseFromString(xml, 'text/xml');
  if (problems.length) throw new Error(`SAML metadata is not well-formed XML: ${problems[0]}`);
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
  return { ssoUrl, certificates: [...new Set(certificates)] };
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
