// SPDX-License-Identifier: EUPL-1.2
import { Controller, Get, Post, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AppConfig } from 'src/config/app-config';
import { Locale } from 'src/modules/members/locale.enum';
import { kindLabel, publicLink } from 'src/modules/notifications/email/notification-mail.template';
import { UNSUBSCRIBE_TOKEN_MESSAGES } from 'src/modules/notifications/email/unsubscribe.errors';
import { UnsubscribePages } from 'src/modules/notifications/email/unsubscribe-page';
import { InvalidUnsubscribeTokenError } from 'src/modules/notifications/email/unsubscribe-token';
import { UnsubscribeService } from 'src/modules/notifications/email/unsubscribe.service';

type TokenQuery = string | string[] | undefined;

/**
 * The link in every notification e-mail (List-Unsubscribe). POST is RFC 8058's one-click
 * unsubscribe: mail providers send `List-Unsubscribe=One-Click` form-encoded, which is not
 * parsed here because the token in the URL says everything. GET only shows a confirmation
 * page whose button POSTs: mail scanners fetch links, and a fetched link must change nothing.
 * A person who pressed the page's button (a browser asking for HTML) gets a page back in both
 * languages; a mail provider's one-click POST gets plain text. REST routes are outside the
 * GraphQL access guard; the token is the credential.
 */
@Controller('unsubscribe')
export class UnsubscribeController {
  constructor(
    private readonly unsubscribeService: UnsubscribeService,
    private readonly config: AppConfig,
  ) {}

  private get settingsUrl(): string {
    return publicLink(this.config.publicUrl, 'settings/notifications');
  }

  @Get()
  async confirmPage(@Query('token') token: TokenQuery, @Res() res: Response): Promise<void> {
    privatePage(res);
    try {
      const { kind } = await this.unsubscribeService.check(single(token));
      res.status(200).type('html').send(UnsubscribePages.confirm(kind));
    } catch (error) {
      if (!(error instanceof InvalidUnsubscribeTokenError)) throw error;
      res.status(400).type('html').send(UnsubscribePages.invalid(error.reason, this.settingsUrl));
    }
  }

  @Post()
  async oneClick(
    @Query('token') token: TokenQuery,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    privatePage(res);
    // Browsers ask for HTML first; mail providers and scripts (*/*) get the plain text.
    const person = req.accepts(['text/plain', 'text/html']) === 'text/html';
    try {
      const { kind } = await this.unsubscribeService.unsubscribe(single(token));
      if (person) {
        res.status(200).type('html').send(UnsubscribePages.done(kind, this.settingsUrl));
        return;
      }
      res
        .status(200)
        .type('text/plain')
        .send(
          `Klart: du får inte längre e-post om ”${kindLabel(kind, Locale.SV)}”.\n` +
            `Done: you will no longer get e-mail about “${kindLabel(kind, Locale.EN)}”.\n`,
        );
    } catch (error) {
      if (!(error instanceof InvalidUnsubscribeTokenError)) throw error;
      if (person) {
        res.status(400).type('html').send(UnsubscribePages.invalid(error.reason, this.settingsUrl));
        return;
      }
      res.status(400).type('text/plain').send(`${UNSUBSCRIBE_TOKEN_MESSAGES[error.reason]}\n`);
    }
  }
}

/** `?token=a&token=b` arrives as an array: not a token. */
function single(token: TokenQuery): string {
  return typeof token === 'string' ? token : '';
}

/** The URL holds a credential: not cached, not sent on as a referrer, not indexed. */
function privatePage(res: Response): void {
  res.set({
    'Cache-Control': 'no-store',
    'Referrer-Policy': 'no-referrer',
    'X-Robots-Tag': 'noindex',
    'Content-Security-Policy':
      "default-src 'none'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
  });
}
