// SPDX-License-Identifier: EUPL-1.2
import { Injectable } from '@nestjs/common';
import * as oidc from 'openid-client';
import { AppConfig } from 'src/config/app-config';
import {
  addressList,
  firstString,
  stringList,
  type FederatedIdentity,
} from 'src/modules/federation/federated-identity';
import { FederationRefusal, refuse } from 'src/modules/federation/federation.errors';
import type { OidcProviderConfig } from 'src/modules/federation/identity-provider.config';

export interface OidcStart {
  url: URL;
  state: string;
  nonce: string;
  codeVerifier: string;
}

/**
 * OpenID Connect, authorization code flow with PKCE (S256), state and nonce, through
 * `openid-client`: it checks the ID token's signature, issuer, audience, nonce and lifetime.
 */
@Injectable()
export class OidcRelyingParty {
  /** Discovery once per provider and process; a failed discovery is retried next time. */
  private readonly configurations = new Map<string, Promise<oidc.Configuration>>();

  constructor(private readonly config: AppConfig) {}

  redirectUri(provider: OidcProviderConfig): string {
    return `${this.config.publicUrl}/auth/oidc/${provider.id}/callback`;
  }

  async start(provider: OidcProviderConfig): Promise<OidcStart> {
    const configuration = await this.configuration(provider);
    const codeVerifier = oidc.randomPKCECodeVerifier();
    const state = oidc.randomState();
    const nonce = oidc.randomNonce();
    const url = oidc.buildAuthorizationUrl(configuration, {
      redirect_uri: this.redirectUri(provider),
      scope: provider.scope,
      code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      state,
      nonce,
    });
    return { url, state, nonce, codeVerifier };
  }

  /** Redeems the code; every mismatch (state, nonce, PKCE, signature) is ASSERTION_INVALID. */
  async finish(
    provider: OidcProviderConfig,
    callbackUrl: URL,
    expected: { state: string; nonce: string; codeVerifier: string },
  ): Promise<FederatedIdentity> {
    const configuration = await this.configuration(provider);
    let claims: Record<string, unknown>;
    try {
      const tokens = await oidc.authorizationCodeGrant(configuration, callbackUrl, {
        pkceCodeVerifier: expected.codeVerifier,
        expectedState: expected.state,
        expectedNonce: expected.nonce,
        idTokenExpected: true,
      });
      const idToken = tokens.claims();
      if (!idToken) throw new Error('no ID token');
      claims = { ...idToken };
      // Code-flow ID tokens often carry no e-mail: the UserInfo endpoint has it.
      if (claims[provider.emailClaim] === undefined) {
        const userInfo = await oidc.fetchUserInfo(configuration, tokens.access_token, idToken.sub);
        claims = { ...userInfo, ...claims };
      }
    } catch (error) {
      throw refuse(FederationRefusal.ASSERTION_INVALID, describe(error));
    }
    const email = firstString(claims[provider.emailClaim]);
    const unverified =
      !!email &&
      provider.emailClaim === 'email' &&
      provider.requireVerifiedEmail &&
      claims.email_verified !== true;
    const eppn = provider.eppnClaim ? firstString(claims[provider.eppnClaim]) : null;
    const addresses = addressList(unverified ? null : email, eppn);
    const asserted = [...stringList(claims.acr), ...stringList(claims.amr)];
    let addressProblem: string | null = null;
    if (!addresses.length)
      addressProblem = unverified
        ? 'e-mail not verified by the provider'
        : `no ${provider.emailClaim} claim`;
    return {
      provider: provider.id,
      // openid-client has checked the ID token, whose `sub` is required and stable per issuer.
      subject: firstString(claims.sub),
      addresses,
      addressProblem,
      displayName: firstString(claims.name),
      // RFC 8176 `amr: ["mfa"]`, or a configured acr/amr value (REFEDS MFA by default).
      mfa: asserted.some((value) => value === 'mfa' || provider.mfaValues.includes(value)),
    };
  }

  private configuration(provider: OidcProviderConfig): Promise<oidc.Configuration> {
    let configuration = this.configurations.get(provider.id);
    if (!configuration) {
      configuration = oidc.discovery(
        new URL(provider.issuer),
        provider.clientId,
        undefined,
        provider.clientSecret ? oidc.ClientSecretBasic(provider.clientSecret) : oidc.None(),
        // Plain http only to a loopback issuer outside production (a provider run in tests).
        this.allowsHttp(provider.issuer) ? { execute: [oidc.allowInsecureRequests] } : undefined,
      );
      configuration.catch(() => this.configurations.delete(provider.id));
      this.configurations.set(provider.id, configuration);
    }
    return configuration;
  }

  private allowsHttp(issuer: string): boolean {
    const url = new URL(issuer);
    return (
      !this.config.isProduction &&
      url.protocol === 'http:' &&
      ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname)
    );
  }
}

/**
 * For the audit log: the library's messages down the cause chain (openid-client wraps
 * oauth4webapi's errors), with the OAuth error, the check's code and the claim that failed.
 */
function describe(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 3 && current && typeof current === 'object'; depth += 1) {
    const facts = current as Record<string, unknown>;
    for (const key of ['name', 'message', 'error', 'error_description', 'code', 'claim'])
      if (typeof facts[key] === 'string' && !parts.includes(facts[key])) parts.push(facts[key]);
    current = facts.cause;
  }
  return (parts.join(': ') || 'unknown error').slice(0, 300);
}
