// SPDX-License-Identifier: EUPL-1.2
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading } from 'react-aria-components';
import { useMutation, useQuery } from 'urql';
import { errorMessageKey, toApiProblem } from '../../app/errors';
import { Page } from '../../components/Page';
import { ErrorState, Loading } from '../../components/States';
import {
  MySecondFactorsQuery,
  RegenerateRecoveryCodesMutation,
  RemoveTotpMutation,
} from './documents';
import { PasskeysSection } from './PasskeysSection';
import { RecoveryCodesPanel } from './RecoveryCodesPanel';
import { TotpEnrolment } from './TotpEnrolment';
import { useStepUp } from './StepUpDialog';

/** /settings/security: the member's second factors (DOMAIN §2). */
export function SecuritySettingsPage() {
  const { t } = useTranslation();
  const [{ data, fetching, error }, reload] = useQuery({
    query: MySecondFactorsQuery,
    requestPolicy: 'network-only',
  });
  const [, removeTotp] = useMutation(RemoveTotpMutation);
  const [, regenerate] = useMutation(RegenerateRecoveryCodesMutation);
  const [codes, setCodes] = useState<string[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const stepUp = useStepUp();

  const refresh = () => reload({ requestPolicy: 'network-only' });
  const changed = (recoveryCodes: string[]) => {
    setCodes(recoveryCodes);
    setProblem(null);
    refresh();
  };
  const explain = (result: { error?: Parameters<typeof toApiProblem>[0] }) => {
    if (!result.error) return;
    const code = toApiProblem(result.error).code;
    if (code !== 'STEP_UP_REQUIRED') setProblem(t(errorMessageKey(code)));
  };

  const factors = data?.mySecondFactors;
  return (
    <Page title={t('security.title')}>
      {stepUp.dialog}
      {fetching && !factors && <Loading />}
      {error && !factors && <ErrorState problem={toApiProblem(error)} onRetry={refresh} />}
      {factors && (
        <>
          <p className={factors.required && !factors.enrolled ? 'notice notice--warning' : ''}>
            {factors.required && !factors.enrolled
              ? t('security.required')
              : t(factors.enrolled ? 'security.on' : 'security.off')}
          </p>
          {problem && (
            <p className="field__error" role="alert">
              {problem}
            </p>
          )}
          {codes.length > 0 && <RecoveryCodesPanel codes={codes} />}

          <section aria-labelledby="totp-heading">
            <Heading level={2} id="totp-heading">
              {t('security.totpTitle')}
            </Heading>
            {factors.totpEnabled ? (
              <p>
                {t('security.totpOn')}{' '}
                <Button
                  className="button button--secondary"
                  onPress={() =>
                    void stepUp.run(async () => {
                      const result = await removeTotp({});
                      if (result.data) changed([]);
                      else explain(result);
                      return result;
                    })
                  }
                >
                  {t('security.totpRemove')}
                </Button>
              </p>
            ) : (
              <TotpEnrolment onEnrolled={changed} runWithStepUp={stepUp.run} />
            )}
          </section>

          <section aria-labelledby="passkeys-heading">
            <Heading level={2} id="passkeys-heading">
              {t('security.passkeysTitle')}
            </Heading>
            <PasskeysSection
              passkeys={factors.passkeys}
              onChanged={changed}
              runWithStepUp={stepUp.run}
            />
          </section>

          {factors.enrolled && (
            <section aria-labelledby="codes-heading">
              <Heading level={2} id="codes-heading">
                {t('security.codesSectionTitle')}
              </Heading>
              <p>{t('security.codesRemaining', { count: factors.recoveryCodesRemaining })}</p>
              <Button
                className="button button--secondary"
                onPress={() =>
                  void stepUp.run(async () => {
                    const result = await regenerate({});
                    if (result.data) changed(result.data.regenerateRecoveryCodes.codes);
                    else explain(result);
                    return result;
                  })
                }
              >
                {t('security.codesRegenerate')}
              </Button>
            </section>
          )}
        </>
      )}
    </Page>
  );
}
