// SPDX-License-Identifier: EUPL-1.2
import { Injectable } from '@nestjs/common';
import { SAML, ValidateInResponseTo, type CacheProvider } from '@node-saml/node-saml';
import { AppConfig } from 'src/config/app-config';
import {
  addressList,
  firstString,
  type FederatedIdentity,
} from 'src/modules/federation/federated-identity';
import { FederationRefusal, refuse } from 'src/modules/federation/federation.errors';
import type { SamlProviderConfig } from 'src/modules/federation/identity-provider.config';
import { SamlIdpDirectory } from 'src/modules/federation/saml-idp-directory';

/** How long an AuthnRequest may wait for its answer, and the clock skew we forgive. */
const REQUEST_TTL_MS = 10 * 60_000;
const CLOCK_SKEW_MS = 60_000;

/**
 * SAML 2.0 Web Browser SSO as a service provider, through `@node-saml/node-saml`: the request
 * goes by HTTP-Redirect, the answer comes back by HTTP-POST to the ACS. The assertion must be
 * signed by one of the IdP's configured certificates, addressed to us (audience), current, and
 * answer the request this browser started (InResponseTo, checked against the flow's row).
 */
@Injectable()
export class SamlServiceProvider {
  constructor(
    private readonly config: AppConfig,
    private readonly idps: SamlIdpDirectory,
  ) {}

  /** Our entityID for this IdP; the metadata lives at the same URL. */
  entityId(provider: SamlProviderConfig): string {
    return `${this.config.publicUrl}/auth/saml/${provider.id}/metadata`;
  }

  acsUrl(provider: SamlProviderConfig): string {
    return `${this.config.publicUrl}/auth/saml/${provider.id}/acs`;
  }

  /** The IdP redirect URL and the AuthnRequest's ID (kept to match InResponseTo). */
  async start(
    provider: SamlProviderConfig,
    relayState: string,
  ): Promise<{ url: string; requestId: string }> {
    let requestId: string | null = null;
    const saml = await this.saml(provider, {
      saveAsync: (key, value) => {
        requestId = key;
        return Promise.resolve({ value, createdAt: Date.now() });
      },
      getAsync: () => Promise.resolve(null),
      removeAsync: () => Promise.resolve(null),
    });
    const url = await saml.getAuthorizeUrlAsync(relayState, undefined, {});
    if (!requestId) throw new Error('node-saml produced no request id');
    return { url, requestId };
  }

  async finish(
    provider: SamlProviderConfig,
    form: { SAMLResponse: string; RelayState: string },
    requestId: string,
    requestedAt: Date,
  ): Promise<FederatedIdentity> {
    const saml = await this.saml(provider, {
      saveAsync: () => Promise.resolve(null),
      // Only the request this flow sent is known: any other InResponseTo is refused.
      getAsync: (key) => Promise.resolve(key === requestId ? requestedAt.toISOString() : null),
      removeAsync: () => Promise.resolve(null),
    });
    let profile: Awaited<ReturnType<SAML['validatePostResponseAsync']>>['profile'];
    try {
      ({ profile } = await saml.validatePostResponseAsync(form));
    } catch (error) {
      const message = error instanceof Error ? error.message : 'unknown error';
      throw refuse(FederationRefusal.ASSERTION_INVALID, message.slice(0, 300));
    }
    if (!profile) throw refuse(FederationRefusal.ASSERTION_INVALID, 'no assertion');
    const subject = firstString(profile[provider.subjectAttribute]);
    const addresses = addressList(firstString(profile[provider.emailAttribute]), subject);
    return {
      provider: provider.id,
      subject,
      addresses,
      addressProblem: addresses.length
        ? null
        : `no ${provider.emailAttribute} or ${provider.subjectAttribute}`,
      displayName: firstString(profile[provider.displayNameAttribute]),
      mfa: authnContextClassRefs(profile.getAssertion?.()).some((ref) =>
        provider.mfaValues.includes(ref),
      ),
    };
  }

  async metadata(provider: SamlProviderConfig): Promise<string> {
    return (await this.saml(provider)).generateServiceProviderMetadata(null, null);
  }

  private async saml(provider: SamlProviderConfig, cacheProvider?: CacheProvider): Promise<SAML> {
    const idp = await this.idps.endpoints(provider);
    return new SAML({
      issuer: this.entityId(provider),
      callbackUrl: this.acsUrl(provider),
      entryPoint: idp.ssoUrl,
      idpCert: idp.certificates,
      idpIssuer: provider.entityId,
      audience: this.entityId(provider),
      wantAssertionsSigned: true,
      wantAuthnResponseSigned: false,
      validateInResponseTo: ValidateInResponseTo.always,
      requestIdExpirationPeriodMs: REQUEST_TTL_MS,
      acceptedClockSkewMs: CLOCK_SKEW_MS,
      identifierFormat: null,
      // We ask for nothing in particular; the AuthnContextClassRef the IdP reports is read.
      disableRequestedAuthnContext: true,
      ...(cacheProvider ? { cacheProvider } : {}),
    });
  }
}

/** The AuthnContextClassRef values of an assertion parsed by xml2js (node-saml's getAssertion). */
function authnContextClassRefs(assertion: unknown): string[] {
  const refs: string[] = [];
  const visit = (node: unknown, key: string) => {
    if (key.endsWith('AuthnContextClassRef')) {
      for (const item of Array.isArray(node) ? node : [node]) {
        if (typeof item === 'string') refs.push(item.trim());
        else if (item && typeof item === 'object') {
          const text = (item as { _?: unknown })._;
          if (typeof text === 'string') refs.push(text.trim());
        }
      }
      return;
    }
    if (Array.isArray(node)) node.forEach((child) => visit(child, key));
    else if (node && typeof node === 'object')
      for (const [childKey, child] of Object.entries(node)) visit(child, childKey);
  };
  visit(assertion, '');
  return refs;
}
