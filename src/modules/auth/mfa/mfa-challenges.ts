// SPDX-License-Identifier: EUPL-1.2
import { Injectable } from '@nestjs/common';
import { AppConfig } from 'src/config/app-config';
import { hashToken, newOpaqueToken } from 'src/common/tokens';
import type {
  MfaChallengeEntity,
  MfaChallengePurpose,
} from 'src/modules/auth/mfa/mfa-challenge.entity';
import { MfaRepository } from 'src/modules/auth/mfa/mfa.repository';

/** A challenge lives five minutes: long enough to find the phone, short enough to be useless later. */
const CHALLENGE_TTL_MS = 5 * 60_000;
/** Wrong codes one challenge takes before it is spent (a new sign-in needs the password again). */
export const MAX_FAILED_ATTEMPTS = 5;

/** Issues and opens the single-use tokens that join two steps (inside the caller's transaction). */
@Injectable()
export class MfaChallenges {
  constructor(
    private readonly config: AppConfig,
    private readonly repository: MfaRepository,
  ) {}

  async issue(
    memberId: string,
    purpose: MfaChallengePurpose,
    webauthnChallenge: string | null = null,
  ): Promise<{ token: string; expiresAt: Date }> {
    const token = newOpaqueToken();
    const expiresAt = new Date(Date.now() + CHALLENGE_TTL_MS);
    await this.repository.createChallenge({
      memberId,
      purpose,
      tokenHash: this.hash(token),
      webauthnChallenge,
      expiresAt,
    });
    return { token, expiresAt };
  }

  /** The live challenge behind a token, locked; null when unknown, of another purpose or spent. */
  async open(token: string, purpose: MfaChallengePurpose): Promise<MfaChallengeEntity | null> {
    const challenge = await this.repository.findChallengeForUpdate(this.hash(token));
    if (
      !challenge ||
      challenge.purpose !== purpose ||
      challenge.usedAt ||
      challenge.expiresAt <= new Date() ||
      challenge.failedAttempts >= MAX_FAILED_ATTEMPTS
    )
      return null;
    return challenge;
  }

  private hash(token: string): string {
    return hashToken(token, this.config.env.REFRESH_TOKEN_SECRET);
  }
}
