import { Module } from '@nestjs/common';
import { ViewerSource } from 'src/graph/auth/viewer-source';
import { AccessTokens } from 'src/modules/auth/access-tokens';
import { AuthResolver } from 'src/modules/auth/auth.resolver';
import { AuthService } from 'src/modules/auth/auth.service';
import { MySessionsResolver } from 'src/modules/auth/my-sessions.resolver';
import { MySessionsService } from 'src/modules/auth/my-sessions.service';
import { PasswordHasher } from 'src/modules/auth/password-hasher';
import { SessionCookieController } from 'src/modules/auth/session-cookie.controller';
import { SessionsRepository } from 'src/modules/auth/sessions.repository';
import { SignInRateLimiter } from 'src/modules/auth/sign-in-rate-limiter';
import { MembersModule } from 'src/modules/members/members.module';

@Module({
  imports: [MembersModule],
  controllers: [SessionCookieController],
  providers: [
    AccessTokens,
    AuthService,
    { provide: ViewerSource, useExisting: AuthService },
    AuthResolver,
    MySessionsResolver,
    MySessionsService,
    PasswordHasher,
    SessionsRepository,
    SignInRateLimiter,
  ],
  exports: [AuthService, ViewerSource, PasswordHasher, MySessionsService, SignInRateLimiter],
})
export class AuthModule {}
