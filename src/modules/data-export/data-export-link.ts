// SPDX-License-Identifier: EUPL-1.2
import { createHmac, timingSafeEqual } from 'node:crypto';

/** Where the API serves an export's archive (GET, under the API origin). */
export const EXPORT_DOWNLOAD_PATH = '/exports';

/**
 * The signed download link of a ready export: `/exports/<id>?expires=<unix s>&sig=<HMAC>`. The
 * signature covers the id and the expiry, so neither can be changed; the link is also useless
 * without the member's own sign-in (see DataExportService.download).
 */
export class DataExportLink {
  constructor(private readonly secret: string) {}

  path(id: string, expiresAt: Date): string {
    const expires = Math.floor(expiresAt.getTime() / 1000);
    const query = new URLSearchParams({ expires: String(expires), sig: this.sign(id, expires) });
    return `${EXPORT_DOWNLOAD_PATH}/${id}?${query.toString()}`;
  }

  /** The expiry the link was signed with, or null when the signature does not match. */
  verify(id: string, expires: string | undefined, signature: string | undefined): Date | null {
    if (!expires || !/^\d{1,12}$/.test(expires) || !signature) return null;
    const expected = Buffer.from(this.sign(id, Number(expires)));
    const given = Buffer.from(signature);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
    return new Date(Number(expires) * 1000);
  }

  private sign(id: string, expires: number): string {
    return createHmac('sha256', this.secret)
      .update(`data-export:${id}:${expires}`)
      .digest('base64url');
  }
}
