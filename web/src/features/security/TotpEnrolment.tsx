// SPDX-License-Identifier: EUPL-1.2
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from 'react-aria-components';
import { useMutation } from 'urql';
import { errorMessageKey, toApiProblem } from '../../app/errors';
import { Field } from '../../components/Field';
import { BeginTotpEnrolmentMutation, ConfirmTotpEnrolmentMutation } from './documents';
import { proofFromCode } from './second-factor';

/**
 * Setting up an authenticator app: a QR code (drawn here from the otpauth URI; the secret never
 * leaves the page for a third party) or the key to type, then the app's first code.
 */
export function TotpEnrolment({
  onEnrolled,
  runWithStepUp,
}: {
  onEnrolled: (recoveryCodes: string[]) => void;
  runWithStepUp: (action: () => Promise<{ error?: unknown } | undefined>) => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const [, begin] = useMutation(BeginTotpEnrolmentMutation);
  const [, confirm] = useMutation(ConfirmTotpEnrolmentMutation);
  const [enrolment, setEnrolment] = useState<{ secret: string; otpauthUri: string } | null>(null);
  const [qr, setQr] = useState<string | null>(null);
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!enrolment) return;
    void import('qrcode').then(({ toDataURL }) =>
      toDataURL(enrolment.otpauthUri, { margin: 2, width: 220 }).then(setQr),
    );
  }, [enrolment]);

  async function start() {
    await runWithStepUp(async () => {
      const result = await begin({});
      if (result.data) setEnrolment(result.data.beginTotpEnrolment);
      else if (result.error && toApiProblem(result.error).code !== 'STEP_UP_REQUIRED')
        setError(t(errorMessageKey(toApiProblem(result.error).code)));
      return result;
    });
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const proof = proofFromCode('totp', code);
    if (!proof || !('totpCode' in proof)) return setError(t('mfa.codeInvalid'));
    await runWithStepUp(async () => {
      const result = await confirm({ input: { code: proof.totpCode } });
      if (result.data) {
        setEnrolment(null);
        onEnrolled(result.data.confirmTotpEnrolment.recoveryCodes);
      } else if (result.error) {
        const problem = toApiProblem(result.error);
        if (problem.code === 'BAD_USER_INPUT') setError(t('mfa.codeRejected'));
        else if (problem.code !== 'STEP_UP_REQUIRED') setError(t(errorMessageKey(problem.code)));
      }
      return result;
    });
  }

  if (!enrolment)
    return (
      <>
        {error && (
          <p className="field__error" role="alert">
            {error}
          </p>
        )}
        <Button className="button" onPress={() => void start()}>
          {t('security.totpStart')}
        </Button>
      </>
    );

  return (
    <div className="totp-enrolment">
      <ol>
        <li>{t('security.totpStep1')}</li>
        <li>
          {t('security.totpStep2')}
          <div>
            {qr ? <img src={qr} width={220} height={220} alt={t('security.totpQrAlt')} /> : null}
          </div>
          <p>
            {t('security.totpManual')} <code className="secret">{enrolment.secret}</code>
          </p>
        </li>
        <li>{t('security.totpStep3')}</li>
      </ol>
      <form className="form" noValidate onSubmit={(event) => void submit(event)}>
        <Field
          name="totp-code"
          autoComplete="one-time-code"
          label={t('mfa.totpLabel')}
          hint={t('mfa.totpHint')}
          value={code}
          onChange={setCode}
          error={error ?? undefined}
          isRequired
        />
        <Button type="submit" className="button">
          {t('security.totpConfirm')}
        </Button>
      </form>
    </div>
  );
}
