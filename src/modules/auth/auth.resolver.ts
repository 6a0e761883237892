// SPDX-License-Identifier: EUPL-1.2
import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { AllowWithoutMfa, Members, Public } from 'src/graph/auth/access.decorators';
import { CurrentViewer } from 'src/graph/auth/current-viewer.decorator';
import type { RequestContext } from 'src/graph/auth/request-context';
import type { Viewer } from 'src/graph/auth/viewer';
import { AppConfig } from 'src/config/app-config';
import { AuthService, type SignedIn } from 'src/modules/auth/auth.service';
import { deliverSession } from 'src/modules/auth/session-cookie';
import { AuthPayloadType, LoginInput, RefreshSessionInput } from 'src/modules/auth/dto/auth.types';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly config: AppConfig,
  ) {}

  @Mutation(() => AuthPayloadType, {
    description: 'Signs in; rate-limited per account and per address.',
  })
  @Public()
  async login(@Args('input') input: LoginInput, @Context() context: RequestContext) {
    const signedIn = await this.auth.login(
      input.email,
      input.password,
      clientAddress(context),
      userAgent(context),
    );
    return deliverSession(context, this.config, actAs(context, signedIn));
  }

  @Mutation(() => AuthPayloadType, {
    description: 'Rotates the refresh token; reuse of an old one ends the session.',
  })
  @Public()
  async refreshSession(
    @Args('input') input: RefreshSessionInput,
    @Context() context: RequestContext,
  ) {
    const signedIn = await this.auth.refresh(input.refreshToken, clientAddress(context));
    return deliverSession(context, this.config, actAs(context, signedIn));
  }

  @Mutation(() => Boolean, { description: 'Ends the current session.' })
  @Members()
  @AllowWithoutMfa()
  logout(@CurrentViewer() viewer: Viewer) {
    return this.auth.logout(viewer);
  }
}

/** The rest of this response acts for the member who just signed in (their own fields resolve). */
export function actAs(context: RequestContext, signedIn: SignedIn): SignedIn {
  context.req.viewer = signedIn.viewer;
  return signedIn;
}

export function clientAddress(context: RequestContext): string {
  return context.req.ip ?? context.req.socket.remoteAddress ?? 'unknown';
}

/** The User-Agent header, for the device label of a new session. */
export function userAgent(context: RequestContext): string | undefined {
  return context.req.headers?.['user-agent'];
}
