// SPDX-License-Identifier: EUPL-1.2
import { Module } from '@nestjs/common';
import { ViewerSource } from 'src/graph/auth/viewer-source';
import { ApiRateLimiter } from 'src/modules/auth/api-rate-limiter';
import { AccessTokens } from 'src/modules/auth/access-tokens';
import { AuthResolver } from 'src/modules/auth/auth.resolver';
import { AuthService } from 'src/modules/auth/auth.service';
import { MySessionsResolver } from 'src/modules/auth/my-sessions.resolver';
import { MySessionsService } from 'src/modules/auth/my-sessions.service';
import { PasswordHasher } from 'src/modules/auth/password-hasher';
import { SessionCookieController } from 'src/modules/auth/session-cookie.controller';
import { SessionPreload } from 'src/modules/auth/session-preload';
import { SessionsRepository } from 'src/modules/auth/sessions.repository';
import { SignInRateLimiter } from 'src/modules/auth/sign-in-rate-limiter';
import { MembersModule } from 'src/modules/members/members.module';
import { OrganisationsModule } from 'src/modules/organisations/organisations.module';
import { MfaChallenges } from 'src/modules/auth/mfa/mfa-challenges';
import { MfaEnrolmentService } from 'src/modules/auth/mfa/mfa-enrolment.service';
import { MfaRepository } from 'src/modules/auth/mfa/mfa.repository';
import { MfaResolver } from 'src/modules/auth/mfa/mfa.resolver';
import { MfaSignInService } from 'src/modules/auth/mfa/mfa-sign-in.service';
import { MfaStepUpService } from 'src/modules/auth/mfa/mfa-step-up.service';
import { SecondFactorService } from 'src/modules/auth/mfa/second-factor.service';
import { WebAuthnRelyingParty } from 'src/modules/auth/mfa/webauthn-relying-party';

@Module({
  imports: [MembersModule, OrganisationsModule],
  controllers: [SessionCookieController],
  providers: [
    AccessTokens,
    ApiRateLimiter,
    AuthService,
    { provide: ViewerSource, useExisting: AuthService },
    AuthResolver,
    MySessionsResolver,
    MySessionsService,
    PasswordHasher,
    SessionsRepository,
    SessionPreload,
    SignInRateLimiter,
    MfaChallenges,
    MfaEnrolmentService,
    MfaRepository,
    MfaResolver,
    MfaSignInService,
    MfaStepUpService,
    SecondFactorService,
    WebAuthnRelyingParty,
  ],
  exports: [
    ApiRateLimiter,
    MfaEnrolmentService,
    MfaSignInService,
    AuthService,
    ViewerSource,
    PasswordHasher,
    MySessionsService,
    SignInRateLimiter,
  ],
})
export class AuthModule {}
