// SPDX-License-Identifier: EUPL-1.2
import { webcrypto } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { SignJWT, errors as joseErrors, jwtVerify } from 'jose';
import { AppConfig } from 'src/config/app-config';
import { NotificationKind } from 'src/modules/notifications/notification-kind.enum';
import { isUuid } from 'src/common/uuid';

export const UNSUBSCRIBE_ISSUER = 'samrad';
export const UNSUBSCRIBE_AUDIENCE = 'samrad-unsubscribe';
/** Long enough for a mail read after a holiday; a stale link points to the settings instead. */
export const UNSUBSCRIBE_TOKEN_TTL_SECONDS = 60 * 24 * 3600;
/** Far above a real token (about 260 characters); anything longer is not worth verifying. */
const MAX_TOKEN_LENGTH = 1024;
const KINDS: ReadonlySet<string> = new Set(Object.values(NotificationKind));

export interface UnsubscribeClaims {
  memberId: string;
  kind: NotificationKind;
}

export type InvalidUnsubscribeTokenReason = 'FORGED' | 'EXPIRED' | 'MALFORMED';

/** A token that does not name (member, kind) with our signature and in time. */
export class InvalidUnsubscribeTokenError extends Error {
  constructor(readonly reason: InvalidUnsubscribeTokenReason) {
    super(`Invalid unsubscribe token (${reason.toLowerCase()})`);
    this.name = InvalidUnsubscribeTokenError.name;
  }
}

/**
 * The credential in an e-mail's unsubscribe link (DOMAIN §9, RFC 8058): a compact JWS (HS256,
 * keyed by UNSUBSCRIBE_TOKEN_SECRET) naming a member and a notification kind, valid 60 days.
 * It can do one thing, turn e-mail for that kind off, so it carries no session and is not
 * stored; the dedicated secret and audience keep it from passing for an access token or the
 * other way round.
 */
@Injectable()
export class UnsubscribeTokens {
  /**
   * Imported into WebCrypto once: given raw bytes, jose imports them again on every call, which
   * costs more than the signature when a digest run signs a token for each of 10 000 members.
   */
  private readonly key: Promise<webcrypto.CryptoKey>;

  constructor(config: AppConfig) {
    this.key = webcrypto.subtle.importKey(
      'raw',
      new TextEncoder().encode(config.env.UNSUBSCRIBE_TOKEN_SECRET),
      { name: 'HMAC', hash: 'SHA-256' },
      false,
      ['sign', 'verify'],
    );
  }

  async sign(memberId: string, kind: NotificationKind, now = new Date()): Promise<string> {
    const issuedAt = Math.floor(now.getTime() / 1000);
    return new SignJWT({ kind })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(memberId)
      .setIssuer(UNSUBSCRIBE_ISSUER)
      .setAudience(UNSUBSCRIBE_AUDIENCE)
      .setIssuedAt(issuedAt)
      .setExpirationTime(issuedAt + UNSUBSCRIBE_TOKEN_TTL_SECONDS)
      .sign(await this.key);
  }

  /** The (member, kind) the token names; throws InvalidUnsubscribeTokenError otherwise. */
  async verify(token: string): Promise<UnsubscribeClaims> {
    if (typeof token !== 'string' || token.length === 0 || token.length > MAX_TOKEN_LENGTH)
      throw new InvalidUnsubscribeTokenError('MALFORMED');
    let payload: { sub?: unknown; kind?: unknown };
    try {
      // The signature is checked before the claims, so a forged expired token counts as forged.
      ({ payload } = await jwtVerify(token, await this.key, {
        issuer: UNSUBSCRIBE_ISSUER,
        audience: UNSUBSCRIBE_AUDIENCE,
        algorithms: ['HS256'],
        requiredClaims: ['exp', 'sub'],
      }));
    } catch (error) {
      throw new InvalidUnsubscribeTokenError(reasonOf(error));
    }
    const { sub, kind } = payload;
    if (typeof sub !== 'string' || !isUuid(sub) || typeof kind !== 'string' || !KINDS.has(kind))
      throw new InvalidUnsubscribeTokenError('MALFORMED');
    return { memberId: sub.toLowerCase(), kind: kind as NotificationKind };
  }
}

function reasonOf(error: unknown): InvalidUnsubscribeTokenReason {
  if (error instanceof joseErrors.JWTExpired) return 'EXPIRED';
  if (
    error instanceof joseErrors.JWSSignatureVerificationFailed ||
    error instanceof joseErrors.JOSEAlgNotAllowed
  )
    return 'FORGED';
  if (error instanceof joseErrors.JOSEError) return 'MALFORMED';
  // Anything else (a bug, not a bad token) is not the caller's fault: let it surface.
  throw error;
}
