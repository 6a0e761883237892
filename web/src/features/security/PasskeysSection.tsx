// SPDX-License-Identifier: EUPL-1.2
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from 'react-aria-components';
import { useMutation } from 'urql';
import { errorMessageKey, toApiProblem } from '../../app/errors';
import { Empty } from '../../components/States';
import { Field } from '../../components/Field';
import {
  BeginPasskeyRegistrationMutation,
  CompletePasskeyRegistrationMutation,
  RemovePasskeyMutation,
} from './documents';

interface Passkey {
  id: string;
  label: string;
  createdAt: string;
}

/** The member's passkeys: list, add one in this browser, remove one. */
export function PasskeysSection({
  passkeys,
  onChanged,
  runWithStepUp,
}: {
  passkeys: Passkey[];
  onChanged: (recoveryCodes: string[]) => void;
  runWithStepUp: (action: () => Promise<{ error?: unknown } | undefined>) => Promise<unknown>;
}) {
  const { t, i18n } = useTranslation();
  const [, begin] = useMutation(BeginPasskeyRegistrationMutation);
  const [, complete] = useMutation(CompletePasskeyRegistrationMutation);
  const [, remove] = useMutation(RemovePasskeyMutation);
  const [label, setLabel] = useState('');
  const [error, setError] = useState<string | null>(null);

  const explain = (result: { error?: Parameters<typeof toApiProblem>[0] }) => {
    if (!result.error) return;
    const code = toApiProblem(result.error).code;
    if (code !== 'STEP_UP_REQUIRED') setError(t(errorMessageKey(code)));
  };

  async function add(event: FormEvent) {
    event.preventDefault();
    if (!label.trim()) return setError(t('security.passkeyLabelMissing'));
    setError(null);
    await runWithStepUp(async () => {
      const started = await begin({});
      if (!started.data) {
        explain(started);
        return started;
      }
      const { challengeToken, options } = started.data.beginPasskeyRegistration;
      try {
        const { startRegistration } = await import('@simplewebauthn/browser');
        const response = await startRegistration({ optionsJSON: options as never });
        const done = await complete({
          input: { challengeToken, response: response, label: label.trim() },
        });
        if (done.data) {
          setLabel('');
          onChanged(done.data.completePasskeyRegistration.recoveryCodes);
        } else explain(done);
      } catch {
        setError(t('mfa.passkeyFailed'));
      }
      return undefined;
    });
  }

  return (
    <>
      {passkeys.length === 0 ? (
        <Empty>{t('security.passkeysEmpty')}</Empty>
      ) : (
        <ul className="passkeys">
          {passkeys.map((passkey) => (
            <li key={passkey.id}>
              {passkey.label} ({new Date(passkey.createdAt).toLocaleDateString(i18n.language)}){' '}
              <Button
                className="button button--secondary"
                aria-label={t('security.passkeyRemoveNamed', { label: passkey.label })}
                onPress={() =>
                  void runWithStepUp(async () => {
                    const result = await remove({ id: passkey.id });
                    if (result.data) onChanged([]);
                    else explain(result);
                    return result;
                  })
                }
              >
                {t('security.remove')}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <form className="form" noValidate onSubmit={(event) => void add(event)}>
        <Field
          name="passkey-label"
          label={t('security.passkeyLabel')}
          hint={t('security.passkeyLabelHint')}
          value={label}
          onChange={setLabel}
          error={error ?? undefined}
        />
        <Button type="submit" className="button">
          {t('security.passkeyAdd')}
        </Button>
      </form>
    </>
  );
}
