// SPDX-License-Identifier: EUPL-1.2
import { Injectable } from '@nestjs/common';
import { SignJWT, jwtVerify, errors as joseErrors } from 'jose';
import { AppConfig } from 'src/config/app-config';

const ISSUER = 'samrad';
const AUDIENCE = 'samrad-api';

export interface AccessClaims {
  memberId: string;
  sessionId: string;
}

/**
 * Verified tokens remembered, at most this many: about one per client signed in to a process in
 * a token's lifetime; past it the oldest are forgotten and verified again when they come back.
 */
const VERIFIED_CACHE_SIZE = 10_000;

/** Short-lived (at most 15 minutes) HS256 access tokens; the session is re-checked per request. */
@Injectable()
export class AccessTokens {
  private readonly key: Uint8Array;
  /**
   * A client sends the same token with every request for its lifetime, and checking its HMAC
   * (WebCrypto, asynchronous) is a measurable share of a request's CPU under load, twice over
   * (the request budget and the guard both ask). The answer for one exact token string, signature
   * included, can only change with time, so a valid token's claims are kept with its expiry and
   * served until then. Revocation is not a token matter: the session is looked up per request.
   */
  private readonly verified = new Map<string, { claims: AccessClaims; expiresAtMs: number }>();

  constructor(private readonly config: AppConfig) {
    this.key = new TextEncoder().encode(config.env.ACCESS_TOKEN_SECRET);
  }

  async issue(claims: AccessClaims): Promise<{ token: string; expiresAt: Date }> {
    const now = Math.floor(Date.now() / 1000);
    const exp = now + this.config.env.ACCESS_TOKEN_TTL_SECONDS;
    const token = await new SignJWT({ sid: claims.sessionId })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(claims.memberId)
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt(now)
      .setExpirationTime(exp)
      .sign(this.key);
    return { token, expiresAt: new Date(exp * 1000) };
  }

  /** The claims of a valid token, or null for anything forged, expired or malformed. */
  async verify(token: string): Promise<AccessClaims | null> {
    const known = this.verified.get(token);
    if (known) {
      // jose refuses a token at its `exp` second (no clock tolerance); so does the cache.
      if (Date.now() < known.expiresAtMs) return known.claims;
      this.verified.delete(token);
    }
    try {
      const { payload } = await jwtVerify(token, this.key, {
        issuer: ISSUER,
        audience: AUDIENCE,
        algorithms: ['HS256'],
      });
      if (typeof payload.sub !== 'string' || typeof payload.sid !== 'string') return null;
      const claims = { memberId: payload.sub, sessionId: payload.sid };
      if (typeof payload.exp === 'number') this.remember(token, claims, payload.exp * 1000);
      return claims;
    } catch (error) {
      if (error instanceof joseErrors.JOSEError) return null;
      throw error;
    }
  }

  private remember(token: string, claims: AccessClaims, expiresAtMs: number): void {
    if (this.verified.size >= VERIFIED_CACHE_SIZE) {
      // Maps iterate in insertion order: the first key is the oldest entry.
      const oldest = this.verified.keys().next();
      if (!oldest.done) this.verified.delete(oldest.value);
    }
    this.verified.set(token, { claims, expiresAtMs });
  }
}
