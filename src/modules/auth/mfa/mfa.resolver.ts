// SPDX-License-Identifier: EUPL-1.2
import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AllowWithoutMfa, Members, Public, StepUp } from 'src/graph/auth/access.decorators';
import { CurrentViewer } from 'src/graph/auth/current-viewer.decorator';
import type { RequestContext } from 'src/graph/auth/request-context';
import type { Viewer } from 'src/graph/auth/viewer';
import { AppConfig } from 'src/config/app-config';
import { actAs, clientAddress, userAgent } from 'src/modules/auth/auth.resolver';
import { AuthPayloadType, LoginInput } from 'src/modules/auth/dto/auth.types';
import { deliverSession } from 'src/modules/auth/session-cookie';
import {
  CompletePasskeyRegistrationInput,
  CompleteSignInInput,
  ConfirmTotpEnrolmentInput,
  MfaChallengeType,
  MfaEnrolmentResultType,
  PasskeyRegisteredType,
  PasskeyRegistrationType,
  RecoveryCodesType,
  SecondFactorsType,
  SignInResult,
  StepUpInput,
  StepUpResultType,
  TotpEnrolmentType,
} from 'src/modules/auth/mfa/dto/mfa.types';
import { MfaEnrolmentService } from 'src/modules/auth/mfa/mfa-enrolment.service';
import { MfaSignInService, type MfaChallenge } from 'src/modules/auth/mfa/mfa-sign-in.service';
import { MfaStepUpService } from 'src/modules/auth/mfa/mfa-step-up.service';

/** Two-step sign-in, my second factors, and step-up (DOMAIN §2). */
@Resolver()
export class MfaResolver {
  constructor(
    private readonly config: AppConfig,
    private readonly signInService: MfaSignInService,
    private readonly enrolment: MfaEnrolmentService,
    private readonly stepUps: MfaStepUpService,
  ) {}

  @Mutation(() => SignInResult, {
    description:
      'Signs in: tokens at once, or an MfaChallenge to answer with completeSignIn when the ' +
      'member has a second factor. Rate-limited like login.',
  })
  @Public()
  async signIn(
    @Args('input') input: LoginInput,
    @Context() context: RequestContext,
  ): Promise<AuthPayloadType | MfaChallengeType> {
    const outcome = await this.signInService.signIn(
      input.email,
      input.password,
      clientAddress(context),
      userAgent(context),
    );
    if ('challenge' in outcome) return toChallengeType(outcome.challenge);
    return deliverSession(context, this.config, actAs(context, outcome.signedIn));
  }

  @Mutation(() => AuthPayloadType, {
    description: "A sign-in's second step: an app code, a recovery code or a passkey assertion.",
  })
  @Public()
  async completeSignIn(
    @Args('input') input: CompleteSignInInput,
    @Context() context: RequestContext,
  ) {
    const signedIn = await this.signInService.complete(
      input.challengeToken,
      input,
      clientAddress(context),
      userAgent(context),
    );
    return deliverSession(context, this.config, actAs(context, signedIn));
  }

  @Query(() => SecondFactorsType, { description: 'My second factors.' })
  @Members()
  @AllowWithoutMfa()
  mySecondFactors(@CurrentViewer() viewer: Viewer) {
    return this.enrolment.status(viewer);
  }

  @Mutation(() => TotpEnrolmentType, {
    description: 'Starts setting up an authenticator app; confirm with its first code.',
  })
  @Members()
  @AllowWithoutMfa()
  @StepUp()
  beginTotpEnrolment(@CurrentViewer() viewer: Viewer) {
    return this.enrolment.beginTotp(viewer);
  }

  @Mutation(() => MfaEnrolmentResultType, {
    description: 'Confirms the app with a code (audited).',
  })
  @Members()
  @AllowWithoutMfa()
  @StepUp()
  async confirmTotpEnrolment(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: ConfirmTotpEnrolmentInput,
    @Context() context: RequestContext,
  ): Promise<MfaEnrolmentResultType> {
    const codes = await this.enrolment.confirmTotp(viewer, input.code, clientAddress(context));
    return { recoveryCodes: codes };
  }

  @Mutation(() => Boolean, {
    description:
      'Removes my authenticator app (step-up; audited). Not the last factor when required.',
  })
  @Members()
  @AllowWithoutMfa()
  @StepUp()
  removeTotp(@CurrentViewer() viewer: Viewer, @Context() context: RequestContext) {
    return this.enrolment.removeTotp(viewer, clientAddress(context));
  }

  @Mutation(() => PasskeyRegistrationType, {
    description:
      'WebAuthn creation options for a new passkey; finish with completePasskeyRegistration.',
  })
  @Members()
  @AllowWithoutMfa()
  @StepUp()
  async beginPasskeyRegistration(
    @CurrentViewer() viewer: Viewer,
  ): Promise<PasskeyRegistrationType> {
    const { challengeToken, options } = await this.enrolment.beginPasskeyRegistration(viewer);
    return { challengeToken, options: { ...options } };
  }

  @Mutation(() => PasskeyRegisteredType, { description: 'Stores a new passkey (audited).' })
  @Members()
  @AllowWithoutMfa()
  @StepUp()
  completePasskeyRegistration(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: CompletePasskeyRegistrationInput,
    @Context() context: RequestContext,
  ) {
    return this.enrolment.completePasskeyRegistration(viewer, input, clientAddress(context));
  }

  @Mutation(() => Boolean, {
    description:
      'Removes one of my passkeys (step-up; audited). Not the last factor when required.',
  })
  @Members()
  @AllowWithoutMfa()
  @StepUp()
  removePasskey(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Context() context: RequestContext,
  ) {
    return this.enrolment.removePasskey(viewer, id, clientAddress(context));
  }

  @Mutation(() => RecoveryCodesType, {
    description: 'Ten new recovery codes replacing the old ones (step-up; audited).',
  })
  @Members()
  @AllowWithoutMfa()
  @StepUp()
  async regenerateRecoveryCodes(
    @CurrentViewer() viewer: Viewer,
    @Context() context: RequestContext,
  ): Promise<RecoveryCodesType> {
    return { codes: await this.enrolment.regenerateRecoveryCodes(viewer, clientAddress(context)) };
  }

  @Mutation(() => MfaChallengeType, {
    description: 'What I can step up with; passkey options carry a fresh challenge.',
  })
  @Members()
  @AllowWithoutMfa()
  async beginStepUp(@CurrentViewer() viewer: Viewer): Promise<MfaChallengeType> {
    return toChallengeType(await this.stepUps.begin(viewer));
  }

  @Mutation(() => StepUpResultType, {
    description:
      'Proves my second factor again, so sensitive actions (STEP_UP_REQUIRED) go through for 5 minutes.',
  })
  @Members()
  @AllowWithoutMfa()
  async stepUp(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: StepUpInput,
    @Context() context: RequestContext,
  ): Promise<StepUpResultType> {
    return { freshUntil: await this.stepUps.verify(viewer, input, clientAddress(context)) };
  }
}

/** WebAuthn options travel as JSON objects. */
export function toChallengeType(challenge: MfaChallenge): MfaChallengeType {
  return {
    ...challenge,
    passkeyOptions: challenge.passkeyOptions ? { ...challenge.passkeyOptions } : null,
  };
}
