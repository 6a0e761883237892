// SPDX-License-Identifier: EUPL-1.2
import { Injectable } from '@nestjs/common';
import type {
  PublicKeyCredentialCreationOptionsJSON,
  RegistrationResponseJSON,
} from '@simplewebauthn/server';
import { AppConfig } from 'src/config/app-config';
import { SecretBox } from 'src/common/secret-box';
import { isUuid } from 'src/common/uuid';
import { TransactionHost } from 'src/database/transaction-host';
import { Errors } from 'src/graph/errors/app-error';
import type { Viewer } from 'src/graph/auth/viewer';
import { AuditAction, type AuditActionName } from 'src/modules/audit/audit-action';
import { AuditService } from 'src/modules/audit/audit.service';
import type { MfaChange } from 'src/modules/auth/auth-events';
import { SessionsRepository } from 'src/modules/auth/sessions.repository';
import { MfaChallengePurpose } from 'src/modules/auth/mfa/mfa-challenge.entity';
import { MfaChallenges } from 'src/modules/auth/mfa/mfa-challenges';
import { MfaRepository } from 'src/modules/auth/mfa/mfa.repository';
import type { PasskeyEntity } from 'src/modules/auth/mfa/passkey.entity';
import { newRecoveryCodes, normaliseRecoveryCode } from 'src/modules/auth/mfa/recovery-codes';
import { SecondFactorService } from 'src/modules/auth/mfa/second-factor.service';
import { newTotpSecret, totpUri } from 'src/modules/auth/mfa/totp';
import { WebAuthnRelyingParty } from 'src/modules/auth/mfa/webauthn-relying-party';
import { MembersService } from 'src/modules/members/members.service';
import { OutboxService } from 'src/modules/outbox/outbox.service';

export interface SecondFactorStatus {
  required: boolean;
  enrolled: boolean;
  totpEnabled: boolean;
  passkeys: PasskeyEntity[];
  recoveryCodesRemaining: number;
  verifiedAt: Date | null;
}

/**
 * A member's own second factors: an authenticator app, passkeys and recovery codes. The first
 * factor brings ten recovery codes, shown once; the last one cannot go while MFA is required.
 * Every change is audited and published.
 */
@Injectable()
export class MfaEnrolmentService {
  private readonly secrets: SecretBox;

  constructor(
    config: AppConfig,
    private readonly tx: TransactionHost,
    private readonly repository: MfaRepository,
    private readonly challenges: MfaChallenges,
    private readonly factors: SecondFactorService,
    private readonly relyingParty: WebAuthnRelyingParty,
    private readonly sessions: SessionsRepository,
    private readonly members: MembersService,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
  ) {
    this.secrets = new SecretBox(config.env.DATA_ENCRYPTION_KEY);
  }

  async status(viewer: Viewer): Promise<SecondFactorStatus> {
    const [totp, passkeys, recoveryCodesRemaining] = await Promise.all([
      this.repository.findTotp(viewer.memberId),
      this.repository.listPasskeys(viewer.memberId),
      this.repository.countUnusedRecoveryCodes(viewer.memberId),
    ]);
    const totpEnabled = Boolean(totp?.confirmedAt);
    return {
      required: viewer.mfa?.required ?? false,
      enrolled: totpEnabled || passkeys.length > 0,
      totpEnabled,
      passkeys,
      recoveryCodesRemaining,
      verifiedAt: viewer.mfa?.verifiedAt ?? null,
    };
  }

  /** A new secret for the app; enrolment completes with its first code (confirmTotp). */
  async beginTotp(viewer: Viewer): Promise<{ secret: string; otpauthUri: string }> {
    const member = await this.members.require(viewer.memberId);
    return this.tx.run(async () => {
      const existing = await this.repository.findTotp(member.id);
      if (existing?.confirmedAt)
        throw Errors.conflict('An authenticator app is already set up; remove it first');
      const secret = newTotpSecret();
      await this.repository.savePendingTotp(member.id, this.secrets.seal(secret));
      return { secret, otpauthUri: totpUri(secret, member.email) };
    });
  }

  /** Confirms the app with a code from it; the first factor returns new recovery codes. */
  async confirmTotp(viewer: Viewer, code: string, clientAddress: string): Promise<string[]> {
    return this.tx.run(async () => {
      const pending = await this.repository.findTotp(viewer.memberId);
      if (!pending) throw Errors.invalidState('Start setting up an authenticator app first');
      if (pending.confirmedAt) throw Errors.conflict('The authenticator app is already set up');
      const first = !(await this.repository.hasSecondFactor(viewer.memberId));
      if (!(await this.factors.verifyTotp(viewer.memberId, code, true)))
        throw Errors.badInput('The code is wrong or has expired', [
          { field: 'code', message: 'wrong or expired code' },
        ]);
      await this.repository.confirmTotp(viewer.memberId);
      await this.sessions.markSecondFactor(viewer.sessionId);
      await this.recordChange(viewer, AuditAction.MfaTotpEnrolled, 'totp-enrolled', clientAddress);
      return first ? this.issueRecoveryCodes(viewer, clientAddress) : [];
    });
  }

  async removeTotp(viewer: Viewer, clientAddress: string): Promise<boolean> {
    return this.tx.run(async () => {
      const totp = await this.repository.findTotp(viewer.memberId);
      if (!totp) throw Errors.notFound('Authenticator app');
      if (totp.confirmedAt) await this.assertNotLastFactor(viewer, 'totp');
      await this.repository.deleteTotp(viewer.memberId);
      if (!totp.confirmedAt) return true; // an abandoned enrolment was never a factor
      await this.recordChange(viewer, AuditAction.MfaTotpRemoved, 'totp-removed', clientAddress);
      await this.forgetRecoveryCodesIfNoFactor(viewer.memberId);
      return true;
    });
  }

  async beginPasskeyRegistration(
    viewer: Viewer,
  ): Promise<{ challengeToken: string; options: PublicKeyCredentialCreationOptionsJSON }> {
    const member = await this.members.require(viewer.memberId);
    return this.tx.run(async () => {
      const options = await this.relyingParty.registrationOptions(
        member,
        await this.repository.listPasskeys(member.id),
      );
      const { token } = await this.challenges.issue(
        member.id,
        MfaChallengePurpose.PASSKEY_REGISTRATION,
        options.challenge,
      );
      return { challengeToken: token, options };
    });
  }

  /** Stores the passkey the browser created; the first factor returns new recovery codes. */
  async completePasskeyRegistration(
    viewer: Viewer,
    input: { challengeToken: string; response: Record<string, unknown>; label: string },
    clientAddress: string,
  ): Promise<{ passkey: PasskeyEntity; recoveryCodes: string[] }> {
    return this.tx.run(async () => {
      const challenge = await this.challenges.open(
        input.challengeToken,
        MfaChallengePurpose.PASSKEY_REGISTRATION,
      );
      if (!challenge || challenge.memberId !== viewer.memberId || !challenge.webauthnChallenge)
        throw Errors.invalidState('The passkey request has expired; start again');
      await this.repository.spendChallenge(challenge.id);
      const credential = await this.relyingParty.verifyRegistration(
        input.response as unknown as RegistrationResponseJSON,
        challenge.webauthnChallenge,
      );
      if (!credential)
        throw Errors.badInput('The passkey could not be verified', [
          { field: 'response', message: 'not a valid answer to this request' },
        ]);
      if (await this.repository.credentialExists(credential.id))
        throw Errors.conflict('This passkey is already registered');
      const first = !(await this.repository.hasSecondFactor(viewer.memberId));
      const passkey = await this.repository.insertPasskey({
        memberId: viewer.memberId,
        credentialId: credential.id,
        publicKey: Buffer.from(credential.publicKey),
        counter: credential.counter,
        transports: credential.transports ?? [],
        label: input.label.trim(),
      });
      await this.sessions.markSecondFactor(viewer.sessionId);
      await this.recordChange(
        viewer,
        AuditAction.MfaPasskeyRegistered,
        'passkey-registered',
        clientAddress,
        { passkeyId: passkey.id, label: passkey.label },
      );
      const recoveryCodes = first ? await this.issueRecoveryCodes(viewer, clientAddress) : [];
      return { passkey, recoveryCodes };
    });
  }

  async removePasskey(viewer: Viewer, id: string, clientAddress: string): Promise<boolean> {
    if (!isUuid(id)) throw Errors.notFound('Passkey');
    return this.tx.run(async () => {
      const passkeys = await this.repository.listPasskeys(viewer.memberId);
      if (!passkeys.some((p) => p.id === id)) throw Errors.notFound('Passkey');
      await this.assertNotLastFactor(viewer, 'passkey');
      const removed = await this.repository.deletePasskey(viewer.memberId, id);
      await this.recordChange(
        viewer,
        AuditAction.MfaPasskeyRemoved,
        'passkey-removed',
        clientAddress,
        {
          passkeyId: id,
          label: removed?.label,
        },
      );
      await this.forgetRecoveryCodesIfNoFactor(viewer.memberId);
      return true;
    });
  }

  /** Account deletion: the member's factors go with their personal data (DOMAIN §1). */
  async forgetMember(memberId: string): Promise<void> {
    await this.repository.deleteAllOf(memberId);
  }

  /** New codes replace all earlier ones (used or not); shown once. */
  async regenerateRecoveryCodes(viewer: Viewer, clientAddress: string): Promise<string[]> {
    return this.tx.run(async () => {
      if (!(await this.repository.hasSecondFactor(viewer.memberId)))
        throw Errors.invalidState('Set up an authenticator app or a passkey first');
      return this.issueRecoveryCodes(viewer, clientAddress);
    });
  }

  private async issueRecoveryCodes(viewer: Viewer, clientAddress: string): Promise<string[]> {
    const codes = newRecoveryCodes();
    await this.repository.replaceRecoveryCodes(
      viewer.memberId,
      codes.map((code) => this.factors.recoveryCodeHash(normaliseRecoveryCode(code)!)),
    );
    await this.recordChange(
      viewer,
      AuditAction.MfaRecoveryCodesGenerated,
      'recovery-codes-generated',
      clientAddress,
      { count: codes.length },
    );
    return codes;
  }

  /** While MFA is required the member keeps at least one factor (they could not act without). */
  private async assertNotLastFactor(viewer: Viewer, removing: 'totp' | 'passkey'): Promise<void> {
    if (!viewer.mfa?.required) return;
    const [totp, passkeys] = await Promise.all([
      this.repository.findTotp(viewer.memberId),
      this.repository.listPasskeys(viewer.memberId),
    ]);
    const remaining =
      (totp?.confirmedAt && removing !== 'totp' ? 1 : 0) +
      passkeys.length -
      (removing === 'passkey' ? 1 : 0);
    if (remaining < 1)
      throw Errors.invalidState('Your role requires a second factor: add another one first');
  }

  private async forgetRecoveryCodesIfNoFactor(memberId: string): Promise<void> {
    if (!(await this.repository.hasSecondFactor(memberId)))
      await this.repository.deleteRecoveryCodes(memberId);
  }

  private async recordChange(
    viewer: Viewer,
    action: AuditActionName,
    change: MfaChange,
    clientAddress: string,
    details: Record<string, unknown> = {},
  ): Promise<void> {
    await this.audit.record({
      actorId: viewer.memberId,
      action,
      target: { type: 'member', id: viewer.memberId },
      details,
      clientAddress,
    });
    await this.outbox.publish({
      topic: 'member.mfa-changed',
      aggregate: { type: 'member', id: viewer.memberId },
      payload: { change },
    });
  }
}
