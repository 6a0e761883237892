// SPDX-License-Identifier: EUPL-1.2
import { Injectable } from '@nestjs/common';
import type { AuthenticationResponseJSON } from '@simplewebauthn/server';
import { AppConfig } from 'src/config/app-config';
import { SecretBox } from 'src/common/secret-box';
import { hashToken } from 'src/common/tokens';
import { Errors } from 'src/graph/errors/app-error';
import { AuditAction } from 'src/modules/audit/audit-action';
import { AuditService } from 'src/modules/audit/audit.service';
import { MfaRepository } from 'src/modules/auth/mfa/mfa.repository';
import { normaliseRecoveryCode } from 'src/modules/auth/mfa/recovery-codes';
import { acceptedTimeStep } from 'src/modules/auth/mfa/totp';
import { WebAuthnRelyingParty } from 'src/modules/auth/mfa/webauthn-relying-party';

/** What a member presents as their second factor: exactly one of these. */
export interface SecondFactorProof {
  totpCode?: string | null;
  recoveryCode?: string | null;
  /** A WebAuthn assertion (the browser's AuthenticationResponseJSON) for the challenge. */
  passkey?: Record<string, unknown> | null;
}

export type SecondFactorMethod = 'totp' | 'recovery-code' | 'passkey';

/**
 * Checks a presented second factor (inside the caller's transaction): TOTP codes once per time
 * step, recovery codes once ever, passkey assertions against the server's challenge. A used
 * recovery code is audited here, with how many remain.
 */
@Injectable()
export class SecondFactorService {
  private readonly secrets: SecretBox;

  constructor(
    config: AppConfig,
    private readonly repository: MfaRepository,
    private readonly relyingParty: WebAuthnRelyingParty,
    private readonly audit: AuditService,
  ) {
    this.secrets = new SecretBox(config.env.DATA_ENCRYPTION_KEY);
    this.recoveryKey = config.env.DATA_ENCRYPTION_KEY;
  }

  private readonly recoveryKey: string;

  /** The method that proved it, or null when the proof is wrong (or replayed). */
  async verify(
    memberId: string,
    proof: SecondFactorProof,
    webauthnChallenge: string | null,
    clientAddress?: string,
  ): Promise<SecondFactorMethod | null> {
    const given = [proof.totpCode, proof.recoveryCode, proof.passkey].filter((p) => p != null);
    if (given.length !== 1)
      throw Errors.badInput('Give one second factor: a code, a recovery code or a passkey');
    if (proof.totpCode != null)
      return (await this.verifyTotp(memberId, proof.totpCode)) ? 'totp' : null;
    if (proof.recoveryCode != null)
      return (await this.useRecoveryCode(memberId, proof.recoveryCode, clientAddress))
        ? 'recovery-code'
        : null;
    if (!webauthnChallenge) return null;
    return (await this.verifyPasskey(memberId, proof.passkey!, webauthnChallenge))
      ? 'passkey'
      : null;
  }

  /** Checks a code of the member's app (confirmed or, for enrolment, pending) and spends its step. */
  async verifyTotp(memberId: string, code: string, allowPending = false): Promise<boolean> {
    const totp = await this.repository.findTotp(memberId);
    if (!totp || (!totp.confirmedAt && !allowPending)) return false;
    const step = acceptedTimeStep(this.secrets.open(totp.sealedSecret), code, totp.lastTimeStep);
    if (step === null) return false;
    return this.repository.advanceTimeStep(memberId, step);
  }

  recoveryCodeHash(canonical: string): string {
    return hashToken(`recovery:${canonical}`, this.recoveryKey);
  }

  private async useRecoveryCode(
    memberId: string,
    code: string,
    clientAddress?: string,
  ): Promise<boolean> {
    const canonical = normaliseRecoveryCode(code);
    if (!canonical) return false;
    if (!(await this.repository.useRecoveryCode(memberId, this.recoveryCodeHash(canonical))))
      return false;
    await this.audit.record({
      actorId: memberId,
      action: AuditAction.MfaRecoveryCodeUsed,
      target: { type: 'member', id: memberId },
      details: { remaining: await this.repository.countUnusedRecoveryCodes(memberId) },
      clientAddress,
    });
    return true;
  }

  private async verifyPasskey(
    memberId: string,
    assertion: Record<string, unknown>,
    webauthnChallenge: string,
  ): Promise<boolean> {
    const credentialId = typeof assertion.id === 'string' ? assertion.id : null;
    if (!credentialId) return false;
    const passkey = await this.repository.findPasskey(memberId, credentialId);
    if (!passkey) return false;
    const counter = await this.relyingParty.verifyAuthentication(
      assertion as unknown as AuthenticationResponseJSON,
      webauthnChallenge,
      passkey,
    );
    if (counter === null) return false;
    await this.repository.recordPasskeyUse(passkey.id, counter);
    return true;
  }
}
