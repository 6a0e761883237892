import { Controller, Get, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Locale } from 'src/modules/members/locale.enum';
import { kindLabel } from 'src/modules/notifications/email/notification-mail.template';
import { UNSUBSCRIBE_TOKEN_MESSAGES } from 'src/modules/notifications/email/unsubscribe.errors';
import { InvalidUnsubscribeTokenError } from 'src/modules/notifications/email/unsubscribe-token';
import { UnsubscribeService } from 'src/modules/notifications/email/unsubscribe.service';
import { escapeHtml } from 'src/common/escape-html';

type TokenQuery = string | string[] | undefined;

/**
 * The link in every notification e-mail (List-Unsubscribe). POST is RFC 8058's one-click
 * unsubscribe: mail providers send `List-Unsubscribe=One-Click` form-encoded, which is not
 * parsed here because the token in the URL says everything. GET only shows a confirmation
 * page whose button POSTs: mail scanners fetch links, and a fetched link must change nothing.
 * REST routes are outside the GraphQL access guard; the token is the credential.
 */
@Controller('unsubscribe')
export class UnsubscribeController {
  constructor(private readonly unsubscribeService: UnsubscribeService) {}

  @Get()
  async confirmPage(@Query('token') token: TokenQuery, @Res() res: Response): Promise<void> {
    privatePage(res);
    try {
      const { kind } = await this.unsubscribeService.check(single(token));
      res.status(200).type('html').send(confirmationHtml(kind));
    } catch (error) {
      if (!(error instanceof InvalidUnsubscribeTokenError)) throw error;
      res
        .status(400)
        .type('html')
        .send(page(`<p>${escapeHtml(UNSUBSCRIBE_TOKEN_MESSAGES[error.reason])}</p>`));
    }
  }

  @Post()
  async oneClick(@Query('token') token: TokenQuery, @Res() res: Response): Promise<void> {
    privatePage(res);
    try {
      const { kind } = await this.unsubscribeService.unsubscribe(single(token));
      res
        .status(200)
        .type('text/plain')
        .send(
          `Klart: du får inte längre e-post om ”${kindLabel(kind, Locale.SV)}”.\n` +
            `Done: you will no longer get e-mail about “${kindLabel(kind, Locale.EN)}”.\n`,
        );
    } catch (error) {
      if (!(error instanceof InvalidUnsubscribeTokenError)) throw error;
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

function page(body: string): string {
  return `<!doctype html><html lang="sv"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Samråd</title></head><body>${body}</body></html>`;
}

/** Both languages: the page knows the kind from the token, not who is reading. */
function confirmationHtml(kind: Parameters<typeof kindLabel>[0]): string {
  const sv = escapeHtml(kindLabel(kind, Locale.SV));
  const en = escapeHtml(kindLabel(kind, Locale.EN));
  // No action attribute: the form posts back to this very URL, token included.
  return page(
    `<form method="post"><input type="hidden" name="List-Unsubscribe" value="One-Click">` +
      `<p>Sluta få e-post om ”${sv}”?</p><p lang="en">Stop e-mails about “${en}”?</p>` +
      `<button type="submit">Avsluta / Unsubscribe</button></form>`,
  );
}
