// SPDX-License-Identifier: EUPL-1.2
import { Injectable } from '@nestjs/common';
import { AppConfig } from 'src/config/app-config';
import { SecretBox } from 'src/common/secret-box';
import { hashToken, newOpaqueToken } from 'src/common/tokens';
import { AccountErrors } from 'src/modules/account/account.errors';
import type { AccountTokenEntity } from 'src/modules/account/account-token.entity';
import {
  ACCOUNT_TOKEN_TTL_MS,
  type AccountTokenPurpose,
} from 'src/modules/account/account-token-purpose';
import { AccountTokensRepository } from 'src/modules/account/account-tokens.repository';

export interface IssuedToken {
  entity: AccountTokenEntity;
  /** The token in clear: mailed (sealed through the outbox) or printed, never stored. */
  token: string;
}

/**
 * Issues and redeems single-use account tokens. Only a keyed hash is stored; a new token of a
 * purpose retires the member's older ones, so only the latest link works.
 */
@Injectable()
export class AccountTokens {
  private readonly secrets: SecretBox;
  private readonly hashSecret: string;

  constructor(
    config: AppConfig,
    private readonly repository: AccountTokensRepository,
  ) {
    this.secrets = new SecretBox(config.env.DATA_ENCRYPTION_KEY);
    this.hashSecret = config.env.REFRESH_TOKEN_SECRET;
  }

  /** Inside the caller's transaction. */
  async issue(
    memberId: string,
    purpose: AccountTokenPurpose,
    newEmail: string | null = null,
  ): Promise<IssuedToken> {
    await this.repository.retireOpen(memberId, [purpose]);
    const token = newOpaqueToken();
    const entity = await this.repository.insert({
      memberId,
      purpose,
      newEmail,
      tokenHash: this.hash(token),
      expiresAt: new Date(Date.now() + ACCOUNT_TOKEN_TTL_MS[purpose]),
    });
    return { entity, token };
  }

  /**
   * Locks and checks a presented token inside the caller's transaction, then marks it used.
   * Forged tokens and tokens of another purpose answer alike (BAD_USER_INPUT); a used or expired
   * one says so (INVALID_STATE), so a member knows to ask for a new link.
   */
  async redeem(
    token: string,
    purposes: readonly AccountTokenPurpose[],
  ): Promise<AccountTokenEntity> {
    const entity = await this.repository.findByHashForUpdate(this.hash(token));
    if (!entity || !purposes.includes(entity.purpose)) throw AccountErrors.invalidToken();
    if (entity.usedAt) throw AccountErrors.usedToken();
    if (entity.expiresAt <= new Date()) throw AccountErrors.expiredToken();
    await this.repository.markUsed(entity.id);
    return entity;
  }

  /** Deletes every token of a deleted member (a pending e-mail change holds an address). */
  forgetMember(memberId: string): Promise<void> {
    return this.repository.deleteAllOf(memberId);
  }

  retireOpen(memberId: string, purposes: readonly AccountTokenPurpose[]): Promise<void> {
    return this.repository.retireOpen(memberId, purposes);
  }

  /** The token sealed for an outbox payload: the outbox table never holds it in clear. */
  seal(token: string): string {
    return this.secrets.seal(token);
  }

  /**
   * For a mailer: the token behind a sealed payload if it is still the member's open token,
   * else null (used, expired or replaced by a newer one: no mail).
   */
  async openIfPending(
    tokenId: string,
    sealed: string,
  ): Promise<{ entity: AccountTokenEntity; token: string } | null> {
    const entity = await this.repository.findById(tokenId);
    if (!entity || entity.usedAt || entity.expiresAt <= new Date()) return null;
    const token = this.secrets.open(sealed);
    return this.hash(token) === entity.tokenHash ? { entity, token } : null;
  }

  private hash(token: string): string {
    return hashToken(token, this.hashSecret);
  }
}
