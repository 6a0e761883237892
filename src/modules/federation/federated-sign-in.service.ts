// SPDX-License-Identifier: EUPL-1.2
import { Injectable } from '@nestjs/common';
import { AppConfig } from 'src/config/app-config';
import { SecretBox } from 'src/common/secret-box';
import { hashToken, newOpaqueToken } from 'src/common/tokens';
import { TransactionHost } from 'src/database/transaction-host';
import { Errors } from 'src/graph/errors/app-error';
import { AuditAction } from 'src/modules/audit/audit-action';
import { AuditService } from 'src/modules/audit/audit.service';
import { MfaSignInService, type SignInOutcome } from 'src/modules/auth/mfa/mfa-sign-in.service';
import { FederatedAccounts } from 'src/modules/federation/federated-accounts';
import type { FederatedIdentity } from 'src/modules/federation/federated-identity';
import type { FederatedSignInEntity } from 'src/modules/federation/federated-sign-in.entity';
import { FederatedSignInsRepository } from 'src/modules/federation/federated-sign-ins.repository';
import {
  FederationRefusal,
  FederationRefusedError,
  refuse,
} from 'src/modules/federation/federation.errors';
import {
  providerIdentifier,
  type IdentityProviderConfig,
} from 'src/modules/federation/identity-provider.config';
import { OidcRelyingParty } from 'src/modules/federation/oidc-relying-party';
import { SamlServiceProvider } from 'src/modules/federation/saml-service-provider';
import { MemberStatus } from 'src/modules/members/member-status.enum';
import { MembersService } from 'src/modules/members/members.service';

/** A round trip to the IdP must come back within ten minutes… */
const FLOW_TTL_MS = 10 * 60_000;
/** …and the web client redeems the hand-off at once (it is in the URL fragment it landed on). */
const HANDOFF_TTL_MS = 2 * 60_000;

/** Where the IdP's return sends the browser: the hand-off token, and the page to go on to. */
export interface FlowLanding {
  handoff: string;
  nextPath: string | null;
}

export interface FlowStart {
  redirectUrl: string;
  /** For the browser-binding cookie: the return must come from the browser that left. */
  browserToken: string;
}

/**
 * Federated sign-in (DOMAIN §2): start sends the browser to the IdP; the return is validated by
 * the OIDC or SAML library against this flow's row, resolved to a member, and answered with a
 * single-use hand-off token; the web client redeems it with `completeFederatedSignIn` and gets
 * the same session (or second-factor challenge) as a password sign-in.
 */
@Injectable()
export class FederatedSignInService {
  private readonly secrets: SecretBox;

  constructor(
    private readonly config: AppConfig,
    private readonly tx: TransactionHost,
    private readonly flows: FederatedSignInsRepository,
    private readonly oidc: OidcRelyingParty,
    private readonly saml: SamlServiceProvider,
    private readonly accounts: FederatedAccounts,
    private readonly mfaSignIn: MfaSignInService,
    private readonly members: MembersService,
    private readonly audit: AuditService,
  ) {
    this.secrets = new SecretBox(config.env.DATA_ENCRYPTION_KEY);
  }

  providers(): readonly IdentityProviderConfig[] {
    return this.config.env.IDENTITY_PROVIDERS;
  }

  provider<K extends IdentityProviderConfig['kind']>(
    kind: K,
    id: string,
  ): Extract<IdentityProviderConfig, { kind: K }> {
    const provider = this.providers().find((p) => p.id === id && p.kind === kind);
    if (!provider) throw refuse(FederationRefusal.UNKNOWN_PROVIDER, `${kind}:${id}`);
    return provider as Extract<IdentityProviderConfig, { kind: K }>;
  }

  /** `next`: where to land once signed in, already checked to be a same-origin path. */
  async start(provider: IdentityProviderConfig, nextPath: string | null): Promise<FlowStart> {
    const browserToken = newOpaqueToken();
    const base = {
      provider: provider.id,
      browserHash: this.hash(browserToken),
      nextPath,
      expiresAt: new Date(Date.now() + FLOW_TTL_MS),
    };
    let redirectUrl: string;
    if (provider.kind === 'oidc') {
      const start = await this.oidc.start(provider);
      redirectUrl = start.url.href;
      await this.save({
        ...base,
        stateHash: this.hash(start.state),
        sealedCodeVerifier: this.secrets.seal(start.codeVerifier),
        nonce: start.nonce,
        samlRequestId: null,
      });
    } else {
      const relayState = newOpaqueToken();
      const start = await this.saml.start(provider, relayState);
      redirectUrl = start.url;
      await this.save({
        ...base,
        stateHash: this.hash(relayState),
        sealedCodeVerifier: null,
        nonce: null,
        samlRequestId: start.requestId,
      });
    }
    return { redirectUrl, browserToken };
  }

  /** The OIDC callback: the state names the flow, the library checks nonce and PKCE. */
  finishOidc(
    providerId: string,
    callbackUrl: URL,
    browserToken: string | undefined,
    clientAddress: string,
  ): Promise<FlowLanding> {
    return this.finish(
      providerId,
      callbackUrl.searchParams.get('state'),
      browserToken,
      clientAddress,
      (flow) => {
        const provider = this.provider('oidc', providerId);
        return this.oidc.finish(provider, callbackUrl, {
          state: callbackUrl.searchParams.get('state') ?? '',
          nonce: flow.nonce ?? '',
          codeVerifier: flow.sealedCodeVerifier ? this.secrets.open(flow.sealedCodeVerifier) : '',
        });
      },
    );
  }

  /** The SAML ACS: the RelayState names the flow, InResponseTo must be its request. */
  finishSaml(
    providerId: string,
    form: { SAMLResponse?: unknown; RelayState?: unknown },
    browserToken: string | undefined,
    clientAddress: string,
  ): Promise<FlowLanding> {
    const relayState = typeof form.RelayState === 'string' ? form.RelayState : null;
    return this.finish(providerId, relayState, browserToken, clientAddress, (flow) => {
      if (typeof form.SAMLResponse !== 'string' || !flow.samlRequestId)
        throw refuse(FederationRefusal.ASSERTION_INVALID, 'no SAMLResponse');
      return this.saml.finish(
        this.provider('saml', providerId),
        { SAMLResponse: form.SAMLResponse, RelayState: relayState ?? '' },
        flow.samlRequestId,
        flow.createdAt,
      );
    });
  }

  /**
   * The web client's last step: a hand-off token for a session, or for the second-factor
   * challenge when the IdP did not assert MFA and the member has a factor of their own.
   */
  async redeem(
    handoffToken: string,
    clientAddress: string,
    userAgent?: string,
  ): Promise<SignInOutcome> {
    const outcome = await this.tx.run(async () => {
      const flow = await this.flows.findByHandoffForUpdate(this.hash(handoffToken));
      if (
        !flow?.memberId ||
        flow.redeemedAt ||
        !flow.handoffExpiresAt ||
        flow.handoffExpiresAt <= new Date()
      )
        return null;
      await this.flows.markRedeemed(flow.id);
      const member = await this.members.require(flow.memberId);
      if (member.status !== MemberStatus.ACTIVE) return null;
      return this.mfaSignIn.afterFederatedSignIn(
        member,
        { provider: flow.provider, mfa: flow.mfa },
        clientAddress,
        userAgent,
      );
    });
    if (!outcome) throw Errors.unauthenticated('This sign-in link has expired; sign in again');
    return outcome;
  }

  /**
   * Validates a return and resolves its member, in one transaction that spends the flow
   * whatever the outcome; a refusal is audited after it commits and then thrown.
   */
  private async finish(
    providerId: string,
    state: string | null,
    browserToken: string | undefined,
    clientAddress: string,
    validate: (flow: FederatedSignInEntity) => Promise<FederatedIdentity>,
  ): Promise<FlowLanding> {
    const outcome = await this.tx.run(
      async (): Promise<FlowLanding | { refused: FederationRefusedError }> => {
        const provider = this.providers().find((p) => p.id === providerId);
        if (!provider) return { refused: refuse(FederationRefusal.UNKNOWN_PROVIDER, providerId) };
        const flow = state ? await this.flows.findByStateForUpdate(this.hash(state)) : null;
        if (
          !flow ||
          flow.provider !== providerId ||
          flow.returnedAt ||
          flow.expiresAt <= new Date()
        )
          return {
            refused: refuse(FederationRefusal.FLOW_INVALID, 'unknown, spent or expired state'),
          };
        if (!browserToken || this.hash(browserToken) !== flow.browserHash) {
          await this.flows.markReturned(flow.id, null);
          return { refused: refuse(FederationRefusal.FLOW_INVALID, 'another browser') };
        }
        try {
          const identity = await validate(flow);
          const member = await this.accounts.resolve(identity, providerIdentifier(provider));
          const handoff = newOpaqueToken();
          await this.flows.markReturned(flow.id, {
            memberId: member.id,
            mfa: identity.mfa,
            handoffHash: this.hash(handoff),
            handoffExpiresAt: new Date(Date.now() + HANDOFF_TTL_MS),
          });
          return { handoff, nextPath: flow.nextPath };
        } catch (error) {
          if (!(error instanceof FederationRefusedError)) throw error;
          await this.flows.markReturned(flow.id, null);
          return { refused: error };
        }
      },
    );
    if ('handoff' in outcome) return outcome;
    const { refused } = outcome;
    await this.audit.record({
      actorId: refused.memberId,
      action: AuditAction.FederatedSignInRefused,
      ...(refused.memberId ? { target: { type: 'member' as const, id: refused.memberId } } : {}),
      details: { provider: providerId, reason: refused.refusal, detail: refused.detail },
      clientAddress,
    });
    throw refused;
  }

  private async save(flow: Parameters<FederatedSignInsRepository['insert']>[0]): Promise<void> {
    await this.tx.run(async () => {
      await this.flows.deleteExpired(new Date(Date.now() - FLOW_TTL_MS));
      await this.flows.insert(flow);
    });
  }

  private hash(token: string): string {
    return hashToken(token, this.config.env.REFRESH_TOKEN_SECRET);
  }
}
