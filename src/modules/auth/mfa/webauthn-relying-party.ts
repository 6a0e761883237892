// SPDX-License-Identifier: EUPL-1.2
import { Injectable } from '@nestjs/common';
import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
  type AuthenticationResponseJSON,
  type PublicKeyCredentialCreationOptionsJSON,
  type PublicKeyCredentialRequestOptionsJSON,
  type RegistrationResponseJSON,
  type WebAuthnCredential,
} from '@simplewebauthn/server';
import { AppConfig } from 'src/config/app-config';
import type { PasskeyEntity } from 'src/modules/auth/mfa/passkey.entity';

const RP_NAME = 'Samråd';
/** How long the browser offers the passkey prompt. */
const CEREMONY_TIMEOUT_MS = 120_000;

/**
 * This server as a WebAuthn relying party: its id is PUBLIC_URL's host (or WEBAUTHN_RP_ID) and
 * only PUBLIC_URL's origin may sign, so a look-alike site cannot use a member's passkey.
 */
@Injectable()
export class WebAuthnRelyingParty {
  constructor(private readonly config: AppConfig) {}

  get rpId(): string {
    return this.config.env.WEBAUTHN_RP_ID ?? new URL(this.config.publicUrl).hostname;
  }

  get origin(): string {
    return new URL(this.config.publicUrl).origin;
  }

  registrationOptions(
    member: { id: string; email: string; displayName: string },
    existing: PasskeyEntity[],
  ): Promise<PublicKeyCredentialCreationOptionsJSON> {
    return generateRegistrationOptions({
      rpName: RP_NAME,
      rpID: this.rpId,
      userName: member.email,
      userDisplayName: member.displayName,
      userID: new TextEncoder().encode(member.id),
      attestationType: 'none',
      timeout: CEREMONY_TIMEOUT_MS,
      excludeCredentials: existing.map((p) => ({ id: p.credentialId, transports: transports(p) })),
      authenticatorSelection: { residentKey: 'preferred', userVerification: 'preferred' },
    });
  }

  authenticationOptions(passkeys: PasskeyEntity[]): Promise<PublicKeyCredentialRequestOptionsJSON> {
    return generateAuthenticationOptions({
      rpID: this.rpId,
      timeout: CEREMONY_TIMEOUT_MS,
      allowCredentials: passkeys.map((p) => ({ id: p.credentialId, transports: transports(p) })),
      userVerification: 'preferred',
    });
  }

  /** The new credential, or null when the response does not answer this challenge here. */
  async verifyRegistration(
    response: RegistrationResponseJSON,
    expectedChallenge: string,
  ): Promise<WebAuthnCredential | null> {
    try {
      const result = await verifyRegistrationResponse({
        response,
        expectedChallenge,
        expectedOrigin: this.origin,
        expectedRPID: this.rpId,
        requireUserVerification: false,
      });
      return result.verified ? result.registrationInfo.credential : null;
    } catch {
      // Malformed or forged responses throw; to the caller they are simply not valid.
      return null;
    }
  }

  /** The authenticator's new signature counter, or null when the assertion is not valid. */
  async verifyAuthentication(
    response: AuthenticationResponseJSON,
    expectedChallenge: string,
    passkey: PasskeyEntity,
  ): Promise<number | null> {
    try {
      const result = await verifyAuthenticationResponse({
        response,
        expectedChallenge,
        expectedOrigin: this.origin,
        expectedRPID: this.rpId,
        credential: {
          id: passkey.credentialId,
          publicKey: new Uint8Array(passkey.publicKey),
          counter: passkey.counter,
          transports: transports(passkey),
        },
        requireUserVerification: false,
      });
      return result.verified ? result.authenticationInfo.newCounter : null;
    } catch {
      return null;
    }
  }
}

function transports(passkey: PasskeyEntity): WebAuthnCredential['transports'] {
  return passkey.transports;
}
