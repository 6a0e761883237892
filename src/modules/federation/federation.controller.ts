// SPDX-License-Identifier: EUPL-1.2
import { Controller, Get, Logger, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { CookieOptions, Request, Response } from 'express';
import { AppConfig } from 'src/config/app-config';
import { clientAddress } from 'src/modules/federation/client-address';
import {
  FederatedSignInService,
  type FlowLanding,
} from 'src/modules/federation/federated-sign-in.service';
import { FederationRefusedError } from 'src/modules/federation/federation.errors';
import type {
  IdentityProviderConfig,
  SamlProviderConfig,
} from 'src/modules/federation/identity-provider.config';
import { safeReturnPath } from 'src/modules/federation/return-path';
import { SamlServiceProvider } from 'src/modules/federation/saml-service-provider';

/** Binds the IdP's return to the browser that left (login CSRF): random, HttpOnly, 10 minutes. */
export const FEDERATION_COOKIE = 'samrad_federation';

/**
 * The browser's federated sign-in under the API origin. Every outcome is a redirect to the web
 * client's sign-in page: the hand-off token in the URL fragment (never sent to a server or in a
 * Referer), or `?federatedError=CODE` that the page explains. No stack trace reaches a browser.
 */
@Controller('auth')
export class FederationController {
  private readonly logger = new Logger(FederationController.name);

  constructor(
    private readonly service: FederatedSignInService,
    private readonly saml: SamlServiceProvider,
    private readonly config: AppConfig,
  ) {}

  /** `?next=/a/page`: where the member lands once signed in (same-origin paths only). */
  @Get('oidc/:idp/start')
  startOidc(
    @Param('idp') idp: string,
    @Query('next') next: unknown,
    @Res() res: Response,
  ): Promise<void> {
    return this.start(res, next, () => this.service.provider('oidc', idp));
  }

  @Get('oidc/:idp/callback')
  async oidcCallback(
    @Param('idp') idp: string,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const query = new URL(req.originalUrl, 'http://callback').search;
    const callbackUrl = new URL(`${this.config.publicUrl}/auth/oidc/${idp}/callback${query}`);
    await this.land(res, () =>
      this.service.finishOidc(idp, callbackUrl, readCookie(req), clientAddress(req)),
    );
  }

  @Get('saml/:idp/start')
  startSaml(
    @Param('idp') idp: string,
    @Query('next') next: unknown,
    @Res() res: Response,
  ): Promise<void> {
    return this.start(res, next, () => this.service.provider('saml', idp));
  }

  @Post('saml/:idp/acs')
  async samlAcs(@Param('idp') idp: string, @Req() req: Request, @Res() res: Response) {
    const form = (req.body ?? {}) as { SAMLResponse?: unknown; RelayState?: unknown };
    await this.land(res, () =>
      this.service.finishSaml(idp, form, readCookie(req), clientAddress(req)),
    );
  }

  /** Our SP metadata for one IdP (entityID and ACS), to register with the IdP or federation. */
  @Get('saml/:idp/metadata')
  async samlMetadata(@Param('idp') idp: string, @Res() res: Response): Promise<void> {
    let provider: SamlProviderConfig;
    try {
      provider = this.service.provider('saml', idp);
    } catch {
      res.status(404).type('text/plain').send('No such identity provider');
      return;
    }
    try {
      res.type('application/samlmetadata+xml').send(await this.saml.metadata(provider));
    } catch (error) {
      this.logger.error(error instanceof Error ? error.message : String(error));
      res.status(503).type('text/plain').send('The identity provider is not available');
    }
  }

  private async start(
    res: Response,
    next: unknown,
    provider: () => IdentityProviderConfig,
  ): Promise<void> {
    res.setHeader('Cache-Control', 'no-store');
    try {
      const { redirectUrl, browserToken } = await this.service.start(
        provider(),
        safeReturnPath(next),
      );
      res.cookie(FEDERATION_COOKIE, browserToken, this.cookieOptions(10 * 60_000));
      res.redirect(303, redirectUrl);
    } catch (error) {
      this.refused(res, error);
    }
  }

  private async land(res: Response, finish: () => Promise<FlowLanding>): Promise<void> {
    res.setHeader('Cache-Control', 'no-store');
    res.clearCookie(FEDERATION_COOKIE, this.cookieOptions());
    try {
      const { handoff, nextPath } = await finish();
      // The sign-in page goes on to `next` once the hand-off is redeemed (it checks it again).
      const next = nextPath ? `?next=${encodeURIComponent(nextPath)}` : '';
      res.redirect(303, `${this.config.publicUrl}/sign-in${next}#federated=${handoff}`);
    } catch (error) {
      this.refused(res, error);
    }
  }

  private refused(res: Response, error: unknown): void {
    let code = 'UNAVAILABLE';
    if (error instanceof FederationRefusedError) code = error.refusal;
    else this.logger.error(error instanceof Error ? error.stack : String(error));
    res.redirect(303, `${this.config.publicUrl}/sign-in?federatedError=${code}`);
  }

  /**
   * SameSite=None outside development: a SAML IdP posts the answer cross-site, and a Lax cookie
   * would not come with it. Development runs on plain http, where None is refused: Lax there.
   */
  private cookieOptions(maxAge?: number): CookieOptions {
    const development = this.config.isDevelopment;
    return {
      httpOnly: true,
      secure: !development,
      sameSite: development ? 'lax' : 'none',
      path: '/auth',
      ...(maxAge ? { maxAge } : {}),
    };
  }
}

function readCookie(req: Pick<Request, 'headers'>): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === FEDERATION_COOKIE) return decodeURIComponent(value.join('='));
  }
  return undefined;
}
