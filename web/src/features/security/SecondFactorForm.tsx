// SPDX-License-Identifier: EUPL-1.2
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Label, Radio, RadioGroup } from 'react-aria-components';
import { Field } from '../../components/Field';
import { proofFromCode, type CodeKind, type SecondFactorProof } from './second-factor';

export interface SecondFactorFormProps {
  /** The member has an authenticator app (else only recovery codes are typed). */
  totp: boolean;
  /** WebAuthn request options when the member has passkeys. */
  passkeyOptions: Record<string, unknown> | null;
  /** Sends the proof; resolves to an error message to show, or null when it was accepted. */
  onProof: (proof: SecondFactorProof) => Promise<string | null>;
  submitLabel: string;
}

/**
 * The second step, at sign-in and in the step-up dialog: a passkey, a code from the app, or a
 * recovery code. The passkey library loads only when a passkey is used.
 */
export function SecondFactorForm({
  totp,
  passkeyOptions,
  onProof,
  submitLabel,
}: SecondFactorFormProps) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<CodeKind>(totp ? 'totp' : 'recovery');
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function send(proof: SecondFactorProof) {
    setBusy(true);
    try {
      setError(await onProof(proof));
    } finally {
      setBusy(false);
    }
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const proof = proofFromCode(kind, code);
    if (!proof) return setError(t(kind === 'totp' ? 'mfa.codeInvalid' : 'mfa.recoveryInvalid'));
    await send(proof);
  }

  async function signWithPasskey() {
    if (busy || !passkeyOptions) return;
    try {
      const { startAuthentication } = await import('@simplewebauthn/browser');
      const response = await startAuthentication({ optionsJSON: passkeyOptions as never });
      await send({ passkey: response as unknown as Record<string, unknown> });
    } catch {
      setError(t('mfa.passkeyFailed'));
    }
  }

  return (
    <div className="second-factor">
      {passkeyOptions && (
        <p>
          <Button className="button" onPress={() => void signWithPasskey()}>
            {t('mfa.usePasskey')}
          </Button>
        </p>
      )}
      <form className="form" noValidate onSubmit={(event) => void submit(event)}>
        <RadioGroup
          className="radio-group"
          value={kind}
          onChange={(value) => {
            setKind(value as CodeKind);
            setError(null);
          }}
        >
          <Label className="field__label">{t('mfa.codeKind')}</Label>
          {totp && (
            <Radio className="radio" value="totp">
              {t('mfa.kindTotp')}
            </Radio>
          )}
          <Radio className="radio" value="recovery">
            {t('mfa.kindRecovery')}
          </Radio>
        </RadioGroup>
        <Field
          name="code"
          autoComplete="one-time-code"
          label={t(kind === 'totp' ? 'mfa.totpLabel' : 'mfa.recoveryLabel')}
          hint={t(kind === 'totp' ? 'mfa.totpHint' : 'mfa.recoveryHint')}
          value={code}
          onChange={setCode}
          error={error ?? undefined}
          isRequired
        />
        <Button type="submit" className="button">
          {submitLabel}
        </Button>
      </form>
    </div>
  );
}
