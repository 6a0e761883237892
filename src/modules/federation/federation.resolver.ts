// SPDX-License-Identifier: EUPL-1.2
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Public } from 'src/graph/auth/access.decorators';
import type { RequestContext } from 'src/graph/auth/request-context';
import { AppConfig } from 'src/config/app-config';
import { actAs, clientAddress, userAgent } from 'src/modules/auth/auth.resolver';
import type { AuthPayloadType } from 'src/modules/auth/dto/auth.types';
import { MfaChallengeType, SignInResult } from 'src/modules/auth/mfa/dto/mfa.types';
import { toChallengeType } from 'src/modules/auth/mfa/mfa.resolver';
import { deliverSession } from 'src/modules/auth/session-cookie';
import {
  CompleteFederatedSignInInput,
  IdentityProviderKind,
  IdentityProviderType,
} from 'src/modules/federation/dto/federation.types';
import { FederatedSignInService } from 'src/modules/federation/federated-sign-in.service';

@Resolver()
export class FederationResolver {
  constructor(
    private readonly config: AppConfig,
    private readonly service: FederatedSignInService,
  ) {}

  @Query(() => [IdentityProviderType], {
    description: 'The identity providers the sign-in page offers; empty when none is configured.',
  })
  @Public()
  identityProviders(): IdentityProviderType[] {
    return this.service.providers().map((provider) => ({
      id: provider.id,
      kind: provider.kind === 'oidc' ? IdentityProviderKind.OIDC : IdentityProviderKind.SAML,
      nameSv: provider.label.sv,
      nameEn: provider.label.en,
      startPath: `/auth/${provider.kind}/${provider.id}/start`,
    }));
  }

  @Mutation(() => SignInResult, {
    description:
      "A federated sign-in's last step: redeems the single-use hand-off token the IdP's return " +
      'left in the /sign-in URL fragment. Tokens at once when the IdP asserted MFA or the member ' +
      'has no second factor; otherwise an MfaChallenge for completeSignIn.',
  })
  @Public()
  async completeFederatedSignIn(
    @Args('input') input: CompleteFederatedSignInInput,
    @Context() context: RequestContext,
  ): Promise<AuthPayloadType | MfaChallengeType> {
    const outcome = await this.service.redeem(
      input.handoffToken,
      clientAddress(context),
      userAgent(context),
    );
    if ('challenge' in outcome) return toChallengeType(outcome.challenge);
    return deliverSession(context, this.config, actAs(context, outcome.signedIn));
  }
}
